"""The main window: palette | canvas | properties, summary and training docks, menus, files."""
import glob
import json
import os
import time

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPointF, QSettings, QStandardPaths, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox, \
    QProgressBar, QTextBrowser, QVBoxLayout, QWidget

from core import DesignError, load_design
from core.data import RESOURCES
from core.errors import DataError
from core.experiments import differences, variants
from core.design import EXTENSION, Design, design_to_json, atomic_write
from core.registry import LAYERS

from . import commands, i18n
from .canvas import STEP, CanvasScene, CanvasView
from .dashboard import Dashboard
from .document import DesignDocument, empty_design
from .experiments import GradCheckDialog, VariantsDialog, gradient_check, GRADCHECK_SAMPLES
from .palette import Palette
from .properties import PropertiesPanel
from .runs import RunsPanel, run_from_training
from .summary import SummaryView
from .training import TrainingController

EXAMPLES_DIR = os.path.join(RESOURCES, "examples")
MIME_NODES = "application/x-layerlab-nodes"
MAX_RECENT = 8
AUTOSAVE_MS = 60_000


def example_files():
    return sorted(glob.glob(os.path.join(EXAMPLES_DIR, "*" + EXTENSION)))


def autosave_dir():
    base = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation) or os.path.expanduser("~/.layerlab")
    return os.path.join(base, "autosave")


