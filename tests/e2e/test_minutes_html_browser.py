"""The HTML minutes in a real browser: axe-core's WCAG 2.1 A/AA rules in Debian's chromium (0
violations in the light and the dark colour scheme, in every language), reflow at 320 CSS pixels
and at 200 % zoom, the print style sheet, nothing loaded from anywhere, user text shown literally.

Skipped, with the reason, where chromium, chromedriver, selenium or axe-core is missing
(``tests/browser.py``). Set ``VERKSTED_SCREENSHOTS`` to a folder to keep the pages as PNG.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from tests.browser import (
    axe_check,
    colour_scheme,
    full_page_screenshot,
    open_file,
    page_width,
    print_media,
    set_viewport,
)
from workshop.export.formats import export_format
from workshop.i18n import LANGUAGES
from workshop.services import notes as note_service
from workshop.services.attachments import add_photo
from workshop.services.minutes import build_minutes

pytestmark = pytest.mark.slow

EVIL = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">Kaffe & kake'
# Rules that must have run and passed on the minutes, so a page axe could not read fails.
MUST_PASS = {
    "color-contrast",
    "document-title",
    "html-has-lang",
    "html-lang-valid",
    "image-alt",
    "svg-img-alt",
    "list",
    "listitem",
    "th-has-data-cells",
    "td-headers-attr",
}


@pytest.fixture
def minutes_files(lib, demo_session, tmp_path) -> dict[str, Path]:
    """The demo session (clusters, votes, actions, the board, ratings) with a photo, a
    right-to-left note, emoji and markup typed as a note, in each language."""
    from PIL import Image

    jpeg = io.BytesIO()
    Image.new("RGB", (1200, 800), (230, 225, 200)).save(jpeg, "JPEG")
    add_photo(lib, demo_session, jpeg.getvalue(), caption="Veggen etter første runde")
    note_service.add_note(lib, demo_session, "שלום עולם – hilsen fra en deltaker", principles=[4])
    note_service.add_note(lib, demo_session, "Bussen 🚌 går for sjelden 👍🏽", principles=[7])
    note_service.add_note(lib, demo_session, EVIL, principles=[3])
    files = {}
    for language in LANGUAGES:
        data = build_minutes(lib, demo_session, language=language)
        files[language] = tmp_path / f"referat-{language}.html"
        export_format("html").write(data, files[language])
    return files


def _keep(driver, name: str, width: int, tmp_path: Path) -> None:
    folder = Path(os.environ.get("VERKSTED_SCREENSHOTS") or tmp_path)
    shot = full_page_screenshot(driver, folder / f"minutes-html-{name}.png", width)
    assert shot.stat().st_size > 20_000


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_wcag_21_aa_violations_in_light_and_dark(axe, minutes_files, language, tmp_path):
    driver = axe
    open_file(driver, minutes_files[language])
    assert driver.execute_script("return document.documentElement.lang") == language
    # the demo session is in bokmål: in nynorsk and English its texts carry lang="nb"
    must_pass = MUST_PASS | ({"valid-lang"} if language != "nb" else set())
    backgrounds = set()
    for scheme in ("light", "dark"):
        colour_scheme(driver, scheme)
        violations, passed = axe_check(driver)
        assert violations == [], f"{language}, {scheme}: {violations}"
        assert set(passed) >= must_pass, must_pass - set(passed)
        backgrounds.add(
            driver.execute_script(
                "return getComputedStyle(document.documentElement).backgroundColor"
            )
        )
        _keep(driver, f"{language}-{scheme}", 1280, tmp_path)
    assert backgrounds == {"rgb(255, 255, 255)", "rgb(21, 25, 30)"}  # the schemes did differ


@pytest.mark.parametrize("language", LANGUAGES)
def test_revised_minutes_have_no_wcag_21_aa_violations(axe, lib, demo_session, language, tmp_path):
    """Version 2 of approved minutes: the revision section (reason, changes) passes too."""
    from workshop.export.approval import approve_minutes
    from workshop.services import approval

    approve_minutes(lib, demo_session, by="Kari Nordmann")
    approval.reopen(lib, demo_session, reason=EVIL)
    first = note_service.list_notes(lib, demo_session)[0]
    note_service.edit_note(lib, demo_session, first.id, EVIL)
    note_service.add_note(lib, demo_session, "Et innspill som kom sent", principles=[4])
    approve_minutes(lib, demo_session, by="Kari Nordmann")
    path = tmp_path / f"revidert-{language}.html"
    export_format("html").write(build_minutes(lib, demo_session, language=language), path)
    open_file(axe, path)
    assert axe.execute_script("return window.pwned") is None
    heading = axe.execute_script("return document.querySelector('.revision h2').textContent")
    assert heading.endswith("2")
    for scheme in ("light", "dark"):
        colour_scheme(axe, scheme)
        violations, _passed = axe_check(axe)
        assert violations == [], f"{language}, {scheme}: {violations}"


def test_axe_finds_what_is_wrong(axe, tmp_path):
    """The check can fail: a page with an image without text and grey on grey text."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html lang="nb"><head><title>x</title></head><body><main>'
        '<p style="color:#aaa;background:#fff">lys grå</p><img src="data:image/gif;base64,'
        'R0lGODlhAQABAAAAACw=">'
        "</main></body></html>",
        encoding="utf-8",
    )
    open_file(axe, bad)
    violations, _ = axe_check(axe)
    assert {"color-contrast", "image-alt"} <= {v["id"] for v in violations}


