"""One real browser for the whole suite: Debian's chromium, driven by selenium through Debian's
chromedriver (nothing is downloaded), and one axe-core check of WCAG 2.1 A/AA.

``browser_skip_reason()`` says why the browser tests cannot run here (None when they can); the
``browser`` fixture in ``tests/conftest.py`` skips with that reason. ``axe.min.js`` comes from the
axe-core npm package, which ``.ci/run`` installs into ``.cache/axe``; ``VERKSTED_AXE_JS`` may name
another copy.

Used by the phone page's and the HTML minutes' tests and by the screenshot scripts.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
AXE = Path(os.environ.get("VERKSTED_AXE_JS", ROOT / ".cache/axe/node_modules/axe-core/axe.min.js"))
WCAG21_AA = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
DESKTOP = (1280, 900)

FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--no-first-run",
    "--no-default-browser-check",
    "--hide-scrollbars",
)


def browser_skip_reason() -> str | None:
    """Why no browser can be started here, or None."""
    if importlib.util.find_spec("selenium") is None:
        return "selenium is not installed (pip install -e '.[test]')"
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        return (
            "Debian's chromium and chromium-driver are not installed "
            "(apt-get install chromium chromium-driver)"
        )
    return None


def axe_skip_reason() -> str | None:
    """Why the axe-core check cannot run here, or None."""
    if not AXE.is_file():
        return (
            f"axe-core is not installed ({AXE} is missing; "
            "npm install --prefix .cache/axe axe-core, or set VERKSTED_AXE_JS)"
        )
    return None


@contextlib.contextmanager
def chromium(width: int = DESKTOP[0], height: int = DESKTOP[1], lang: str = "nb-NO,nb") -> Iterator:
    """A headless chromium with a fresh profile, closed (and its profile removed) afterwards.

    ``lang`` is its Accept-Language (the first tag is also the browser's own language).
    """
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="verksted-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--lang={lang.split(',')[0]}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_experimental_option("prefs", {"intl.accept_languages": lang})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        set_viewport(driver, width, height)
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def set_viewport(
    driver, width: int, height: int, *, mobile: bool = False, scale: float = 1
) -> None:
    """The page's viewport in CSS pixels (whatever the window's size); ``mobile`` and ``scale``
    (device pixels per CSS pixel) make it a phone."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile},
    )


def reset(driver) -> None:
    """An empty page at the desktop size, in the light scheme on screen."""
    driver.get("about:blank")
    set_viewport(driver, *DESKTOP)
    colour_scheme(driver, "light")


def colour_scheme(driver, scheme: str) -> None:
    """Emulate ``prefers-color-scheme: light|dark`` (and screen media) on the page."""
    assert scheme in ("light", "dark")
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"media": "screen", "features": [{"name": "prefers-color-scheme", "value": scheme}]},
    )


def print_media(driver) -> None:
    """Emulate the print style sheet."""
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print", "features": []})


def open_file(driver, path: Path) -> None:
    driver.get(Path(path).resolve().as_uri())


_AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: "tag", values: arguments[0]}, resultTypes: ["violations"]})
  .then(r => done({
    passes: r.passes.map(p => p.id),
    violations: r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map(n => n.html.slice(0, 300) + " -- " + (n.failureSummary || ""))
    }))
  }))
  .catch(e => done({passes: [], violations: [{id: "axe-failed", nodes: [String(e)]}]}));
"""


def axe_check(driver, tags: tuple[str, ...] = WCAG21_AA) -> tuple[list[dict[str, Any]], list[str]]:
    """axe-core's violations of the rules with ``tags`` on the open page, and the rules it passed.

    Each violation: ``id``, ``impact``, ``help`` and the HTML of up to five failing nodes with
    axe's summary of why.
    """
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(_AXE_RUN, list(tags))
    return result["violations"], result["passes"]


def full_page_screenshot(driver, path: Path, width: int) -> Path:
    """The whole page (not only the viewport) at ``width`` CSS pixels, as a PNG."""
    set_viewport(driver, width, 800)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    set_viewport(driver, width, height)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(path))
    return Path(path)


def page_width(driver) -> tuple[int, int]:
    """The page's scroll width and the viewport's width, in CSS pixels."""
    return (
        driver.execute_script("return document.documentElement.scrollWidth"),
        driver.execute_script("return window.innerWidth"),
    )
