"""The classroom pieces of the main window: the paint dock, presentation mode (F11) and
Help → Keyboard shortcuts. ``Classroom(window)`` adds them to a built MainWindow, so the window
itself only calls it and its ``retranslate``."""
from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeySequence

from .paint import PaintView
from .presentation import Presentation
from .shortcuts import ShortcutsDialog


class Classroom(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = w = window
        w.paint_view = PaintView(w.doc)
        w.paint_dock = w._dock("paint", w.paint_view, Qt.RightDockWidgetArea)
        w.paint_dock.hide()  # shown beside the properties by Training > Paint data…
        w.presentation = self.presentation = Presentation(w)

        w.act_paint = w._action(self.show_paint, None, "paint_data")
        w.act_presentation = w._action(self.presentation.set_active, QKeySequence("F11"), "presentation")
        w.act_presentation.setCheckable(True)
        self.presentation.toggled.connect(w.act_presentation.setChecked)
        w.act_shortcuts = w._action(self.show_shortcuts, None, "keyboard_shortcuts")

        w.menu_train.insertAction(w.act_variants, w.act_paint)
        w.menu_view.insertAction(w.menu_language.menuAction(), w.act_presentation)
        w.menu_view.insertAction(w.menu_language.menuAction(), w.paint_dock.toggleViewAction())
        w.menu_view.insertSeparator(w.menu_language.menuAction())
        w.menu_help.insertAction(w.act_about, w.act_shortcuts)

        w.paint_view.message.connect(w._show_message)
        if hasattr(w.properties, "paintRequested"):
            w.properties.paintRequested.connect(self.show_paint)
        w.dashboard.settled.connect(self.presentation.enlarge_plots)  # a new run's plots, enlarged too
        w.runs_panel.drawn.connect(self.presentation.enlarge_plots)   # and a comparison drawn anew
        w.installEventFilter(self)

    @Slot()
    def show_paint(self):
        w = self.window
        if not w.paint_dock.isVisible() and not w.tabifiedDockWidgets(w.paint_dock) and w.summary_dock.isVisible():
            # A tab beside the model summary, made only now: a hidden tab squeezed the Training dock.
            w.tabifyDockWidget(w.summary_dock, w.paint_dock)
        self.window.paint_dock.show()
        w.resizeDocks([w.paint_dock], [round(w.height() * 0.55)], Qt.Vertical)  # room to paint
        self.window.paint_dock.raise_()

    @Slot()
    def show_shortcuts(self):
        self.shortcuts_dialog = ShortcutsDialog(self.window)
        self.shortcuts_dialog.show()
        return self.shortcuts_dialog

    def eventFilter(self, obj, event):
        if obj is self.window and event.type() == QEvent.Close:
            self.presentation.set_active(False)  # the saved layout and the app's font are the normal ones
        return False

    def retranslate(self):
        w = self.window
        w.act_paint.setText(self.tr("&Paint data…"))
        w.act_paint.setToolTip(self.tr("Paint your own 2-D points to train on"))
        w.act_presentation.setText(self.tr("P&resentation mode"))
        w.act_presentation.setToolTip(self.tr("Large text and plots; only the canvas, the training controls and "
                                              "the lesson's plots"))
        w.act_shortcuts.setText(self.tr("&Keyboard shortcuts"))
        w.paint_dock.setWindowTitle(self.tr("Paint data"))
