"""The Runs dock: every run of the session, and selected runs compared.

Each finished run is listed with its name (editable), what differs from the run before
it, its epochs, its final metrics and how it ended. Selecting two or more overlays their
loss and accuracy curves and their per-layer gradient norms, and shows their activation
histograms side by side. Runs are saved to and opened from ``.layerlab-runs`` files.
"""
import os

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QScrollArea, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
                               QWidget)

from core.experiments import Run, RunsFileError, load_runs, runs_path_for, save_runs
from .dashboard import LAYER_COLORS, _cache_axes, legend_beside

MAX_SIDE_BY_SIDE = 4  # runs whose activation histograms fit side by side
STYLES = {"": Qt.SolidLine, "val_": Qt.DashLine}


def run_color(i):
    return LAYER_COLORS[i % len(LAYER_COLORS)]


def run_from_training(name, design_dict, result, norms, layers, changes=""):
    """A Run from what the window saw of a run: its TrainResult, the dashboard's gradient
    norms {node id: [(epoch, norm)]} and the last layer reports."""
    return Run(name, design_dict, {k: list(v) for k, v in result.history.items()},
               {nid: [[int(e), float(n)] for e, n in points] for nid, points in norms.items()},
               {lr.node_id: {"type": lr.type, "counts": lr.activation.counts.tolist(),
                             "lo": float(lr.activation.lo), "hi": float(lr.activation.hi)} for lr in layers},
               result.stopped_because, result.message, float(result.seconds), changes)


def summary(run):
    final = run.final()
    keys = [k for k in ("loss", "val_loss", "accuracy", "val_accuracy", "mae", "val_mae") if k in final]
    return "  ".join(f"{k} {final[k]:.4g}" for k in keys)


