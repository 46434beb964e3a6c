"""Lesson: one sample through the computational graph, forward then backward (the chain rule)."""
import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsView,
    QPushButton,
)

from core.lessons import computational_graph

from .common import LessonView, stack, tool_row, wrapping_label

BOX_W, BOX_H, GAP_X, GAP_Y = 150, 58, 50, 40
PER_ROW = 4  # operations per row; longer graphs continue on the next row
OPS = {"input": "x", "param": "", "multiply": "×", "add": "+", "activation": "", "loss": "L"}


def _short(v, most=3):
    v = np.ravel(v)
    items = [f"{a:.3g}" for a in v[:most]] + (["…"] if len(v) > most else [])
    return items[0] if len(v) == 1 else "[" + ", ".join(items) + "]"


class GraphView(LessonView):
    """The graph of ``net`` for sample ``x`` with target ``t``: Forward reveals one node's value
    at a time, then Backward one gradient at a time from the loss down."""

    def __init__(self, net, x, t, parent=None):
        super().__init__(parent)
        self.nodes = computational_graph(net, x, t)
        self.by_id = {n.id: n for n in self.nodes}
        self.compute = [n for n in self.nodes if n.op != "param"]
        self.step_index = 0  # 0..len(compute) forward, then up to 2 * len(compute) backward
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.Antialiasing)
        self.items = {}
        self._layout()
        self.forward_button, self.backward_button, self.reset_button = QPushButton(), QPushButton(), QPushButton()
        self.forward_button.clicked.connect(self.step_forward)
        self.backward_button.clicked.connect(self.step_backward)
        self.reset_button.clicked.connect(self.rewind)
        self.explain, self.current = wrapping_label(), wrapping_label()
        stack(self, self.explain, tool_row(self.forward_button, self.backward_button, self.reset_button),
              (self.view, 1), self.current)
        self.retranslate()
        self._refresh()

    def _layout(self):
        """Operations left to right in rows; parameters above the operation that uses them."""
        pos = {}
        for i, n in enumerate(self.compute):
            pos[n.id] = QPointF((i % PER_ROW) * (BOX_W + GAP_X), (i // PER_ROW) * 2 * (BOX_H + GAP_Y) + BOX_H + GAP_Y)
        for n in self.nodes:
            if n.op == "param":
                user = next(m for m in self.compute if n.id in m.inputs)
                pos[n.id] = QPointF(pos[user.id].x(), pos[user.id].y() - BOX_H - GAP_Y)
        pen = QPen(QColor("#888"), 1.5)
        for n in self.nodes:
            for src in n.inputs:
                a, b = pos[src], pos[n.id]
                if self.by_id[src].op == "param":
                    line = self.scene.addLine(a.x() + BOX_W / 2, a.y() + BOX_H, b.x() + BOX_W / 2, b.y(), pen)
                elif a.y() == b.y():
                    line = self.scene.addLine(a.x() + BOX_W, a.y() + BOX_H / 2, b.x(), b.y() + BOX_H / 2, pen)
                else:  # on to the next row
                    line = self.scene.addLine(a.x() + BOX_W / 2, a.y() + BOX_H, b.x(), b.y() + BOX_H / 2, pen)
                line.setZValue(-1)
        font = QFont()
        font.setPointSize(8)
        for n in self.nodes:
            rect = self.scene.addRect(pos[n.id].x(), pos[n.id].y(), BOX_W, BOX_H, QPen(QColor("#555")),
                                      QBrush(QColor("#eef3fa" if n.op != "param" else "#f7f2e8")))
            text = self.scene.addText("", font)
            text.setPos(pos[n.id].x() + 2, pos[n.id].y() + 1)
            text.setTextWidth(BOX_W - 4)
            self.items[n.id] = (rect, text)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        rect = self.scene.itemsBoundingRect().adjusted(-10, -10, 10, 10)
        scale = min(1.0, self.view.viewport().width() / rect.width(), self.view.viewport().height() / rect.height())
        self.view.resetTransform()
        self.view.scale(scale, scale)

    def retranslate(self):
        self.forward_button.setText(self.tr("Forward step"))
        self.backward_button.setText(self.tr("Backward step"))
        self.reset_button.setText(self.tr("Rewind"))
        self.explain.setText(self.tr("One sample through the network, one operation at a time: forward computes "
                                     "each value; backward multiplies the gradient arriving from above by the "
                                     "operation's local slope (the chain rule). Numbers from the engine's "
                                     "own forward and backward pass."))
        self._refresh()

    # -- stepping -------------------------------------------------------------------------------------
    def revealed(self):
        """(ids with values shown, ids with gradients shown)."""
        n = len(self.compute)
        values = {m.id for m in self.compute[:min(self.step_index, n)]}
        values |= {m.id for m in self.nodes if m.op == "param"}
        back = max(0, self.step_index - n)
        grads = {m.id for m in reversed(self.compute[len(self.compute) - back:])}
        grads |= {p for m in self.compute if m.id in grads for p in m.inputs if self.by_id[p].op == "param"}
        return values, grads

    def step_forward(self):
        if self.step_index < len(self.compute):
            self.step_index += 1
            self._refresh()

    def step_backward(self):
        self.step_index = max(self.step_index, len(self.compute))  # backward starts after the whole forward
        if self.step_index < 2 * len(self.compute):
            self.step_index += 1
            self._refresh()

    def rewind(self):
        self.step_index = 0
        self._refresh()

    def node_text(self, node_id):
        return self.items[node_id][1].toPlainText()

    def _refresh(self):
        if not hasattr(self, "current"):
            return
        values, grads = self.revealed()
        for n in self.nodes:
            name = n.id if n.op in ("param", "input", "loss") else f"{n.id} {OPS.get(n.op, '')}".strip()
            lines = [name]
            if n.id in values:
                lines.append(self.tr("value %1").replace("%1", _short(n.value)))
            if n.id in grads:
                lines.append(self.tr("∂L/∂ %1").replace("%1", "—" if n.grad is None else _short(n.grad)))
            self.items[n.id][1].setPlainText("\n".join(lines))
            self.items[n.id][0].setPen(QPen(QColor("#d62728") if n.id in grads else QColor("#555"),
                                            2 if n.id in grads else 1))
        self.current.setText(self._current_sentence())

    def _current_sentence(self):
        n = len(self.compute)
        if self.step_index == 0:
            return self.tr("Press Forward step to compute the first value.")
        if self.step_index <= n:
            node = self.compute[self.step_index - 1]
            return self.tr("Forward: %1 = %2").replace("%1", node.id).replace("%2", _short(node.value, 6))
        node = self.compute[2 * n - self.step_index]
        if node.grad is None:
            return self.tr("Backward: %1 — the loss is fused with this output, so the engine starts at its "
                           "input with y − t.").replace("%1", node.id)
        return self.tr("Backward: ∂L/∂%1 = %2").replace("%1", node.id).replace("%2", _short(node.grad, 6))
