"""Lesson: numerical differentiation against backpropagation, timed on the current design."""
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from core.errors import DataError, DesignError
from core.lessons import gradient_timing

from .common import LessonView, stack, tool_row, wrapping_label
from ..i18n import core_text


class GradientTimingView(LessonView):
    """Measures both ways of getting every gradient of ``design`` and shows seconds and ratio."""

    def __init__(self, design, parent=None):
        super().__init__(parent)
        self.design = design
        self.timing = None
        self.problem = None
        self.button = QPushButton()
        self.button.clicked.connect(self.measure)
        self.table = QTableWidget(2, 2)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.setMaximumHeight(100)
        self.explain, self.verdict = wrapping_label(), wrapping_label()
        stack(self, self.explain, tool_row(self.button), self.table, self.verdict, 1)
        self.retranslate()

    def set_design(self, design):
        self.design = design
        self.timing = None
        self.retranslate()

    def measure(self):
        try:
            self.timing = gradient_timing(self.design)
            self.problem = None
        except (DataError, DesignError, ValueError) as e:
            self.timing, self.problem = None, core_text(e)
        self.retranslate()
        return self.timing

    def retranslate(self):
        self.button.setText(self.tr("Measure"))
        self.explain.setText(self.tr("The whole gradient of the loss, two ways: numerical differentiation "
                                     "nudges every weight and runs the network twice per weight; "
                                     "backpropagation gets them all from one forward and one backward pass."))
        self.table.setHorizontalHeaderLabels([self.tr("Method"), self.tr("Seconds")])
        self.table.verticalHeader().hide()
        methods = [self.tr("numerical differentiation"), self.tr("backpropagation")]
        t = self.timing
        seconds = ["", ""] if t is None else [f"{t.numerical_seconds:.4g}", f"{t.backprop_seconds:.4g}"]
        for i in range(2):
            self.table.setItem(i, 0, QTableWidgetItem(methods[i]))
            self.table.setItem(i, 1, QTableWidgetItem(seconds[i]))
        if self.problem:
            self.verdict.setText(self.tr("Cannot measure: %1").replace("%1", self.problem))
        elif t is None:
            self.verdict.setText(self.tr("Press Measure to time both on the current design."))
        else:
            self.verdict.setText(self.tr("Backpropagation was %1 times faster for these %2 weights.")
                                 .replace("%1", f"{t.ratio:,.0f}").replace("%2", f"{t.entries:,}"))
