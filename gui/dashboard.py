"""The training dashboard: pyqtgraph plots fed only by the trainer's reports.

The controller hands over what the worker produced a few times a second: the
epoch records since the last time, the newest report (layer histograms, binned
in the worker) and, for data with two features, the newest decision surface.
The dashboard keeps what it needs (curves, and weight distributions whose time
resolution halves when full, so memory stays flat) and repaints only the
visible tab, and only if something new arrived for it.
"""
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from core.runlog import input_features
from core.training import GRADIENT_HISTOGRAM_CAPTION

from .layergrid import MAX_COLUMNS, Distribution, LayerGrid, save_picture  # noqa: F401  (tests save pictures)
from .i18n import N_
from .plotting import (COLORS, CellTexts, EmptyHint, FittedPlot, cache_axes, color, curve_plot, decade_ticks, fit_legend,
                       legend_beside, nice_ceil, no_si_prefix, pen, plot_tr, retranslate_plot, set_text, text_source)

TRAIN_PEN = pg.mkPen(COLORS[0], width=2)
VAL_PEN = pg.mkPen(COLORS[1], width=2)
HIST_PEN = pg.mkPen("#1f77b4", width=1)
HIST_BRUSH = pg.mkBrush(31, 119, 180, 110)
GRAD_PEN = pg.mkPen("#d62728", width=1)
GRAD_BRUSH = pg.mkBrush(214, 39, 40, 90)
GRID_SECONDS = 0.4  # histograms, distributions, pictures: repainted at most 2.5 times a second
WHITE_TO_BLUE = pg.ColorMap([0.0, 1.0], [(255, 255, 255), (8, 48, 107)]).getLookupTable(nPts=256)
VIRIDIS = pg.colormap.get("viridis").getLookupTable(nPts=256)


