"""Lesson: a perceptron's weights typed in by hand; the decision line moves as they change."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
)

from core.data import GATES, toy_dataset

from .common import COLORS, LessonView, plot_widget, stack, tool_row, wrapping_label

#: The table is for small layers: typing more than this many weights by hand teaches nothing.
MAX_TABLE_WEIGHTS = 16
GATE_TITLES = {"gate_and": "AND", "gate_or": "OR", "gate_nand": "NAND", "gate_xor": "XOR"}


class PerceptronView(LessonView):
    """A Dense layer's ``W`` (inputs × units) and ``b`` in a table over the gate's four points.

    Emits ``weightsChanged({"W": [[...]], "b": [...]})`` when the student edits a cell (the
    integration turns that into an undoable parameter change of the design).
    """

    weightsChanged = Signal(object)

    def __init__(self, W=((0.5,), (0.5,)), b=(-0.7,), gate="gate_and", parent=None):
        super().__init__(parent)
        self.W = np.array(W, dtype=np.float64)
        self.b = np.array(b, dtype=np.float64)
        if self.W.ndim != 2 or self.b.shape != (self.W.shape[1],) or self.W.size > MAX_TABLE_WEIGHTS:
            raise ValueError(f"expected W of shape (inputs, units) with at most {MAX_TABLE_WEIGHTS} weights and "
                             f"one bias per unit, got W {self.W.shape} and b {self.b.shape}")
        self.gate_box = QComboBox()
        for name in GATES:
            self.gate_box.addItem(GATE_TITLES[name], name)
        self.gate_box.setCurrentIndex(list(GATES).index(gate))
        self.gate_box.currentIndexChanged.connect(self._redraw)
        self.gate_label = QLabel()
        self.table = QTableWidget(self.W.shape[0] + 1, self.W.shape[1])
        self.table.setMaximumHeight(30 * (self.W.shape[0] + 2))
        self._filling = True
        for i in range(self.W.shape[0] + 1):
            for j in range(self.W.shape[1]):
                value = self.W[i, j] if i < self.W.shape[0] else self.b[j]
                self.table.setItem(i, j, QTableWidgetItem(f"{value:g}"))
        self._filling = False
        self.table.itemChanged.connect(self._edited)
        self.plot = plot_widget()
        self.plot.setAspectLocked(True)
        self.plot.setRange(xRange=(-0.5, 1.5), yRange=(-0.5, 1.5), padding=0)
        self.points = [self.plot.plot(pen=None, symbol=s, symbolSize=16, symbolBrush=c)
                      for s, c in (("o", COLORS[0]), ("t", COLORS[1]))]
        self.lines = [self.plot.plot(pen=pg.mkPen(COLORS[2 + j % 5], width=2)) for j in range(self.W.shape[1])]
        self.verdict = wrapping_label()
        self.explain = wrapping_label()
        stack(self, self.explain, tool_row(self.gate_label, self.gate_box), self.table, (self.plot, 1), self.verdict)
        self.retranslate()
        self._redraw()

    def retranslate(self):
        self.gate_label.setText(self.tr("Gate:"))
        self.explain.setText(self.tr("Type the weights and the bias: the unit says 1 where w1·x1 + w2·x2 + b > 0. "
                                     "The line is where it equals 0."))
        rows = [self.tr("w from x%1").replace("%1", str(i + 1)) for i in range(self.W.shape[0])] + [self.tr("b")]
        self.table.setVerticalHeaderLabels(rows)
        self.table.setHorizontalHeaderLabels([self.tr("unit %1").replace("%1", str(j + 1))
                                              for j in range(self.W.shape[1])])
        self._verdict()

    @property
    def gate(self):
        return self.gate_box.currentData()

    def weights(self):
        return {"W": self.W.tolist(), "b": self.b.tolist()}

    def set_weights(self, W, b):
        """Show other weights (the design changed): no signal."""
        W, b = np.array(W, dtype=np.float64), np.array(b, dtype=np.float64)
        if W.shape != self.W.shape or b.shape != self.b.shape:
            raise ValueError(f"expected W {self.W.shape} and b {self.b.shape}, got {W.shape} and {b.shape}")
        self.W, self.b = W, b
        self._filling = True
        for i in range(W.shape[0] + 1):
            for j in range(W.shape[1]):
                self.table.item(i, j).setText(f"{(W[i, j] if i < W.shape[0] else b[j]):g}")
        self._filling = False
        self._redraw()

    def _edited(self, item):
        if self._filling:
            return
        try:
            value = float(item.text().replace("−", "-"))
            if not np.isfinite(value):
                raise ValueError
        except ValueError:
            self.verdict.setText(self.tr("“%1” is not a number; type a weight such as 0.5 or -0.7.")
                                 .replace("%1", item.text()))
            return
        set_cell(self.W, self.b, item.row(), item.column(), value)
        self._redraw()
        self.weightsChanged.emit(self.weights())

    def predictions(self, x):
        """What the unit says for points ``x`` (N, inputs): 1 where x·W + b > 0 (the first unit)."""
        return (x @ self.W[:, 0] + self.b[0] > 0).astype(int)

    def _redraw(self):
        ds = toy_dataset(self.gate, samples=12, noise=0.0)
        x, y = ds.x[:4], ds.y[:4]
        for c, item in enumerate(self.points):
            item.setData(x[y == c, 0], x[y == c, 1])
        self.corners, self.truth = x, y
        if self.W.shape[0] == 2:
            for j, line in enumerate(self.lines):
                line.setData(*_line(self.W[:, j], self.b[j]))
        self._verdict()

    def _verdict(self):
        if not hasattr(self, "corners") or self.W.shape != (2, 1):
            self.verdict.setText("")  # several units: each draws its own line; the next layer decides
            return
        right = int((self.predictions(self.corners) == self.truth).sum())
        self.verdict.setText(self.tr("%1 of the 4 points are on the right side.").replace("%1", str(right)))


def set_cell(W, b, row, col, value):
    """Write a table cell into the weights: rows of ``W`` (one per input) first, then ``b``."""
    if row < W.shape[0]:
        W[row, col] = value
    else:
        b[col] = value


def _line(w, b, lo=-0.5, hi=1.5):
    """Two points of w1·x1 + w2·x2 + b = 0 spanning the view (empty when w = 0)."""
    w1, w2 = w
    if abs(w2) > abs(w1):
        xs = np.array([lo, hi])
        return xs, -(w1 * xs + b) / w2
    if w1 == 0:
        return np.array([]), np.array([])
    ys = np.array([lo, hi])
    return -(w2 * ys + b) / w1, ys
