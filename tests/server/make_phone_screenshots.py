"""The README's screenshots of the phone page, in Debian's chromium at 360 px.

python tests/server/make_phone_screenshots.py [OUTPUT_DIR]   (default: docs/screenshots)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

WIDTH, HEIGHT = 360, 780


def main(out: Path) -> None:
    from selenium.webdriver.common.by import By

    from tests.browser import chromium, set_viewport
    from workshop.server.runner import ParticipantServer
    from workshop.services.board import create_cluster
    from workshop.services.notes import add_note
    from workshop.services.participation import set_vote_budget
    from workshop.services.run import set_current_step
    from workshop.services.sessions import create_session, get_session
    from workshop.store.db import Library

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp) / "library.sqlite")
        sid = create_session(lib, "library-evening", "Temakveld: Biblioteket vi vil ha")
        steps = get_session(lib, sid).steps
        writing = next(s for s in steps if s.kind == "silent-writing")
        vote = next(s for s in steps if s.kind == "vote")
        set_current_step(lib, sid, writing.id)
        texts = [
            "Åpent på søndager, i alle fall om vinteren",
            "Et stille rom for lekser og lesing",
            "Flere arrangementer for ungdom",
            "Lån av verktøy og symaskin",
        ]
        ids = [add_note(lib, sid, text) for text in texts]
        create_cluster(lib, sid, "Åpningstider og rom", ids[:2])
        set_vote_budget(lib, sid, vote.id, 3)
        server = ParticipantServer(lib, sid, host="127.0.0.1", port=0, auto_accept=True)
        url = server.start()
        try:
            with chromium(WIDTH, HEIGHT) as driver:
                set_viewport(driver, WIDTH, HEIGHT, mobile=True, scale=2)
                driver.get(url)
                time.sleep(1.5)
                driver.find_element(By.ID, "note-text").send_keys("Kafé med aviser og kaffe")
                time.sleep(0.3)
                driver.save_screenshot(str(out / "phone-writing.png"))
                set_current_step(lib, sid, vote.id)
                server.notify()
                time.sleep(1.5)
                buttons = driver.find_elements(By.CSS_SELECTOR, ".dot.add")
                buttons[0].click()
                time.sleep(0.4)
                buttons = driver.find_elements(By.CSS_SELECTOR, ".dot.add")
                buttons[2].click()
                time.sleep(0.6)
                driver.save_screenshot(str(out / "phone-vote.png"))
        finally:
            server.stop()
            lib.close()
    print(f"wrote {out / 'phone-writing.png'} and {out / 'phone-vote.png'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
