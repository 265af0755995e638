"""Render the README's screenshots offscreen from the demo session.

python tests/make_screenshots.py [OUTPUT_DIR] [--language nb|nn|en]   (default: docs/screenshots)
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1600, 900)


def _more_sessions(lib) -> None:
    """A few other sessions, so the list looks like a facilitator's year."""
    from datetime import date, time

    from workshop.services.notes import add_note
    from workshop.services.sessions import create_session, update_session

    plans = [
        (
            "politician-workshop",
            "Politikerverksted: Hvor skal vi legge innovasjonstrykket?",
            date(2026, 12, 8),
            "Gran rådhus, kommunestyresalen",
            "planned",
        ),
        (
            "focus-group",
            "Fokusgruppe med brukere av hjemmetjenesten",
            date(2026, 10, 14),
            "Granheim lokalmedisinske senter",
            "finished",
        ),
        ("popup-stand", "Stand på Jaren-marken", date(2026, 9, 5), "Jaren", "finished"),
        (
            "ad-hoc-committee",
            "Ad hoc-komité om ungdom og fritid",
            date(2026, 11, 30),
            "Brandbu ungdomsskole",
            "planned",
        ),
    ]
    for template, title, day, place, status in plans:
        sid = create_session(
            lib,
            template,
            title,
            session_date=day,
            place=place,
            start_time=time(18, 0),
            end_time=time(20, 0),
        )
        if status == "finished":
            for i in range(7):
                add_note(lib, sid, f"Innspill {i + 1}")
        update_session(lib, sid, status=status)


def _minutes_pages(library: Path, session_id: str, out: Path, language: str) -> None:
    """The first page and the summary page of the demo minutes, rendered with pdftoppm."""
    import shutil
    import subprocess

    from workshop.export.minutes_pdf import write_minutes_pdf
    from workshop.services.minutes import build_minutes
    from workshop.store.db import Library

    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (poppler-utils): the minutes pages were not rendered")
        return
    with Library.open(library) as lib:
        pdf = library.with_name("minutes.pdf")
        write_minutes_pdf(build_minutes(lib, session_id, language=language), pdf)
    for page, name in ((1, "minutes-page-1"), (4, "minutes-page-board")):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "70",
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(pdf),
                str(out / name),
            ],
            check=True,
        )


def _minutes_html(library: Path, session_id: str, out: Path, language: str) -> None:
    """The HTML minutes in chromium: the top at desktop width in the light scheme beside a
    phone (360 px) in the dark scheme at the chart and the summary."""
    import sys

    sys.path.insert(0, str(ROOT))
    from PIL import Image

    from tests.browser import (
        browser_skip_reason,
        chromium,
        colour_scheme,
        full_page_screenshot,
        open_file,
    )
    from workshop.export.minutes_html import write_minutes_html
    from workshop.services.minutes import build_minutes
    from workshop.store.db import Library

    reason = browser_skip_reason()
    if reason:
        print(f"{reason}: the HTML minutes were not rendered")
        return
    page = library.with_name("minutes.html")
    with Library.open(library) as lib:
        write_minutes_html(build_minutes(lib, session_id, language=language), page)
    desktop, phone = library.with_name("desktop.png"), library.with_name("phone.png")
    with chromium() as driver:
        open_file(driver, page)
        colour_scheme(driver, "light")
        full_page_screenshot(driver, desktop, 1280)
        colour_scheme(driver, "dark")
        full_page_screenshot(driver, phone, 360)
        chart = driver.execute_script(
            "return document.getElementById('chart').getBoundingClientRect().top + scrollY"
        )
    height = 1100
    with Image.open(desktop) as left, Image.open(phone) as right:
        top = max(0, int(chart) - 16)
        sheet = Image.new("RGB", (1280 + 24 + 360, height), (128, 136, 146))
        sheet.paste(left.crop((0, 0, 1280, height)), (0, 0))
        sheet.paste(right.crop((0, top, 360, top + height)), (1280 + 24, 0))
        sheet.save(out / "minutes-html.png", optimize=True)


def _report_page(library: Path, out: Path, language: str) -> None:
    """The first page of this year's period report."""
    import shutil
    import subprocess

    from workshop.export.report import write_report_pdf
    from workshop.services.overview import build_overview
    from workshop.store.db import Library

    if shutil.which("pdftoppm") is None:
        return
    year = date.today().year
    with Library.open(library) as lib:
        pdf = library.with_name("report.pdf")
        overview = build_overview(lib, date(year, 1, 1), date(year, 12, 31), language=language)
        write_report_pdf(overview, pdf, language)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "70",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(out / "report-page-1"),
        ],
        check=True,
    )


