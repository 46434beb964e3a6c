"""Files: new, open, save, save as, recent files, examples, export, and autosave with recovery.

The FileController acts on the document; the window gives it a widget to parent its
dialogs and shows its ``message`` in the status bar. Autosave and recovery are kept
together at the end of this module so that they can be swapped for per-instance slots.
"""
import glob
import json
import os
import time

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core import DesignError, load_design
from core.data import RESOURCES
from core.design import EXTENSION, atomic_write, design_to_json

from .document import empty_design
from .i18n import core_text

EXAMPLES_DIR = os.path.join(RESOURCES, "examples")
MAX_RECENT = 8
AUTOSAVE_MS = 60_000


def example_files():
    return sorted(glob.glob(os.path.join(EXAMPLES_DIR, "*" + EXTENSION)))


def safe_name(name):
    """A file name made from a design's name."""
    keep = "".join(c if c.isalnum() or c in "-_ " else "_" for c in name).strip()
    return keep.replace(" ", "_") or "design"


class FileController(QObject):
    fileOpened = Signal(str)      # a design or an example was opened (its path)
    message = Signal(str, int)    # for the status bar: text, milliseconds

    def __init__(self, doc, widget):
        super().__init__(widget)
        self.doc, self.widget = doc, widget
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

    # -- recent files and examples ---------------------------------------------------------------
    def recent_files(self):
        value = QSettings().value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [p for p in (value or []) if isinstance(p, str)]

    def add_recent(self, path):
        path = os.path.abspath(path)
        files = [path] + [p for p in self.recent_files() if p != path]
        QSettings().setValue("recentFiles", files[:MAX_RECENT])

    def fill_recent(self, menu):
        menu.clear()
        files = [p for p in self.recent_files() if os.path.exists(p)]
        for path in files:
            action = menu.addAction(os.path.basename(path))
            action.setToolTip(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_file_checked(p))
        if not files:
            menu.addAction(self.tr("(none)")).setEnabled(False)

    def fill_examples(self, menu):
        menu.clear()
        for path in example_files():
            try:
                title = core_text(load_design(path).name)
            except DesignError:
                continue
            action = menu.addAction(title)
            action.setData(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_example(p))

    # -- opening and saving ------------------------------------------------------------------------
    def maybe_save(self):
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.doc.modified:
            return True
        name = os.path.basename(self.doc.path) if self.doc.path else self.doc.design.name
        answer = QMessageBox.question(
            self.widget, self.tr("Unsaved changes"), self.tr("Save the changes to “%1” first?").replace("%1", name),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def new_file(self):
        if self.maybe_save():
            self.doc.reset(empty_design())

    def open_dialog(self):
        if not self.maybe_save():
            return
        start = os.path.dirname(self.doc.path) if self.doc.path else os.getcwd()
        path, _ = QFileDialog.getOpenFileName(self.widget, self.tr("Open design"), start,
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
            reason = e.strerror if isinstance(e, OSError) and e.strerror else core_text(e)
            QMessageBox.critical(self.widget, self.tr("Cannot open design"),
                                 self.tr("“%1” could not be opened:").replace("%1", os.path.basename(path))
                                 + "\n\n" + reason)
            return False
        self.add_recent(path)
        self.fileOpened.emit(path)
        return True

    def _load_or_explain(self, path):
        """The design at ``path``, or None after telling the user why it could not be read."""
        try:
            return load_design(path)
        except (DesignError, OSError) as e:
            QMessageBox.critical(self.widget, self.tr("Cannot open design"), core_text(e))
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
        start = self.doc.path or os.path.join(os.getcwd(), safe_name(self.doc.design.name) + EXTENSION)
        path, _ = QFileDialog.getSaveFileName(self.widget, self.tr("Save design"), start,
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
            QMessageBox.critical(self.widget, self.tr("Cannot save design"),
                                 self.tr("“%1” could not be written: %2. Your design is still open; "
                                         "try another folder.").replace("%1", path).replace("%2", e.strerror or core_text(e)))
            return False
        self.add_recent(path)
        self.message.emit(self.tr("Saved %1").replace("%1", path), 4000)
        self.remove_autosave()
        return True

    def export(self, to):
        from core.export import export_code
        default = safe_name(self.doc.design.name) + ("_torch.py" if to == "pytorch" else "_keras.py")
        path, _ = QFileDialog.getSaveFileName(self.widget, self.tr("Export"), os.path.join(os.getcwd(), default),
                                              self.tr("Python files (*.py)"))
        if not path:
            return False
        try:
            code = export_code(self.doc.snapshot(), to, output_path=path)
            atomic_write(path, code.encode("utf-8"))
        except (DesignError, OSError) as e:
            QMessageBox.critical(self.widget, self.tr("Cannot export"), core_text(e))
            return False
        self.message.emit(self.tr("Exported %1").replace("%1", path), 4000)
        return True

    # -- autosave and recovery ---------------------------------------------------------------------
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
            self.message.emit(self.tr("Autosave failed: %1").replace("%1", e.strerror or core_text(e)), 6000)
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
            self.widget, self.tr("Recover unsaved work"),
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


def autosave_dir():
    base = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation) or os.path.expanduser("~/.layerlab")
    return os.path.join(base, "autosave")
