"""Presentation mode for teachers: larger text and plots, only the canvas, the training controls
and the lesson's view (the Training and Runs docks) on screen; toggling back restores the exact
dock layout (QMainWindow.saveState/restoreState) and the fonts."""
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QTransform
from PySide6.QtWidgets import QApplication, QDockWidget

#: How much larger everything is drawn: readable from the back of a classroom.
SCALE = 1.5
#: The share of the window's width the kept docks (the lesson's plots) get, beside the canvas:
#: a design is a tall stack and a projector is wide, so side by side both are large.
PLOTS_SHARE = 0.55


class Presentation(QObject):
    """Turns presentation mode on and off for ``window`` (a MainWindow); ``kept`` names the docks'
    object names that stay visible."""

    toggled = Signal(bool)

    def __init__(self, window, kept=("training", "runs")):
        super().__init__(window)
        self.window = window
        self.kept = tuple(kept)
        self.active = False
        self._state = self._font = self._icons = self._transform = None

    def set_active(self, on):
        if on == self.active:
            return
        w, app = self.window, QApplication.instance()
        if on:
            self._state, self._font = w.saveState(), QFont(app.font())
            self._transform = w.view.transform() if hasattr(w, "view") else None
            self._icons = w.toolbar.iconSize() if hasattr(w, "toolbar") else None
            big = QFont(self._font)
            big.setPointSizeF(self._font.pointSizeF() * SCALE)
            app.setFont(big)
            for dock in w.findChildren(QDockWidget):
                if dock.objectName() not in self.kept:
                    dock.hide()
            if self._icons is not None:
                w.toolbar.setIconSize(QSize(round(self._icons.width() * SCALE), round(self._icons.height() * SCALE)))
            self._beside_canvas([d for d in w.findChildren(QDockWidget) if d.objectName() in self.kept])
            self.active = True
            self.enlarge_plots()
            QTimer.singleShot(0, self._fit_canvas)  # once the layout has given the canvas its new size
        else:
            self.active = False
            app.setFont(self._font)
            if self._icons is not None:
                w.toolbar.setIconSize(self._icons)
            self._restore_plots()
            # The widgets take in the normal font first (Qt posts the news): restored over the large
            # font's dock title bars, the Properties/summary split came back 14 pixels off.
            QApplication.sendPostedEvents(None, QEvent.ApplicationFontChange)
            w.restoreState(self._state)
            if self._transform is not None:
                w.view.setTransform(self._transform)
        self.toggled.emit(on)

    def _beside_canvas(self, docks):
        """The kept docks, tabbed together, to the right of the canvas (restoreState undoes it)."""
        w = self.window
        shown = [d for d in docks if d.isVisible()]
        if not shown:
            return
        current = next((d for d in shown if not d.visibleRegion().isEmpty()), shown[0])
        for d in docks:
            w.addDockWidget(Qt.RightDockWidgetArea, d)
        for d in docks[1:]:
            w.tabifyDockWidget(docks[0], d)
        for d in docks:
            d.setVisible(d in shown)
        current.raise_()
        w.resizeDocks([current], [round(w.width() * PLOTS_SHARE)], Qt.Horizontal)

    def _fit_canvas(self):
        """The whole design in the canvas, up to SCALE times its normal size."""
        view = getattr(self.window, "view", None)
        if not self.active or view is None:
            return
        items = view.scene().itemsBoundingRect()
        if items.isEmpty():
            return
        view.fitInView(items.adjusted(-30, -30, 30, 30), Qt.KeepAspectRatio)
        if view.transform().m11() > SCALE:
            view.setTransform(QTransform.fromScale(SCALE, SCALE))
            view.centerOn(items.center())

    def toggle(self):
        self.set_active(not self.active)

    # Each plot item enlarged keeps what it was before in an attribute of its own, so that turning
    # presentation mode off restores the plots on screen then (plots made meanwhile included) and
    # never touches one a new run has deleted.
    @Slot()
    def enlarge_plots(self):
        """Larger titles, legends, axis labels and tick labels, and wider lines, on every plot now
        made (call again after new plots appear)."""
        if not self.active:
            return
        size = QApplication.instance().font().pointSizeF()
        for item in self._plot_items():
            if hasattr(item, _BEFORE):
                continue
            if isinstance(item, pg.LabelItem):  # titles and legend entries; a later setText keeps the scale
                setattr(item, _BEFORE, item.item.scale())
                self._rescale(item, SCALE)
            elif isinstance(item, pg.AxisItem):
                setattr(item, _BEFORE, (item.style.get("tickFont"), dict(item.labelStyle)))
                font = QFont(item.style.get("tickFont") or QApplication.instance().font())
                font.setPointSizeF(size)
                item.setTickFont(font)
                self._style_axis_label(item, {**item.labelStyle, "font-size": f"{size:g}pt"})
            elif isinstance(item, pg.PlotDataItem):
                pen = pg.mkPen(item.opts["pen"])
                setattr(item, _BEFORE, pen)
                wider = pg.mkPen(pen)
                wider.setWidthF(max(pen.widthF(), 1.0) * SCALE)
                item.setPen(wider)

    def _restore_plots(self):
        for item in self._plot_items():
            if not hasattr(item, _BEFORE):
                continue
            before = getattr(item, _BEFORE)
            delattr(item, _BEFORE)
            if isinstance(item, pg.LabelItem):
                self._rescale(item, before)
            elif isinstance(item, pg.AxisItem):
                font, label_style = before
                item.setTickFont(font)
                self._style_axis_label(item, label_style)
            else:
                item.setPen(before)

    @staticmethod
    def _rescale(label, scale):
        label.item.setScale(scale)
        label.setText(label.text)  # lays the label out at its new size
        legend = label.parentItem()
        if isinstance(legend, pg.LegendItem):  # the legend's box fits its entries as they are now
            legend.layout.activate()
            legend.updateSize()

    def _plot_items(self):
        for view in self.window.findChildren(pg.GraphicsView):
            yield from view.scene().items()

    @staticmethod
    def _style_axis_label(axis, style):
        """The axis label drawn with ``style`` (its CSS: colour, font size), its text unchanged."""
        axis.labelStyle = style
        if axis.label.isVisible():
            axis.setLabel(axis.labelText, axis.labelUnits, axis.labelUnitPrefix)


#: The attribute in which an enlarged plot item keeps what it was before presentation mode.
_BEFORE = "_before_presentation"
