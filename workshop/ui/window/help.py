"""The Help menu: the Getting started tour (offered once on an empty library), the keyboard
shortcuts and About.

A part of :class:`workshop.ui.main_window.MainWindow` (mixed into it).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QMessageBox,
)


class MainWindowHelp:
    """Help for the facilitator."""

    def show_tour(self):
        """Help → Getting started: capture, board and minutes in three short steps."""
        from workshop.ui.tour import GettingStartedTour

        if self.tour is None:
            self.tour = GettingStartedTour(self)
            self.tour.demo_requested.connect(self.open_demo)
            self.tour.finished.connect(self._tour_finished)
        self.tour.demo_button.setEnabled(self.lib is not None)
        self.tour.open()
        return self.tour

    def offer_tour(self) -> bool:
        """Show the tour by itself once: on a first start, while the library is still empty."""
        if self.lib is None or self.settings.get("tour/seen"):
            return False
        from workshop.services.sessions import list_sessions

        if list_sessions(self.lib):
            return False
        self.show_tour()
        return True

    def _tour_finished(self) -> None:
        self.settings.set("tour/seen", True)
        tour, self.tour = self.tour, None
        if tour is not None:
            tour.deleteLater()

    def show_keys(self) -> None:
        from workshop.ui.run.keys import KeySheet

        KeySheet(self).exec()

    def show_about(self) -> None:
        from workshop import __version__  # read from the package's metadata: not at start-up

        QMessageBox.about(
            self,
            self.tr("About Verksted"),
            self.tr(
                "<h3>Verksted %1</h3><p>Plan and run workshops and citizen-participation "
                "sessions, capture what is said, and write the minutes.</p>"
                "<p>Licence: MIT. Fonts: DejaVu (Bitstream Vera licence).</p>"
            ).replace("%1", __version__),
        )
