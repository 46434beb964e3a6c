"""What the trainer's reports say about the network, shown where the user looks.

:class:`Insights` listens to the run log (core.runlog, on the GUI thread) and, from each report
that carries layer statistics, puts the warnings on the canvas (badges) and in the **Problems**
list (:class:`ProblemsPanel`: each warning with its cause and what to try), the neuron pictures
in the nodes (data with two features), and the convolution layers' filters and feature maps in
:class:`FiltersView`. A report without a warning clears it: warnings go when the problem does.
Another design (New, Open) clears everything.

Painting costs the training thread the interpreter, so the canvas's pictures are replaced at most
every PICTURES_SECONDS and the filters view only paints while it is in view.
"""
import time

import numpy as np

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QDockWidget, QLabel, QListWidget, QListWidgetItem, QScrollArea, QVBoxLayout, QWidget

from core.diagnostics import by_node

from . import node_extras as extras

#: The canvas's neuron pictures and the filters view are replaced at most this often: each
#: replacement repaints, and a repaint holds the interpreter the training thread needs
#: (tests/benchmarks/bench_dashboard.py).
PICTURES_SECONDS = 0.4
MAP_SIDE = 44.0     # a filter's or a feature map's side in the filters view
MAP_GAP = 6.0


def tr(text):
    return QCoreApplication.translate("Insights", text)


def _key(warnings):
    """What decides whether the badges and the Problems list must change: which layer has which
    problem, and its words (the measured share in whole percent)."""
    return tuple((w.code, w.node_id, w.text()) for w in warnings)


class ProblemsPanel(QWidget):
    """The Problems list: one entry per warning, its message, cause and what to try."""

    nodeChosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.warnings = ()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(lambda item: self.nodeChosen.emit(item.data(Qt.UserRole) or ""))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        self.retranslate()

    def set_warnings(self, warnings):
        self.warnings = tuple(warnings)
        self.list.clear()
        for w in self.warnings:
            item = QListWidgetItem()
            item.setData(Qt.UserRole, w.node_id)
            self.list.addItem(item)
        self.retranslate()

    def lines(self):
        """The list's entries as the user reads them."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def retranslate(self):
        self.intro.setText(tr("What the last report of the training says about the layers (click a problem to "
                              "select its layer):") if self.warnings else
                           tr("No problems: the last report of the training found no dead, saturated or "
                              "starved layer."))
        for i, w in enumerate(self.warnings):
            message, cause, advice = w.explanation(extras.translate_diagnostic)
            lines = ["⚠ " + message, tr("Cause: %1").replace("%1", cause)]
            lines += [tr("Try: %1").replace("%1", a) for a in advice]
            item = self.list.item(i)
            item.setText("\n".join(lines))
            item.setToolTip(tr("Click to select %1 on the canvas").replace("%1", w.node_id))


class FiltersCanvas(QWidget):
    """Rows of small images: per Conv2D layer its first filters, the validation image and its
    feature maps (orange negative, white zero, blue positive, as the neuron pictures). Each row is
    one pixmap, made once per report: painting is two calls a row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = []   # (title, QPixmap of the row, number of images in it)

    def set_layers(self, layers):
        rows = []
        for lr in layers:
            if lr.filters is None:
                continue
            # colours() puts a plane's row 0 at the bottom; an image's row 0 is its top: flipped twice
            filters = list(extras.colours(lr.filters[:, ::-1], ""))
            rows.append((tr("%1 (Conv2D): the first %2 filters, averaged over the input channels")
                         .replace("%1", lr.node_id).replace("%2", str(len(filters))),
                         row_pixmap(filters), len(filters)))
            maps = list(extras.colours(lr.feature_maps[:, ::-1], ""))
            sample = [] if lr.sample is None else [grey(lr.sample)]
            rows.append((tr("%1: a validation image (left) and what those filters make of it (feature maps)")
                         .replace("%1", lr.node_id), row_pixmap(sample + maps, apart=bool(sample)),
                         len(sample) + len(maps)))
        self.rows = rows
        width = max((pixmap.width() for _, pixmap, _ in rows), default=0) + 2 * MAP_GAP
        self.setMinimumSize(int(max(width, 200)), int(len(rows) * (MAP_SIDE + 26) + MAP_GAP))
        self.update()

    def sizeHint(self):
        return self.minimumSize() if self.rows else QSize(300, 120)

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(QColor("#222222"))
        y = MAP_GAP
        for title, pixmap, _ in self.rows:
            painter.drawText(QRectF(MAP_GAP, y, self.width() - 2 * MAP_GAP, 18), Qt.AlignVCenter | Qt.AlignLeft,
                             title)
            painter.drawPixmap(int(MAP_GAP) - 1, int(y) + 19, pixmap)
            y += MAP_SIDE + 26


def grey(image):
    """(h, w, 3) uint8: an image as grey levels from its darkest (black) to its lightest (white) value."""
    image = np.nan_to_num(np.asarray(image, dtype=np.float32))
    lo, hi = float(image.min()), float(image.max())
    level = np.rint(255 * (image - lo) / (hi - lo if hi > lo else 1.0)).astype(np.uint8)
    return np.repeat(level[:, :, None], 3, axis=2)


