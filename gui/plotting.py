"""Plot-making helpers shared by the dashboard and the Runs dock: one way to make a curve
plot, one palette, one legend beside a plot, one hint for an empty plot, one axis ceiling."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QSizePolicy

from core.histograms import nice_ceil  # noqa: F401 (the dashboard's axes, as the trainer's histograms)

from .i18n import N_, html

#: Ten distinct colours (Tableau 10) and, from the eleventh line on, the same colours dashed:
#: 20 lines without a repeat (dense1 and dense6 were both blue).
COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
          "#bcbd22", "#17becf"]
DASHES = [Qt.SolidLine, Qt.DashLine, Qt.DotLine, Qt.DashDotLine]
TEXT = "#333"


#: The trainer's metric keys, as plots, legends and read-outs name them.
METRIC_NAMES = (N_("loss"), N_("val_loss"), N_("accuracy"), N_("val_accuracy"), N_("mae"), N_("val_mae"),
                N_("training"), N_("validation"), N_("epoch"))


def plot_tr(text, *args):
    """An English text kept as its source (a plot's title, axis, legend or read-out; a Runs cell)
    in the current language; %1… filled in."""
    shown = QCoreApplication.translate("Plots", text)
    for i, arg in enumerate(args, 1):
        shown = shown.replace(f"%{i}", str(arg))
    return shown


def set_text(plot, where, text, *args, size="10pt"):
    """The title (``where`` "title") or an axis label ("left", "bottom") from its English source,
    kept so that :func:`retranslate_plot` shows it again in another language."""
    item = plot.getPlotItem() if hasattr(plot, "getPlotItem") else plot
    item.__dict__.setdefault("text_sources", {})[where] = (text, args, size)
    shown = plot_tr(text, *args) if text else ""
    if where == "title":
        item.setTitle(shown, color=TEXT, size=size)
    else:
        item.setLabel(where, shown)


def text_source(plot, where):
    """The English source of a title or axis label ("" when none was set)."""
    item = plot.getPlotItem() if hasattr(plot, "getPlotItem") else plot
    return item.__dict__.get("text_sources", {}).get(where, ("",))[0]


def retranslate_plot(plot):
    """Title, axis labels and legend entries in the current language (on LanguageChange)."""
    item = plot.getPlotItem() if hasattr(plot, "getPlotItem") else plot
    for where, (text, args, size) in list(item.__dict__.get("text_sources", {}).items()):
        set_text(item, where, text, *args, size=size)
    legend = getattr(item, "legend", None)
    for sample, label in (legend.items if legend is not None else []):
        name = sample.item.name() if hasattr(sample.item, "name") else None
        if name:
            label.setText(plot_tr(name))


def color(i):
    """The i-th colour of the palette (it repeats after ten: see :func:`pen` for lines)."""
    return COLORS[i % len(COLORS)]


def pen(i, width=2, style=None):
    """The i-th line's pen: a colour, and a dash style once the colours have all been used."""
    return pg.mkPen(color(i), width=width, style=DASHES[(i // len(COLORS)) % len(DASHES)] if style is None else style)


def cache_axes(plot_item):
    """Axes (with their grid lines) are drawn once into a pixmap and blitted until their range
    changes: replaying their text on every repaint was most of a paint's cost."""
    for axis in plot_item.axes.values():
        axis["item"].setCacheMode(QGraphicsItem.DeviceCoordinateCache)


def no_si_prefix(plot_item):
    """Plain numbers on the axes: "(x0.001)" on a log axis or a count misleads."""
    for name in ("left", "bottom"):
        plot_item.getAxis(name).enableAutoSIPrefix(False)


LEGEND_ROWS = 7  # a legend beside a plot: entries per column (20 lines: three narrow columns)


def legend_beside(plot_item):
    """A compact legend to the right of the plot, at its top: for lines spread over many
    decades, where no corner of the plot is free (small text, short line samples, little
    spacing; call :func:`fit_legend` after filling it)."""
    legend = pg.LegendItem(labelTextColor=TEXT, labelTextSize="8pt", verSpacing=-6, horSpacing=6,
                           sampleType=ShortSample)
    legend.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
    plot_item.layout.addItem(legend, 2, 3)  # right of the right axis
    plot_item.layout.setAlignment(legend, Qt.AlignTop)
    return legend


def fit_legend(legend):
    """Columns of at most LEGEND_ROWS entries."""
    legend.setColumnCount(max(1, -(-len(legend.items) // LEGEND_ROWS)))


class ShortSample(pg.ItemSample):
    """A legend's line sample, 16 pixels wide instead of 20 (20 entries beside a plot)."""

    def boundingRect(self):
        return QRectF(0, 0, 16, 14)

    def paint(self, p, *args):
        opts = self.item.opts
        if opts.get("pen") is not None:
            p.setPen(pg.mkPen(opts["pen"]))
            p.drawLine(0, 7, 16, 7)
        if opts.get("symbol") is not None:
            p.setPen(pg.mkPen(opts.get("symbolPen") or opts["pen"]))
            p.setBrush(pg.mkBrush(opts.get("symbolBrush") or "w"))
            p.drawEllipse(QRectF(5, 4, 6, 6))


class FittedPlot(pg.PlotWidget):
    """A plot with equal axes that fit its data: the plot shrinks sideways (or downwards) to the
    data's aspect instead of widening the range, so a wide, low dock shows the data's own
    square, not a strip of it in a range three times wider. ``fit(x0, x1, y0, y1)`` sets it."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.setAspectLocked(True)
        self.extent = None
        # The title sits above the plot, across the whole widget: in the plot it would hold the
        # plot as wide as its text, and the range wider than the data.
        self.title = pg.LabelItem(justify="center", color=TEXT, size="10pt")
        self.scene().addItem(self.title)

    def set_title(self, text):
        self.title.setText(text)
        self._shape()

    def fit(self, x0, x1, y0, y1):
        self.extent = (x0, x1, y0, y1)
        self._shape()
        self.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.02)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._shape()

    def _shape(self):
        item, extent, title = (self.__dict__.get(k) for k in ("plotItem", "extent", "title"))  # (resized while made)
        if item is None or title is None:
            return
        top = title.boundingRect().height() if title.text else 0.0
        title.setGeometry(QRectF(0, 0, self.width(), top))
        if extent is None:
            item.setGeometry(QRectF(0, top, self.width(), self.height() - top))
            return
        x0, x1, y0, y1 = extent
        if x1 <= x0 or y1 <= y0:
            return
        width, height = self.width(), self.height() - top
        left, bottom = item.getAxis("left"), item.getAxis("bottom")
        around_w = left.boundingRect().width() + 12                     # the axis beside the data, a margin
        around_h = bottom.boundingRect().height() + 12
        aspect = (x1 - x0) / (y1 - y0)
        data_w, data_h = width - around_w, height - around_h
        if data_w <= 0 or data_h <= 0:
            return
        if data_w > aspect * data_h:
            w = min(width, max(aspect * data_h + around_w, item.minimumWidth()))
            item.setGeometry(QRectF((width - w) / 2, top, w, height))
        else:
            h = min(height, max(data_w / aspect + around_h, item.minimumHeight()))
            item.setGeometry(QRectF(0, top + (height - h) / 2, width, h))


def decade_ticks(lo, hi):
    """Ticks for a log axis from decade ``lo`` to ``hi`` (log10 units) for AxisItem.setTicks, or
    None (pyqtgraph's own) for more than two decades. Over one or two, pyqtgraph labels every
    2, 3 ... 9 between the decades, and in a plot 120 pixels high the labels piled up; here the
    decades are labelled and the steps between them are ticks without text."""
    if hi - lo > 2:
        return None
    major = [(float(d), f"{10.0 ** d:g}") for d in range(lo, hi + 1)]
    minor = [(d + float(np.log10(k)), "") for d in range(lo, hi) for k in range(2, 10)]
    return [major, minor]


def curve_plot(title, left, log_y=False, legend_at=None, beside=False, downsample=True):
    """A plot of curves over epochs. ``legend_at`` is where its legend sits, (x, y) as
    pyqtgraph's offsets (negative from the right or bottom), where the curves will not end;
    ``beside`` puts it right of the plot instead."""
    plot = pg.PlotWidget(background="w")
    set_text(plot, "title", title)
    set_text(plot, "bottom", N_("epoch"))
    set_text(plot, "left", left)
    plot.showGrid(x=True, y=True, alpha=0.2)
    plot.setLogMode(y=log_y)
    no_si_prefix(plot.plotItem)
    # The tick labels' room only grows: a run whose labels narrowed ("0.25" after "1.5") laid the
    # plot out again and painted it twice in one frame.
    plot.getAxis("left").setStyle(autoReduceTextSpace=False)
    if beside:
        plot.plotItem.legend = legend_beside(plot.plotItem)
    elif legend_at:
        plot.addLegend(offset=legend_at, labelTextColor=TEXT, brush=pg.mkBrush(255, 255, 255, 190))
    if downsample:
        plot.setDownsampling(auto=True, mode="peak")
        plot.setClipToView(True)
    cache_axes(plot.plotItem)
    return plot


class EmptyHint:
    """What an empty plot says will appear in it ("Press Train to see …"), in place of bare
    axes: the axes hide while the hint shows and come back with the first data. The text
    sits in the middle of the plot's view box, whatever its range, wrapped to its width."""

    def __init__(self, plot_item):
        self.plot_item = plot_item
        self.vb = plot_item.vb
        self.item = QGraphicsTextItem(self.vb)
        self.item.setDefaultTextColor(QColor("#666"))
        self.item.setZValue(100)
        self.item.hide()
        self.text = ""
        self.axes = [name for name in ("left", "bottom") if plot_item.getAxis(name).isVisible()]
        self.vb.sigResized.connect(self._place)

    def show(self, text):
        """Show ``text`` in the empty plot ("" hides the hint)."""
        if not text:
            return self.hide()
        if text == self.text and self.item.isVisible():
            return None
        self.text = text
        self.item.setHtml(f"<div align='center'>{html(text)}</div>")
        self._bare(False)
        self.item.show()
        self._place()
        return None

    def hide(self):
        if not self.item.isVisible():
            return
        self.text = ""
        self.item.hide()
        self._bare(True)

    def _bare(self, drawn):
        """The axes and the legend drawn or not. Made transparent, not hidden: they keep their
        room, so the first epoch does not lay every plot out again (that was a stall of 40 ms)."""
        for name in self.axes:
            self.plot_item.getAxis(name).setOpacity(1.0 if drawn else 0.0)
        if self.plot_item.legend is not None:
            self.plot_item.legend.setOpacity(1.0 if drawn else 0.0)

    def _place(self, *args):
        rect = self.vb.boundingRect()
        self.item.setTextWidth(max(120.0, 0.9 * rect.width()))
        size = self.item.boundingRect()
        self.item.setPos(rect.center().x() - size.width() / 2, rect.center().y() - size.height() / 2)

    @property
    def visible(self):
        return self.item.isVisible()


class CellTexts(pg.GraphicsObject):
    """A number centred in each cell of a k x k matrix plot, at a fixed size on screen, painted by
    one item: a TextItem per cell cost 190 ms to make for the digits' 100 cells, mid-run."""

    def __init__(self):
        super().__init__()
        self.texts, self.colors, self.k = [], [], 0

    def set_cells(self, texts, colors):
        """``texts`` and ``colors`` row by row (k * k of each)."""
        k = int(round(len(texts) ** 0.5))
        if k != self.k:
            self.prepareGeometryChange()
        self.texts, self.colors, self.k = list(texts), list(colors), k
        self.update()

    def boundingRect(self):
        return QRectF(0, 0, self.k, self.k)

    def paint(self, p, *args):
        if not self.k:
            return
        to_screen = p.transform()
        p.resetTransform()  # the text at its own size, whatever the plot's scale
        for n, (text, colour) in enumerate(zip(self.texts, self.colors)):
            i, j = divmod(n, self.k)
            at = to_screen.map(QPointF(j + 0.5, i + 0.5))
            p.setPen(pg.mkColor(colour))
            p.drawText(QRectF(at.x() - 40, at.y() - 10, 80, 20), Qt.AlignCenter, text)
