"""Phones in the room, on the desktop: the participant server of the open session.

* :mod:`~workshop.ui.phones.room` runs :class:`~workshop.server.runner.ParticipantServer` for
  the session in the run view and turns its hooks (called on the server's thread) into Qt
  signals with a queued connection, so no widget is ever touched from that thread;
* :mod:`~workshop.ui.phones.part` is the run view's part: the "Mobil" bar, the moderation
  queue, phone notes arriving on the board, and telling the phones when the laptop changed
  what they see;
* :mod:`~workshop.ui.phones.bar`, :mod:`~workshop.ui.phones.queue`,
  :mod:`~workshop.ui.phones.setup` and :mod:`~workshop.ui.phones.join_panel` are its widgets
  (the presenter view shows the join panel: the QR code, the URL and the room code).
"""
