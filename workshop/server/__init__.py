"""The participant server: phones in the room write, vote and rate over the laptop's network.

Qt-free. It sits above :mod:`workshop.services` (every write is one call of
:mod:`workshop.services.participation`) and below the GUI and the CLI, which both start it
through :class:`workshop.server.runner.ParticipantServer`. Importing this package imports
nothing else, so the app starts without loading the web server.
"""
