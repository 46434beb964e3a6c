"""A small Dense layer's weights and biases as an editable table (the properties panel shows it).

The table shows the weights a run would start from: the layer's hand-set ``weights`` if it has
them, else its initialiser's draw for the design's seed (the trainer's). A typed number becomes
the Dense ``weights`` parameter through the document's undoable SetParam, so the Perceptron
lesson's decision line, the design file and undo all follow it.
"""
import numpy as np
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from core import DesignError, build_network
from core.data import run_seeds

from .gates import MAX_TABLE_WEIGHTS, set_cell

#: The table is offered for Dense layers with at most this many inputs (a few: typed by hand).
MAX_TABLE_INPUTS = 4


def tr(text):
    return QCoreApplication.translate("WeightsTable", text)


def table_weights(design, node_id):
    """``(W, b)`` (b None without a bias) the layer starts from, or None if it is no Dense layer
    with at most MAX_TABLE_INPUTS inputs and MAX_TABLE_WEIGHTS weights, or the design does not build."""
    node = design.node(node_id)
    if node is None or node.type != "Dense":
        return None
    try:
        net = build_network(design, seed=run_seeds(design.settings()["seed"])[0], dtype=np.float64)
    except (DesignError, ValueError):
        return None
    W = net.params.get(node_id + ".W")
    if W is None or W.ndim != 2 or W.shape[0] > MAX_TABLE_INPUTS or W.size > MAX_TABLE_WEIGHTS:
        return None
    b = net.params.get(node_id + ".b")
    return W.copy(), None if b is None else b.copy()


class WeightsTable(QWidget):
    """Rows: one per input (w from x1, …), then b; columns: one per unit. ``edited(weights)``
    carries the whole ``{"W": [[...]], "b": [...]}`` after a cell was typed in."""

    edited = Signal(object)
    problem = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.table = QTableWidget()
        self.table.itemChanged.connect(self._typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.W = self.b = None
        self._filling = False
        self.hide()

    def show_weights(self, weights):
        """``(W, b)`` from :func:`table_weights`, or None to hide the table."""
        if weights is None:
            self.W = self.b = None
            self.hide()
            return
        self.W, self.b = weights
        rows, cols = self.W.shape[0] + (self.b is not None), self.W.shape[1]
        self._filling = True
        try:
            self.table.setRowCount(rows)
            self.table.setColumnCount(cols)
            for i in range(rows):
                for j in range(cols):
                    value = self.W[i, j] if i < self.W.shape[0] else self.b[j]
                    self.table.setItem(i, j, QTableWidgetItem(f"{value:.4g}"))
        finally:
            self._filling = False
        self.table.setMaximumHeight(28 * (rows + 1) + 6)
        self.retranslate()
        self.show()

    def retranslate(self):
        self.title.setText(tr("Weights and bias (type to set them by hand; the layer then starts from these):"))
        if self.W is None:
            return
        labels = [tr("w from x%1").replace("%1", str(i + 1)) for i in range(self.W.shape[0])]
        self.table.setVerticalHeaderLabels(labels + ([tr("b")] if self.b is not None else []))
        self.table.setHorizontalHeaderLabels([tr("unit %1").replace("%1", str(j + 1))
                                              for j in range(self.W.shape[1])])

    def weights(self):
        out = {"W": [[float(v) for v in row] for row in self.W]}
        if self.b is not None:
            out["b"] = [float(v) for v in self.b]
        return out

    def _typed(self, item):
        if self._filling or self.W is None:
            return
        text = item.text().strip().replace("−", "-")
        try:
            value = float(text)
            if not np.isfinite(value):
                raise ValueError
        except ValueError:
            self.problem.emit(tr("“%1” is not a number; type a weight such as 0.5 or -0.7.").replace("%1", item.text()))
            i, j = item.row(), item.column()
            old = self.W[i, j] if i < self.W.shape[0] else self.b[j]
            self._filling = True
            item.setText(f"{old:.4g}")
            self._filling = False
            return
        set_cell(self.W, self.b, item.row(), item.column(), value)
        self.edited.emit(self.weights())
