"""The welcome page (what to do first, and every example as a link) and the banner that
shows the open design's name and description above the canvas."""
import os

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser

from core import DesignError, load_design

from .files import EXAMPLES_DIR, example_files
from .i18n import core_text, html


class WelcomePage(QTextBrowser):
    exampleChosen = Signal(str)   # the example's path

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._link)
        self.retranslate()

    def retranslate(self):
        t = self.tr
        items = []
        for path in example_files():
            try:
                d = load_design(path)
            except DesignError:
                continue
            items.append(f"<p><a href='example:{os.path.basename(path)}'><b>{html(core_text(d.name))}</b></a><br>"
                         f"<span style='color:#444'>{html(core_text(d.description or ''))}</span></p>")
        self.setHtml(
            "<h3>" + t("Welcome to LayerLab") + "</h3><p>"
            + t("Drag layers from the palette onto the canvas: dropped below the last layer, they join the "
                "stack. Pick the data and optimizer in Properties (click the empty canvas), then train.")
            + "</p><h4>" + t("Examples") + "</h4>" + "".join(items))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _link(self, url):
        text = url.toString()
        if text.startswith("example:"):
            self.exampleChosen.emit(os.path.join(EXAMPLES_DIR, text[len("example:"):]))


class DescriptionBanner(QLabel):
    """The design's name and what it teaches, above the canvas; hidden for a design without
    a description."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("background: #eef4fb; border-bottom: 1px solid #c8d8ec; padding: 6px;")
        self.hide()

    def show_design(self, design):
        self.design = design
        text = core_text(design.description) if design.description else ""
        self.setText(f"<b>{html(core_text(design.name))}</b> — {html(text)}" if text else "")
        self.setVisible(bool(text))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange and getattr(self, "design", None) is not None:
            self.show_design(self.design)
        super().changeEvent(event)
