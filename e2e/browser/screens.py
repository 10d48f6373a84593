"""Screenshots of the pages under test, written to $LORE_SCREENSHOTS (default
e2e/browser/screenshots/, git-ignored)."""
import os
import pathlib

from lore_harness.server import ROOT

SCREENSHOTS = pathlib.Path(os.environ.get("LORE_SCREENSHOTS", ROOT / "e2e/browser/screenshots"))


def screenshot(page, name: str) -> pathlib.Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
