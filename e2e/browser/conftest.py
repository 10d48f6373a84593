"""Browser tests: a real Lore server on loopback and a real headless Chromium (Debian's).

The server is the `lore` binary built by `swift build` (LORE_BINARY overrides), started on a free
127.0.0.1 port with a temporary data directory and stopped afterwards.
"""
import shutil

import pytest
from playwright.sync_api import sync_playwright

from lore_harness.server import LoreServer


@pytest.fixture(scope="session")
def lore_server():
    server = LoreServer(prefix="lore-browser-")
    try:
        server.start()
        yield server.base_url
        server.stop()
    finally:
        server.destroy()


@pytest.fixture(scope="session")
def browser():
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        pytest.fail("Debian's chromium is not installed (scripts/install-deps test)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"

