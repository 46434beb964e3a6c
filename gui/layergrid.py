"""Small plots per layer (LayerGrid), weight distributions over time (Distribution), and
saving plots as PNG or SVG: the dashboard's building blocks."""
import importlib

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from .plotting import cache_axes

LAYOUT_CHUNK = 1   # plots laid out per turn of the event loop
MAX_COLUMNS = 200  # weight distributions: columns kept per layer before halving the time resolution
MIN_ROW = 80       # compact grids: the lowest row of plots that still reads (title, axis, bars)
MAX_PLOTS_ACROSS = 8


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


def save_picture(item, path):
    """Save a plot, or a whole scene of plots, with pyqtgraph's exporters: SVG for a path
    ending in .svg, else PNG."""
    from pyqtgraph.exporters import ImageExporter, SVGExporter
    (SVGExporter if path.lower().endswith(".svg") else ImageExporter)(item).export(path)


def _svg_paths_without_close(node, defs, item, options):
    """pyqtgraph's SVG exporter reads every token of a path as "x,y"; Qt 6.11 also writes a
    lone "Z" (close path) and the export failed with a ValueError (pyqtgraph issue #3485).
    The Z goes: Qt's paths return to their start before it, and SVG closes a fill anyway."""
    for path in node.getElementsByTagName("path"):
        d = path.getAttribute("d")
        if d:
            path.setAttribute("d", " ".join(token for token in d.split() if "," in token))
    return _pyqtgraph_correct_coordinates(node, defs, item, options)


_svg_module = importlib.import_module("pyqtgraph.exporters.SVGExporter")
_pyqtgraph_correct_coordinates = _svg_module.correctCoordinates
_svg_module.correctCoordinates = _svg_paths_without_close


