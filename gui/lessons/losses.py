"""Lesson: SSE, MSE and cross-entropy against the probability given to the true class."""
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout

from core.lessons import LOSS_CLASSES, loss_curves

from .common import COLORS, LessonView, plot_widget, stack, wrapping_label

KEYS = ("sse", "mse", "cross_entropy")


class LossView(LessonView):
    """Each loss of one sample (left) and the gradient it sends to the true class's logit (right)."""

    def __init__(self, classes=LOSS_CLASSES, parent=None):
        super().__init__(parent)
        self.data = loss_curves(classes=classes)
        self.classes = classes
        self.value_plot, self.grad_plot = plot_widget(), plot_widget()
        self.value_plot.addLegend(offset=(-5, 5), labelTextSize="8pt")
        self.grad_plot.addLegend(offset=(-5, -5), labelTextSize="8pt")
        self.value_curves, self.grad_curves = {}, {}
        for i, key in enumerate(KEYS):
            pen = pg.mkPen(COLORS[i], width=2)
            self.value_curves[key] = self.value_plot.plot(self.data["p"], self.data[key][0], pen=pen)
            self.grad_curves[key] = self.grad_plot.plot(self.data["p"], self.data[key][1], pen=pen)
        self.explain = wrapping_label()
        plots = QHBoxLayout()
        plots.addWidget(self.value_plot)
        plots.addWidget(self.grad_plot)
        stack(self, self.explain, plots).setStretch(1, 1)
        self.retranslate()

    def retranslate(self):
        names = {"sse": self.tr("sum of squared errors (SSE, ½·Σ)"), "mse": self.tr("mean squared error (MSE)"),
                 "cross_entropy": self.tr("cross-entropy")}
        for plot, curves in ((self.value_plot, self.value_curves), (self.grad_plot, self.grad_curves)):
            plot.getPlotItem().legend.clear()
            for key in KEYS:
                plot.getPlotItem().legend.addItem(curves[key], names[key])
            plot.setLabel("bottom", self.tr("predicted probability of the true class"))
        self.value_plot.setTitle(self.tr("Loss of one sample"), size="9pt")
        self.grad_plot.setTitle(self.tr("Gradient at the true class's logit (through Softmax)"), size="9pt")
        self.explain.setText(self.tr(
            "One sample of %1 classes; the others share what the true class does not get. Computed by the loss "
            "functions that train networks. When the prediction is badly wrong (left end), cross-entropy still "
            "pushes with y − t ≈ −1, while the squared errors' push fades through the Softmax.")
            .replace("%1", str(self.classes)))