@pytest.mark.parametrize(("width", "label"), [(320, "400 %"), (360, "phone"), (640, "200 %")])
def test_reflows_without_sideways_scrolling(browser, minutes_files, width, label, tmp_path):
    """320 CSS px is a 1280 px window at 400 % zoom, 640 px the same at 200 %."""
    driver = browser
    open_file(driver, minutes_files["nb"])
    for scheme in ("light", "dark"):
        colour_scheme(driver, scheme)
        set_viewport(driver, width, 800)
        scroll, inner = page_width(driver)
        assert inner == width
        assert scroll <= width, f"{label}: the page is {scroll} px wide in {width} px"
        clipped = driver.execute_script(
            """return [...document.querySelectorAll('main *, header *, nav *')]
                 .filter(e => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 1
                              && getComputedStyle(e).overflowX !== 'visible'
                              && !(e instanceof SVGElement))
                 .map(e => e.tagName + '.' + e.className)"""
        )
        assert clipped == []
        if width == 360:
            _keep(driver, f"nb-{scheme}-360", width, tmp_path)


def test_prints_on_white_without_the_contents(browser, minutes_files):
    driver = browser
    open_file(driver, minutes_files["nb"])
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"media": "print", "features": [{"name": "prefers-color-scheme", "value": "dark"}]},
    )
    style = driver.execute_script(
        """const html = getComputedStyle(document.documentElement);
           return [html.backgroundColor, getComputedStyle(document.body).color,
                   getComputedStyle(document.querySelector('nav')).display,
                   getComputedStyle(document.querySelector('#appendix')).breakBefore];"""
    )
    assert style == ["rgb(255, 255, 255)", "rgb(0, 0, 0)", "none", "page"]
    print_media(driver)
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})
    assert len(pdf["data"]) > 10_000


def test_loads_nothing_and_shows_user_text_literally(browser, minutes_files):
    driver = browser
    open_file(driver, minutes_files["en"])
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert driver.execute_script("return window.pwned") is None
    texts = driver.execute_script(
        "return [...document.querySelectorAll('ol.appendix p.text')].map(p => p.textContent)"
    )
    assert EVIL in texts
    assert "Bussen 🚌 går for sjelden 👍🏽" in texts
    direction = driver.execute_script(
        """const p = [...document.querySelectorAll('ol.appendix p.text')]
                       .find(p => p.textContent.startsWith('שלום'));
           return getComputedStyle(p).direction;"""
    )
    assert direction == "rtl"
    # every in-page link leads somewhere on the page
    missing = driver.execute_script(
        """return [...document.querySelectorAll('a[href^="#"]')]
                 .map(a => a.getAttribute('href').slice(1))
                 .filter(id => !document.getElementById(id));"""
    )
    assert missing == []