class LayerGrid(QWidget):
    """Small plots per layer, in network order, titled with the layer's name and type, under
    a caption that says what they show; scrolls when they do not fit. ``per_layer`` plots
    side by side for each layer."""

    laidOut = Signal()

    def __init__(self, columns, per_layer=1, row_height=150, compact=False, max_columns=MAX_PLOTS_ACROSS,
                 parent=None):
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setContentsMargins(4, 2, 4, 0)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.view)
        self.scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        # What will appear ("Press Train to see …") while there are no layers to plot.
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setStyleSheet("color: #666; background: white; padding: 12px;")
        layout.addWidget(self.caption)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.scroll, 1)
        self.scroll.hide()
        # The small plots have no menus of their own (they cost twice as much to make); the
        # whole grid saves as one picture instead.
        self.save_action = QAction(self)
        self.save_action.triggered.connect(self.save_dialog)
        self.view.setContextMenuPolicy(Qt.ActionsContextMenu)
        self.view.addAction(self.save_action)
        self.columns, self.per_layer, self.row_height = columns, per_layer, row_height
        # compact: more columns and lower rows for many layers, so that every row is in view
        # (down to MIN_ROW pixels high and ``max_columns`` plots across), rather than a scroll.
        self.compact, self.shape, self.max_columns = compact, (columns, row_height), max_columns
        self.layers = ()
        self.plots = {}    # node id -> [PlotItem] * per_layer
        self.items = {}    # (node id, index) -> the plot's data item or ImageItem
        self.tops, self.spans = {}, {}  # (node id, index) -> histogram's y top, image's x range
        self.notes = {}    # node id -> the LabelItem of set_note (its text: .text)
        self._pending = []
        # The next few plots, in a turn of their own (a real timer: other timers get their turn).
        # The grid's own timer: it goes with the grid, never calling into a deleted one.
        self._next_plots = QTimer(self, singleShot=True, interval=1)
        self._next_plots.timeout.connect(self._lay_out_some)

    def set_layers(self, layers):
        """Lay out plots for ``layers`` [(node id, type)]; nothing happens if they are the same.

        A few layers are laid out per turn of the event loop (``laidOut`` says when more are
        ready to draw into): a deep network never holds up the window in one go."""
        layers = tuple(layers)
        if layers == self.layers:
            return
        self.view.clear()
        self.plots, self.items, self.layers = {}, {}, layers
        self.empty.setVisible(not layers)
        self.scroll.setVisible(bool(layers))
        self.tops, self.spans, self.notes = {}, {}, {}
        self._pending = [(i, nid, kind, j) for i, (nid, kind) in enumerate(layers) for j in range(self.per_layer)]
        self.shape = self._fitted_shape()
        self._size_rows()
        # Painted once, when every plot is there: each new plot relaid the others out, and
        # painting the whole grid after each (15 ms while training) held the window up.
        self.view.setUpdatesEnabled(not self._pending)
        if self._pending:  # the first plots too in a turn of their own, not in the report's
            self._next_plots.start()

    def _room(self):
        """The height the plots have: the grid's, below its caption (the scroll area may not be laid out yet)."""
        caption = self.caption.heightForWidth(max(1, self.width())) if self.caption.text() else 0
        return self.height() - caption - self.layout().spacing() - 2 * self.scroll.frameWidth()

    def _fitted_shape(self):
        """(columns, row height) for the layers: the constructor's, or in compact mode as many
        columns as it takes for every row to fit the room, with rows no lower than MIN_ROW."""
        n = len(self.layers)
        if not self.compact or not n:
            return self.columns, self.row_height
        room = max(MIN_ROW, self._room())
        fit_rows = max(1, room // MIN_ROW)
        columns = min(max(self.columns, -(-n // fit_rows)), max(self.columns, self.max_columns // self.per_layer))
        rows = -(-n // columns)
        return columns, int(min(self.row_height, max(MIN_ROW, room // rows)))

    def _size_rows(self):
        columns, height = self.shape
        rows = -(-len(self.layers) // columns)
        self.view.setMinimumHeight(rows * height)
        for row in range(rows):  # fixed rows: while a few layers are laid out at a time, none stretches
            self.view.ci.layout.setRowFixedHeight(row, height - 4)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if not (self.compact and self.layers):
            return
        shape = self._fitted_shape()
        if shape[0] != self.shape[0]:  # another number of columns: lay the plots out again
            layers, self.layers = self.layers, ()
            self.set_layers(layers)
            self.laidOut.emit()
        elif shape != self.shape:
            self.shape = shape
            self._size_rows()

    def visible_rows(self):
        """How many rows of plots are wholly in view."""
        columns, height = self.shape
        rows = -(-len(self.layers) // columns)
        return min(rows, self.scroll.viewport().height() // height) if self.layers else 0

    @Slot()
    def _lay_out_some(self):
        for i, nid, kind, j in self._pending[:LAYOUT_CHUNK]:
            row, col = divmod(i, self.shape[0])
            plot = self.view.addPlot(row=row, col=col * self.per_layer + j, enableMenu=False)  # half the cost
            plot.setTitle(f"{nid} · {kind}", color="#333", size="9pt")
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.getAxis("left").setWidth(36)
            cache_axes(plot)
            self.plots.setdefault(nid, []).append(plot)
        del self._pending[:LAYOUT_CHUNK]
        if self._pending:
            self._next_plots.start()
        else:
            self.view.setUpdatesEnabled(True)
        self.laidOut.emit()

    @property
    def complete(self):
        return not self._pending

    @Slot()
    def save_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self, self.save_action.text(), "",
                                              "PNG (*.png);;SVG (*.svg)")
        if path:
            save_picture(self.view.scene(), path)


    def histogram(self, nid, index, hist, pen, brush):
        """Draw ``hist`` (a core Histogram) as a filled step curve in the layer's plot ``index``.

        The bins are fixed for the run, so the x range is set once; the y range only moves
        when the tallest bar leaves it: a still axis is not redrawn, which is most of a paint."""
        if len(self.plots.get(nid, ())) <= index:
            return None  # not laid out yet
        counts = hist.counts.astype(float)
        item = self.items.get((nid, index))
        plot = self.plots[nid][index]
        if item is None:
            item = plot.plot([], [], stepMode="center", fillLevel=0, pen=pen, brush=brush)
            self.items[(nid, index)] = item
            plot.setXRange(hist.lo, hist.hi, padding=0.02)
            plot.enableAutoRange(False)
            self.tops[(nid, index)] = 0.0
        item.setData(hist.edges, counts)
        peak = float(counts.max()) if counts.size else 0.0
        top = self.tops[(nid, index)]
        if peak > top or peak < 0.3 * top:
            top = self.tops[(nid, index)] = max(1.0, 1.25 * peak)
            plot.setYRange(0.0, top, padding=0.0)
        return item

    def set_note(self, nid, text):
        """A short note in the top left corner of the layer's first plot ("" for none). It is
        not part of the plots' layout: a title that changed with every report (a count in it)
        widened its column, and every plot of the grid was laid out and its axes drawn anew."""
        plots = self.plots.get(nid)
        if not plots:
            return
        note = self.notes.get(nid)
        if note is None:
            if not text:
                return
            note = self.notes[nid] = pg.LabelItem(color="#333", size="8pt", justify="left")
            note.setParentItem(plots[0].vb)
            note.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(2, 0))
        if note.text != text:
            note.setText(text)

    def image(self, nid, index, data, rect, lut, levels, x_range=None):
        """Show ``data`` over ``rect`` in the layer's plot ``index``; with ``x_range`` (lo, hi) the
        x axis stays there (an image growing along an axis that follows it redraws the axis at
        every paint), else it follows the image."""
        if len(self.plots.get(nid, ())) <= index:
            return None
        item = self.items.get((nid, index))
        plot = self.plots[nid][index]
        if item is None:
            item = pg.ImageItem()
            item.setLookupTable(lut)
            plot.addItem(item)
            self.items[(nid, index)] = item
        item.setImage(data, levels=levels, autoLevels=False)
        item.setRect(rect)
        if x_range is not None and self.spans.get((nid, index)) != x_range:
            self.spans[(nid, index)] = x_range
            plot.enableAutoRange(x=False)
            plot.setXRange(*x_range, padding=0.02)
        return item
