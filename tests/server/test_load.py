"""Load on loopback: 60 phones posting 10 notes each at once; every note stored exactly once."""

from __future__ import annotations

import asyncio
from collections import Counter

from tests.server.conftest import Phone, run
from workshop.services.notes import list_notes


def test_sixty_phones_ten_notes_each_at_once_every_note_stored_once(room):
    async def phone_life(i: int) -> list[int]:
        async with Phone(room) as phone:
            await phone.join()
            sends = [phone.note(f"Telefon {i:02d}, lapp {j}", f"p{i}-n{j}") for j in range(10)]
            statuses = [status for status, _ in await asyncio.gather(*sends)]
            # A flaky network resends some: the keys keep them from being stored twice.
            resends = [phone.note(f"Telefon {i:02d}, lapp {j}", f"p{i}-n{j}") for j in (0, 9)]
            statuses += [status for status, _ in await asyncio.gather(*resends)]
            return statuses

    async def scenario():
        return await asyncio.gather(*(phone_life(i) for i in range(60)))

    results = run(scenario())
    statuses = Counter(s for phone in results for s in phone)
    assert statuses == {201: 600, 200: 120}
    texts = Counter(n.text for n in list_notes(room.lib, room.session_id))
    assert len(texts) == 600
    assert set(texts.values()) == {1}
    assert texts["Telefon 59, lapp 9"] == 1
    seqs = [n.seq for n in list_notes(room.lib, room.session_id)]
    assert sorted(seqs) == list(range(1, 601))
