"""Run mode's filter bar: text, principle, step and group filters, dot voting, zoom, the count.

A part of :class:`workshop.ui.run.run_view.RunView` (mixed into it). A filter dims the notes
that do not match (``scene.set_filter``); it uses the view's ``model``, ``scene``, ``steps``,
``groups`` and ``type_in``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
)

from workshop.i18n import localised
from workshop.services.dto import NoteInfo
from workshop.ui.widgets import refill_combo

UNMAPPED = -1
VOTE_BUTTON_STYLE = (
    "QPushButton#votingModeButton:checked { background: #B3261E; color: #FFFFFF;"
    " font-weight: bold; border: 1px solid #7A1A14; border-radius: 4px; padding: 3px 10px; }"
)


class RunFilterBar:
    """The row above the board."""

    def _build_filter_bar(self) -> None:
        row = QHBoxLayout()
        self.filter_text = QLineEdit(self)
        self.filter_text.setObjectName("filterText")
        self.filter_text.setPlaceholderText(self.tr("Filter notes (Ctrl+F)"))
        self.filter_text.setAccessibleName(self.tr("Filter notes by text"))
        self.filter_text.setClearButtonEnabled(True)
        self.filter_principle = self._combo("filterPrinciple", self.tr("Filter by principle"))
        self.filter_step = self._combo("filterStep", self.tr("Filter by step"))
        self.filter_group = self._combo("filterGroup", self.tr("Filter by group"))
        self.vote_button = QPushButton(self)
        self.vote_button.setObjectName("votingModeButton")
        self.vote_button.setAccessibleName(self.tr("Dot voting mode"))
        self.vote_button.setCheckable(True)
        self.vote_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.vote_button.setStyleSheet(VOTE_BUTTON_STYLE)
        self.show_vote_button(False)
        self.legend_button = QToolButton(self)
        self.legend_button.setObjectName("legendButton")
        self.legend_button.setText(self.tr("Legend"))
        self.legend_button.setToolTip(self.tr("Show or hide the names of the principles"))
        self.legend_button.setAccessibleName(self.tr("Legend of the principles"))
        self.legend_button.setCheckable(True)
        self.legend_button.setChecked(True)
        self.legend_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.zoom_out_button = self._tool("zoomOutButton", "−", self.tr("Zoom out (Ctrl+-)"))
        self.fit_button = self._tool(
            "fitButton", self.tr("Fit"), self.tr("Fit board (Ctrl+Shift+F)")
        )
        self.zoom_in_button = self._tool("zoomInButton", "+", self.tr("Zoom in (Ctrl++)"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("noteCount")
        row.addWidget(self.filter_text, 2)
        row.addWidget(self.filter_principle)
        row.addWidget(self.filter_step)
        row.addWidget(self.filter_group)
        row.addWidget(self.vote_button)
        row.addWidget(self._build_reveal_button())
        row.addWidget(self.legend_button)
        row.addStretch(1)
        row.addWidget(self.count_label)
        row.addWidget(self.zoom_out_button)
        row.addWidget(self.fit_button)
        row.addWidget(self.zoom_in_button)
        self.filter_row = row

    def show_vote_button(self, on: bool) -> None:
        on_text, off_text = self.tr("Dot voting: ON (F9)"), self.tr("Dot voting: off (F9)")
        self.vote_button.setText(on_text if on else off_text)
        # wide enough for the bold "ON" text (a style sheet's :checked font does not count in
        # the button's size hint), so the toggle keeps its width when switched
        bold = QFont(self.vote_button.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max(metrics.horizontalAdvance(on_text), metrics.horizontalAdvance(off_text))
        self.vote_button.setMinimumWidth(widest + 2 * 10 + 8)  # the padding and the border

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _tool(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _refresh_filter_choices(self) -> None:
        fill = refill_combo
        principles = [(self.tr("All principles"), None)]
        principles += [
            (f"{p['number']}. {localised(p['title'], self.model.language())}", p["number"])
            for p in self.model.session_framework_principles()
        ]
        principles.append((self.tr("Not mapped"), UNMAPPED))
        fill(self.filter_principle, principles)
        fill(
            self.filter_step,
            [(self.tr("All steps"), None)]
            + [(f"{s.position}. {s.title}", s.id) for s in self.steps],
        )
        self.type_in.set_steps(self.steps)
        fill(
            self.filter_group, [(self.tr("All groups"), None)] + [(g, g) for g in self.groups if g]
        )

    def apply_filter(self) -> None:
        text = self.filter_text.text().strip().casefold()
        principle = self.filter_principle.currentData()
        step_id = self.filter_step.currentData()
        group = self.filter_group.currentData()
        if not text and principle is None and step_id is None and group is None:
            self.scene.set_filter(None)
        else:

            def predicate(note: NoteInfo) -> bool:
                if text and text not in note.text.casefold():
                    return False
                if principle == UNMAPPED and note.principles:
                    return False
                if principle not in (None, UNMAPPED) and principle not in note.principles:
                    return False
                if step_id is not None and note.step_id != step_id:
                    return False
                return group is None or note.group == group

            self.scene.set_filter(predicate)
        self._update_status()

    def focus_filter(self) -> None:
        self.filter_text.setFocus()
        self.filter_text.selectAll()