def _text_conflict(lib, session_id: str, tmp: Path) -> None:
    """The first note edited on a second laptop and here: a text conflict to settle."""
    from workshop.services.exchange import pack_session, unpack_session
    from workshop.services.notes import edit_note, list_notes
    from workshop.store.db import Library

    file = tmp / "demo.verksted"
    pack_session(lib, session_id, file)
    note = list_notes(lib, session_id)[0]
    with Library.open(tmp / "laptop-2.sqlite") as other:
        unpack_session(other, file)
        edit_note(other, session_id, note.id, note.text + " – og mer lys om vinteren")
        pack_session(other, session_id, file)
    edit_note(lib, session_id, note.id, note.text + " (og sitteplasser i le)")
    unpack_session(lib, file)


PHONE_NOTES = (
    "Benker og tak over holdeplassen ved skolen",
    "Gratis buss for ungdom i helgene",
    "Et sted å være etter skoletid som ikke koster penger",
)


def _phone_room(app, window, view, out: Path) -> None:
    """Mobil on: the run view with the queue, and the presenter's QR code beside the board and
    large. The server listens on loopback here; the URL shows the Windows hotspot's address, as
    a facilitator's laptop would."""
    import asyncio
    import time

    import aiohttp

    from workshop.server import network
    from workshop.services import participation

    lib, session_id = window.lib, view.model.session_id
    real_join_url = network.join_url
    network.join_url = lambda _host, _port, path: real_join_url("192.168.137.1", 8750, path)
    try:
        participation.set_room_settings(lib, session_id, auto_accept=False)
        view.phones.room.host, view.phones.room.port = "127.0.0.1", 0
        view.phones.set_on(True)
        local = f"http://127.0.0.1:{view.phones.room.server.port}"
        path = view.phones.room.url.split(":8750", 1)[1]

        async def join(n: int) -> None:  # phones in the room (they count when they join)
            for _ in range(n):
                async with aiohttp.ClientSession() as http, http.get(local + path) as response:
                    await response.read()

        asyncio.run(join(17))
        device = participation.device_hash(participation.room_settings(lib, session_id), "shot")
        for i, text in enumerate(PHONE_NOTES):
            participation.submit_phone_note(lib, session_id, device, f"shot-{i}", text)
        deadline = time.monotonic() + 5
        while view.phones.room.phones < 17 and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.05)
        view.phones.refresh_queue()
        app.processEvents()
        window.grab().save(str(out / "run-view-phones.png"))

        window.toggle_presenter()
        presenter = window.presenter
        presenter.showNormal()
        presenter.resize(1280, 720)
        app.processEvents()
        presenter.refresh()
        app.processEvents()
        presenter.grab().save(str(out / "presenter-qr.png"))
        view.phones.room.set_big_qr(True)
        app.processEvents()
        presenter.grab().save(str(out / "presenter-qr-large.png"))
        window.toggle_presenter()
    finally:
        view.phones.stop()
        network.join_url = real_join_url


def _approved(app, path: Path, settings, session_id: str, out: Path, language: str) -> None:
    """The demo minutes approved, reopened for a late input and approved again as version 2:
    the run view with its locked banner, and the revision page of version 2's PDF."""
    import shutil
    import subprocess

    from workshop.export.approval import approve_minutes
    from workshop.services import approval, notes, tags
    from workshop.store.db import Library
    from workshop.ui.main_window import MainWindow
    from workshop.ui.window.pages import TAB_RUN

    with Library.open(path) as lib:
        approve_minutes(lib, session_id, by="Kari Nordmann")
        approval.reopen(
            lib,
            session_id,
            reason="To innspill fra stand på biblioteket kom inn etter møtet",
            by="Ola Hansen",
        )
        listed = notes.list_notes(lib, session_id)
        notes.edit_note(lib, session_id, listed[2].id, listed[2].text + " (også i helgene)")
        tags.set_tags(lib, session_id, {listed[4].id: True}, principles=[2])
        notes.vote_notes(lib, session_id, {listed[5].id: 2})
        notes.add_note(lib, session_id, "Sykkelparkering under tak ved stasjonen")
        notes.add_note(lib, session_id, "Lekeplass nær biblioteket")
        approve_minutes(lib, session_id, by="Kari Nordmann")
        pdf = path.with_name("approved-v2.pdf")
        pdf.write_bytes(approval.approved_pdf(lib, session_id))
    window = MainWindow(path, settings=settings)
    window.resize(*SIZE)
    window.show()
    assert window.start()
    window.open_session(session_id, TAB_RUN)
    app.processEvents()
    window.run_view.board.fit()
    app.processEvents()
    window.grab().save(str(out / "run-view-approved.png"))
    window.run_view.stop()
    window.close()
    if shutil.which("pdftoppm") is not None:
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-f", "2", "-l", "2", "-singlefile", str(pdf),
             str(out / "minutes-revised")],
            check=True,
        )  # fmt: skip


