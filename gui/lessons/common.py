"""What every lesson view shares: retranslation on a language change, plot styling."""
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

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
