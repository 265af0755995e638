"""3. The participants: the groups invited and how many of each are expected."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from workshop.ui.settings import default_groups_for
from workshop.ui.widgets import error_label


class ParticipantsPage(QWizardPage):
    """Planned participants by group: the template's groups and the default groups, each 0."""

    def __init__(self, default_groups: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsPage")
        self.setTitle(self.tr("Participants"))
        self.setSubTitle(
            self.tr(
                "How many do you expect from each group? Notes can be marked with these groups."
            )
        )
        self.default_groups = list(default_groups)
        self.spins: dict[str, QSpinBox] = {}
        self.remove_buttons: dict[str, QPushButton] = {}
        self.row_widgets: dict[str, tuple[QLabel, QWidget]] = {}
        self.added_by_user: set[str] = set()
        self._built_for: tuple[str, str] | None = None

        self.rows_widget = QWidget(self)
        self.rows_widget.setObjectName("participantRows")
        self.rows = QFormLayout(self.rows_widget)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("participantScroll")
        self.scroll.setWidget(self.rows_widget)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.total_label = QLabel(self)
        self.total_label.setObjectName("participantTotal")

        self.new_group_edit = QLineEdit(self)
        self.new_group_edit.setObjectName("newGroupEdit")
        self.new_group_edit.setAccessibleName(self.tr("Name of a new group"))
        self.new_group_edit.setPlaceholderText(self.tr("A new group, for example: Youth council"))
        self.new_group_edit.setMaxLength(80)
        self.new_group_edit.installEventFilter(self)
        self.add_button = QPushButton(self.tr("&Add group"), self)
        self.add_button.setObjectName("addGroupButton")
        self.add_button.setAccessibleName(self.tr("Add the group"))
        self.add_button.setEnabled(False)
        self.group_message = error_label(self, "groupMessage")
        new_label = QLabel(self.tr("New &group:"), self)
        new_label.setBuddy(self.new_group_edit)
        add_row = QHBoxLayout()
        add_row.addWidget(new_label)
        add_row.addWidget(self.new_group_edit, 1)
        add_row.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.total_label)
        layout.addLayout(add_row)
        layout.addWidget(self.group_message)

        self.new_group_edit.textChanged.connect(self._new_text_changed)
        self.add_button.clicked.connect(self.add_from_edit)

    def initializePage(self) -> None:
        wizard = self.wizard()
        tpl = wizard.template_page.selected_template()
        language = wizard.details_page.session_language()
        key = (tpl.id if tpl else "", language)
        if key == self._built_for:
            return
        self._built_for = key
        previous = self.participants()
        added = [name for name in previous if name in self.added_by_user]
        self.clear_groups()
        suggested = list(tpl.groups[language]) if tpl else []
        defaults = default_groups_for(self.default_groups, language)
        for name in [*suggested, *defaults, *added]:
            if self._find(name) is None:
                self.add_group(name, previous.get(name, 0))
        self.added_by_user = set(added)
        self.group_message.hide()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Enter in the new-group line adds the group instead of going to the next page
        if (
            obj is self.new_group_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.new_group_edit.text().strip()
        ):
            self.add_from_edit()
            return True
        return super().eventFilter(obj, event)

    def _find(self, name: str) -> str | None:
        folded = name.strip().casefold()
        return next((g for g in self.spins if g.casefold() == folded), None)

    def _new_text_changed(self, text: str) -> None:
        self.add_button.setEnabled(bool(text.strip()))
        self.group_message.hide()

    def add_from_edit(self) -> None:
        name = " ".join(self.new_group_edit.text().split())
        if not name:
            return
        existing = self._find(name)
        if existing is not None:
            self.group_message.setText(
                self.tr("The group “%1” is already in the list.").replace("%1", existing)
            )
            self.group_message.show()
            self.spins[existing].setFocus()
            return
        spin = self.add_group(name, 0)
        self.added_by_user.add(name)
        self.new_group_edit.clear()
        spin.setFocus()
        spin.selectAll()

    def add_group(self, name: str, count: int = 0) -> QSpinBox:
        row = QWidget(self.rows_widget)
        spin = QSpinBox(row)
        spin.setObjectName("participantSpin")
        spin.setRange(0, 9999)
        spin.setValue(count)
        spin.setAccessibleName(self.tr("Planned participants: %1").replace("%1", name))
        spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("9999") * 3)
        spin.valueChanged.connect(self._update_total)
        remove = QPushButton(self.tr("Remove"), row)
        remove.setObjectName("removeGroupButton")
        remove.setAccessibleName(self.tr("Remove the group %1").replace("%1", name))
        remove.setAutoDefault(False)
        remove.clicked.connect(lambda _checked=False, n=name: self.remove_group(n))
        field = QHBoxLayout(row)
        field.setContentsMargins(0, 0, 0, 0)
        field.addWidget(spin)
        field.addWidget(remove)
        field.addStretch(1)
        label = QLabel(name.replace("&", "&&"), self.rows_widget)
        label.setBuddy(spin)
        self.rows.addRow(label, row)
        self.spins[name] = spin
        self.remove_buttons[name] = remove
        self.row_widgets[name] = (label, row)
        self._update_tab_order()
        self._update_total()
        return spin

    def remove_group(self, name: str) -> None:
        """Take the group's row out; it is deleted later (its button may be sending now)."""
        if name not in self.spins:
            return
        names = list(self.spins)
        focus = QApplication.focusWidget()
        label, row = self.row_widgets.pop(name)
        had_focus = focus is not None and row.isAncestorOf(focus)
        del self.spins[name]
        del self.remove_buttons[name]
        self.added_by_user.discard(name)
        self.rows.takeRow(row)
        for widget in (label, row):
            widget.hide()
            widget.deleteLater()
        self._update_tab_order()
        self._update_total()
        if had_focus:
            index = names.index(name)
            rest = [n for n in names if n != name]
            if rest:
                self.spins[rest[min(index, len(rest) - 1)]].setFocus()
            else:
                self.new_group_edit.setFocus()

    def clear_groups(self) -> None:
        for name in list(self.spins):
            self.remove_group(name)

    def _update_tab_order(self) -> None:
        chain: list[QWidget] = []
        for name, spin in self.spins.items():
            chain += [spin, self.remove_buttons[name]]
        chain += [self.new_group_edit, self.add_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _update_total(self) -> None:
        total = sum(spin.value() for spin in self.spins.values())
        self.total_label.setText(self.tr("Planned in total: %1").replace("%1", str(total)))

    def groups(self) -> list[str]:
        return list(self.spins)

    def participants(self) -> dict[str, int]:
        return {name: spin.value() for name, spin in self.spins.items()}
