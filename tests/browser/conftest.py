"""Browser tests: a real Lore server on loopback and a real headless Chromium (Debian's).

The server is the `lore` binary built by `swift build` (LORE_BINARY overrides), started on a free
127.0.0.1 port with a temporary data directory and stopped afterwards. Screenshots are written
to $LORE_SCREENSHOTS (default tests/browser/screenshots/, git-ignored).
"""
import os
import pathlib
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest
from playwright.sync_api import sync_playwright

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCREENSHOTS = pathlib.Path(os.environ.get("LORE_SCREENSHOTS", ROOT / "tests/browser/screenshots"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def lore_server():
    binary = os.environ.get("LORE_BINARY", str(ROOT / ".build/debug/lore"))
    port = free_port()
    data = tempfile.mkdtemp(prefix="lore-browser-")
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, LORE_PORT=str(port), LORE_DATA_DIR=data, LORE_PUBLIC_URL=base,
               LORE_LOG_LEVEL="warning", LORE_ENV="development")
    env.pop("DATABASE_URL", None)
    log = open(os.path.join(data, "server.log"), "w")
    process = subprocess.Popen([binary, "serve"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=1) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.time() > deadline:
                log.flush()
                raise RuntimeError("lore did not start:\n" + open(os.path.join(data, "server.log")).read())
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
        shutil.rmtree(data, ignore_errors=True)


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


def screenshot(page, name: str) -> pathlib.Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
