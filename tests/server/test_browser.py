"""The phone page in a real browser: Debian's chromium driven by selenium through Debian's
chromedriver (nothing is downloaded), the window 360 px wide like a small phone.

Skipped, with the reason, where chromium, chromedriver or selenium is missing. The axe-core
check needs ``axe.min.js`` from the axe-core npm package (``.ci/run`` installs it into
``.cache/axe``; ``VERKSTED_AXE_JS`` may name another copy). Set ``VERKSTED_SCREENSHOTS`` to a
folder to keep the screenshots of each step kind.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from tests.server.conftest import start_room
from workshop.services.evaluation import list_ratings
from workshop.services.notes import add_note, list_notes

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
AXE = Path(os.environ.get("VERKSTED_AXE_JS", ROOT / ".cache/axe/node_modules/axe-core/axe.min.js"))
WIDTH, HEIGHT = 360, 780

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
    pytest.skip(
        "Debian's chromium and chromium-driver are not installed "
        "(apt-get install chromium chromium-driver)",
        allow_module_level=True,
    )

from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser():
    profile = tempfile.mkdtemp(prefix="verksted-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
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
        "--lang=nb-NO",
        f"--window-size={WIDTH},{HEIGHT}",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "nb-NO,nb"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 2, "mobile": True},
    )
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def wait(driver, condition, timeout: float = 10.0):
    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition)


def text_of(driver, element_id: str) -> str:
    return driver.find_element(By.ID, element_id).text


def wait_for_text(driver, element_id: str, expected: str, timeout: float = 10.0) -> None:
    try:
        wait(driver, lambda d: expected in text_of(d, element_id), timeout)
    except TimeoutException:
        raise AssertionError(f"#{element_id}: {text_of(driver, element_id)!r}") from None


def wait_until(predicate, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def fits_the_width(driver) -> None:
    width = driver.execute_script("return document.documentElement.scrollWidth")
    inner = driver.execute_script("return window.innerWidth")
    assert inner == WIDTH
    assert width <= WIDTH, f"the page is {width} px wide in a {WIDTH} px window"


def screenshot(driver, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("VERKSTED_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"phone-{name}.png"
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": WIDTH, "height": max(HEIGHT, height), "deviceScaleFactor": 2, "mobile": True},
    )
    driver.save_screenshot(str(path))
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 2, "mobile": True},
    )
    assert path.stat().st_size > 5000
    return path


def axe_check(driver) -> tuple[list[dict], int]:
    """axe-core's WCAG 2.1 A/AA violations on the page, and how many rules it passed."""
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: "tag",
                 values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
           .then(r => done({passes: r.passes.length,
                 violations: r.violations.map(v => ({id: v.id, impact: v.impact,
                 nodes: v.nodes.map(n => n.html)}))}))
           .catch(e => done({passes: 0, violations: [{id: "axe-failed", nodes: [String(e)]}]}));
        """
    )
    return result["violations"], result["passes"]


@pytest.fixture
def browser_room(lib, room_session):
    room = start_room(lib, room_session, auto_accept=True)
    yield room
    room.server.stop()


def open_page(driver, room) -> None:
    driver.get(room.url)
    wait_for_text(driver, "connection", "Tilkoblet")


def test_join_write_vote_rate_at_360_px(browser, browser_room, tmp_path):
    room = browser_room
    driver = browser
    add_note(room.lib, room.session_id, "Lengre åpent på lørdager")
    add_note(room.lib, room.session_id, "Mer plass til lekser")
    open_page(driver, room)
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nb"
    wait_for_text(driver, "question", "Hva har fungert godt")
    assert text_of(driver, "room") == f"Rom {room.server.room_code}"
    fits_the_width(driver)

    field = driver.find_element(By.ID, "note-text")
    evil = '<img src=x onerror="window.pwned=1">Kaffe, takk'
    field.send_keys(evil)
    driver.find_element(By.ID, "send").click()
    wait_for_text(driver, "feedback", "Sendt – takk!")
    wait_until(lambda: any(n.text == evil for n in list_notes(room.lib, room.session_id)))
    screenshot(driver, "writing", tmp_path)

    room.step("vote")
    wait_for_text(driver, "question", "Hvilke forbedringer er viktigst")
    wait_for_text(driver, "votes-left", "3 av 3 prikker igjen")
    items = driver.find_elements(By.CSS_SELECTOR, ".vote-item .text")
    assert evil in [item.text for item in items]  # shown as text, never run as HTML
    assert driver.execute_script("return window.pwned") is None
    add_buttons = driver.find_elements(By.CSS_SELECTOR, ".dot.add")
    add_buttons[0].click()
    wait_for_text(driver, "votes-left", "2 av 3 prikker igjen")
    add_buttons[0].click()  # the same button: the list is updated in place
    wait_for_text(driver, "votes-left", "1 av 3 prikker igjen")
    fits_the_width(driver)
    assert max(n.votes for n in list_notes(room.lib, room.session_id)) == 2
    screenshot(driver, "vote", tmp_path)

    step_id = room.step("evaluate")
    wait_for_text(driver, "question", "Hva bør vi beholde")
    wait(driver, lambda d: d.find_element(By.ID, "rate").is_displayed())
    driver.find_element(By.CSS_SELECTOR, '.score[data-value="4"]').click()
    wait_for_text(driver, "rated", "Du ga 4")
    pressed = driver.find_element(By.CSS_SELECTOR, '.score[data-value="4"]')
    assert pressed.get_attribute("aria-pressed") == "true"
    wait_until(lambda: [r.value for r in list_ratings(room.lib, room.session_id)] == [4])
    assert list_ratings(room.lib, room.session_id)[0].step_id == step_id
    fits_the_width(driver)
    screenshot(driver, "rating", tmp_path)


def test_the_language_buttons_switch_between_bokmal_nynorsk_and_english(browser, browser_room):
    driver = browser

    def button(lang):
        return driver.find_element(By.CSS_SELECTOR, f'.language[data-lang="{lang}"]')

    open_page(driver, browser_room)
    assert button("nb").get_attribute("aria-pressed") == "true"
    button("en").click()
    wait_for_text(driver, "send", "Send note")
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert button("en").get_attribute("aria-pressed") == "true"
    assert button("nb").get_attribute("aria-pressed") == "false"
    button("nn").click()
    wait_for_text(driver, "note-label", "Lappen din")
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nn"
    button("nb").click()
    wait_for_text(driver, "note-label", "Din lapp")


def test_a_note_written_while_the_server_is_away_arrives_once_when_it_is_back(
    browser, lib, room_session
):
    driver = browser
    room = start_room(lib, room_session, auto_accept=True)
    port = room.server.port
    again = None
    try:
        open_page(driver, room)
        room.server.stop()
        wait_for_text(driver, "connection", "Uten forbindelse", timeout=15)
        driver.find_element(By.ID, "note-text").send_keys("Skrevet uten nett")
        driver.find_element(By.ID, "send").click()
        wait_for_text(driver, "unsent", "Lapper som venter på å bli sendt: 1")
        wait_for_text(driver, "feedback", "Uten forbindelse")
        again = start_room(lib, room_session, auto_accept=True, port=port)
        wait_for_text(driver, "connection", "Tilkoblet", timeout=20)
        wait_until(lambda: len(list_notes(lib, room_session)) == 1, timeout=20)
        wait(driver, lambda d: text_of(d, "unsent") == "")
        time.sleep(6)  # past another poll and event: still only once
        assert [n.text for n in list_notes(lib, room_session)] == ["Skrevet uten nett"]
    finally:
        (again or room).server.stop()


def test_a_note_kept_on_the_phone_is_sent_when_the_page_is_opened_again(browser, lib, room_session):
    driver = browser
    room = start_room(lib, room_session, auto_accept=True)
    port = room.server.port
    again = None
    try:
        open_page(driver, room)
        room.server.stop()
        wait_for_text(driver, "connection", "Uten forbindelse", timeout=15)
        driver.find_element(By.ID, "note-text").send_keys("Lagret på mobilen")
        driver.find_element(By.ID, "send").click()
        wait_for_text(driver, "unsent", "1")
        driver.get("about:blank")  # the phone closes the page while the network is away
        again = start_room(lib, room_session, auto_accept=True, port=port)
        open_page(driver, again)
        wait_until(lambda: len(list_notes(lib, room_session)) == 1, timeout=20)
        wait(driver, lambda d: text_of(d, "unsent") == "")
        driver.refresh()
        wait_for_text(driver, "connection", "Tilkoblet")
        time.sleep(1)
        assert [n.text for n in list_notes(lib, room_session)] == ["Lagret på mobilen"]
    finally:
        (again or room).server.stop()


@pytest.mark.parametrize("kind", ["silent-writing", "vote", "evaluate"])
def test_the_phone_page_has_no_wcag_21_aa_violations(browser, browser_room, kind):
    if not AXE.exists():
        pytest.skip(
            f"axe-core not found at {AXE}: npm install --prefix .cache/axe axe-core@4 "
            "(.ci/run does this)"
        )
    room = browser_room
    driver = browser
    add_note(room.lib, room.session_id, "En lapp å stemme på")
    room.step(kind)
    open_page(driver, room)
    if kind == "vote":
        wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".vote-item"))
    if kind == "evaluate":
        wait(driver, lambda d: d.find_element(By.ID, "rate").is_displayed())
    violations, passes = axe_check(driver)
    assert violations == []
    assert passes >= 10  # axe really looked (colour contrast, labels, names, lang…)
