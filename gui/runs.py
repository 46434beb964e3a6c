"""The Runs dock: every run of the session, and selected runs compared.

Each finished run is listed with its name (editable), what differs from the run before
it, its epochs, its final metrics and how it ended. Selecting two or more overlays their
loss and accuracy curves and their per-layer gradient norms, and shows their activation
histograms side by side. Runs are saved to and opened from ``.layerlab-runs`` files.
"""
import os

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QEvent, QItemSelection, QItemSelectionModel, QModelIndex, Qt,
                            Signal, Slot)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QScrollArea, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget)

from core.experiments import RunsFileError, pair_layers, runs_path_for

from .i18n import N_, core_text
from .plotting import color, curve_plot, fit_legend, pen, plot_tr, retranslate_plot, set_text

MAX_SIDE_BY_SIDE = 4  # runs whose activation histograms fit side by side
STYLES = {"": Qt.SolidLine, "val_": Qt.DashLine}


def summary(run):
    final = run.final()
    keys = [k for k in ("loss", "val_loss", "accuracy", "val_accuracy", "mae", "val_mae") if k in final]
    text = "  ".join(f"{plot_tr(k)} {final[k]:.4g}" for k in keys)
    if run.restored_epoch is not None:  # early stopping put the best epoch's weights back
        text += "  " + QCoreApplication.translate("RunsModel", "(epoch %1, restored)").replace(
            "%1", str(run.restored_epoch))
    return text


class RunsModel(QAbstractTableModel):
    """The session's runs (core's RunLog) as a table: name (editable), what differs, epochs,
    result, how it ended."""

    NAME, CHANGES, EPOCHS, RESULT, ENDED = range(5)

    def __init__(self, log, parent=None):
        super().__init__(parent)
        self.log = log
        self.headers = [""] * 5
        self._shown = list(log.runs)  # the rows as the views know them (the log may be ahead, inside a change)
        log.subscribe("runs", self._changed)

    def _changed(self):
        runs, shown = self.log.runs, self._shown
        if len(runs) == len(shown) + 1 and all(a is b for a, b in zip(runs, shown)):
            # A run was added (at the end of every run): one row more; a reset relaid the whole
            # table out while the window waited.
            self.beginInsertRows(QModelIndex(), len(shown), len(shown))
            self._shown = list(runs)
            self.endInsertRows()
            return
        self.beginResetModel()
        self._shown = list(runs)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 5

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self._shown):
            return None
        run, col = self._shown[index.row()], index.column()
        if role in (Qt.DisplayRole, Qt.EditRole):
            return [core_text(run.name), plot_tr(core_text(run.changes)), str(run.epochs), summary(run),
                    self.ended(run.stopped_because)][col]
        if role == Qt.ToolTipRole and col in (self.CHANGES, self.RESULT):
            text = plot_tr(core_text(run.changes)) if col == self.CHANGES else summary(run)
            return text + (f"\n{core_text(run.message)}" if col == self.RESULT and run.message else "")
        return None

    def ended(self, code):
        """How a run ended (core's TrainResult.stopped_because), in words."""
        return {"completed": self.tr("completed"), "early_stopping": self.tr("early stopping"),
                "diverged": self.tr("diverged"), "stopped": self.tr("stopped")}.get(code, code)

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or index.column() != self.NAME:
            return False
        return self.log.rename(index.row(), str(value))  # a blank name is refused: a run keeps one

    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemIsEditable if index.column() == self.NAME else flags

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        return None

    def set_headers(self, headers):
        self.headers = list(headers)
        self.headerDataChanged.emit(Qt.Horizontal, 0, 4)