class MainWindow(QMainWindow):
    #: Emitted after a file was opened (path) — handy for tests and the welcome panel.
    fileOpened = Signal(str)
    trainingReports = Signal(object, object, object)  # relayed on the GUI thread, after the status bar

    def __init__(self, parent=None):
        super().__init__(parent)
        self.doc = DesignDocument(self)
        self.scene = CanvasScene(self.doc, self)
        self.view = CanvasView(self.scene)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("background: #eef4fb; border-bottom: 1px solid #c8d8ec; padding: 6px;")
        self.description.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.description)
        layout.addWidget(self.view)
        self.setCentralWidget(central)
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        self.palette = Palette()
        self.properties = PropertiesPanel(self.doc)
        self.summary = SummaryView(self.doc)
        self.dashboard = Dashboard()
        self.runs_panel = RunsPanel()
        self.welcome = QTextBrowser()
        self.welcome.setOpenLinks(False)
        self.welcome.anchorClicked.connect(self._welcome_link)
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
        self._connect()
        self.retranslate()
        self.resize(1280, 820)
        self._restore_settings()
        self._update_title()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

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
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _create_actions(self):
        S = QKeySequence.StandardKey
        self.act_new = self._action(self.new_file, S.New, "new")
        self.act_open = self._action(self.open_dialog, S.Open, "open")
        self.act_save = self._action(self.save, S.Save, "save")
        self.act_save_as = self._action(self.save_as, S.SaveAs, "save_as")
        self.act_export_torch = self._action(lambda: self.export("pytorch"), None, "export_pytorch")
        self.act_export_keras = self._action(lambda: self.export("keras"), None, "export_keras")
        self.act_quit = self._action(self.close, QKeySequence("Ctrl+Q"), "quit")
        stack = self.doc.undo_stack
        self.act_undo = self._action(stack.undo, S.Undo, "undo")
        self.act_redo = self._action(stack.redo, [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")], "redo")
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        stack.canUndoChanged.connect(self.act_undo.setEnabled)
        stack.canRedoChanged.connect(self.act_redo.setEnabled)
        stack.undoTextChanged.connect(self.act_undo.setToolTip)
        stack.redoTextChanged.connect(self.act_redo.setToolTip)
        self.act_copy = self._action(self.copy, S.Copy, "copy")
        self.act_paste = self._action(self.paste, S.Paste, "paste")
        self.act_delete = self._action(self.delete_selection, [QKeySequence.Delete, QKeySequence(Qt.Key_Backspace)],
                                       "delete")
        self.act_select_all = self._action(self.select_all, S.SelectAll, "select_all")
        self.act_zoom_in = self._action(lambda: self.view.zoom(1.25), [QKeySequence.ZoomIn, QKeySequence("Ctrl+=")],
                                        "zoom_in")
        self.act_zoom_out = self._action(lambda: self.view.zoom(0.8), S.ZoomOut, "zoom_out")
        self.act_fit = self._action(self.view.fit, QKeySequence("Ctrl+0"), "fit")
        self.act_arrange = self._action(self.arrange, QKeySequence("Ctrl+L"), "arrange")
        self.act_welcome = self._action(self.show_welcome, None, "welcome")
        self.act_about = self._action(self.about, None, "about")
        for action in (self.act_delete, self.act_copy, self.act_paste, self.act_select_all):
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            self.view.addAction(action)
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
        self.menu_help = mb.addMenu("")
        self.menu_help.addActions([self.act_welcome, self.act_about])
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.addActions([self.act_new, self.act_open, self.act_save])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_undo, self.act_redo, self.act_delete])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_arrange])
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        self._fill_examples()
        self._create_training()

    def _connect(self):
        self.scene.layerDropped.connect(self.add_layer)
        self.scene.connectRequested.connect(self.connect_nodes)
        self.scene.nodesMoved.connect(self._nodes_moved)
        self.scene.selectedNodesChanged.connect(self._selection_changed)
        self.view.fileDropped.connect(self.open_file_checked)
        self.palette.layerActivated.connect(self.append_layer)
        self.properties.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.doc.modifiedChanged.connect(self._update_title)
        self.doc.pathChanged.connect(self._update_title)
        self.doc.trainingChanged.connect(self._update_title)
        self.doc.designReset.connect(self._design_reset)

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
            self.act_about: t("&About LayerLab"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.act_undo.setText(t("&Undo"))
        self.act_redo.setText(t("&Redo"))
        self.act_arrange.setToolTip(t("Lay the network out as a neat stack"))
        self.language_actions[""].setText(t("System default"))
        self.language_actions["en"].setText("English")
        self.language_actions["ko"].setText("한국어")
        self.menu_file.setTitle(t("&File"))
        self.menu_recent.setTitle(t("Open &Recent"))
        self.menu_examples.setTitle(t("&Examples"))
        self.menu_export.setTitle(t("&Export"))
        self.menu_edit.setTitle(t("&Edit"))
        self.menu_view.setTitle(t("&View"))
        self.menu_language.setTitle(t("&Language"))
        self.menu_help.setTitle(t("&Help"))
        self.toolbar.setWindowTitle(t("Main toolbar"))
        self.palette_dock.setWindowTitle(t("Layers"))
        self.properties_dock.setWindowTitle(t("Properties"))
        self.summary_dock.setWindowTitle(t("Model summary"))
        self.training_dock.setWindowTitle(t("Training"))
        self.runs_dock.setWindowTitle(t("Runs"))
        self.welcome_dock.setWindowTitle(t("Welcome"))
        self._set_locked(self.doc.locked)  # its banner text
        self.act_train.setText(t("&Train"))
        self.act_pause.setText(t("&Pause"))
        self.act_stop.setText(t("St&op"))
        self.act_step.setText(t("Step one &epoch"))
        self.act_reset.setText(t("&Reset weights"))
        self.act_variants.setText(t("Run &variants…"))
        self.act_gradcheck.setText(t("&Check gradients"))
        self.act_variants.setToolTip(t("Train the design once per activation, initialiser, optimizer or learning "
                                       "rate, and compare the runs"))
        self.menu_train.setTitle(t("T&raining"))
        self._fill_welcome()
        self._update_title()

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
        geometry = s.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = s.value("windowState")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _save_settings(self):
        s = QSettings()
        s.setValue("geometry", self.saveGeometry())
        s.setValue("windowState", self.saveState())

    def recent_files(self):
        value = QSettings().value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [p for p in (value or []) if isinstance(p, str)]

    def _add_recent(self, path):
        path = os.path.abspath(path)
        files = [path] + [p for p in self.recent_files() if p != path]
        QSettings().setValue("recentFiles", files[:MAX_RECENT])

    def _fill_recent(self):
        self.menu_recent.clear()
        files = [p for p in self.recent_files() if os.path.exists(p)]
        for path in files:
            action = self.menu_recent.addAction(os.path.basename(path))
            action.setToolTip(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_file_checked(p))
        if not files:
            self.menu_recent.addAction(self.tr("(none)")).setEnabled(False)

    def _fill_examples(self):
        self.menu_examples.clear()
        for path in example_files():
            try:
                title = load_design(path).name
            except DesignError:
                continue
            action = self.menu_examples.addAction(title)
            action.setData(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_example(p))

    # -- files -------------------------------------------------------------------------------------
    def maybe_save(self):
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.doc.modified:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to “%1” first?").replace("%1", self._display_name()),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def _display_name(self):
        return os.path.basename(self.doc.path) if self.doc.path else self.doc.design.name

    def new_file(self):
        if self.maybe_save():
            self.doc.reset(empty_design())

    def open_dialog(self):
        if not self.maybe_save():
            return
        start = os.path.dirname(self.doc.path) if self.doc.path else os.getcwd()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open design"), start,
                                              self.tr("LayerLab designs (*.layerlab);;All files (*)"))
        if path:
            self.open_file(path)

    def open_file_checked(self, path):
        if self.maybe_save():
            self.open_file(path)

    def open_file(self, path):
        """Open ``path``; on failure show the loader's message and keep the current design."""
        try:
            self.doc.open(path)
        except (DesignError, OSError) as e:
            reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            QMessageBox.critical(self, self.tr("Cannot open design"),
                                 self.tr("“%1” could not be opened:").replace("%1", os.path.basename(path))
                                 + "\n\n" + reason)
            return False
        self._add_recent(path)
        self.fileOpened.emit(path)
        return True

    def _load_or_explain(self, path):
        """The design at ``path``, or None after telling the user why it could not be read."""
        try:
            return load_design(path)
        except (DesignError, OSError) as e:
            QMessageBox.critical(self, self.tr("Cannot open design"), str(e))
            return None

    def open_example(self, path):
        """Examples open as untitled copies, so Save never overwrites the bundled file."""
        if not self.maybe_save():
            return False
        design = self._load_or_explain(path)
        if design is None:
            return False
        design.path = None
        self.doc.reset(design, None)
        self.fileOpened.emit(path)
        return True

    def save(self):
        if not self.doc.path:
            return self.save_as()
        return self._write(self.doc.path)

    def save_as(self):
        start = self.doc.path or os.path.join(os.getcwd(), _safe_name(self.doc.design.name) + EXTENSION)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save design"), start,
                                              self.tr("LayerLab designs (*.layerlab)"))
        if not path:
            return False
        if not path.endswith(EXTENSION):
            path += EXTENSION
        return self._write(path)

    def _write(self, path):
        try:
            self.doc.save(path)
        except OSError as e:
            QMessageBox.critical(self, self.tr("Cannot save design"),
                                 self.tr("“%1” could not be written: %2. Your design is still open; "
                                         "try another folder.").replace("%1", path).replace("%2", e.strerror or str(e)))
            return False
        self._add_recent(path)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 4000)
        self.remove_autosave()
        return True

    def export(self, to):
        from core.export import export_code
        default = _safe_name(self.doc.design.name) + ("_torch.py" if to == "pytorch" else "_keras.py")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), os.path.join(os.getcwd(), default),
                                              self.tr("Python files (*.py)"))
        if not path:
            return False
        try:
            code = export_code(self.doc.snapshot(), to, output_path=path)
            atomic_write(path, code.encode("utf-8"))
        except (DesignError, OSError) as e:
            QMessageBox.critical(self, self.tr("Cannot export"), str(e))
            return False
        self.statusBar().showMessage(self.tr("Exported %1").replace("%1", path), 4000)
        return True

    def _design_reset(self):
        text = self.doc.design.description
        self.description.setText(f"<b>{_html(self.doc.design.name)}</b> — {_html(text)}" if text else "")
        self.description.setVisible(bool(text))
        self.properties.show_node(None)
        QTimer.singleShot(0, self.view.fit)

    # -- autosave and recovery -----------------------------------------------------------------------
    def autosave(self):
        """Keep unsaved work in the app-data folder (a clean close removes it)."""
        if not self.doc.modified:
            return False
        folder = autosave_dir()
        try:
            os.makedirs(folder, exist_ok=True)
            atomic_write(os.path.join(folder, "autosave" + EXTENSION), design_to_json(self.doc.design).encode())
            meta = {"path": self.doc.path, "saved": time.time(), "pid": os.getpid()}
            atomic_write(os.path.join(folder, "autosave.json"), json.dumps(meta).encode())
        except OSError as e:
            self.statusBar().showMessage(self.tr("Autosave failed: %1").replace("%1", e.strerror or str(e)), 6000)
            return False
        return True

    def remove_autosave(self):
        for name in ("autosave" + EXTENSION, "autosave.json"):
            try:
                os.remove(os.path.join(autosave_dir(), name))
            except OSError:
                pass

    def offer_recovery(self):
        """After a crash, offer the autosaved design back. Returns True if it was restored."""
        folder = autosave_dir()
        path = os.path.join(folder, "autosave" + EXTENSION)
        if not os.path.exists(path):
            return False
        try:
            meta = json.load(open(os.path.join(folder, "autosave.json")))
        except (OSError, ValueError):
            meta = {}
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(meta.get("saved", os.path.getmtime(path))))
        answer = QMessageBox.question(
            self, self.tr("Recover unsaved work"),
            self.tr("LayerLab did not close properly last time. Restore the unsaved design from %1?")
            .replace("%1", when), QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        if answer != QMessageBox.Yes:
            self.remove_autosave()
            return False
        design = self._load_or_explain(path)
        if design is None:
            return False
        original = meta.get("path") if isinstance(meta.get("path"), str) else None
        design.path = original
        self.doc.reset(design, original)
        self.doc.undo_stack.resetClean()  # restored work is unsaved work
        return True

    # -- training -----------------------------------------------------------------------------------
    def _create_training(self):
        self.trainer = TrainingController(self)
        self.act_train = self._action(self.train, QKeySequence("F5"), "train")
        self.act_pause = self._action(self.pause, QKeySequence("F6"), "pause")
        self.act_pause.setCheckable(True)
        self.act_stop = self._action(self.trainer.stop, QKeySequence("Shift+F5"), "stop")
        self.act_step = self._action(self.step, QKeySequence("F10"), "step")
        self.act_reset = self._action(self.reset_weights, None, "reset_weights")
        self.act_variants = self._action(self.run_variants_dialog, QKeySequence("Ctrl+F5"), "run_variants")
        self.act_gradcheck = self._action(self.check_gradients, None, "check_gradients")
        self.menu_train = QMenu(self)
        self.menuBar().insertMenu(self.menu_help.menuAction(), self.menu_train)
        self.menu_train.addActions([self.act_train, self.act_pause, self.act_stop, self.act_step, self.act_reset])
        self.menu_train.addSeparator()
        self.menu_train.addActions([self.act_variants, self.act_gradcheck])
        self.sweep = None          # [(label, design)] still to train in a variant sweep, or None
        self.sweep_rows = []       # the runs panel's rows the sweep made
        self.run_label = None      # the name of the run under way, if not "Run n"
        self.sweep_base = None
        self.runs_made = 0
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_train, self.act_pause, self.act_stop, self.act_step])
        self.progress = QProgressBar()
        self.progress.setMinimumWidth(440)
        self.progress.setFormat("")
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        # Room for the bar from the start: showing it must not resize the window's contents
        # (every plot would lay out and redraw its axes just as training starts).
        self.statusBar().setMinimumHeight(self.progress.sizeHint().height() + 6)
        self.trainer.started.connect(self._training_started)
        self.trainer.reportsArrived.connect(self._training_reports)
        self.trainingReports.connect(self.dashboard.add_reports)
        self.dashboard.settled.connect(self.trainer.go)  # a new run trains once its plots are laid out
        self.trainer.stopped.connect(self._training_stopped)
        self.trainer.failed.connect(self._training_failed)
        self._update_training_actions()

    def train(self):
        self.trainer.train(self.doc.design)

    def step(self):
        self.trainer.train(self.doc.design, epochs=1)

    def pause(self, checked=None):
        self.trainer.set_paused(self.act_pause.isChecked())

    def reset_weights(self):
        self.trainer.reset()
        self.statusBar().showMessage(self.tr("The next run starts from fresh weights."), 4000)

    def _set_locked(self, locked):
        self.doc.locked = locked
        self.scene.locked = locked
        self.view.lock_message = self.tr("Training: the network's structure is locked until it stops.") \
            if locked else ""
        self.view.viewport().update()

    def _update_training_actions(self):
        running = self.trainer.running
        self.act_train.setEnabled(not running)
        self.act_step.setEnabled(not running)
        self.act_reset.setEnabled(not running)
        self.act_variants.setEnabled(not running)
        self.act_gradcheck.setEnabled(not running)
        self.act_pause.setEnabled(running)
        self.act_stop.setEnabled(running)
        if not running:
            self.act_pause.setChecked(False)

    @Slot()
    def _training_started(self):
        if self.trainer.fresh_run:
            self.dashboard.clear()
            self.dashboard.plan(self.doc.design.settings()["epochs"])
        self._set_locked(True)
        self._update_training_actions()
        self.progress.setValue(0)
        self.progress.show()

    @Slot(object, object, object)
    def _training_reports(self, epochs, latest, surface):
        if latest is not None:
            self.progress.setMaximum(latest.epochs)
            self.progress.setValue(latest.epoch)
            left = (latest.epochs - latest.epoch) * latest.seconds / max(latest.epoch, 1)
            self.progress.setFormat(self.tr("epoch %1 of %2 · %3 samples/s · %4 s left")
                                    .replace("%1", str(latest.epoch)).replace("%2", str(latest.epochs))
                                    .replace("%3", f"{latest.samples_per_second:,.0f}").replace("%4", f"{left:.0f}"))
        self.trainingReports.emit(epochs, latest, surface)

    @Slot(object)
    def _training_stopped(self, result):
        self.last_result = result
        self._record_run(result)
        self._training_ended(result.message, self.tr("Training diverged")
                             if result.stopped_because == "diverged" else None)
        self._sweep_next(result)

    @Slot(str)
    def _training_failed(self, message):
        if self.sweep is not None:
            self.sweep = None
            message = self.tr("The variant sweep stopped: %1").replace("%1", message)
        self._training_ended(message, self.tr("Cannot train"))

    # -- experiments --------------------------------------------------------------------------------------
    def _record_run(self, result):
        """Keep the run in the Runs dock (a continued run, e.g. Step, updates its row)."""
        if not result.history.get("loss"):
            return  # stopped before its first epoch: nothing to keep
        continued = not self.trainer.fresh_run and bool(self.runs_panel.runs)
        if not continued:
            self.runs_made += 1
        name = self.run_label or self.tr("Run %1").replace("%1", str(self.runs_made))
        first_of_sweep = self.sweep is not None and not self.sweep_rows
        previous = self.sweep_base if first_of_sweep else self.runs_panel.runs[-1].design if self.runs_panel.runs \
            else None
        this = self.trainer.snapshot
        if previous is not None and previous.get("name") != this.get("name"):
            changes = self.tr("another design: %1").replace("%1", this.get("name", ""))
        else:
            changes = differences(previous, this)
        run = run_from_training(name, this, result, self.dashboard.norms, self.dashboard.layers, changes)
        self.runs_panel.add_run(run, replace_last=continued)
        if self.sweep is not None and not continued:
            self.sweep_rows.append(len(self.runs_panel.runs) - 1)

    def run_variants_dialog(self):
        if self.trainer.running:
            return
        dialog = VariantsDialog(self.doc.design, self)
        if dialog.exec() == VariantsDialog.Accepted:
            self.run_variants(*dialog.choice())

    def run_variants(self, sweep, choices):
        """Train the design once per choice of ``sweep``, one run after another; Stop ends the sweep."""
        if self.trainer.running or self.sweep is not None:
            return False
        try:
            made = variants(self.doc.design, sweep, choices)
        except ValueError as e:
            self.statusBar().showMessage(str(e), 10000)
            return False
        self.sweep, self.sweep_rows = made, []
        self.sweep_base = self.doc.design.to_dict()  # a first run is compared with the design it varies
        self._train_next_variant()
        return True

    @Slot()
    def _train_next_variant(self):
        label, design = self.sweep.pop(0)
        self.run_label = label
        self.trainer.train(design, fresh=True)

    def _sweep_next(self, result):
        if self.sweep is None:
            return
        self.run_label = None
        if result.stopped_because == "stopped":
            left = len(self.sweep)
            self.sweep = None
            self.statusBar().showMessage(self.tr("Variant sweep stopped; %1 variants not trained.")
                                         .replace("%1", str(left)), 15000)
        elif self.sweep:
            QTimer.singleShot(0, self._train_next_variant)
            return
        else:
            self.sweep = None
            self.statusBar().showMessage(self.tr("Variant sweep done: %1 runs, compared in the Runs dock.")
                                         .replace("%1", str(len(self.sweep_rows))), 15000)
        if self.sweep_rows:
            self.runs_panel.select(self.sweep_rows)
            self.runs_dock.raise_()

    def check_gradients(self):
        """Backpropagation against numerical differentiation on the current design, in a table."""
        if self.trainer.running:
            return None
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            rows = gradient_check(self.doc.design)
        except (DataError, DesignError, ValueError) as e:
            rows, problem = None, str(e)
        finally:
            QApplication.restoreOverrideCursor()
        if rows is None:
            self.statusBar().showMessage(self.tr("Cannot check the gradients: %1").replace("%1", problem), 15000)
            return None
        self.gradcheck_dialog = GradCheckDialog(rows, GRADCHECK_SAMPLES, self)
        self.gradcheck_dialog.setModal(False)
        self.gradcheck_dialog.show()
        return self.gradcheck_dialog

    def _training_ended(self, message, problem=None):
        """Unlock, say how it ended; a problem also gets a non-modal message box."""
        self.dashboard.repaint_visible()  # the last reports, even if they came sooner than a repaint was due
        self._set_locked(False)
        self._update_training_actions()
        self.progress.hide()
        self.statusBar().showMessage(message, 15000)
        if problem:
            box = QMessageBox(QMessageBox.Warning, problem, message, QMessageBox.Ok, self)
            box.setModal(False)
            box.show()
            self.problem_box = box

    def closeEvent(self, event):
        if not self.maybe_save():
            event.ignore()
            return
        self.trainer.shutdown()  # stop and join the training thread before anything is destroyed
        self._save_settings()
        self.remove_autosave()
        event.accept()

    # -- editing (intents from the views become commands) -----------------------------------------------
    def _refuse_if_locked(self):
        if self.doc.locked:
            self.statusBar().showMessage(self.tr("The network is training: stop it to change its structure."), 5000)
            return True
        return False

    def add_layer(self, type_name, pos):
        if type_name not in LAYERS or self._refuse_if_locked():
            return None
        pos, src = self.scene.drop_target(type_name, pos)
        node = self.doc.new_node(type_name, (pos.x(), pos.y()))
        self.doc.undo_stack.push(commands.AddNode(self.doc, node, connect_from=src))
        self.scene.select_nodes([node.id])
        return node.id

    def append_layer(self, type_name):
        """Add a layer at the bottom of the stack (double-click in the palette)."""
        tails = [n for n in self.doc.design.nodes if not any(s == n.id for s, _ in self.doc.design.edges)]
        if tails:
            last = max(tails, key=lambda n: (n.pos or [0, 0])[1])
            x, y = last.pos or (0.0, 0.0)
            return self.add_layer(type_name, QPointF(x, y + STEP))
        return self.add_layer(type_name, QPointF(0, 0))

    def connect_nodes(self, src, dst):
        if self._refuse_if_locked():
            return
        design = self.doc.design
        if (src, dst) in design.edges:
            return
        trial = Design(nodes=design.nodes, edges=design.edges + [(src, dst)])
        from core.design import find_cycle_error
        try:
            find_cycle_error(trial)
        except DesignError:
            self.statusBar().showMessage(self.tr("That connection would make a cycle; a network flows one way."),
                                         5000)
            return
        self.doc.undo_stack.push(commands.AddEdge(self.doc, src, dst))

    def _nodes_moved(self, moves):
        if self.doc.locked:
            return
        self.doc.undo_stack.push(commands.MoveNodes(self.doc, moves))

    def _selection_changed(self, ids):
        self.properties.show_node(ids[0] if len(ids) == 1 else None)

    def delete_selection(self):
        if self._refuse_if_locked():
            return
        nodes = self.scene.selected_node_ids()
        edges = [e for e in self.scene.selected_edges() if not (set(e) & set(nodes))]
        if not nodes and not edges:
            return
        group = commands.Group(self.tr("Delete"))
        for src, dst in edges:
            group.add(commands.RemoveEdge(self.doc, src, dst))
        for nid in nodes:
            group.add(commands.RemoveNode(self.doc, nid))
        self.doc.undo_stack.push(group)

    def select_all(self):
        for item in self.scene.items():
            item.setSelected(True)

    def copy(self):
        ids = set(self.scene.selected_node_ids())
        if not ids:
            return
        payload = {"nodes": [n.to_dict() for n in self.doc.design.nodes if n.id in ids],
                   "edges": [[a, b] for a, b in self.doc.design.edges if a in ids and b in ids]}
        mime = QMimeData()
        text = json.dumps(payload)
        mime.setData(MIME_NODES, QByteArray(text.encode("utf-8")))
        mime.setText(text)
        QGuiApplication.clipboard().setMimeData(mime)

    def paste(self):
        if self._refuse_if_locked():
            return
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(MIME_NODES):
            return
        try:
            payload = json.loads(bytes(mime.data(MIME_NODES)).decode("utf-8"))
            nodes, edges = payload["nodes"], payload["edges"]
        except (ValueError, KeyError, TypeError):
            return
        group = commands.Group(self.tr("Paste"))
        new_ids = {}
        for nd in nodes:
            if nd.get("type") not in LAYERS:
                continue
            pos = nd.get("pos") or [0, 0]
            node = self.doc.new_node(nd["type"], (pos[0] + 40, pos[1] + 40), nd.get("params", {}))
            new_ids[nd["id"]] = node.id
            group.add(commands.AddNode(self.doc, node))
        for a, b in edges:
            if a in new_ids and b in new_ids:
                group.add(commands.AddEdge(self.doc, new_ids[a], new_ids[b]))
        if group.parts:
            self.doc.undo_stack.push(group)
        self.scene.select_nodes(new_ids.values())

    def arrange(self):
        """Lay the design out top to bottom by depth, side by side where it branches."""
        a = self.doc.analysis
        depth = {}
        for nid in a.order:
            ins = a.inputs.get(nid, [])
            depth[nid] = 1 + max((depth[i] for i in ins), default=-1)
        columns = {}
        moves = {}
        for nid in a.order:
            d = depth[nid]
            col = columns.get(d, 0)
            columns[d] = col + 1
            new = (col * 220.0, d * STEP)
            old = tuple(self.doc.node(nid).pos or (0.0, 0.0))
            if old != new:
                moves[nid] = (old, new)
        if moves:
            self.doc.undo_stack.push(commands.MoveNodes(self.doc, moves, self.tr("Arrange")))
        self.view.fit()

    # -- welcome and about ---------------------------------------------------------------------------
    def _fill_welcome(self):
        t = self.tr
        items = []
        for path in example_files():
            try:
                d = load_design(path)
            except DesignError:
                continue
            items.append(f"<p><a href='example:{os.path.basename(path)}'><b>{_html(d.name)}</b></a><br>"
                         f"<span style='color:#444'>{_html(d.description or '')}</span></p>")
        self.welcome.setHtml(
            "<h3>" + t("Welcome to LayerLab") + "</h3><p>"
            + t("Drag layers from the palette onto the canvas: dropped below the last layer, they join the "
                "stack. Pick the data and optimizer in Properties (click the empty canvas), then train.")
            + "</p><h4>" + t("Examples") + "</h4>" + "".join(items))

    def _welcome_link(self, url):
        text = url.toString()
        if text.startswith("example:"):
            self.open_example(os.path.join(EXAMPLES_DIR, text[len("example:"):]))

    def show_welcome(self):
        self.welcome_dock.show()
        self.welcome_dock.raise_()

    def about(self):
        QMessageBox.about(self, self.tr("About LayerLab"),
                          self.tr("LayerLab: build neural networks by drag and drop and watch them learn.\n"
                                  "NumPy engine, PySide6 and pyqtgraph. MIT licence."))


def _safe_name(name):
    keep = "".join(c if c.isalnum() or c in "-_ " else "_" for c in name).strip()
    return keep.replace(" ", "_") or "design"


def _html(text):
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
