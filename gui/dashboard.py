"""The training dashboard: pyqtgraph plots fed only by the trainer's reports.

The controller hands over batches of epoch records a few times a second; the
dashboard appends them to its own arrays and repaints only the visible tab.
"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

TRAIN_PEN = pg.mkPen("#1f77b4", width=2)
VAL_PEN = pg.mkPen("#ff7f0e", width=2)
LAYER_COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                "#bcbd22", "#17becf"]


def _plot(title, left, log_y=False):
    plot = pg.PlotWidget(background="w")
    plot.setTitle(title, color="#333", size="10pt")
    plot.setLabel("bottom", "epoch")
    plot.setLabel("left", left)
    plot.showGrid(x=True, y=True, alpha=0.2)
    plot.setLogMode(y=log_y)
    plot.addLegend(offset=(-10, 10))
    plot.setDownsampling(auto=True, mode="peak")
    plot.setClipToView(True)
    return plot


class Dashboard(QTabWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.curves_tab = QWidget()
        layout = QVBoxLayout(self.curves_tab)
        row = QHBoxLayout()
        self.loss_plot = _plot("loss", "loss")
        self.metric_plot = _plot("accuracy", "accuracy")
        row.addWidget(self.loss_plot)
        row.addWidget(self.metric_plot)
        layout.addLayout(row)
        self.log_scale = QCheckBox()
        self.log_scale.toggled.connect(self._set_log)
        layout.addWidget(self.log_scale)
        self.grad_plot = _plot("gradient norm reaching each layer", "|dL/dx|", log_y=True)
        self.addTab(self.curves_tab, "")
        self.addTab(self.grad_plot, "")
        self.lines = {}
        self.currentChanged.connect(self.repaint_visible)
        self.retranslate()
        self.clear()

    def retranslate(self):
        self.setTabText(0, self.tr("Loss and accuracy"))
        self.setTabText(1, self.tr("Gradient norms"))
        self.log_scale.setText(self.tr("Log scale for the loss"))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(bool)
    def _set_log(self, on):
        self.loss_plot.setLogMode(y=on)

    def clear(self):
        """A new run: forget the old curves."""
        self.epochs, self.metrics, self.norms = [], {}, {}
        for plot in (self.loss_plot, self.metric_plot, self.grad_plot):
            plot.clear()
        self.lines = {}

    @Slot(object, object)
    def add_reports(self, epochs, latest):
        for epoch, metrics, norms in epochs:
            self.epochs.append(epoch)
            for key, value in metrics.items():
                self.metrics.setdefault(key, []).append(value)
            for nid, norm in norms.items():
                if norm is not None:
                    self.norms.setdefault(nid, []).append((epoch, norm))
        if epochs:
            self.repaint_visible()

    def _line(self, plot, key, pen, name):
        line = self.lines.get((id(plot), key))
        if line is None:
            line = plot.plot([], [], pen=pen, name=name)
            self.lines[(id(plot), key)] = line
        return line

    @Slot()
    def repaint_visible(self, *args):
        x = np.asarray(self.epochs, dtype=float)
        if self.currentWidget() is self.curves_tab:
            metric = next((k for k in self.metrics if k in ("accuracy", "mae")), None)
            if metric:
                self.metric_plot.setTitle(metric, color="#333", size="10pt")
                self.metric_plot.setLabel("left", metric)
            for plot, key in ((self.loss_plot, "loss"), (self.metric_plot, metric)):
                for prefix, pen, name in (("", TRAIN_PEN, "training"), ("val_", VAL_PEN, "validation")):
                    values = self.metrics.get(prefix + key) if key else None
                    if values:
                        self._line(plot, prefix + key, pen, name).setData(x[-len(values):], np.asarray(values))
        else:
            for i, (nid, points) in enumerate(self.norms.items()):
                pts = np.asarray(points, dtype=float)
                pen = pg.mkPen(LAYER_COLORS[i % len(LAYER_COLORS)], width=2)
                self._line(self.grad_plot, nid, pen, nid).setData(pts[:, 0], np.maximum(pts[:, 1], 1e-30))
