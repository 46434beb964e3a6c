"""Lesson: the current design as the Keras Sequential/compile/fit code the notes teach."""
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton

from core.errors import DesignError
from core.export import export_code

from .common import LessonView, follow_document, single_shot, stack, wrapping_label
from ..i18n import core_text

DEBOUNCE_MS = 300


class KerasCodeView(LessonView):
    """Read-only code of ``doc.design`` (any object with ``.design``); follows the document's
    signals, debounced, when it has them."""

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        self.explain = wrapping_label()
        self.timer = single_shot(self, DEBOUNCE_MS, self.refresh)
        follow_document(doc, self.schedule)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)
        stack(self, self.explain, (self.text, 1), row)
        self.problem = None
        self.retranslate()
        self.refresh()

    def schedule(self, *args):
        self.timer.start()

    def refresh(self):
        try:
            code = export_code(self.doc.design, "keras")
            self.problem = None
        except (DesignError, ValueError) as e:
            code, self.problem = "", core_text(e)
        self.text.setPlainText(code if not self.problem else "# " + self.problem)
        self.copy_button.setEnabled(not self.problem)

    def copy(self):
        QGuiApplication.clipboard().setText(self.text.toPlainText())

    def retranslate(self):
        self.copy_button.setText(self.tr("Copy"))
        self.explain.setText(self.tr("The current design as Keras code (Sequential, compile, fit), as LayerLab "
                                     "exports it. It follows your edits."))
