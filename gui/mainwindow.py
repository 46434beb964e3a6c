"""The main window: palette | canvas | properties, summary and training docks, menus, actions.

It assembles and wires; the work is done by controllers with one job each: files and
autosave (gui.files), editing (gui.editing) and the training session with its sweeps and
gradient checks (gui.session). Runs live in core's RunLog; the dashboard and the Runs dock
are views of it.
"""
import os

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from core.runlog import RunLog

from . import i18n
from .canvas import CanvasScene, CanvasView
from .classroom import Classroom
from .dashboard import Dashboard
from .document import DesignDocument
from .editing import MIME_NODES, EditController  # noqa: F401  (MIME_NODES: gui.app releases the clipboard)
from .files import EXAMPLES_DIR, FileController, example_files  # noqa: F401  (the app opens the XOR example)
from .insights import Insights
from .lessons import install_lessons
from .palette import Palette
from .properties import PropertiesPanel
from .runs import RunsPanel
from .session import TrainingSession
from .status import TrainingStatus
from .summary import SummaryView
from .welcome import DescriptionBanner, LessonGuide, WelcomePage


class MainWindow(QMainWindow):
    #: Emitted after a file was opened (path) — handy for tests and the welcome panel.
    fileOpened = Signal(str)
    trainingReports = Signal(object, object, object)  # relayed on the GUI thread, after the run log took them

    def __init__(self, parent=None):
        super().__init__(parent)
        self.doc = DesignDocument(self)
        self.scene = CanvasScene(self.doc, self)
        self.view = CanvasView(self.scene)
        self.description = DescriptionBanner()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.description)
        layout.addWidget(self.view)
        self.setCentralWidget(central)
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        self.log = RunLog()
        self.files = FileController(self.doc, self, self.log)
        self.editing = EditController(self.doc, self.scene, self.view, self)
        self.session = TrainingSession(self.doc, self.log, self)
        self.trainer = self.session.trainer  # the training thread's controller (tests look at .running)
        # The controllers' entry points, as the window's (DESIGN.md and the tests use them).
        self.open_example = self.files.open_example
        self.recent_files, self.autosave = self.files.recent_files, self.files.autosave
        self.offer_recovery = self.files.offer_recovery
        self.connect_nodes, self._nodes_moved = self.editing.connect_nodes, self.editing.nodes_moved
        self.run_variants, self.check_gradients = self.session.run_variants, self.session.check_gradients

        self.palette = Palette()
        self.properties = PropertiesPanel(self.doc)
        self.summary = SummaryView(self.doc)
        self.dashboard = Dashboard(self.log)
        self.runs_panel = RunsPanel(self.log)
        self.welcome = WelcomePage()
        self.palette_dock = self._dock("palette", self.palette, Qt.LeftDockWidgetArea)
        self.properties_dock = self._dock("properties", self.properties, Qt.RightDockWidgetArea)
        self.summary_dock = self._dock("summary", self.summary, Qt.RightDockWidgetArea)
        self.training_dock = self._dock("training", self.dashboard, Qt.BottomDockWidgetArea)
        self.runs_dock = self._dock("runs", self.runs_panel, Qt.BottomDockWidgetArea)
        self.tabifyDockWidget(self.training_dock, self.runs_dock)
        self.training_dock.raise_()
        self.welcome_dock = self._dock("welcome", self.welcome, Qt.LeftDockWidgetArea)
        self.splitDockWidget(self.palette_dock, self.welcome_dock, Qt.Vertical)
        self.welcome_dock.hide()
        self.splitDockWidget(self.properties_dock, self.summary_dock, Qt.Vertical)
        self.resizeDocks([self.palette_dock, self.properties_dock], [200, 340], Qt.Horizontal)
        self.resizeDocks([self.training_dock], [260], Qt.Vertical)

        self._create_actions()
        self._create_menus()
        self.classroom = Classroom(self)  # the paint dock, presentation mode (F11), the shortcuts list
        # Warnings and pictures on the canvas, in Problems and Filters (the worker waits while they draw).
        self.insights = Insights(self.log, self.scene, self, self.trainer.hold_worker)
        self.insights.install(self)
        install_lessons(self)  # the Lessons menu; self.lessons.open(key) opens one (gui/lessons)
        self.status = TrainingStatus(self.statusBar(), self)
        self.progress = self.status.progress
        self._connect()
        self.retranslate()
        self.resize(1280, 820)
        self._restore_settings()
        self._update_title()

    def open_file(self, path):
        """Open the design at ``path`` (False, after saying why, if it cannot be read)."""
        return self.files.open_file(path)

    sweep = property(lambda self: self.session.sweep)
    last_result = property(lambda self: self.session.last_result)
    problem_box = property(lambda self: self.status.problem_box)

    # -- construction -------------------------------------------------------------------------
    def _dock(self, name, widget, area):
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, slot, shortcut=None, name=None):
        action = QAction(self)
        if shortcut is not None:
            action.setShortcuts(shortcut) if isinstance(shortcut, list) else action.setShortcut(shortcut)
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _create_actions(self):
        S, K = QKeySequence.StandardKey, QKeySequence
        files, edit, session = self.files, self.editing, self.session
        self.act_new = self._action(files.new_file, S.New, "new")
        self.act_open = self._action(files.open_dialog, S.Open, "open")
        self.act_save = self._action(files.save, S.Save, "save")
        self.act_save_as = self._action(files.save_as, S.SaveAs, "save_as")
        self.act_export_torch = self._action(lambda: files.export("pytorch"), None, "export_pytorch")
        self.act_export_keras = self._action(lambda: files.export("keras"), None, "export_keras")
        self.act_quit = self._action(self.close, K("Ctrl+Q"), "quit")
        stack = self.doc.undo_stack
        self.act_undo = self._action(stack.undo, S.Undo, "undo")
        self.act_redo = self._action(stack.redo, [K("Ctrl+Shift+Z"), K("Ctrl+Y")], "redo")
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        stack.canUndoChanged.connect(self.act_undo.setEnabled)
        stack.canRedoChanged.connect(self.act_redo.setEnabled)
        stack.undoTextChanged.connect(self.act_undo.setToolTip)
        stack.redoTextChanged.connect(self.act_redo.setToolTip)
        self.act_copy = self._action(edit.copy, S.Copy, "copy")
        self.act_paste = self._action(edit.paste, S.Paste, "paste")
        self.act_delete = self._action(edit.delete_selection, [K.Delete, K(Qt.Key_Backspace)], "delete")
        self.act_select_all = self._action(edit.select_all, S.SelectAll, "select_all")
        self.act_zoom_in = self._action(lambda: self.view.zoom(1.25), [K.ZoomIn, K("Ctrl+=")], "zoom_in")
        self.act_zoom_out = self._action(lambda: self.view.zoom(0.8), S.ZoomOut, "zoom_out")
        self.act_fit = self._action(self.view.fit, K("Ctrl+0"), "fit")
        self.act_arrange = self._action(edit.arrange, K("Ctrl+L"), "arrange")
        self.act_welcome = self._action(self.show_welcome, None, "welcome")
        self.act_about = self._action(self.about, None, "about")
        for action in (self.act_delete, self.act_copy, self.act_paste, self.act_select_all):
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            self.view.addAction(action)
        self.act_train = self._action(session.train, K("F5"), "train")
        self.act_pause = self._action(lambda: session.pause(self.act_pause.isChecked()), K("F6"), "pause")
        self.act_pause.setCheckable(True)
        self.act_stop = self._action(session.stop, K("Shift+F5"), "stop")
        self.act_step = self._action(session.step, K("F10"), "step")
        self.act_reset = self._action(session.reset_weights, None, "reset_weights")
        self.act_variants = self._action(session.run_variants_dialog, K("Ctrl+F5"), "run_variants")
        self.act_gradcheck = self._action(session.check_gradients, None, "check_gradients")
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code in ("", "en", "ko"):
            action = QAction(self, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda checked, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.language_actions[i18n.saved_language() if i18n.saved_language() in ("en", "ko") else ""].setChecked(True)

    def _create_menus(self):
        mb = self.menuBar()
        self.menu_file = mb.addMenu("")
        self.menu_file.addActions([self.act_new, self.act_open])
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_examples = self.menu_file.addMenu("")
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_save, self.act_save_as])
        self.menu_export = self.menu_file.addMenu("")
        self.menu_export.addActions([self.act_export_torch, self.act_export_keras])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = mb.addMenu("")
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addActions([self.act_copy, self.act_paste, self.act_delete, self.act_select_all])
        self.menu_view = mb.addMenu("")
        self.menu_view.addActions([self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_arrange])
        self.menu_view.addSeparator()
        for dock in (self.palette_dock, self.properties_dock, self.summary_dock, self.training_dock,
                     self.runs_dock, self.welcome_dock):
            self.menu_view.addAction(dock.toggleViewAction())
        self.menu_view.addSeparator()
        self.menu_language = self.menu_view.addMenu("")
        self.menu_language.addActions(self.language_group.actions())
        self.menu_train = mb.addMenu("")
        self.menu_train.addActions([self.act_train, self.act_pause, self.act_stop, self.act_step, self.act_reset])
        self.menu_train.addSeparator()
        self.menu_train.addActions([self.act_variants, self.act_gradcheck])
        self.menu_help = mb.addMenu("")
        self.menu_help.addActions([self.act_welcome, self.act_about])
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("main_toolbar")
        for group in ([self.act_new, self.act_open, self.act_save], [self.act_undo, self.act_redo, self.act_delete],
                      [self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_arrange],
                      [self.act_train, self.act_pause, self.act_stop, self.act_step]):
            self.toolbar.addActions(group)
            self.toolbar.addSeparator()
        self.menu_recent.aboutToShow.connect(lambda: self.files.fill_recent(self.menu_recent))
        self.files.fill_examples(self.menu_examples)

    def _connect(self):
        self.scene.layerDropped.connect(self.editing.add_layer)
        self.scene.connectRequested.connect(self.editing.connect_nodes)
        self.scene.nodesMoved.connect(self.editing.nodes_moved)
        self.scene.changeTypeRequested.connect(self.editing.change_type)
        self.scene.selectedNodesChanged.connect(lambda ids: self.properties.show_node(ids[0] if len(ids) == 1
                                                                                      else None))
        self.view.fileDropped.connect(self.files.open_file_checked)
        self.palette.layerActivated.connect(self.editing.append_layer)
        self.welcome.exampleChosen.connect(self.files.open_example)
        for source in (self.files, self.editing, self.session):
            source.message.connect(self._show_message)
        self.properties.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.files.fileOpened.connect(self.fileOpened)
        self.doc.modifiedChanged.connect(self._update_title)
        self.doc.pathChanged.connect(self._update_title)
        self.doc.trainingChanged.connect(self._update_title)
        self.doc.designReset.connect(self._design_reset)
        self.session.started.connect(self._training_started)
        self.session.started.connect(self.status.started)
        self.session.reportsArrived.connect(self.status.reports)
        self.session.reportsArrived.connect(self.trainingReports)
        self.session.ended.connect(self._training_ended)
        self.session.ended.connect(self.status.ended)
        self.session.busyChanged.connect(self._update_training_actions)
        self.session.sweepFinished.connect(self._sweep_finished)
        self.dashboard.settled.connect(self.trainer.go)  # a new run trains once its plots are laid out
        self.dashboard.boundaryShown.connect(self.trainer.want_surfaces)
        self.trainer.want_surfaces(self.dashboard.currentWidget() is self.dashboard.boundary_plot)
        self.lesson_guide = LessonGuide(self)  # "Show me" follows the design's lesson route
        self.description.showMe.connect(self.lesson_guide.follow)
        self.lesson_guide.message.connect(self._show_message)
        # Pause, Step while paused, pace and the final metrics (gui.status shows them).
        self.trainer.pausedChanged.connect(self.status.set_paused)
        self.trainer.pausedChanged.connect(self._update_training_actions)
        self.trainer.stopped.connect(self.status.finished)
        self.status.paceChanged.connect(self.trainer.set_pace)
        self._update_training_actions()

    @Slot(str, int)
    def _show_message(self, text, ms):
        self.statusBar().showMessage(text, ms)

    # -- language -----------------------------------------------------------------------------
    def retranslate(self):
        t = self.tr
        texts = {
            self.act_new: t("&New"), self.act_open: t("&Open…"), self.act_save: t("&Save"),
            self.act_save_as: t("Save &As…"), self.act_export_torch: t("PyTorch script…"),
            self.act_export_keras: t("Keras script…"), self.act_quit: t("&Quit"),
            self.act_copy: t("&Copy"), self.act_paste: t("&Paste"), self.act_delete: t("&Delete"),
            self.act_select_all: t("Select &All"), self.act_zoom_in: t("Zoom &In"), self.act_zoom_out: t("Zoom &Out"),
            self.act_fit: t("&Fit to View"), self.act_arrange: t("&Arrange"), self.act_welcome: t("&Welcome"),
            self.act_about: t("&About LayerLab"), self.act_undo: t("&Undo"), self.act_redo: t("&Redo"),
            self.act_train: t("&Train"), self.act_pause: t("&Pause"), self.act_stop: t("St&op"),
            self.act_step: t("Step one &epoch"), self.act_reset: t("&Reset weights"),
            self.act_variants: t("Run &variants…"), self.act_gradcheck: t("&Check gradients"),
            self.language_actions[""]: t("System default"), self.language_actions["en"]: "English",
            self.language_actions["ko"]: "한국어",
        }
        for action, text in texts.items():
            action.setText(text)
        self.act_arrange.setToolTip(t("Lay the network out as a neat stack"))
        self.act_variants.setToolTip(t("Train the design once per activation, initialiser, optimizer or learning "
                                       "rate, and compare the runs"))
        titles = {
            self.menu_file: t("&File"), self.menu_recent: t("Open &Recent"), self.menu_examples: t("&Examples"),
            self.menu_export: t("&Export"), self.menu_edit: t("&Edit"), self.menu_view: t("&View"),
            self.menu_language: t("&Language"), self.menu_train: t("T&raining"), self.menu_help: t("&Help"),
        }
        for menu, text in titles.items():
            menu.setTitle(text)
        self.toolbar.setWindowTitle(t("Main toolbar"))
        docks = {self.palette_dock: t("Layers"), self.properties_dock: t("Properties"),
                 self.summary_dock: t("Model summary"), self.training_dock: t("Training"), self.runs_dock: t("Runs"),
                 self.welcome_dock: t("Welcome")}
        for dock, text in docks.items():
            dock.setWindowTitle(text)
        self.classroom.retranslate()
        if hasattr(self, "insights"):
            self.insights.retranslate()
        self._set_locked(self.doc.locked)  # its banner text
        self._update_title()
        self.files.fill_examples(self.menu_examples)  # the examples' names in the new language
        self.statusBar().clearMessage()  # a passing message in the old language

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, code):
        """"" follows the system; "en" or "ko" overrides it (kept in the settings)."""
        QSettings().setValue("language", code)
        self.language_actions[code].setChecked(True)
        i18n.install(i18n.effective_language(code))
        self.retranslate()

    # -- titles, settings ------------------------------------------------------------------------
    def _update_title(self, *args):
        self.runs_panel.design_path = self.doc.path  # runs are saved beside the design
        name = os.path.basename(self.doc.path) if self.doc.path else self.doc.design.name or self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — LayerLab")
        self.setWindowModified(self.doc.modified)

    def _restore_settings(self):
        s = QSettings()
        for key, restore in (("geometry", self.restoreGeometry), ("windowState", self.restoreState)):
            value = s.value(key)
            if isinstance(value, QByteArray):
                restore(value)

    def _design_reset(self):
        """Another design (New, Open, an example): its description, and no stale pictures."""
        self.description.show_design(self.doc.design)
        self.properties.show_node(None)
        if not self.session.running:
            self.log.clear_current(self.doc.design.to_dict())  # the dashboard empties; the run stays in Runs
        QTimer.singleShot(0, self.fit_readable)

    #: The smallest scale a design opens at: its 8.5-point text stays about 7 pixels high (a
    #: 13-layer stack, fitted whole, was unreadable); a longer design scrolls, its input in view.
    READABLE_SCALE = 0.62

    def fit_readable(self):
        """Fit the design in the canvas, but never below READABLE_SCALE (then show its top)."""
        self.view.fit()
        if self.view.transform().m11() < self.READABLE_SCALE:
            items = self.scene.itemsBoundingRect()
            self.view.resetTransform()
            self.view.scale(self.READABLE_SCALE, self.READABLE_SCALE)
            self.view.centerOn(items.center().x(), items.top() - 40 + self.view.viewport().height()
                               / (2 * self.READABLE_SCALE))

    def closeEvent(self, event):
        if not self.files.may_close():  # unsaved design changes, then unsaved runs
            event.ignore()
            return
        self.session.shutdown()  # stop and join the training thread before anything is destroyed
        s = QSettings()
        s.setValue("geometry", self.saveGeometry())
        s.setValue("windowState", self.saveState())
        self.files.remove_autosave()
        event.accept()

    # -- training, as the window shows it ----------------------------------------------------------
    def _set_locked(self, locked):
        self.doc.locked = locked
        self.scene.locked = locked
        self.view.lock_message = self.tr("Training: the network's structure is locked until it stops.") \
            if locked else ""
        self.view.viewport().update()

    @Slot()
    def _update_training_actions(self):
        running, busy = self.session.running, self.session.busy
        for action in (self.act_train, self.act_step, self.act_reset, self.act_variants, self.act_gradcheck):
            action.setEnabled(not busy)
        self.act_step.setEnabled(not busy or self.trainer.paused)  # Step works while paused
        self.act_pause.setEnabled(running)
        self.act_stop.setEnabled(running)
        if not running:
            self.act_pause.setChecked(False)

    @Slot()
    def _training_started(self):
        self._set_locked(True)

    @Slot(str, str)
    def _training_ended(self, message, problem):
        self.dashboard.repaint_visible()  # the last reports, even if they came sooner than a repaint was due
        self._set_locked(False)

    @Slot(list)
    def _sweep_finished(self, rows):
        self.runs_panel.select(rows)
        self.runs_dock.raise_()

    def show_view(self, view, rows=None):
        """Bring a lesson's view forward ("dashboard.boundary", "runs.gradients", …), comparing
        ``rows`` of the Runs dock for a runs view."""
        dock, name = view.split(".", 1)
        if dock == "dashboard":
            self.training_dock.show()
            self.training_dock.raise_()
            self.dashboard.setCurrentWidget(self.dashboard.views[name])
        else:
            self.runs_dock.show()
            self.runs_dock.raise_()
            if rows:
                self.runs_panel.select(rows)
            self.runs_panel.compare.setCurrentWidget(self.runs_panel.views[name])

    # -- welcome and about ---------------------------------------------------------------------------
    def show_welcome(self):
        self.welcome_dock.show()
        self.welcome_dock.raise_()

    def about(self):
        QMessageBox.about(self, self.tr("About LayerLab"),
                          self.tr("LayerLab: build neural networks by drag and drop and watch them learn.\n"
                                  "NumPy engine, PySide6 and pyqtgraph. MIT licence."))