def row_pixmap(tiles, apart=False):
    """``tiles`` ((h, w, 3) uint8 each) side by side, each MAP_SIDE pixels (nearest) in a grey frame,
    the rest transparent; with ``apart`` the first stands apart from the others."""
    side, gap = int(MAP_SIDE), int(MAP_GAP)
    extra = 3 * gap if apart else 0
    sheet = np.zeros((side + 2, 1 + len(tiles) * (side + gap) + extra, 4), dtype=np.uint8)
    for k, tile in enumerate(tiles):
        h, w = tile.shape[:2]
        x = 1 + k * (side + gap) + (extra if k else 0)
        sheet[:, x - 1:x + side + 1] = extras.FRAME
        sheet[1:side + 1, x:x + side, :3] = tile[(np.arange(side) * h) // side][:, (np.arange(side) * w) // side]
    sheet = np.ascontiguousarray(sheet)
    height, width = sheet.shape[:2]
    return QPixmap.fromImage(QImage(sheet.data, width, height, 4 * width, QImage.Format_RGBA8888).copy())


class FiltersView(QScrollArea):
    """The dock's widget: the filters canvas, or a line saying what appears here."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.canvas = FiltersCanvas(self)
        self.canvas.hide()
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.setWidgetResizable(True)
        self.setWidget(self.empty)
        self._layers = None       # the newest layers not painted yet (the view was hidden)
        self.shown_layers = ()
        self.retranslate()

    def show_layers(self, layers):
        self._layers = tuple(layers)
        if self.isVisible():
            self._paint()

    def showEvent(self, event):
        super().showEvent(event)
        self._paint()

    def _paint(self):
        if self._layers is None:
            return
        layers, self._layers = self._layers, None
        self.shown_layers = layers
        self.canvas.set_layers(layers)
        self._show(self.canvas if self.canvas.rows else self.empty)

    def _show(self, widget):
        if self.widget() is widget:
            return
        # The scroll area hands the widget it lets go of back without a parent; the view keeps
        # it, so that it goes with the window instead of living on as a hidden top-level widget.
        old = self.takeWidget()
        old.setParent(self)
        old.hide()
        self.setWidget(widget)

    def retranslate(self):
        self.empty.setText(tr("Filters and feature maps of Conv2D layers appear here while a network with "
                              "convolution trains."))
        if self.shown_layers:
            self._layers = self.shown_layers
            self._paint()


class Insights(QObject):
    """Keeps the canvas, the Problems list and the filters view in step with the run log."""

    def __init__(self, log, scene, parent=None, hold_worker=None):
        super().__init__(parent)
        self.log, self.scene = log, scene
        # Called before drawing the pictures in a turn of their own: the training thread waits
        # meanwhile (gui.training.TrainingController.hold_worker).
        self._hold_worker = hold_worker or (lambda: None)
        self.problems = ProblemsPanel()
        self.filters = FiltersView()
        self.problems.nodeChosen.connect(lambda nid: scene.select_nodes([nid]))
        self._warning_key = ()
        self._pictures = None          # the report whose pictures wait for their turn
        self._pictures_at = -PICTURES_SECONDS
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._pictures_due)
        log.subscribe("reports", self._reports)
        log.subscribe("cleared", self.clear)

    def _reports(self, epochs, latest, surface):
        if latest is None or not latest.layers:
            return  # nothing new about the layers: what is shown stays
        self.show_report(latest)

    def show_report(self, report):
        warnings = report.warnings
        key = _key(warnings)
        if key != self._warning_key:  # unchanged, they are left alone: a badge repaints the canvas
            self._warning_key = key
            self.scene.set_warnings(by_node(warnings))
            self.problems.set_warnings(warnings)
        self._pictures = report  # the newest wins; shown when its turn comes
        wait = self._pictures_at + PICTURES_SECONDS - time.monotonic()
        if wait <= 0:
            self._apply_pictures()
        elif not self._timer.isActive():
            self._timer.start(int(wait * 1000) + 1)

    @Slot()
    def _pictures_due(self):
        if self._pictures is not None:
            self._hold_worker()
            self._apply_pictures()

    def _apply_pictures(self):
        """The neuron pictures on the canvas and the filters view, from the newest report."""
        if self._pictures is None:
            return
        report, self._pictures = self._pictures, None
        self._pictures_at = time.monotonic()
        self.scene.set_neuron_images(report.pictures)
        if any(lr.filters is not None for lr in report.layers) or self.filters.shown_layers:
            self.filters.show_layers(report.layers)

    def clear(self):
        """Another design: no warnings, no pictures."""
        self._timer.stop()
        self._pictures, self._warning_key = None, ()
        self.scene.set_warnings({})
        self.scene.set_neuron_images({})
        self.problems.set_warnings(())
        self.filters.show_layers(())

    def install(self, window):
        """The Problems and "Filters and feature maps" docks, tabbed beside the Runs dock, and their
        entries in the View menu (after the window made its menus)."""
        self.problems_dock = _dock(window, "problems", self.problems)
        self.filters_dock = _dock(window, "filters", self.filters)
        window.tabifyDockWidget(window.runs_dock, self.problems_dock)
        window.tabifyDockWidget(self.problems_dock, self.filters_dock)
        window.training_dock.raise_()
        before = window.menu_language.menuAction()
        window.menu_view.insertActions(before, [self.problems_dock.toggleViewAction(),
                                                self.filters_dock.toggleViewAction()])
        window.menu_view.insertSeparator(before)
        self.retranslate()

    def retranslate(self):
        self.problems.retranslate()
        self.filters.retranslate()
        if hasattr(self, "problems_dock"):
            self.problems_dock.setWindowTitle(tr("Problems"))
            self.filters_dock.setWindowTitle(tr("Filters and feature maps"))


def _dock(window, name, widget):
    dock = QDockWidget(window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    window.addDockWidget(Qt.BottomDockWidgetArea, dock)
    return dock

