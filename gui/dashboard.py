"""The training dashboard: pyqtgraph plots fed only by the trainer's reports.

The controller hands over what the worker produced a few times a second: the
epoch records since the last time, the newest report (layer histograms, binned
in the worker) and, for data with two features, the newest decision surface.
The dashboard keeps what it needs (curves, and weight distributions whose time
resolution halves when full, so memory stays flat) and repaints only the
visible tab, and only if something new arrived for it.
"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, \
    QWidget
from PySide6.QtCore import Qt

TRAIN_PEN = pg.mkPen("#1f77b4", width=2)
VAL_PEN = pg.mkPen("#ff7f0e", width=2)
LAYER_COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                "#bcbd22", "#17becf"]
HIST_PEN = pg.mkPen("#1f77b4", width=1)
HIST_BRUSH = pg.mkBrush(31, 119, 180, 110)
GRAD_PEN = pg.mkPen("#d62728", width=1)
GRAD_BRUSH = pg.mkBrush(214, 39, 40, 90)
MAX_COLUMNS = 200  # weight distributions: columns kept per layer before halving the time resolution
WHITE_TO_BLUE = pg.ColorMap([0.0, 1.0], [(255, 255, 255), (8, 48, 107)]).getLookupTable(nPts=256)
VIRIDIS = pg.colormap.get("viridis").getLookupTable(nPts=256)


def _plot(title, left, log_y=False, legend=True):
    plot = pg.PlotWidget(background="w")
    plot.setTitle(title, color="#333", size="10pt")
    plot.setLabel("bottom", "epoch")
    plot.setLabel("left", left)
    plot.showGrid(x=True, y=True, alpha=0.2)
    plot.setLogMode(y=log_y)
    plot.getAxis("left").enableAutoSIPrefix(False)  # "(x0.001)" on a log axis misleads
    if legend:
        plot.addLegend(offset=(-10, 10), labelTextColor="#333", brush=pg.mkBrush(255, 255, 255, 190))
    plot.setDownsampling(auto=True, mode="peak")
    plot.setClipToView(True)
    return plot


def _color(i):
    return LAYER_COLORS[i % len(LAYER_COLORS)]


class Distribution:
    """One layer's weight histograms over the epochs, as the columns of an image.

    When full, every other column goes and only every second epoch is taken from
    then on: a long run keeps its whole time span in a fixed amount of memory.
    """

    def __init__(self):
        self.epochs, self.columns, self.stride = [], [], 1
        self.lo = self.hi = 0.0

    def add(self, epoch, hist):
        if (epoch - 1) % self.stride:
            return
        self.epochs.append(epoch)
        self.columns.append(hist.counts)
        self.lo, self.hi = hist.lo, hist.hi
        if len(self.columns) > MAX_COLUMNS:
            self.epochs, self.columns = self.epochs[::2], self.columns[::2]
            self.stride *= 2

    def image(self):
        """Columns scaled to their own peak (a distribution's shape, whatever the layer's size)."""
        img = np.asarray(self.columns, dtype=float)
        peak = img.max(axis=1, keepdims=True)
        return img / np.where(peak > 0, peak, 1.0)

    def rect(self):
        first, last = self.epochs[0], self.epochs[-1] + self.stride
        return QRectF(first - 0.5 * self.stride, self.lo, last - first, self.hi - self.lo)


class LayerGrid(QScrollArea):
    """Small plots per layer, in network order, titled with the layer's name and type;
    scrolls when they do not fit. ``per_layer`` plots side by side for each layer."""

    def __init__(self, columns, per_layer=1, row_height=150, parent=None):
        super().__init__(parent)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.setWidget(self.view)
        self.setWidgetResizable(True)
        self.columns, self.per_layer, self.row_height = columns, per_layer, row_height
        self.layers = ()
        self.plots = {}    # node id -> [PlotItem] * per_layer
        self.items = {}    # (node id, index) -> the plot's data item or ImageItem

    def set_layers(self, layers):
        """Lay out plots for ``layers`` [(node id, type)]; nothing happens if they are the same."""
        layers = tuple(layers)
        if layers == self.layers:
            return
        self.view.clear()
        self.plots, self.items, self.layers = {}, {}, layers
        for i, (nid, kind) in enumerate(layers):
            row, col = divmod(i, self.columns)
            plots = []
            for j in range(self.per_layer):
                plot = self.view.addPlot(row=row, col=col * self.per_layer + j)
                plot.setTitle(f"{nid} · {kind}", color="#333", size="9pt")
                plot.setMouseEnabled(x=False, y=False)
                plot.hideButtons()
                plot.getAxis("left").setWidth(36)
                plots.append(plot)
            self.plots[nid] = plots
        rows = -(-len(layers) // self.columns)
        self.view.setMinimumHeight(rows * self.row_height)

    def histogram(self, nid, index, hist, pen, brush):
        """Draw ``hist`` (a core Histogram) as a filled step curve in the layer's plot ``index``."""
        item = self.items.get((nid, index))
        if item is None:
            item = self.plots[nid][index].plot([], [], stepMode="center", fillLevel=0, pen=pen, brush=brush)
            self.items[(nid, index)] = item
        item.setData(hist.edges, hist.counts.astype(float))
        return item

    def image(self, nid, index, data, rect, lut, levels):
        item = self.items.get((nid, index))
        if item is None:
            item = pg.ImageItem()
            item.setLookupTable(lut)
            self.plots[nid][index].addItem(item)
            self.items[(nid, index)] = item
        item.setImage(data, levels=levels, autoLevels=False)
        item.setRect(rect)
        return item


