"""Lesson: SGD, Momentum, Nesterov, AdaGrad, RMSprop and Adam racing on a 2-D function."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
)

from core.lessons import FUNCTIONS, RACE, function_value, optimizer_path

from .common import COLORS, LessonView, plot_widget, stack, wrapping_label

NAMES = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov", "adagrad": "AdaGrad",
         "rmsprop": "RMSprop", "adam": "Adam"}
CONTOURS = 14
GRID = 160
ANIMATION_MS = 120


class OptimizerPathsView(LessonView):
    """Contours of f and each optimizer's path from one start, computed by core's optimizers."""

    def __init__(self, function="x2/20+y2", start=None, steps=30, race=RACE, parent=None):
        super().__init__(parent)
        self.race = [dict(s) for s in race]
        self.function_box = QComboBox()
        for name in FUNCTIONS:
            self.function_box.addItem(name, name)
        self.function_box.setCurrentIndex(list(FUNCTIONS).index(function))
        self.function_box.currentIndexChanged.connect(self._function_changed)
        self.steps_box = QSpinBox()
        self.steps_box.setRange(1, 500)
        self.steps_box.setValue(steps)
        self.steps_box.valueChanged.connect(self.recompute)
        self.lr_boxes = []
        grid = QGridLayout()
        self.lr_labels = []
        for i, s in enumerate(self.race):
            box = QDoubleSpinBox()
            box.setDecimals(4)
            box.setRange(0.0001, 10.0)
            box.setSingleStep(0.05)
            box.setValue(s["lr"])
            box.valueChanged.connect(self.recompute)
            label = QLabel(f"<span style='color:{COLORS[i]}'>■</span> {NAMES[s['type']]}")
            grid.addWidget(label, i // 3, 2 * (i % 3))
            grid.addWidget(box, i // 3, 2 * (i % 3) + 1)
            self.lr_boxes.append(box)
        self.plot = plot_widget()
        self.plot.addLegend(offset=(-5, 5), labelTextSize="8pt")
        self.isocurves = []
        self.paths = [self.plot.plot(pen=pg.mkPen(COLORS[i], width=2), symbol="o", symbolSize=4,
                                     symbolBrush=COLORS[i], symbolPen=None, name=NAMES[s["type"]])
                      for i, s in enumerate(self.race)]
        self.start_marker = self.plot.plot(pen=None, symbol="+", symbolSize=14, symbolBrush="k")
        self.step_button, self.play_button, self.reset_button = QPushButton(), QPushButton(), QPushButton()
        self.step_button.clicked.connect(self.step)
        self.play_button.clicked.connect(self.toggle_animation)
        self.reset_button.clicked.connect(self.rewind)
        self.timer = QTimer(self)
        self.timer.setInterval(ANIMATION_MS)
        self.timer.timeout.connect(self._tick)
        self.function_label, self.steps_label, self.lr_title = QLabel(), QLabel(), QLabel()
        self.explain, self.status = wrapping_label(), wrapping_label()
        top = QHBoxLayout()
        for w in (self.function_label, self.function_box, self.steps_label, self.steps_box):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.step_button, self.play_button, self.reset_button):
            top.addWidget(w)
        stack(self, self.explain, top, self.lr_title, grid, (self.plot, 1), self.status)
        self.start = tuple(start) if start is not None else FUNCTIONS[function][2]
        self.shown = 0
        self._contours()
        self.recompute()
        self.retranslate()

    def retranslate(self):
        self.function_label.setText(self.tr("Function:"))
        self.steps_label.setText(self.tr("Steps:"))
        self.lr_title.setText(self.tr("Learning rates:"))
        self.step_button.setText(self.tr("Step"))
        self.play_button.setText(self.tr("Pause") if self.timer.isActive() else self.tr("Animate"))
        self.reset_button.setText(self.tr("Rewind"))
        titles = {"rosenbrock": self.tr("Rosenbrock function"), "saddle": self.tr("saddle x² − y²")}
        for i in range(self.function_box.count()):
            name = self.function_box.itemData(i)
            self.function_box.setItemText(i, titles.get(name, name))
        self.explain.setText(self.tr("Each optimizer minimises f from the same start (+), with the optimizer "
                                     "classes that train networks. Contours of f are drawn in grey."))
        self._status()

    @property
    def function(self):
        return self.function_box.currentData()

    def settings(self):
        """Each optimizer's settings with the learning rate in its box."""
        return [dict(s, lr=box.value()) for s, box in zip(self.race, self.lr_boxes)]

    def _function_changed(self):
        self.start = FUNCTIONS[self.function][2]
        self._contours()
        self.recompute()

    def _contours(self):
        for c in self.isocurves:
            self.plot.removeItem(c)
        x0, x1, y0, y1 = FUNCTIONS[self.function][1]
        xs, ys = np.linspace(x0, x1, GRID), np.linspace(y0, y1, GRID)
        f = function_value(self.function, xs[:, None], ys[None, :])  # f[i, j] at (xs[i], ys[j])
        # Levels evenly spaced in log(f - min): the notes' ellipses near the minimum and far out.
        shifted = f - f.min() + 1e-3
        levels = np.exp(np.linspace(np.log(shifted.min() * 10), np.log(shifted.max()), CONTOURS))
        self.isocurves = []
        for level in levels:
            curve = pg.IsocurveItem(data=shifted, level=level, pen=pg.mkPen("#b0b0b0"))
            curve.setTransform(pg.QtGui.QTransform.fromTranslate(x0, y0).scale((x1 - x0) / (GRID - 1),
                                                                               (y1 - y0) / (GRID - 1)))
            curve.setZValue(-10)
            self.plot.addItem(curve)
            self.isocurves.append(curve)
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.02)

    def recompute(self):
        """Paths for the current settings; shows them whole (or up to the animation's step)."""
        steps = self.steps_box.value()
        self.path_data = [optimizer_path(s, self.function, self.start, steps) for s in self.settings()]
        if not self.timer.isActive():
            self.shown = steps
        self._show()

    def _show(self):
        for item, path in zip(self.paths, self.path_data):
            part = path[:self.shown + 1]
            part = part[np.isfinite(part).all(axis=1)]
            item.setData(part[:, 0], part[:, 1])
        self.start_marker.setData([self.start[0]], [self.start[1]])
        self._status()

    def _status(self):
        if not hasattr(self, "path_data"):
            return
        ends = [function_value(self.function, *p[min(self.shown, len(p) - 1)]) for p in self.path_data]
        best = int(np.nanargmin(np.where(np.isfinite(ends), ends, np.nan))) if np.isfinite(ends).any() else None
        text = self.tr("Step %1 of %2.").replace("%1", str(self.shown)).replace("%2", str(self.steps_box.value()))
        if best is not None:
            text += " " + self.tr("Lowest f so far: %1 (%2).").replace("%1", NAMES[self.race[best]["type"]]) \
                .replace("%2", f"{ends[best]:.3g}")
        self.status.setText(text)

    def rewind(self):
        self.timer.stop()
        self.shown = 0
        self._show()
        self.retranslate()

    def step(self):
        """One more step of every path."""
        if self.shown >= self.steps_box.value():
            self.shown = 0
        self.shown += 1
        self._show()

    def toggle_animation(self):
        if self.timer.isActive():
            self.timer.stop()
        else:
            if self.shown >= self.steps_box.value():
                self.shown = 0
            self.timer.start()
        self.retranslate()

    def _tick(self):
        self.step()
        if self.shown >= self.steps_box.value():
            self.timer.stop()
            self.retranslate()