class RunsPanel(QWidget):
    """The list of runs (left) and the comparison of the selected ones (right): views of a RunLog."""

    message = Signal(str)           # for the status bar
    drawn = Signal()                # a comparison was drawn anew (its plot items are new)
    NAME, CHANGES, EPOCHS, RESULT, ENDED = range(5)

    def __init__(self, log, parent=None):
        super().__init__(parent)
        self.log = log
        self.design_path = None
        self.model = RunsModel(log, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self.compare_selected)
        self.model.modelReset.connect(self._reset)
        self.model.rowsInserted.connect(self._run_added)
        self.model.dataChanged.connect(self.compare_selected)
        self.delete_shortcut = QShortcut(QKeySequence.Delete, self.table, self.delete_selected)
        # Set apart: PySide6 ignores the constructor's context= and would leave it window-wide,
        # where it clashed with the canvas's Delete (Qt then runs neither).
        self.delete_shortcut.setContext(Qt.WidgetShortcut)
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
        self.loss_plot = curve_plot(N_("loss"), N_("loss"), legend_at=(-10, 10), downsample=False)
        self.metric_plot = curve_plot(N_("accuracy"), N_("accuracy"), legend_at=(-10, 10), downsample=False)
        self.grad_plot = curve_plot(N_("gradient norm reaching each layer, end of run"), "|dL/dx|", log_y=True,
                                    beside=True, downsample=False)
        self.grad_time_plot = curve_plot(N_("gradient norm reaching each layer, over time"), "|dL/dx|", log_y=True,
                                         beside=True, downsample=False)
        self.hist_view = pg.GraphicsLayoutWidget()
        self.hist_view.setBackground("w")
        self.hist_scroll = QScrollArea()
        self.hist_scroll.setWidget(self.hist_view)
        self.hist_scroll.setWidgetResizable(True)
        for tab in (self.loss_plot, self.metric_plot, self.grad_plot, self.grad_time_plot, self.hist_scroll):
            self.compare.addTab(tab, "")
        #: The comparison's tabs by their names in a lesson's route ("runs.<name>").
        self.views = {"loss": self.loss_plot, "accuracy": self.metric_plot, "gradients": self.grad_plot,
                      "gradients_over_time": self.grad_time_plot, "activations": self.hist_scroll}
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

    @property
    def runs(self):
        return self.log.runs

    def retranslate(self):
        self.model.set_headers([self.tr("Run"), self.tr("What differs"), self.tr("Epochs"), self.tr("Result"),
                                self.tr("Ended")])
        self.btn_delete.setText(self.tr("Delete"))
        self.btn_save.setText(self.tr("Save runs…"))
        self.btn_open.setText(self.tr("Open runs…"))
        self.btn_csv.setText(self.tr("History as CSV…"))
        for i, text in enumerate((self.tr("Loss"), self.tr("Accuracy"), self.tr("Gradients by layer"),
                                  self.tr("Gradients over time"), self.tr("Activation histograms"))):
            self.compare.setTabText(i, text)
        self.table.setToolTip(self.tr("Select two or more runs to compare them; double-click a name to rename it"))
        for plot in (self.loss_plot, self.metric_plot, self.grad_plot, self.grad_time_plot):
            retranslate_plot(plot)
        if self.model.rowCount():  # the results' metric names
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(self.model.rowCount() - 1, 4))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the list ---------------------------------------------------------------------------------------
    @Slot()
    def _reset(self):
        self.table.resizeColumnToContents(self.NAME)
        self.compare_selected()

    @Slot(QModelIndex, int, int)
    def _run_added(self, parent, first, last):
        """A new run is shown alone, as after a reset (clearing a selection compares again). The
        names column widens for the new names only: measuring every row asked the model for
        each of them (10 ms with 60 runs, at the end of every run)."""
        wanted = max(self.table.sizeHintForIndex(self.model.index(row, self.NAME)).width()
                     for row in range(first, last + 1)) + self.table.showGrid()  # its grid line, as Qt counts
        if wanted > self.table.columnWidth(self.NAME):
            self.table.setColumnWidth(self.NAME, wanted)
        if self.table.selectionModel().hasSelection():
            self.table.clearSelection()
        else:
            self.compare_selected()

    def text(self, row, column):
        """What the table shows in a cell."""
        return self.model.index(row, column).data()

    def rename(self, row, name):
        return self.model.setData(self.model.index(row, self.NAME), name)

    def selected_rows(self):
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def select(self, rows):
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, 4))
        self.table.selectionModel().select(selection, QItemSelectionModel.ClearAndSelect)

    @Slot()
    def delete_selected(self):
        self.log.delete(self.selected_rows())

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
        else:
            tab.clear()
            tab.plotItem.legend.clear()
            if tab in (self.loss_plot, self.metric_plot):
                self._draw_curves(tab)
            else:
                for i, run in enumerate(self.compared):
                    self._draw_gradients(tab, i, run)
                fit_legend(tab.plotItem.legend)
        self.drawn.emit()

    def showEvent(self, event):
        super().showEvent(event)
        self.draw_visible()

    def _draw_curves(self, plot):
        runs = self.compared
        key = "loss"
        if plot is self.metric_plot:
            key = next((k for r in runs for k in ("accuracy", "mae") if k in r.history), "accuracy")
            set_text(plot, "title", key)
            set_text(plot, "left", key)
        for i, run in enumerate(runs):
            for prefix, style in STYLES.items():
                values = run.history.get(prefix + key)
                if values:
                    plot.plot(np.arange(1, len(values) + 1), values, pen=pen(i, style=style),
                              name=core_text(run.name) if not prefix else None)

    def _draw_gradients(self, plot, i, run):
        order = [nid for nid in run.layer_order() if nid in run.grad_norms]
        if not order:
            return
        if plot is self.grad_plot:
            # End of run: the mean over the last fifth of the points, one marker per layer, the
            # layers of every run paired by position (first Dense with first Dense …).
            rows = [row for row in pair_layers(self.compared) if any(nid in r.grad_norms
                                                                      for nid, r in zip(row, self.compared) if nid)]
            xs, ends = [], []
            for x, row in enumerate(rows):
                nid = row[i]
                if nid in run.grad_norms:
                    pts = np.asarray(run.grad_norms[nid], dtype=float)
                    tail = pts[-max(1, len(pts) // 5):, 1]
                    xs.append(x)
                    ends.append(max(float(tail.mean()), 1e-30))
            plot.plot(xs, ends, pen=pen(i), symbol="o", symbolBrush=color(i), symbolSize=7, name=core_text(run.name))
            if i == 0:
                labels = [next(nid for nid in row if nid) for row in rows]  # the first run's names
                # Every other name on a major tick, the rest on minor ones (shown when there is room).
                ticks = list(enumerate(labels))
                plot.getAxis("bottom").setTicks([ticks[::2], ticks[1::2]])
                set_text(plot, "bottom", N_("layer, input side first"))
            return
        for j, nid in enumerate(order):
            pts = np.asarray(run.grad_norms[nid], dtype=float)
            self.grad_time_plot.plot(pts[:, 0], np.maximum(pts[:, 1], 1e-30), pen=pen(i, width=1),
                                     name=core_text(run.name) if j == 0 else None)

    def _draw_histograms(self, runs):
        """Each run's activation histograms in a column, layers paired by position: a row holds
        the first Dense of every run, the next the first activation of every run, …"""
        self.hist_view.clear()
        if not runs:
            return
        rows = pair_layers(runs)
        for r, row in enumerate(rows):
            for col, (run, nid) in enumerate(zip(runs, row)):
                h = run.activations.get(nid) if nid else None
                plot = self.hist_view.addPlot(row=r, col=col, enableMenu=False)
                plot.setTitle(f"{core_text(run.name)} · {nid}" + (f" ({h['type']})" if h else "") if nid
                              else core_text(run.name),
                              color="#333", size="9pt")
                plot.setMouseEnabled(x=False, y=False)
                plot.hideButtons()
                if h:
                    edges = np.linspace(h["lo"], h["hi"], len(h["counts"]) + 1)
                    fill = pg.mkColor(color(col))
                    fill.setAlpha(90)
                    plot.plot(edges, np.asarray(h["counts"], dtype=float), stepMode="center", fillLevel=0,
                              pen=pg.mkPen(color(col)), brush=pg.mkBrush(fill))
        self.hist_view.setMinimumHeight(len(rows) * 130)

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
            self.log.save(path)
        except (OSError, ValueError) as e:
            self.status.setText(self.tr("Cannot save the runs: %1").replace("%1", core_text(e)))
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
        first = len(self.runs)
        try:
            count = self.log.load(path)
        except (OSError, RunsFileError) as e:
            self.status.setText(self.tr("Cannot open %1: %2").replace("%1", os.path.basename(path))
                                .replace("%2", core_text(e)))
            return False
        self.select(range(first, len(self.runs)))
        self.status.setText(self.tr("Opened %1 runs from %2").replace("%1", str(count))
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
            self.status.setText(self.tr("Cannot save the history: %1").replace("%1", core_text(e)))
            return False
        self.status.setText(self.tr("Saved the history of %1 to %2").replace("%1", self.runs[row].name)
                            .replace("%2", os.path.basename(path)))
        return True
