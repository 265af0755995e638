"""1. The template: a list of templates, beside it the purpose, audience and agenda of one."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWizardPage,
)

from workshop.domain.formatting import format_duration
from workshop.domain.templates import Template
from workshop.ui.translation import current_ui_language
from workshop.ui.widgets import error_label

TEMPLATE_ID_ROLE = Qt.ItemDataRole.UserRole


class TemplatePage(QWizardPage):
    """A list of templates; beside it the purpose, audience and agenda of the selected one."""

    def __init__(
        self, templates: dict[str, Template], language: str, load_error: str, parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templatePage")
        self.templates = templates
        self.language = language
        self.setTitle(self.tr("Choose a template"))
        self.setSubTitle(
            self.tr("The template gives the session its agenda. You can change the agenda later.")
        )

        self.list = QListWidget(self)
        self.list.setObjectName("templateList")
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        for tpl in sorted(templates.values(), key=lambda t: t.name[language].casefold()):
            item = QListWidgetItem(tpl.name[language])
            item.setData(TEMPLATE_ID_ROLE, tpl.id)
            item.setToolTip(tpl.audience[language])
            self.list.addItem(item)
        widest = max(
            (
                self.list.fontMetrics().horizontalAdvance(t.name[language])
                for t in templates.values()
            ),
            default=0,
        )
        self.list.setMinimumWidth(widest + self.list.fontMetrics().averageCharWidth() * 6)

        self.details = QTextBrowser(self)
        self.details.setObjectName("templateDetails")
        self.details.setAccessibleName(self.tr("About the selected template"))
        self.details.setOpenLinks(False)

        list_label = QLabel(self.tr("&Templates"), self)
        list_label.setBuddy(self.list)
        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.list, 1)

        self.error_label = error_label(self, "templateLoadError")
        if load_error:
            self.error_label.setText(load_error)
            self.error_label.show()

        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addWidget(self.details, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(row, 1)

        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(self._double_clicked)
        self._selection_changed()

    def selected_template(self) -> Template | None:
        items = self.list.selectedItems()
        return self.templates.get(items[0].data(TEMPLATE_ID_ROLE)) if items else None

    def select_template(self, template_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(TEMPLATE_ID_ROLE) == template_id:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                return

    def isComplete(self) -> bool:
        return self.selected_template() is not None

    def _double_clicked(self, _item) -> None:
        if self.wizard() is not None and self.isComplete():
            self.wizard().next()

    def _selection_changed(self) -> None:
        tpl = self.selected_template()
        if tpl is None:
            hint = html.escape(self.tr("Choose a template to see its purpose and agenda."))
            self.details.setHtml(f"<p><i>{hint}</i></p>")
        else:
            self.details.setHtml(self.details_html(tpl))
        self.completeChanged.emit()

    def details_html(self, tpl: Template) -> str:
        lang = self.language
        esc = html.escape
        # tr() outside the f-strings: lupdate does not look inside them
        purpose, audience, agenda = self.tr("Purpose"), self.tr("Audience"), self.tr("Agenda")
        parts = [f"<h2>{esc(tpl.name[lang])}</h2>"]
        if tpl.description[lang].strip():
            parts.append(f"<h4>{esc(purpose)}</h4><p>{esc(tpl.description[lang])}</p>")
        if tpl.audience[lang].strip():
            parts.append(f"<h4>{esc(audience)}</h4><p>{esc(tpl.audience[lang])}</p>")
        parts.append(f"<h4>{esc(agenda)}</h4>")
        rows = []
        for number, step in enumerate(tpl.steps, start=1):
            length = (
                format_duration(step.minutes, current_ui_language())
                if step.minutes
                else self.tr("open")
            )
            rows.append(
                f"<tr><td align='right'>{number}.&nbsp;</td>"
                f"<td>{esc(step.title[lang])}</td>"
                f"<td align='right'>&nbsp;&nbsp;{esc(length)}</td></tr>"
            )
        parts.append(f"<table cellspacing='2'>{''.join(rows)}</table>")
        parts.append(f"<p><b>{esc(self.total_text(tpl))}</b></p>")
        return "".join(parts)

    def total_text(self, tpl: Template) -> str:
        total = format_duration(tpl.total_minutes, current_ui_language())
        if any(s.minutes == 0 for s in tpl.steps):
            return self.tr("Total time: %1, not counting the open steps").replace("%1", total)
        return self.tr("Total time: %1").replace("%1", total)