class RunsPanel(QWidget):
    """The list of runs (left) and the comparison of the selected ones (right)."""

    message = Signal(str)           # for the status bar
    NAME, CHANGES, EPOCHS, RESULT, ENDED = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.runs = []
        self.design_path = None
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self.compare_selected)
        self.table.itemChanged.connect(self._renamed)
        self.delete_shortcut = QShortcut(QKeySequence.Delete, self.table, self.delete_selected,
                                         context=Qt.WidgetShortcut)
        self.btn_delete = QPushButton()
        self.btn_delete.clicked.connect(self.delete_selected)
        self.btn_save = QPushButton()
        self.btn_save.clicked.connect(self.save_dialog)
        self.btn_open = QPushButton()
        self.btn_open.clicked.connect(self.open_dialog)
        self.btn_csv = QPushButton()
        self.btn_csv.clicked.connect(self.export_csv_dialog)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.btn_delete, self.btn_csv, self.btn_save, self.btn_open):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.status)

        self.compare = QTabWidget()
        self.loss_plot = self._plot("loss", "loss")
        self.metric_plot = self._plot("accuracy", "accuracy")
        self.grad_plot = self._plot("gradient norm reaching each layer, end of run", "|dL/dx|", log_y=True,
                                    beside=True)
        self.grad_time_plot = self._plot("gradient norm reaching each layer, over time", "|dL/dx|", log_y=True,
                                         beside=True)
        self.grad_time_plot.setLabel("bottom", "epoch")
        self.hist_view = pg.GraphicsLayoutWidget()
        self.hist_view.setBackground("w")
        self.hist_scroll = QScrollArea()
        self.hist_scroll.setWidget(self.hist_view)
        self.hist_scroll.setWidgetResizable(True)
        for tab in (self.loss_plot, self.metric_plot, self.grad_plot, self.grad_time_plot, self.hist_scroll):
            self.compare.addTab(tab, "")
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.compare)
        splitter.setSizes([420, 780])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(splitter)
        self.compared = []
        self._stale = set()
        self.compare.currentChanged.connect(self.draw_visible)
        self.retranslate()

    @staticmethod
    def _plot(title, left, log_y=False, beside=False):
        plot = pg.PlotWidget(background="w")
        plot.setTitle(title, color="#333", size="10pt")
        plot.setLabel("left", left)
        plot.setLabel("bottom", "epoch")
        plot.showGrid(x=True, y=True, alpha=0.2)
        plot.setLogMode(y=log_y)
        plot.getAxis("left").enableAutoSIPrefix(False)
        if beside:
            plot.plotItem.legend = legend_beside(plot.plotItem)
        else:
            plot.addLegend(offset=(-10, 10), labelTextColor="#333", brush=pg.mkBrush(255, 255, 255, 190))
        _cache_axes(plot.plotItem)
        return plot

    def retranslate(self):
        self.table.setHorizontalHeaderLabels([self.tr("Run"), self.tr("What differs"), self.tr("Epochs"),
                                              self.tr("Result"), self.tr("Ended")])
        self.btn_delete.setText(self.tr("Delete"))
        self.btn_save.setText(self.tr("Save runs…"))
        self.btn_open.setText(self.tr("Open runs…"))
        self.btn_csv.setText(self.tr("History as CSV…"))
        for i, text in enumerate((self.tr("Loss"), self.tr("Accuracy"), self.tr("Gradients by layer"),
                                  self.tr("Gradients over time"), self.tr("Activation histograms"))):
            self.compare.setTabText(i, text)
        self.table.setToolTip(self.tr("Select two or more runs to compare them; double-click a name to rename it"))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the list ---------------------------------------------------------------------------------------
    def add_run(self, run, replace_last=False):
        """List a finished run (``replace_last``: it continued the last one, e.g. Step)."""
        if replace_last and self.runs:
            run.name, run.changes = self.runs[-1].name, self.runs[-1].changes
            self.runs[-1] = run
        else:
            self.runs.append(run)
        self._refill()

    def _refill(self):
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.runs))
        for row, run in enumerate(self.runs):
            cells = [run.name, run.changes, str(run.epochs), summary(run), run.stopped_because]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col != self.NAME:
                    item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                if col in (self.CHANGES, self.RESULT):
                    item.setToolTip(text + (f"\n{run.message}" if col == self.RESULT and run.message else ""))
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(self.NAME)
        self.compare_selected()

    @Slot(QTableWidgetItem)
    def _renamed(self, item):
        if item.column() == self.NAME and 0 <= item.row() < len(self.runs):
            name = item.text().strip()
            if name:
                self.runs[item.row()].name = name
                self.compare_selected()
            else:  # a run keeps a name
                self.table.blockSignals(True)
                item.setText(self.runs[item.row()].name)
                self.table.blockSignals(False)

    def rename(self, row, name):
        self.table.item(row, self.NAME).setText(name)

    def selected_rows(self):
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def select(self, rows):
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.MultiSelection)
        for row in rows:
            self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    @Slot()
    def delete_selected(self):
        rows = self.selected_rows()
        for row in reversed(rows):
            del self.runs[row]
        if rows:
            self._refill()

    # -- comparing --------------------------------------------------------------------------------------
    @Slot()
    def compare_selected(self):
        rows = self.selected_rows()
        if len(rows) < 1 and self.runs:
            rows = [len(self.runs) - 1]  # nothing selected: the latest run alone
        self.compared = [self.runs[r] for r in rows if r < len(self.runs)]
        self._stale = {self.loss_plot, self.metric_plot, self.grad_plot, self.grad_time_plot, self.hist_scroll}
        self.draw_visible()

    @Slot()
    def draw_visible(self, *args):
        """Draw the comparison tab in view, if the runs changed since it was drawn (a run that
        ends while the dock is hidden costs nothing)."""
        tab = self.compare.currentWidget()
        if not self.isVisible() or tab not in self._stale:
            return
        self._stale.discard(tab)
        if tab is self.hist_scroll:
            self._draw_histograms(self.compared[:MAX_SIDE_BY_SIDE])
            return
        tab.clear()
        tab.plotItem.legend.clear()
        if tab in (self.loss_plot, self.metric_plot):
            self._draw_curves(tab)
        else:
            for i, run in enumerate(self.compared):
                self._draw_gradients(tab, i, run)

    def showEvent(self, event):
        super().showEvent(event)
        self.draw_visible()

    def _draw_curves(self, plot):
        runs = self.compared
        key = "loss"
        if plot is self.metric_plot:
            key = next((k for r in runs for k in ("accuracy", "mae") if k in r.history), "accuracy")
            plot.setTitle(key, color="#333", size="10pt")
            plot.setLabel("left", key)
        for i, run in enumerate(runs):
            for prefix, style in STYLES.items():
                values = run.history.get(prefix + key)
                if values:
                    pen = pg.mkPen(run_color(i), width=2, style=style)
                    plot.plot(np.arange(1, len(values) + 1), values, pen=pen, name=run.name if not prefix else None)

    def _draw_gradients(self, plot, i, run):
        order = [nid for nid in run.layer_order() if nid in run.grad_norms]
        if not order:
            return
        if plot is self.grad_plot:
            # End of run: the mean over the last fifth of the points, one marker per layer.
            ends = []
            for nid in order:
                pts = np.asarray(run.grad_norms[nid], dtype=float)
                tail = pts[-max(1, len(pts) // 5):, 1]
                ends.append(max(float(tail.mean()), 1e-30))
            pen = pg.mkPen(run_color(i), width=2)
            plot.plot(np.arange(len(order)), ends, pen=pen, symbol="o", symbolBrush=run_color(i), symbolSize=7,
                      name=run.name)
            if i == 0:
                plot.getAxis("bottom").setTicks([list(enumerate(order))])
                plot.setLabel("bottom", "layer, input side first")
            return
        thin = pg.mkPen(run_color(i), width=1)
        for j, nid in enumerate(order):
            pts = np.asarray(run.grad_norms[nid], dtype=float)
            self.grad_time_plot.plot(pts[:, 0], np.maximum(pts[:, 1], 1e-30), pen=thin,
                                     name=run.name if j == 0 else None)

    def _draw_histograms(self, runs):
        self.hist_view.clear()
        if not runs:
            return
        order = runs[0].layer_order()
        for col, run in enumerate(runs):
            for row, nid in enumerate(order):
                h = run.activations.get(nid)
                plot = self.hist_view.addPlot(row=row, col=col, enableMenu=False)
                plot.setTitle(f"{run.name} · {nid}" + (f" ({h['type']})" if h else ""), color="#333", size="9pt")
                plot.setMouseEnabled(x=False, y=False)
                plot.hideButtons()
                if h:
                    edges = np.linspace(h["lo"], h["hi"], len(h["counts"]) + 1)
                    fill = pg.mkColor(run_color(col))
                    fill.setAlpha(90)
                    plot.plot(edges, np.asarray(h["counts"], dtype=float), stepMode="center", fillLevel=0,
                              pen=pg.mkPen(run_color(col)), brush=pg.mkBrush(fill))
        self.hist_view.setMinimumHeight(len(order) * 130)

    # -- files ---------------------------------------------------------------------------------------------
    def _default_path(self):
        return runs_path_for(self.design_path) if self.design_path else ""

    @Slot()
    def save_dialog(self):
        if not self.runs:
            self.status.setText(self.tr("There are no runs to save yet: train the network first."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save runs"), self._default_path(),
                                              self.tr("LayerLab runs (*.layerlab-runs)"))
        if path:
            self.save(path)

    def save(self, path):
        try:
            save_runs(self.runs, path)
        except (OSError, ValueError) as e:
            self.status.setText(self.tr("Cannot save the runs: %1").replace("%1", str(e)))
            return False
        self.status.setText(self.tr("Saved %1 runs to %2").replace("%1", str(len(self.runs)))
                            .replace("%2", os.path.basename(path)))
        return True

    @Slot()
    def open_dialog(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open runs"), self._default_path(),
                                              self.tr("LayerLab runs (*.layerlab-runs)"))
        if path:
            self.open(path)

    def open(self, path):
        """Add the runs of a file to the list (nothing is replaced)."""
        try:
            runs = load_runs(path)
        except (OSError, RunsFileError) as e:
            self.status.setText(self.tr("Cannot open %1: %2").replace("%1", os.path.basename(path))
                                .replace("%2", str(e)))
            return False
        first = len(self.runs)
        self.runs.extend(runs)
        self._refill()
        self.select(range(first, len(self.runs)))
        self.status.setText(self.tr("Opened %1 runs from %2").replace("%1", str(len(runs)))
                            .replace("%2", os.path.basename(path)))
        return True

    @Slot()
    def export_csv_dialog(self):
        rows = self.selected_rows() or ([len(self.runs) - 1] if self.runs else [])
        if len(rows) != 1:
            self.status.setText(self.tr("Select one run to export its history."))
            return
        run = self.runs[rows[0]]
        base = os.path.splitext(self.design_path)[0] + f" - {run.name}.csv" if self.design_path else f"{run.name}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export history"), base, self.tr("CSV (*.csv)"))
        if path:
            self.export_csv(rows[0], path)

    def export_csv(self, row, path):
        try:
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(self.runs[row].history_csv())
        except OSError as e:
            self.status.setText(self.tr("Cannot save the history: %1").replace("%1", str(e)))
            return False
        self.status.setText(self.tr("Saved the history of %1 to %2").replace("%1", self.runs[row].name)
                            .replace("%2", os.path.basename(path)))
        return True
