"""The phone page in a real browser: the suite's chromium (``tests/browser.py``: Debian's
chromium driven by selenium through Debian's chromedriver, nothing downloaded) as a small phone,
360 px wide.

Skipped, with the reason, where chromium, chromedriver, selenium or (for the axe-core check)
axe-core is missing. Set ``VERKSTED_SCREENSHOTS`` to a folder to keep the screenshots of each
step kind.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.browser import axe_check, page_width, set_viewport
from tests.server.conftest import start_room
from workshop.services.evaluation import list_ratings
from workshop.services.notes import add_note, list_notes

WIDTH, HEIGHT = 360, 780

pytest.importorskip("selenium", reason="selenium is not installed")

from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture
def phone(browser):
    """The suite's browser as a small phone."""
    set_viewport(browser, WIDTH, HEIGHT, mobile=True, scale=2)
    return browser


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
    width, inner = page_width(driver)
    assert inner == WIDTH
    assert width <= WIDTH, f"the page is {width} px wide in a {WIDTH} px window"


def screenshot(driver, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("VERKSTED_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"phone-{name}.png"
    height = driver.execute_script("return document.documentElement.scrollHeight")
    set_viewport(driver, WIDTH, max(HEIGHT, height), mobile=True, scale=2)
    driver.save_screenshot(str(path))
    set_viewport(driver, WIDTH, HEIGHT, mobile=True, scale=2)
    assert path.stat().st_size > 5000
    return path


@pytest.fixture
def browser_room(lib, room_session):
    room = start_room(lib, room_session, auto_accept=True)
    yield room
    room.server.stop()


def open_page(driver, room) -> None:
    driver.get(room.url)
    wait_for_text(driver, "connection", "Tilkoblet")


def test_join_write_vote_rate_at_360_px(phone, browser_room, tmp_path):
    room = browser_room
    driver = phone
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


def test_the_language_buttons_switch_between_bokmal_nynorsk_and_english(phone, browser_room):
    driver = phone

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
    phone, lib, room_session
):
    driver = phone
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


def test_a_note_kept_on_the_phone_is_sent_when_the_page_is_opened_again(phone, lib, room_session):
    driver = phone
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
def test_the_phone_page_has_no_wcag_21_aa_violations(axe, phone, browser_room, kind):
    room = browser_room
    driver = phone
    add_note(room.lib, room.session_id, "En lapp å stemme på")
    room.step(kind)
    open_page(driver, room)
    if kind == "vote":
        wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".vote-item"))
    if kind == "evaluate":
        wait(driver, lambda d: d.find_element(By.ID, "rate").is_displayed())
    violations, passes = axe_check(driver)
    assert violations == []
    assert len(passes) >= 10  # axe really looked (colour contrast, labels, names, lang…)