class Dashboard(QTabWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        # Loss and accuracy, with a hover read-out.
        self.curves_tab = QWidget()
        layout = QVBoxLayout(self.curves_tab)
        layout.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        self.loss_plot = _plot("loss", "loss")
        self.metric_plot = _plot("accuracy", "accuracy")
        row.addWidget(self.loss_plot)
        row.addWidget(self.metric_plot)
        layout.addLayout(row, 1)
        bottom = QHBoxLayout()
        self.log_scale = QCheckBox()
        self.log_scale.toggled.connect(self._set_log)
        self.readout = QLabel()
        self.readout.setTextInteractionFlags(Qt.TextSelectableByMouse)
        bottom.addWidget(self.log_scale)
        bottom.addWidget(self.readout, 1)
        layout.addLayout(bottom)
        self.cursors = {}
        for plot in (self.loss_plot, self.metric_plot):
            cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen("#888", style=Qt.DashLine))
            cursor.hide()
            plot.addItem(cursor, ignoreBounds=True)
            self.cursors[id(plot)] = cursor
            plot.scene().sigMouseMoved.connect(self._hover)

        # Gradients: the norm reaching each layer over time, and the current histograms of log10|g|.
        self.grad_tab = QSplitter(Qt.Horizontal)
        self.grad_plot = _plot("gradient norm reaching each layer", "|dL/dx|", log_y=True)
        self.grad_plot.plotItem.legend.setColumnCount(2)
        self.grad_hists = LayerGrid(columns=2, row_height=130)
        self.grad_tab.addWidget(self.grad_plot)
        self.grad_tab.addWidget(self.grad_hists)
        self.grad_tab.setSizes([500, 500])

        self.act_hists = LayerGrid(columns=4)
        self.weight_grid = LayerGrid(columns=2, per_layer=2)

        self.boundary_plot = pg.PlotWidget(background="w")
        self.boundary_plot.setAspectLocked(True)
        self.boundary_image = pg.ImageItem()
        self.boundary_points = pg.ScatterPlotItem(size=6, pen=pg.mkPen("#222", width=0.6))
        self.boundary_plot.addItem(self.boundary_image)
        self.boundary_plot.addItem(self.boundary_points)

        self.confusion_plot = pg.PlotWidget(background="w")
        self.confusion_plot.invertY(True)
        self.confusion_plot.setMouseEnabled(x=False, y=False)
        self.confusion_plot.setLabel("bottom", "predicted class")
        self.confusion_plot.setLabel("left", "true class")
        self.confusion_image = pg.ImageItem()
        self.confusion_image.setLookupTable(WHITE_TO_BLUE)
        self.confusion_plot.addItem(self.confusion_image)
        self.confusion_texts = []

        for tab in (self.curves_tab, self.grad_tab, self.act_hists, self.weight_grid, self.boundary_plot,
                    self.confusion_plot):
            self.addTab(tab, "")
        self.lines = {}
        self.currentChanged.connect(self.repaint_visible)
        self.retranslate()
        self.clear()

    def retranslate(self):
        for i, text in enumerate((self.tr("Loss and accuracy"), self.tr("Gradients"), self.tr("Activation histograms"),
                                  self.tr("Weights"), self.tr("Decision boundary"), self.tr("Confusion matrix"))):
            self.setTabText(i, text)
        self.log_scale.setText(self.tr("Log scale for the loss"))
        self.readout.setToolTip(self.tr("Point at a curve to read its values"))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(bool)
    def _set_log(self, on):
        self.loss_plot.setLogMode(y=on)

    def clear(self):
        """A new run: forget the old curves, histograms and pictures."""
        self.epochs, self.metrics, self.norms = [], {}, {}
        self.distributions = {}
        self.layers, self.confusion, self.surface = (), None, None
        self.confusion_epoch = 0
        for plot in (self.loss_plot, self.metric_plot, self.grad_plot):
            for item in list(plot.listDataItems()):
                plot.removeItem(item)
            if plot.plotItem.legend is not None:
                plot.plotItem.legend.clear()
        for grid in (self.grad_hists, self.act_hists, self.weight_grid):
            grid.set_layers(())
        self.boundary_image.clear()
        self.boundary_points.clear()
        self.boundary_plot.setTitle("")
        self.confusion_image.clear()
        self.confusion_plot.setTitle("")
        self.readout.setText("")
        for cursor in self.cursors.values():
            cursor.hide()
        self.lines = {}
        self._stale = set()

    @Slot(object, object, object)
    def add_reports(self, epochs, latest, surface=None):
        for epoch, metrics, norms, weights in epochs:
            self.epochs.append(epoch)
            for key, value in metrics.items():
                self.metrics.setdefault(key, []).append(value)
            for nid, norm in norms.items():
                if norm is not None:
                    self.norms.setdefault(nid, []).append((epoch, norm))
            for nid, hist in weights.items():
                self.distributions.setdefault(nid, Distribution()).add(epoch, hist)
        stale = set()
        if epochs:
            stale |= {self.curves_tab, self.weight_grid}
            if self.norms:
                stale.add(self.grad_tab)
        if latest is not None and latest.layers:
            self.layers = latest.layers
            stale |= {self.grad_tab, self.act_hists, self.weight_grid}
        if latest is not None and latest.confusion is not None:
            self.confusion, self.confusion_epoch = latest.confusion, latest.epoch
            stale.add(self.confusion_plot)
        if surface is not None:
            self.surface = surface
            stale.add(self.boundary_plot)
        self._stale |= stale
        if self.currentWidget() in stale:
            self.repaint_visible()

    def _line(self, plot, key, pen, name):
        line = self.lines.get((id(plot), key))
        if line is None:
            line = plot.plot([], [], pen=pen, name=name)
            self.lines[(id(plot), key)] = line
        return line

    @Slot()
    def repaint_visible(self, *args):
        """Paint the tab in view with what has arrived since it was last painted."""
        tab = self.currentWidget()
        if tab not in self._stale:
            return
        self._stale.discard(tab)
        {self.curves_tab: self._paint_curves, self.grad_tab: self._paint_gradients,
         self.act_hists: self._paint_activations, self.weight_grid: self._paint_weights,
         self.boundary_plot: self._paint_boundary, self.confusion_plot: self._paint_confusion}[tab]()

    # -- the tabs ---------------------------------------------------------------------------------------
    def _metric_key(self):
        return next((k for k in self.metrics if k in ("accuracy", "mae")), None)

    def _paint_curves(self):
        x = np.asarray(self.epochs, dtype=float)
        metric = self._metric_key()
        if metric:
            self.metric_plot.setTitle(metric, color="#333", size="10pt")
            self.metric_plot.setLabel("left", metric)
        for plot, key in ((self.loss_plot, "loss"), (self.metric_plot, metric)):
            for prefix, pen, name in (("", TRAIN_PEN, "training"), ("val_", VAL_PEN, "validation")):
                values = self.metrics.get(prefix + key) if key else None
                if values:
                    self._line(plot, prefix + key, pen, name).setData(x[-len(values):], np.asarray(values))

    def _layer_types(self, only=None):
        return [(lr.node_id, lr.type) for lr in self.layers if only is None or only(lr)]

    def _paint_gradients(self):
        for i, (nid, points) in enumerate(self.norms.items()):
            pts = np.asarray(points, dtype=float)
            pen = pg.mkPen(_color(i), width=2)
            self._line(self.grad_plot, nid, pen, nid).setData(pts[:, 0], np.maximum(pts[:, 1], 1e-30))
        with_grads = [lr for lr in self.layers if lr.grad is not None]
        self.grad_hists.set_layers((lr.node_id, lr.type) for lr in with_grads)
        for lr in with_grads:
            self.grad_hists.histogram(lr.node_id, 0, lr.grad, GRAD_PEN, GRAD_BRUSH)
            plot = self.grad_hists.plots[lr.node_id][0]
            plot.setLabel("bottom", "log10 |dL/dx|" + (f"  ({lr.grad.zeros} zeros)" if lr.grad.zeros else ""))

    def _paint_activations(self):
        self.act_hists.set_layers(self._layer_types())
        for lr in self.layers:
            self.act_hists.histogram(lr.node_id, 0, lr.activation, HIST_PEN, HIST_BRUSH)

    def _paint_weights(self):
        with_w = [lr for lr in self.layers if "W" in lr.weights]
        self.weight_grid.set_layers((lr.node_id, f"{lr.type} W") for lr in with_w)
        for lr in with_w:
            dist = self.distributions.get(lr.node_id)
            if dist is not None and dist.columns:
                self.weight_grid.image(lr.node_id, 0, dist.image(), dist.rect(), WHITE_TO_BLUE, (0.0, 1.0))
                self.weight_grid.plots[lr.node_id][0].setLabel("bottom", "epoch")
            self.weight_grid.histogram(lr.node_id, 1, lr.weights["W"], HIST_PEN, HIST_BRUSH)

    def _paint_boundary(self):
        s = self.surface
        if s.classes:
            colors = np.array([pg.mkColor(_color(c)).getRgb()[:3] for c in range(s.classes)], dtype=float)
            # Pale where the network is unsure, full colour where it is certain.
            strength = (s.confidence - 1.0 / s.classes) / (1.0 - 1.0 / s.classes)
            alpha = (0.15 + 0.55 * np.clip(strength, 0.0, 1.0))[..., None]
            rgb = 255.0 * (1.0 - alpha) + colors[s.values] * alpha
            self.boundary_image.setLookupTable(None)
            self.boundary_image.setImage(rgb.transpose(1, 0, 2).astype(np.uint8), levels=(0, 255), autoLevels=False)
            brushes = [pg.mkBrush(_color(c)) for c in range(s.classes)]
            self.boundary_points.setData(pos=s.points, brush=[brushes[c] for c in s.labels])
        else:
            lo, hi = float(s.values.min()), float(s.values.max())
            self.boundary_image.setLookupTable(VIRIDIS)
            self.boundary_image.setImage(s.values.T, levels=(lo, hi if hi > lo else lo + 1.0), autoLevels=False)
            self.boundary_points.setData(pos=s.points, brush=pg.mkBrush("w"))
        dx, dy = s.xs[1] - s.xs[0], s.ys[1] - s.ys[0]
        self.boundary_image.setRect(QRectF(s.xs[0] - dx / 2, s.ys[0] - dy / 2, s.xs[-1] - s.xs[0] + dx,
                                           s.ys[-1] - s.ys[0] + dy))
        self.boundary_plot.setTitle("predicted class over the input plane, with the training points"
                                    if s.classes else "predicted value over the input plane",
                                    color="#333", size="10pt")

    def _paint_confusion(self):
        m = np.asarray(self.confusion)
        k = len(m)
        rows = m.sum(axis=1, keepdims=True)
        self.confusion_image.setImage((m / np.where(rows > 0, rows, 1)).T, levels=(0.0, 1.0), autoLevels=False)
        self.confusion_image.setRect(QRectF(0, 0, k, k))
        if len(self.confusion_texts) != k * k:
            for text in self.confusion_texts:
                self.confusion_plot.removeItem(text)
            self.confusion_texts = []
            for i in range(k):
                for j in range(k):
                    text = pg.TextItem(anchor=(0.5, 0.5))
                    text.setPos(j + 0.5, i + 0.5)
                    self.confusion_plot.addItem(text)
                    self.confusion_texts.append(text)
            ticks = [[(c + 0.5, str(c)) for c in range(k)]]
            self.confusion_plot.getAxis("bottom").setTicks(ticks)
            self.confusion_plot.getAxis("left").setTicks(ticks)
            self.confusion_plot.setRange(xRange=(0, k), yRange=(0, k), padding=0.02)
        share = m / np.where(rows > 0, rows, 1)
        for i in range(k):
            for j in range(k):
                self.confusion_texts[i * k + j].setText(str(int(m[i, j])), color="w" if share[i, j] > 0.6 else "#222")
        correct = int(np.trace(m))
        self.confusion_plot.setTitle(f"validation set after epoch {self.confusion_epoch}: "
                                     f"{correct} of {int(m.sum())} right", color="#333", size="10pt")

    # -- hover read-out -------------------------------------------------------------------------------------
    @Slot(object)
    def _hover(self, pos):
        if not self.epochs:
            return
        for plot in (self.loss_plot, self.metric_plot):
            if plot.plotItem.sceneBoundingRect().contains(pos):
                epoch = plot.plotItem.vb.mapSceneToView(pos).x()
                break
        else:
            return
        i = int(np.clip(round(epoch) - self.epochs[0], 0, len(self.epochs) - 1))
        epoch = self.epochs[i]
        parts = [f"epoch {epoch}"]
        for key, values in self.metrics.items():
            j = i - (len(self.epochs) - len(values))
            if 0 <= j < len(values):
                parts.append(f"{key} {values[j]:.4g}")
        self.readout.setText("   ".join(parts))
        for cursor in self.cursors.values():
            cursor.setPos(epoch)
            cursor.show()