class Dashboard(QTabWidget):
    """A view of the run under way in core's RunLog: it keeps no history of its own, only
    what it draws (curves, and the weight distributions' image columns)."""

    settled = Signal()  # what arrived is laid out and drawn (a new run's worker may start)
    boundaryShown = Signal(bool)  # the Decision boundary tab came into view, or left it

    def __init__(self, log, parent=None):
        super().__init__(parent)
        self.log, self.live = log, None
        # Loss and accuracy, with a hover read-out.
        self.curves_tab = QWidget()
        layout = QVBoxLayout(self.curves_tab)
        layout.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        self.loss_plot = curve_plot(N_("loss"), N_("loss"), legend_at=(-10, 10))  # a loss ends low: legend up
        self.metric_plot = curve_plot(N_("accuracy"), N_("accuracy"), legend_at=(-10, -10))  # accuracy ends high
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
        # Early stopping's best epoch (the network restored at the end), marked on both curves.
        self.best_marks = {}
        for plot, at in ((self.loss_plot, 0.9), (self.metric_plot, 0.12)):  # where the curves are not, mostly
            mark = pg.InfiniteLine(angle=90, pen=pg.mkPen("#2ca02c", width=1.5, style=Qt.DashDotLine),
                                   label="", labelOpts={"position": at, "color": "#2ca02c", "fill": (255, 255, 255, 200)})
            mark.hide()
            plot.addItem(mark, ignoreBounds=True)
            self.best_marks[id(plot)] = mark

        # Gradients: the norm reaching each layer over time, and the current histograms of log10|g|.
        self.grad_tab = QSplitter(Qt.Horizontal)
        self.grad_plot = curve_plot(N_("gradient norm reaching each layer"), "|dL/dx|", log_y=True)
        # One line per layer, across many decades: the legend goes beside the plot, not on it.
        self.grad_legend = legend_beside(self.grad_plot.plotItem)
        self.grad_hists = LayerGrid(columns=2, row_height=120, compact=True, max_columns=4)
        self.grad_tab.addWidget(self.grad_plot)
        self.grad_tab.addWidget(self.grad_hists)
        self.grad_tab.setSizes([500, 500])

        self.act_hists = LayerGrid(columns=4, compact=True)  # every layer in view, in more columns if need be
        self.weight_grid = LayerGrid(columns=2, per_layer=2)
        for grid in (self.grad_hists, self.act_hists, self.weight_grid):
            grid.laidOut.connect(self._grid_grew)

        self.boundary_plot = FittedPlot(background="w")  # equal axes, fitted to the data
        cache_axes(self.boundary_plot.plotItem)
        no_si_prefix(self.boundary_plot.plotItem)
        self.boundary_image = pg.ImageItem()
        self.boundary_points = pg.ScatterPlotItem(size=6, pen=pg.mkPen("#222", width=0.6))
        self.boundary_plot.addItem(self.boundary_image)
        self.boundary_plot.addItem(self.boundary_points)

        self.confusion_plot = pg.PlotWidget(background="w")
        cache_axes(self.confusion_plot.plotItem)
        no_si_prefix(self.confusion_plot.plotItem)  # no "(x0.001)" on a matrix of classes
        self.confusion_plot.invertY(True)
        self.confusion_plot.setMouseEnabled(x=False, y=False)
        set_text(self.confusion_plot, "bottom", N_("predicted class"))
        set_text(self.confusion_plot, "left", N_("true class"))
        self.confusion_image = pg.ImageItem()
        self.confusion_image.setLookupTable(WHITE_TO_BLUE)
        self.confusion_plot.addItem(self.confusion_image)
        self.confusion_texts = CellTexts()  # the counts, one item for every cell
        self.confusion_plot.addItem(self.confusion_texts)

        for tab in (self.curves_tab, self.grad_tab, self.act_hists, self.weight_grid, self.boundary_plot,
                    self.confusion_plot):
            self.addTab(tab, "")
        #: The tabs by their names in a lesson's route ("dashboard.<name>", core.lesson_route.VIEWS).
        self.views = {"curves": self.curves_tab, "gradients": self.grad_tab, "activations": self.act_hists,
                      "weights": self.weight_grid, "boundary": self.boundary_plot, "confusion": self.confusion_plot}
        # The curves live as long as the dashboard: a new run empties them. (Removing items and
        # clearing legends lays the plots out again, which cost 30 ms just as training started.)
        self.curves = {}
        for plot, key in ((self.loss_plot, "loss"), (self.metric_plot, "metric")):
            for prefix, line_pen, name in (("", TRAIN_PEN, "training"), ("val_", VAL_PEN, "validation")):
                self.curves[prefix + key] = plot.plot([], [], pen=line_pen, name=name)
        self.grad_lines = {}
        self._grad_hists_later = QTimer(self, singleShot=True, interval=0)
        self._grad_hists_later.timeout.connect(self._paint_grad_hists)
        self.hints = {plot: EmptyHint(plot.plotItem) for plot in (self.loss_plot, self.metric_plot, self.grad_plot,
                                                                  self.boundary_plot, self.confusion_plot)}
        self.currentChanged.connect(self.repaint_visible)
        self.currentChanged.connect(self._tab_changed)
        self.retranslate()
        self.clear()
        log.subscribe("started", self._run_started)
        log.subscribe("reports", self.add_reports)
        log.subscribe("cleared", self._cleared)

    # -- what the run log holds ------------------------------------------------------------------------
    @property
    def epochs(self):
        return self.live.epochs if self.live else []

    @property
    def metrics(self):
        return self.live.metrics if self.live else {}

    @property
    def norms(self):
        return self.live.norms if self.live else {}

    @property
    def layers(self):
        return self.live.layers if self.live else ()

    @property
    def confusion(self):
        return self.live.confusion if self.live else None

    @property
    def confusion_epoch(self):
        return self.live.confusion_epoch if self.live else 0

    @property
    def best_epoch(self):
        return self.live.best_epoch if self.live else None

    @property
    def restored(self):
        return self.live.restored if self.live else False

    @property
    def surface(self):
        return self.live.surface if self.live else None

    def _run_started(self, live):
        """A new run empties the plots; a continued one (Step) keeps drawing into them."""
        if live is not self.live:
            self.live = live
            self.clear()
            self.plan(live.planned)
            self._refresh_hints()

    def _cleared(self):
        """Another design: nothing of the last run stays on screen (it stays in Runs)."""
        self.live = None
        self.clear()
        for grid in (self.grad_hists, self.act_hists, self.weight_grid):
            grid.set_layers(())  # (a new run of the same design keeps its plots, laid out already)

    def _refresh_hints(self, again=False):
        """Every plot without data says what will appear there, or why nothing will."""
        t = self.tr
        features = input_features(self.live.design if self.live else self.log.design)
        # "Press Train to see …" only before a run: a run's plots keep their axes while its first
        # epoch comes (hiding them and showing them back re-laid every plot out at once: a stall).
        texts = self._empty_hints() if self.live is None else dict.fromkeys(self.hints, "")
        if features is not None and features != 2:
            texts[self.boundary_plot] = t("The decision boundary is drawn for data with two features, over their "
                                          "plane; this data has %1.").replace("%1", str(features))
        if "mae" in self.metrics:
            texts[self.confusion_plot] = t("A confusion matrix counts classes; this network predicts values "
                                           "(a regression).")
        empty = {self.loss_plot: not self.epochs, self.metric_plot: not self.epochs, self.grad_plot: not self.norms,
                 self.boundary_plot: self.surface is None, self.confusion_plot: self.confusion is None}
        for plot, hint in self.hints.items():
            if again:
                hint.text = ""  # shown afresh in the new language
            hint.show(texts[plot] if empty[plot] else "")

    def _empty_hints(self):
        t = self.tr
        return {self.loss_plot: t("Press Train to see the loss fall, epoch by epoch, on the training data "
                                  "(solid) and the validation data (dashed)."),
                self.metric_plot: t("Press Train to see the accuracy (or, for a regression, the mean absolute "
                                    "error) after each epoch."),
                self.grad_plot: t("Press Train to see the gradient reaching each layer: a layer far below the "
                                  "others learns slowly."),
                self.boundary_plot: t("Press Train to see the network's decision over the plane of the data, "
                                      "for data with two features."),
                self.confusion_plot: t("Press Train to see, after each epoch, which classes the network "
                                       "confuses on the validation data.")}

    def retranslate(self):
        if hasattr(self, "hints"):
            self._refresh_hints(again=True)
        for i, text in enumerate((self.tr("Loss and accuracy"), self.tr("Gradients"), self.tr("Activation histograms"),
                                  self.tr("Weights"), self.tr("Decision boundary"), self.tr("Confusion matrix"))):
            self.setTabText(i, text)
        self.log_scale.setText(self.tr("Log scale for the loss"))
        for grid in (self.grad_hists, self.act_hists, self.weight_grid):
            grid.save_action.setText(self.tr("Save these plots as PNG or SVG…"))
        self.readout.setToolTip(self.tr("Point at a curve to read its values"))
        for plot in (self.loss_plot, self.metric_plot, self.grad_plot, self.confusion_plot):
            retranslate_plot(plot)
        if getattr(self, "_hovered", None) is not None and self.readout.text():
            self._hover(self._hovered)  # the read-out in the new language
        if hasattr(self, "_stale"):  # titles made as they are painted: painted again in the new language
            self._stale |= {self.curves_tab, self.grad_tab, self.boundary_plot, self.confusion_plot}
            self.repaint_visible()
        # core says what the histograms show (per sample, relative to the top layer); translated here.
        self.grad_hists.caption.setText(QCoreApplication.translate("Dashboard", GRADIENT_HISTOGRAM_CAPTION))
        self.act_hists.caption.setText(self.tr(
            "Now: each layer's outputs on a probe batch of validation samples. A Sigmoid piled at 0 and 1 "
            "is saturated; a ReLU piled at 0 has dead units."))
        self.grad_hists.empty.setText(self.tr(
            "Press Train to see, for each layer, how large a gradient reaches it compared with the top layer."))
        self.act_hists.empty.setText(self.tr(
            "Press Train to see each layer's outputs as histograms: saturated Sigmoids pile at 0 and 1, "
            "dead ReLUs at 0."))
        self.weight_grid.empty.setText(self.tr(
            "Press Train to see each layer's weights: how their distribution spreads over the epochs, and now."))
        self.weight_grid.caption.setText(self.tr(
            "Each layer's weights W: left, their distribution over the epochs (darker means more weights); "
            "right, now."))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(bool)
    def _set_log(self, on):
        self.loss_plot.setLogMode(y=on)
        if on:
            self.loss_plot.enableAutoRange(y=True)
        else:
            self.tops.pop(id(self.loss_plot), None)
            self._paint_curves()

    def clear(self):
        """A new run, or none: forget the old curves, histograms and pictures; every empty plot
        says what will appear in it."""
        self.distributions = {}
        self.planned = None
        self.tops = {}
        for line in list(self.curves.values()) + list(self.grad_lines.values()):
            line.setData([], [])
        self.boundary_image.clear()
        self.boundary_points.clear()
        self.boundary_plot.set_title("")
        self.confusion_image.clear()
        self.confusion_texts.set_cells([], [])
        set_text(self.confusion_plot, "title", "")
        self.readout.setText("")
        for line in list(self.cursors.values()) + list(self.best_marks.values()):
            line.hide()
        self._stale = set()
        self._painted_at = 0.0
        self._refresh_hints()

    def plan(self, epochs):
        """The epoch axis spans the whole run from its start: the curves fill it like a race, and
        a still axis is not redrawn on every repaint. (Call it as a run starts, while the worker
        waits, and the one redraw costs the run nothing.)"""
        if epochs != self.planned:
            self.planned = epochs
            for plot in (self.loss_plot, self.metric_plot, self.grad_plot):
                plot.setXRange(0, epochs, padding=0.02)

    def add_reports(self, epochs, latest, surface=None):
        """The run log grew (it holds the history; the weight distributions' image columns are
        this view's own)."""
        for epoch, _, norms, weights in epochs:
            if norms:  # only the epochs that carried layer statistics
                for nid, hist in weights.items():
                    self.distributions.setdefault(nid, Distribution()).add(epoch, hist)
        stale = set()
        if epochs:
            stale |= {self.curves_tab, self.weight_grid}
            if self.norms:
                stale.add(self.grad_tab)
        if latest is not None:
            self.plan(latest.epochs)
        if latest is not None and latest.layers:
            stale |= {self.grad_tab, self.act_hists, self.weight_grid}
        if latest is not None and latest.confusion is not None:
            stale.add(self.confusion_plot)
        if latest is not None and latest.kind == "restored":  # every view now shows the best epoch's network
            stale |= {self.curves_tab, self.boundary_plot, self.confusion_plot}
            self.plan(latest.epoch)  # the run stopped early: its epochs fill the axis
        if surface is not None:
            stale.add(self.boundary_plot)
        self._stale |= stale
        if epochs and any(hint.visible for hint in self.hints.values()):
            self._refresh_hints()
        tab = self.currentWidget()
        if tab in stale and (tab is self.curves_tab or latest is None or latest.kind != "epoch" or
                             time.monotonic() - self._painted_at >= GRID_SECONDS):
            self.repaint_visible()
        self._maybe_settled()

    def _maybe_settled(self):
        if all(grid.complete for grid in (self.grad_hists, self.act_hists, self.weight_grid)):
            self.settled.emit()

    @Slot()
    def _grid_grew(self):
        """More of a grid's plots exist: draw into them (if the grid is in view)."""
        if self.sender() is self.grad_hists:
            self._grad_hists_later.start()  # into the new plots only: the lines beside them have not changed
        else:
            self._stale.add(self.sender())
            self.repaint_visible()
        self._maybe_settled()

    @Slot()
    def _tab_changed(self):
        self.boundaryShown.emit(self.currentWidget() is self.boundary_plot)

    @Slot()
    def repaint_visible(self, *args):
        """Paint the tab in view with what has arrived since it was last painted."""
        tab = self.currentWidget()
        if tab not in self._stale:
            return
        self._stale.discard(tab)
        self._painted_at = time.monotonic()
        {self.curves_tab: self._paint_curves, self.grad_tab: self._paint_gradients,
         self.act_hists: self._paint_activations, self.weight_grid: self._paint_weights,
         self.boundary_plot: self._paint_boundary, self.confusion_plot: self._paint_confusion}[tab]()

    # -- the tabs ---------------------------------------------------------------------------------------
    def _paint_curves(self):
        x = np.asarray(self.epochs, dtype=float)
        metric = self.live.metric_key() if self.live else None
        if x.size:
            self.hints[self.loss_plot].hide()
            self.hints[self.metric_plot].hide()
        if metric and text_source(self.metric_plot, "title") != metric:
            set_text(self.metric_plot, "title", metric)
            set_text(self.metric_plot, "left", metric)
        for plot, key, name in ((self.loss_plot, "loss", "loss"), (self.metric_plot, "metric", metric)):
            top = 0.0
            for prefix in ("", "val_"):
                values = self.metrics.get(prefix + name) if name else None
                if values:
                    y = np.asarray(values)
                    self.curves[prefix + key].setData(x[-len(values):], y)
                    top = max(top, float(y.max()))
            self._still_y(plot, 1.0 if name == "accuracy" else top)  # accuracy: 0 to 1, always
        self._mark_best()

    def _mark_best(self):
        """A vertical line at early stopping's best epoch, "best epoch N" ("… restored" once the run
        ended and put its weights back)."""
        best = self.best_epoch
        for mark in self.best_marks.values():
            if best is None or not self.epochs:
                mark.hide()
                continue
            mark.setPos(best)
            mark.label.setText(self.tr("best epoch %1, restored").replace("%1", str(best)) if self.restored
                               else self.tr("best epoch %1").replace("%1", str(best)))
            mark.show()

    def _still_y(self, plot, top):
        """A y axis from 0 that only moves when the curves leave it or shrink to a third of it:
        an axis redrawn at every repaint was most of the cost of the curves early in a run,
        when the loss falls fastest. (The log scale keeps pyqtgraph's own autorange.)"""
        if plot is self.loss_plot and self.log_scale.isChecked():
            return
        current = self.tops.get(id(plot), 0.0)
        if top > current or top < 0.3 * current:
            self.tops[id(plot)] = new = top if top == 1.0 else nice_ceil(1.05 * top) if top > 0 else 1.0
            plot.setYRange(0.0, new, padding=0.02)

    def _still_decades(self, plot, low, high):
        """A log axis over whole decades that only moves when a line leaves it or the lines
        shrink to a third of its span: pyqtgraph's autorange moved it at every repaint, and each
        move redrew the axis and clipped the lines again, painting the plot three times a frame."""
        lo, hi = np.floor(np.log10(low)), np.ceil(np.log10(high))
        hi = max(hi, lo + 1)
        current = self.tops.get(id(plot))
        if current is None or lo < current[0] or hi > current[1] or 3 * (hi - lo) < current[1] - current[0]:
            self.tops[id(plot)] = (lo, hi)
            # A log axis takes its range in decades; the margin keeps the end decades' labels
            # wholly inside the axis (pyqtgraph hides a label that crosses its end).
            plot.setYRange(lo, hi, padding=0.08)
            plot.getAxis("left").setTicks(decade_ticks(int(lo), int(hi)))

    def _paint_gradients(self):
        with_grads = [lr for lr in self.layers if lr.grad is not None]
        if [lr.node_id for lr in with_grads] != list(self.grad_lines):  # another network: other lines
            for line in self.grad_lines.values():
                self.grad_plot.removeItem(line)
            self.grad_legend.clear()
            self.grad_lines = {lr.node_id: self.grad_plot.plot([], [], pen=pen(i))
                               for i, lr in enumerate(with_grads)}
            for nid, line in self.grad_lines.items():
                self.grad_legend.addItem(line, nid)
            fit_legend(self.grad_legend)
        lows, highs = [], []
        for nid, line in self.grad_lines.items():
            points = self.norms.get(nid)
            if points:
                self.hints[self.grad_plot].hide()
                pts = np.asarray(points, dtype=float)
                norms = np.maximum(pts[:, 1], 1e-30)
                line.setData(pts[:, 0], norms)
                lows.append(float(norms.min()))
                highs.append(float(norms.max()))
        if lows:
            self._still_decades(self.grad_plot, min(lows), max(highs))
        # The histograms beside it in a turn of the event loop of their own: the lines and the
        # grid painted in one frame held the window up to 50 ms while training. (Their plots are
        # laid out now, a few a turn, so that ``complete`` says when the grid is there.)
        self.grad_hists.set_layers((lr.node_id, lr.type) for lr in with_grads)
        self._grad_hists_later.start()

    @Slot()
    def _paint_grad_hists(self):
        if self.currentWidget() is not self.grad_tab:
            self._stale.add(self.grad_tab)  # painted when it comes into view
            return
        for lr in self.layers:  # into the plots _paint_gradients laid out
            if lr.grad is None:
                continue
            self.grad_hists.histogram(lr.node_id, 0, lr.grad, GRAD_PEN, GRAD_BRUSH)
            # Exact zeros have no logarithm: counted in the plot's top left corner (towards minus infinity).
            self.grad_hists.set_note(lr.node_id, plot_tr(N_("%1 zeros"), lr.grad.zeros) if lr.grad.zeros else "")

    def _paint_activations(self):
        self.act_hists.set_layers((lr.node_id, lr.type) for lr in self.layers)
        for lr in self.layers:
            self.act_hists.histogram(lr.node_id, 0, lr.activation, HIST_PEN, HIST_BRUSH)

    def _paint_weights(self):
        with_w = [lr for lr in self.layers if "W" in lr.weights]
        self.weight_grid.set_layers((lr.node_id, f"{lr.type} W") for lr in with_w)
        for lr in with_w:
            dist = self.distributions.get(lr.node_id)
            if dist is not None and dist.columns:
                # The epoch axis spans the run, as the curves' does (a still axis is not redrawn).
                span = (0.0, float(max(self.planned, dist.epochs[-1]))) if self.planned else None
                self.weight_grid.image(lr.node_id, 0, dist.image(), dist.rect(), WHITE_TO_BLUE, (0.0, 1.0), span)
            self.weight_grid.histogram(lr.node_id, 1, lr.weights["W"], HIST_PEN, HIST_BRUSH)

    def _paint_boundary(self):
        s = self.surface
        if s is None:
            return
        self.hints[self.boundary_plot].hide()
        if s.classes:
            colors = np.array([pg.mkColor(color(c)).getRgb()[:3] for c in range(s.classes)], dtype=float)
            # Pale where the network is unsure, full colour where it is certain.
            strength = (s.confidence - 1.0 / s.classes) / (1.0 - 1.0 / s.classes)
            alpha = (0.15 + 0.55 * np.clip(strength, 0.0, 1.0))[..., None]
            rgb = 255.0 * (1.0 - alpha) + colors[s.values] * alpha
            self.boundary_image.setLookupTable(None)
            self.boundary_image.setImage(rgb.transpose(1, 0, 2).astype(np.uint8), levels=(0, 255), autoLevels=False)
            brushes = [pg.mkBrush(color(c)) for c in range(s.classes)]
            self.boundary_points.setData(pos=s.points, brush=[brushes[c] for c in s.labels])
        else:
            lo, hi = float(s.values.min()), float(s.values.max())
            self.boundary_image.setLookupTable(VIRIDIS)
            self.boundary_image.setImage(s.values.T, levels=(lo, hi if hi > lo else lo + 1.0), autoLevels=False)
            self.boundary_points.setData(pos=s.points, brush=pg.mkBrush("w"))
        dx, dy = s.xs[1] - s.xs[0], s.ys[1] - s.ys[0]
        self.boundary_image.setRect(QRectF(s.xs[0] - dx / 2, s.ys[0] - dy / 2, s.xs[-1] - s.xs[0] + dx,
                                           s.ys[-1] - s.ys[0] + dy))
        extent = (float(s.xs[0] - dx / 2), float(s.xs[-1] + dx / 2), float(s.ys[0] - dy / 2), float(s.ys[-1] + dy / 2))
        if extent != self.boundary_plot.extent:
            self.boundary_plot.fit(*extent)
        title = (self.tr("predicted class, with the training points") if s.classes
                 else self.tr("predicted value over the input plane"))
        if self.restored:
            title += "<br>" + self.tr("the restored network of epoch %1").replace("%1", str(self.best_epoch))
        self.boundary_plot.set_title(title)

    def _paint_confusion(self):
        if self.confusion is None:
            return
        self.hints[self.confusion_plot].hide()
        m = np.asarray(self.confusion)
        k = len(m)
        rows = m.sum(axis=1, keepdims=True)
        share = m / np.where(rows > 0, rows, 1)  # of each true class, as predicted
        self.confusion_image.setImage(share.T, levels=(0.0, 1.0), autoLevels=False)
        self.confusion_image.setRect(QRectF(0, 0, k, k))
        if self.confusion_texts.k != k:
            ticks = [[(c + 0.5, str(c)) for c in range(k)]]
            self.confusion_plot.getAxis("bottom").setTicks(ticks)
            self.confusion_plot.getAxis("left").setTicks(ticks)
            self.confusion_plot.setRange(xRange=(0, k), yRange=(0, k), padding=0.02)
        self.confusion_texts.set_cells([str(int(c)) for c in m.ravel()],
                                       ["w" if s > 0.6 else "#222" for s in share.ravel()])
        correct = int(np.trace(m))
        when = (self.tr("validation set, the restored network of epoch %1") if self.restored
                else self.tr("validation set after epoch %1")).replace("%1", str(self.confusion_epoch))
        self.confusion_plot.setTitle(when + ": " + self.tr("%1 of %2 right").replace("%1", str(correct))
                                     .replace("%2", str(int(m.sum()))), color="#333", size="10pt")

    # -- hover read-out -------------------------------------------------------------------------------------
    @Slot(object)
    def _hover(self, pos):
        if not self.epochs:
            return
        self._hovered = pos
        for plot in (self.loss_plot, self.metric_plot):
            if plot.plotItem.sceneBoundingRect().contains(pos):
                epoch = plot.plotItem.vb.mapSceneToView(pos).x()
                break
        else:
            return
        i = int(np.clip(round(epoch) - self.epochs[0], 0, len(self.epochs) - 1))
        epoch = self.epochs[i]
        parts = [plot_tr(N_("epoch %1"), epoch)]
        for key, values in self.metrics.items():
            j = i - (len(self.epochs) - len(values))
            if 0 <= j < len(values):
                parts.append(f"{plot_tr(key)} {values[j]:.4g}")
        self.readout.setText("   ".join(parts))
        for cursor in self.cursors.values():
            cursor.setPos(epoch)
            cursor.show()
