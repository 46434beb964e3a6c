"""Lesson: the loaded data's features before and after scaling (fitted on the training split)."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QLabel

from core.lessons import box_stats, scaling_views

from .common import COLORS, LessonView, plot_widget, stack, tool_row, wrapping_label

MAX_FEATURES = 64


class ScalingView(LessonView):
    """A box per feature (quartiles, whiskers to min and max, median line): raw above, scaled below."""

    def __init__(self, design, parent=None):
        super().__init__(parent)
        self.kind_box = QComboBox()
        for kind in ("minmax", "standard", "none"):
            self.kind_box.addItem(kind, kind)
        chosen = design.settings()["scaling"]
        self.kind_box.setCurrentIndex(["minmax", "standard", "none"].index(chosen if chosen != "none" else "standard"))
        self.kind_box.currentIndexChanged.connect(self._draw)
        self.kind_label = QLabel()
        self.raw_plot, self.scaled_plot = plot_widget(), plot_widget()
        self.boxes = {}
        self.explain = wrapping_label()
        stack(self, self.explain, tool_row(self.kind_label, self.kind_box), (self.raw_plot, 1), (self.scaled_plot, 1))
        self.set_design(design)
        self.retranslate()

    def set_design(self, design):
        """Load the design's data (raises DataError/DesignError as training would)."""
        self.names, self.views = scaling_views(design)
        self._draw()

    @property
    def kind(self):
        return self.kind_box.currentData()

    def stats(self, which):
        """``box_stats`` of what a plot shows: ``"raw"`` or ``"scaled"``."""
        return box_stats(self.views["none" if which == "raw" else self.kind][:, :MAX_FEATURES])

    def _draw(self):
        for which, plot in (("raw", self.raw_plot), ("scaled", self.scaled_plot)):
            plot.clear()
            s = self.stats(which)
            x = np.arange(s.shape[1])
            box = pg.BarGraphItem(x=x, width=0.6, y0=s[1], y1=s[3], brush=COLORS[0 if which == "raw" else 2],
                                  pen=pg.mkPen("#333"))
            whiskers = pg.ErrorBarItem(x=x, y=s[2], top=s[4] - s[2], bottom=s[2] - s[0], beam=0.3,
                                       pen=pg.mkPen("#555"))
            median = pg.ScatterPlotItem(x=x, y=s[2], symbol="_", size=14, pen=pg.mkPen("k", width=2))
            for item in (whiskers, box, median):
                plot.addItem(item)
            self.boxes[which] = box
            names = self.names[:MAX_FEATURES]
            step = max(1, len(names) // 16)
            plot.getAxis("bottom").setTicks([[(i, names[i][:12]) for i in range(0, len(names), step)]])
        self.retranslate()

    def retranslate(self):
        if not hasattr(self, "explain"):
            return
        self.kind_label.setText(self.tr("Scaling:"))
        self.raw_plot.setTitle(self.tr("Training data as loaded (%1 features)").replace("%1", str(len(self.names))),
                               size="9pt")
        self.scaled_plot.setTitle(self.tr("After %1 scaling, fitted on the training split").replace("%1", self.kind),
                                  size="9pt")
        self.explain.setText(self.tr("Each box spans a feature's middle half (quartiles), the whiskers its "
                                     "minimum and maximum, the bar its median. Features on very different "
                                     "scales make one learning rate too large for some and too small for others."))
