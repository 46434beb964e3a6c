"""Paint your own data: click to add a 2-D point of the chosen class (or value), drag to erase.

The points are the design's ``training.data`` (``{"source": "points", ...}``, core.points), so the
view holds no state of its own beyond the stroke being drawn: every change is one
set-training-option command on the document's undo stack, one per click or per erasing stroke.
"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QGridLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout,
                               QWidget)

from core.data import toy_dataset
from core.points import MAX_CLASSES, MAX_POINTS, TASKS, points_from_arrays

from .commands import SetTraining
from .plotting import color

#: Toy sets a painting can start from (the 2-D classification ones).
STARTS = ("xor", "circles", "moons", "spiral", "gaussians")
START_SAMPLES = 200
#: Points closer than this many screen pixels to the pointer are erased while dragging.
ERASE_PIXELS = 14
#: The smallest region shown (the toy sets' scale), so a first point does not fill the view.
MIN_EXTENT = 1.5


class PaintPoints(SetTraining):
    """One click or one stroke: unlike other setting edits, consecutive strokes never merge."""

    def id(self):
        return -1


class _PaintBox(pg.ViewBox):
    """A view box whose left button paints instead of panning or zooming."""

    def __init__(self, view):
        super().__init__(enableMenu=False)
        self.setMouseEnabled(False, False)
        self.setAspectLocked(True)
        self._view = view

    def mouseClickEvent(self, ev):
        if ev.button() != Qt.LeftButton:
            ev.ignore()
            return
        ev.accept()
        p = self.mapSceneToView(ev.scenePos())
        self._view.add_point(p.x(), p.y())

    def mouseDragEvent(self, ev, axis=None):
        if ev.button() != Qt.LeftButton:
            ev.ignore()
            return
        ev.accept()
        if ev.isStart():
            self._view.begin_stroke()
        # Along the segment from the last position: a fast drag reports few positions.
        a = self.mapSceneToView(ev.buttonDownScenePos() if ev.isStart() else ev.lastScenePos())
        b = self.mapSceneToView(ev.scenePos())
        self._view.erase_along((a.x(), a.y()), (b.x(), b.y()), ERASE_PIXELS * self.viewPixelSize()[0])
        if ev.isFinish():
            self._view.end_stroke()


def _distance(p, a, b):
    """Distance from point p to the segment a-b."""
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else min(max(((p[0] - ax) * dx + (p[1] - ay) * dy) / length2, 0.0), 1.0)
    return ((p[0] - ax - t * dx) ** 2 + (p[1] - ay - t * dy) ** 2) ** 0.5


def _swatch(i):
    pix = QPixmap(12, 12)
    pix.fill(QColor(color(i)))
    return QIcon(pix)


class PaintView(QWidget):
    """The painting of the document's design: a plot of its points and the tools to change them."""

    message = Signal(str, int)

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self._stroke = None        # the points while an erasing stroke is drawn (None: no stroke)
        self._erased = False
        self.task_box = QComboBox()
        for task in TASKS:
            self.task_box.addItem("", task)
        self.class_box = QComboBox()
        for i in range(MAX_CLASSES):
            self.class_box.addItem(_swatch(i), "", i)
        self.value_box = QDoubleSpinBox()
        self.value_box.setRange(-1000.0, 1000.0)
        self.value_box.setDecimals(2)
        self.value_box.setSingleStep(0.25)
        self.value_box.setValue(1.0)
        self.label_stack = QStackedWidget()
        self.label_stack.addWidget(self.class_box)
        self.label_stack.addWidget(self.value_box)
        self.start_box = QComboBox()  # "Start from…", then the toy sets' names (dataset names stay as they are)
        self.start_box.addItem("", None)
        for name in STARTS:
            self.start_box.addItem(name, name)
        self.start_box.activated.connect(self._start_chosen)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        self.task_label, self.label_label, self.count_label, self.hint = QLabel(), QLabel(), QLabel(), QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555")

        self.box = _PaintBox(self)
        self.plot = pg.PlotWidget(viewBox=self.box, background="w")
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setMinimumSize(120, 80)  # small: the right-hand docks must not squeeze the Training dock
        self.scatter = pg.ScatterPlotItem(size=9, pen=pg.mkPen("#333", width=0.6))
        self.plot.addItem(self.scatter)

        tools = QGridLayout()  # two short rows: the dock fits beside the canvas at 1280 px
        tools.addWidget(self.task_label, 0, 0)
        tools.addWidget(self.task_box, 0, 1)
        tools.addWidget(self.label_label, 0, 2)
        tools.addWidget(self.label_stack, 0, 3)
        tools.addWidget(self.start_box, 1, 0, 1, 2)
        tools.addWidget(self.clear_button, 1, 2)
        tools.addWidget(self.count_label, 1, 3)
        tools.setColumnStretch(4, 1)
        self.count_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(tools)
        layout.addWidget(self.hint)
        layout.addWidget(self.plot, 1)

        self.task_box.activated.connect(self._task_chosen)
        doc.trainingChanged.connect(self.refresh)
        doc.designReset.connect(self._reset)
        self.retranslate()
        self._reset()

    # -- the document's painting ---------------------------------------------------------------
    def data(self):
        return self.doc.design.settings()["data"]

    def painted(self):
        """True when the design trains on painted points."""
        return self.data()["source"] == "points"

    def points(self):
        """The points shown: the stroke being drawn, else the design's (none for other sources)."""
        if self._stroke is not None:
            return self._stroke
        return list(self.data().get("points", [])) if self.painted() else []

    def task(self):
        return self.data().get("task", "classification") if self.painted() else self.task_box.currentData()

    def _push(self, points, text, task=None):
        value = {"source": "points", "task": task or self.task(), "points": points}
        self.doc.undo_stack.push(PaintPoints(self.doc, ("data",), value, text))

    # -- gestures -------------------------------------------------------------------------------
    def add_point(self, x, y):
        points = self.points()
        if len(points) >= MAX_POINTS:
            self.message.emit(self.tr("A painting holds at most %1 points.").replace("%1", f"{MAX_POINTS:,}"), 6000)
            return
        label = self.class_box.currentData() if self.task() == "classification" else round(self.value_box.value(), 3)
        self._push(points + [[round(float(x), 3), round(float(y), 3), label]], self.tr("Paint a point"))

    def begin_stroke(self):
        self._stroke = self.points()
        self._erased = False

    def erase_along(self, a, b, radius):
        """Remove the stroke's points within ``radius`` (view units) of the segment from a to b."""
        if self._stroke is None:
            self.begin_stroke()
        kept = [p for p in self._stroke if _distance(p, a, b) > radius]
        if len(kept) != len(self._stroke):
            self._stroke, self._erased = kept, True
            self._show()

    def end_stroke(self):
        """The stroke becomes one undo step (none if it erased nothing)."""
        stroke, self._stroke = self._stroke, None
        if stroke is not None and self._erased:
            self._push(stroke, self.tr("Erase points"))

    def clear(self):
        if self.points():
            self._push([], self.tr("Clear points"))
        self._fit()

    def start_from(self, name):
        """Replace the painting with one of the toy sets (its classes, or them as values)."""
        ds = toy_dataset(name, samples=START_SAMPLES, noise=0.1, seed=0)
        task = self.task()
        points = points_from_arrays(ds.x, ds.y if task == "classification" else ds.y.astype(float), task)
        self._push(points, self.tr("Start from %1").replace("%1", name))
        self._fit()

    def _start_chosen(self, index):
        name = self.start_box.itemData(index)
        self.start_box.setCurrentIndex(0)
        if name:
            self.start_from(name)

    def _task_chosen(self, index):
        task = self.task_box.itemData(index)
        if task == self.task() and self.painted():
            return
        points = self.points()
        if task == "classification":  # values become the nearest class
            points = [[p[0], p[1], int(min(max(round(p[2]), 0), MAX_CLASSES - 1))] for p in points]
        self._push(points, self.tr("Set the painting's task"), task=task)

    # -- showing ----------------------------------------------------------------------------------
    def _reset(self):
        self._stroke = None
        self.refresh()
        self._fit()

    def refresh(self):
        task = self.task()
        self.task_box.setCurrentIndex(self.task_box.findData(task))
        self.label_stack.setCurrentIndex(0 if task == "classification" else 1)
        self._show()

    def _show(self):
        points = self.points()
        self.count_label.setText(self.tr("%1 points").replace("%1", str(len(points))) if self.painted()
                                 else self.tr("Not painted: the design trains on %1")
                                 .replace("%1", str(self.data().get("name", self.data()["source"]))))
        if not points:
            self.scatter.setData([], [])
            return
        arr = np.array(points, dtype=np.float64)
        if self.task() == "classification":
            brushes = [pg.mkBrush(color(int(c))) for c in arr[:, 2]]
        else:
            lo, hi = arr[:, 2].min(), arr[:, 2].max()
            cmap = pg.colormap.get("viridis")
            brushes = [pg.mkBrush(cmap.map((v - lo) / (hi - lo) if hi > lo else 0.5, mode="qcolor"))
                       for v in arr[:, 2]]
        self.scatter.setData(arr[:, 0], arr[:, 1], brush=brushes)

    def _fit(self):
        """Show every point with a margin, and at least the toy sets' region."""
        points = self.points()
        extent = MIN_EXTENT
        if points:
            arr = np.abs(np.array(points, dtype=np.float64)[:, :2])
            extent = max(extent, float(arr.max()) * 1.1)
        self.box.setRange(xRange=(-extent, extent), yRange=(-extent, extent), padding=0)

    def retranslate(self):
        self.task_label.setText(self.tr("Task:"))
        self.task_box.setItemText(0, self.tr("Classification"))
        self.task_box.setItemText(1, self.tr("Regression"))
        self.label_label.setText(self.tr("Class / value:"))
        for i in range(MAX_CLASSES):
            self.class_box.setItemText(i, self.tr("Class %1").replace("%1", str(i)))
        self.start_box.setItemText(0, self.tr("Start from…"))
        self.start_box.setToolTip(self.tr("Replace the painting with a toy dataset's points"))
        self.clear_button.setText(self.tr("Clear"))
        self.hint.setText(self.tr("Click to add a point of the chosen class (or value); drag to erase. "
                                  "Each click or stroke is one undo step."))
        self._show()

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