def main(out: Path, language: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["verksted"])
    from workshop.services.demo import create_demo
    from workshop.store.db import Library
    from workshop.ui.main_window import MainWindow
    from workshop.ui.new_session.wizard import NewSessionWizard
    from workshop.ui.settings import Settings
    from workshop.ui.translation import install_translators
    from workshop.ui.window.pages import TAB_AGENDA

    install_translators(app, language)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        path = Path(tmp) / "library.sqlite"
        with Library.open(path) as lib:
            session_id = create_demo(lib)
            _more_sessions(lib)
            _text_conflict(lib, session_id, Path(tmp))
        window = MainWindow(path, settings=settings)
        window.resize(*SIZE)
        window.show()
        assert window.start()
        app.processEvents()
        window.grab().save(str(out / "sessions.png"))

        wizard = NewSessionWizard(window.lib, settings, window, language=language)
        wizard.resize(1000, 680)
        wizard.show()
        items = wizard.findChild(object, "templateList")
        items.setCurrentRow(
            next(
                i
                for i in range(items.count())
                if items.item(i).data(0x0100) == "politician-workshop"
            )
        )
        app.processEvents()
        wizard.grab().save(str(out / "wizard.png"))
        wizard.discard()

        tour = window.show_tour()
        app.processEvents()
        tour.grab().save(str(out / "tour.png"))
        tour.reject()

        window.open_session(session_id, TAB_AGENDA)
        app.processEvents()
        window.grab().save(str(out / "agenda-editor.png"))

        from workshop.services.participation import set_revealed
        from workshop.services.run import set_step_time
        from workshop.services.sessions import get_session

        # Mid-step, as the room would see it: a little over six minutes of the fifteen gone, the
        # silent writing revealed, the clusters tidy in their lanes.
        writing = get_session(window.lib, session_id).steps[1]
        set_step_time(window.lib, session_id, writing.id, writing.minutes * 60 - 8 * 60 - 12)
        set_revealed(window.lib, session_id, writing.id, True)
        view = window.open_run(session_id)
        view.go_to_step(1)
        view.capture.setPlainText("Lys i gatene langs Sentrumsvegen")
        view.board.set_zoom(0.7)  # readable from the back of the room
        view.board.horizontalScrollBar().setValue(view.board.horizontalScrollBar().minimum())
        view.board.verticalScrollBar().setValue(view.board.verticalScrollBar().minimum())
        area = view.scene.areas[1].rect()  # the writing step's lane at the left edge
        view.board.centerOn(
            area.left() + view.board.viewport().width() / 2 / 0.7 - 10,
            view.board.viewport().height() / 2 / 0.7 - 4,
        )
        app.processEvents()
        window.grab().save(str(out / "run-view.png"))

        window.toggle_presenter()
        presenter = window.presenter
        presenter.showNormal()
        presenter.resize(1920, 1080)
        app.processEvents()
        presenter.refresh()
        app.processEvents()
        presenter.grab().save(str(out / "presenter.png"))
        window.toggle_presenter()
        _phone_room(app, window, view, out)
        from workshop.ui.window.pages import TAB_MAPPING

        window.show_tab(TAB_MAPPING)
        app.processEvents()
        window.grab().save(str(out / "mapping.png"))
        view.stop()

        from workshop.ui.conflicts_dialog import ConflictsDialog

        conflicts = ConflictsDialog(window.lib, session_id, language, window)
        conflicts.resize(920, 560)
        conflicts.show()
        app.processEvents()
        conflicts.grab().save(str(out / "conflicts.png"))
        conflicts.reject()

        window.show_actions()
        app.processEvents()
        window.grab().save(str(out / "actions.png"))
        window.show_overview()
        window.overview_view.set_period(
            date(date.today().year, 1, 1), date(date.today().year, 12, 31)
        )
        app.processEvents()
        window.grab().save(str(out / "overview.png"))
        window.close()
        _minutes_pages(path, session_id, out, language)
        _minutes_html(path, session_id, out, language)
        _report_page(path, out, language)
        _approved(app, path, settings, session_id, out, language)
    print(f"screenshots written to {out}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    from workshop.i18n import LANGUAGES

    parser.add_argument("--language", default="nb", choices=LANGUAGES)
    args = parser.parse_args()
    main(args.out, args.language)
