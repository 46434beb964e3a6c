"""What every lesson view shares: retranslation on a language change, plot styling."""
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

#: One colour per curve or path, readable on white and in grey print.
COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b")


class LessonView(QWidget):
    """A lesson: builds its widgets, then ``retranslate()`` sets every text (again on LanguageChange)."""

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        raise NotImplementedError


def plot_widget(parent=None):
    w = pg.PlotWidget(parent)
    w.setBackground("w")
    w.showGrid(x=True, y=True, alpha=0.25)
    w.setMenuEnabled(False)
    return w


def wrapping_label(parent=None):
    label = QLabel(parent)
    label.setWordWrap(True)
    return label


#: The document signals after which a lesson drawn from the design is out of date.
DOCUMENT_CHANGES = ("nodeAdded", "nodeRemoved", "nodeChanged", "edgeAdded", "edgeRemoved", "trainingChanged",
                    "designReset")


def follow_document(doc, slot):
    """Connect every change signal ``doc`` has (None or a plain object: none) to ``slot``."""
    for name in DOCUMENT_CHANGES:
        signal = getattr(doc, name, None)
        if signal is not None:
            signal.connect(slot)


def tool_row(*widgets):
    """Widgets left to right, then space."""
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row


def stack(owner, *items):
    """``owner``'s layout: widgets and layouts top to bottom; ``(widget, 1)`` takes the spare height,
    a bare ``1`` is empty space that does."""
    layout = QVBoxLayout(owner)
    for item in items:
        if item == 1:
            layout.addStretch(1)
        elif isinstance(item, tuple):
            layout.addWidget(*item)
        elif isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return layout


def single_shot(owner, ms, slot):
    """A single-shot timer calling ``slot``: restart it on every change to debounce."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer
