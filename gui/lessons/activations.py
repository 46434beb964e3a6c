"""Lesson: the activation functions, their slopes, and where a layer's inputs sit on them."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDoubleSpinBox, QLabel

from core.lessons import (
    ACTIVATIONS,
    SLOW_SLOPE,
    activation_curve,
    flat_regions,
    input_summary,
)

from .common import COLORS, LessonView, stack, tool_row, wrapping_label

FLAT_BRUSH = QColor(214, 39, 40, 40)
HIST_BRUSH = QColor(120, 120, 120, 90)
HIST_BINS = 40


class ActivationView(LessonView):
    """Every activation (solid) and its slope (dashed) from the engine's layers; slopes below
    SLOW_SLOPE shaded. :meth:`show_inputs` overlays the histogram of a layer's inputs."""

    def __init__(self, alpha=0.01, parent=None):
        super().__init__(parent)
        self.alpha = alpha
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.plots, self.curves, self.slopes, self.shades, self.hists = {}, {}, {}, {}, {}
        for i, name in enumerate(ACTIVATIONS):
            plot = self.graphics.addPlot(row=i // 3, col=i % 3)
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setMenuEnabled(False)
            plot.setXRange(-6, 6, padding=0)
            plot.addLegend(offset=(5, 5), labelTextSize="8pt")
            self.plots[name] = plot
            self.shades[name] = []
            self.curves[name] = plot.plot(pen=pg.mkPen(COLORS[0], width=2))
            self.slopes[name] = plot.plot(pen=pg.mkPen(COLORS[1], width=2, style=Qt.DashLine))
            self.hists[name] = None
        self.alpha_box = QDoubleSpinBox()
        self.alpha_box.setRange(0.0, 1.0)
        self.alpha_box.setSingleStep(0.05)
        self.alpha_box.setDecimals(3)
        self.alpha_box.setValue(alpha)
        self.alpha_box.valueChanged.connect(self._alpha_changed)
        self.alpha_label = QLabel()
        self.explain = wrapping_label()
        self.inputs_text = wrapping_label()
        stack(self, self.explain, tool_row(self.alpha_label, self.alpha_box), (self.graphics, 1), self.inputs_text)
        self.summary = None
        self._draw()
        self.retranslate()

    def retranslate(self):
        self.alpha_label.setText(self.tr("LeakyReLU α:"))
        self.explain.setText(self.tr(
            "Each activation function (solid) and its slope (dashed), computed by the layers that train networks. "
            "Shaded: where the slope is below %1, so a gradient passing through is cut to less than a twentieth.")
            .replace("%1", f"{SLOW_SLOPE:g}"))
        for name in ACTIVATIONS:
            title = self.tr("Softmax over [x, 1, −1]: first output") if name == "Softmax" else name
            self.plots[name].setTitle(title, size="9pt")
            legend = self.plots[name].legend
            legend.clear()
            legend.addItem(self.curves[name], self.tr("f(x)"))
            legend.addItem(self.slopes[name], self.tr("slope f′(x)"))
        self._inputs_sentence()

    def _alpha_changed(self, value):
        self.alpha = value
        self._draw()

    def _draw(self):
        for name in ACTIVATIONS:
            x, y, slope = activation_curve(name, alpha=self.alpha)
            self.curves[name].setData(x, y)
            self.slopes[name].setData(x, slope)
            plot = self.plots[name]
            for item in self.shades[name]:
                plot.removeItem(item)
            self.shades[name] = []
            for x0, x1 in flat_regions(x, slope):
                region = pg.LinearRegionItem((x0, x1), movable=False, brush=FLAT_BRUSH, pen=pg.mkPen(None))
                region.setZValue(-10)
                plot.addItem(region)
                self.shades[name].append(region)

    def flat_regions(self, name):
        """The shaded intervals of one plot (what the student sees)."""
        return [tuple(item.getRegion()) for item in self.shades[name]]

    def show_inputs(self, type_name, values):
        """Overlay the histogram of ``values`` (a layer's pre-activations) on ``type_name``'s plot,
        scaled to the plot's height, and say where they sit on the slope."""
        if type_name not in self.plots or type_name == "Softmax":
            raise ValueError(f"inputs can be shown on an elementwise activation, not {type_name!r}")
        self.clear_inputs()
        values = np.asarray(values, dtype=np.float64).ravel()
        values = values[np.isfinite(values)]
        lo, hi = min(-6.0, values.min()), max(6.0, values.max())
        counts, edges = np.histogram(values, bins=np.linspace(lo, hi, HIST_BINS + 1))
        top = 1.0 if type_name != "ReLU" and type_name != "LeakyReLU" else 6.0
        heights = counts / counts.max() * top
        item = pg.BarGraphItem(x0=edges[:-1], x1=edges[1:], y0=0, height=heights, brush=HIST_BRUSH,
                               pen=pg.mkPen(None))
        item.setZValue(-5)
        self.plots[type_name].addItem(item)
        self.hists[type_name] = item
        self.summary = (type_name, input_summary(type_name, values, self.alpha))
        self._inputs_sentence()
        return item

    def clear_inputs(self):
        for name, item in self.hists.items():
            if item is not None:
                self.plots[name].removeItem(item)
                self.hists[name] = None
        self.summary = None
        self._inputs_sentence()

    def _inputs_sentence(self):
        if self.summary is None:
            self.inputs_text.setText(self.tr("Select an activation layer during or after a run to see where its "
                                             "inputs sit on its curve."))
            return
        name, s = self.summary
        self.inputs_text.setText(self.tr(
            "%1 inputs of this %2 layer (grey): their median slope is %3 (a %2 has at most %4), so a gradient "
            "passing through shrinks about %5× here; %6% of them sit where the slope is below %7.")
            .replace("%1", f"{s['n']:,}").replace("%2", name).replace("%3", f"{s['median_slope']:.3f}")
            .replace("%4", f"{s['max_slope']:.3g}").replace("%5", f"{s['shrink']:.1f}")
            .replace("%6", f"{100 * s['flat_fraction']:.0f}").replace("%7", f"{SLOW_SLOPE:g}"))
