"""Files: new, open, save, save as, recent files, examples, export, and autosave with recovery.

The FileController acts on the document; the window gives it a widget to parent its
dialogs and shows its ``message`` in the status bar. Autosave keeps the unsaved design and
the unsaved runs of the window's RunLog in a slot of core.recovery.AutosaveSlots of its own,
so two windows never overwrite, offer or delete each other's work.
"""
import glob
import os
import re
import time

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core import DesignError, load_design
from core.data import RESOURCES
from core.design import EXTENSION, atomic_write, design_to_json, parse_design_text
from core.errors import RecoveryError
from core.experiments import RunsFileError, load_runs, run_signature, runs_path_for, runs_to_json
from core.recovery import AutosaveSlots

from .document import empty_design
from .i18n import core_text

EXAMPLES_DIR = os.path.join(RESOURCES, "examples")
RUNS_EXTENSION = ".layerlab-runs"
RUNS_FILE = "runs" + RUNS_EXTENSION  # a slot's unsaved runs, beside its design (before run files)
RUN_FILE = re.compile(r"run-[0-9]{1,9}" + re.escape(RUNS_EXTENSION))  # one unsaved run each, listed in the meta
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

    def __init__(self, doc, widget, log=None):
        super().__init__(widget)
        self.doc, self.widget, self.log = doc, widget, log
        self.slot = None  # this window's autosave slot, claimed at the first autosave
        self._run_files = {}  # id(run) -> (run, its signature, its file in the slot): written once each
        self._run_files_made = 0  # run files are numbered in the order they are written
        # Runs changed: autosaved in a turn of the event loop of their own, not in the one that ended
        # the run (its reports, the Runs dock and this write stalled the window 40-50 ms together).
        self._runs_soon = QTimer(self, singleShot=True, interval=0)
        self._runs_soon.timeout.connect(self._autosave_runs)
        if log is not None:
            log.subscribe("runs", self._runs_changed)
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
        self.autosave()  # the design is saved: the slot keeps only unsaved runs, if any
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

    # -- unsaved runs ------------------------------------------------------------------------------
    def maybe_save_runs(self):
        """Ask about runs not saved to a file, as about a design; False means the user cancelled."""
        log = self.log
        if log is None or not log.runs or not log.modified:
            return True
        answer = QMessageBox.question(
            self.widget, self.tr("Unsaved runs"),
            self.tr("%1 runs are not saved to a file. Save them first?").replace("%1", str(len(log.runs))),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save_runs()
        return answer == QMessageBox.Discard

    def save_runs(self):
        start = runs_path_for(self.doc.path) if self.doc.path else \
            os.path.join(os.getcwd(), safe_name(self.doc.design.name) + RUNS_EXTENSION)
        path, _ = QFileDialog.getSaveFileName(self.widget, self.tr("Save runs"), start,
                                              self.tr("LayerLab runs (*.layerlab-runs)"))
        if not path:
            return False
        try:
            self.log.save(path)
        except (OSError, ValueError) as e:
            QMessageBox.critical(self.widget, self.tr("Cannot save the runs"),
                                 self.tr("Cannot save the runs: %1").replace("%1", str(e)))
            return False
        self.autosave()  # the runs are safe now: the slot keeps only what is still unsaved
        return True

    def may_close(self):
        """Closing the window: unsaved design changes, then unsaved runs; False to stay open."""
        return self.maybe_save() and self.maybe_save_runs()

    # -- autosave and recovery (core.recovery: one slot per window) ---------------------------------
    def _slots(self):
        return AutosaveSlots(autosave_dir())

    def autosave(self):
        """Keep this window's unsaved design and runs in its own autosave slot (claimed at the
        first autosave, released on a clean close); True if something was written."""
        runs_unsaved = self.log is not None and bool(self.log.runs) and self.log.modified
        if not self.doc.modified and not runs_unsaved:
            if self.slot is not None:
                self.slot.clear()
                self._forget_run_files(keep=())
            return False
        try:
            if self.slot is None:
                self.slot = self._slots().claim()
            # Beside the design, before its meta: a meta never promises missing runs.
            names = self._write_run_files() if runs_unsaved else []
            meta = {"path": self.doc.path, "saved": time.time(), "design_modified": self.doc.modified,
                    "runs": runs_unsaved, "run_files": names}
            self.slot.write(design_to_json(self.doc.design), meta)
            self._forget_run_files(keep=names)
        except (OSError, ValueError) as e:
            reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            self.message.emit(self.tr("Autosave failed: %1").replace("%1", reason), 6000)
            return False
        return True

    def _write_run_files(self):
        """Each unsaved run in a file of its own, written when it is new or changed (renamed, a
        Step): a finished run costs one run's write, however many runs the session holds
        (rewriting them all stalled the window 115 ms at the end of a run with 100 unsaved)."""
        names, written = [], {}
        for run in self.log.runs:
            kept = self._run_files.get(id(run))
            signature = run_signature(run)
            if kept is None or kept[0] is not run or kept[1] != signature:
                name = self._new_run_file_name()
                atomic_write(os.path.join(self.slot.path, name), runs_to_json([run]).encode("utf-8"))
                kept = (run, signature, name)
            written[id(run)] = kept
            names.append(kept[2])
        self._run_files = written
        return names

    def _new_run_file_name(self):
        self._run_files_made += 1
        return f"run-{self._run_files_made}{RUNS_EXTENSION}"

    def _forget_run_files(self, keep):
        """Remove the slot's run files not in ``keep`` (after the meta stopped listing them)."""
        keep = set(keep)
        if not keep:
            self._run_files = {}
        try:
            names = os.listdir(self.slot.path)
        except OSError:
            return
        for name in names:
            if (name == RUNS_FILE or RUN_FILE.fullmatch(name)) and name not in keep:
                _remove(os.path.join(self.slot.path, name))

    def _runs_changed(self):
        self._runs_soon.start()  # a finished run is kept at once, not a minute later

    @Slot()
    def _autosave_runs(self):
        if self.log.modified:
            self.autosave()

    def remove_autosave(self):
        """On a clean close: release this window's slot (and only it)."""
        self._runs_soon.stop()
        if self.slot is not None:
            self.slot.release()
            self.slot = None

    def offer_recovery(self):
        """At start, offer back what windows that are gone left unsaved (never a live window's
        work). A damaged autosave is explained once and set aside. True if work was restored."""
        slots = self._slots()
        try:
            orphans = slots.orphans()
        except OSError as e:
            self.message.emit(self.tr("Autosave failed: %1").replace("%1", e.strerror or core_text(e)), 6000)
            return False
        restored = False
        for orphan in reversed(orphans):  # the newest first
            if restored:
                orphan.close()  # not offered now: kept for a later start
                continue
            try:
                text, meta = slots.read(orphan)
                runs = _read_runs(orphan.path, meta) if meta.get("runs") else []
            except RecoveryError as e:
                self._set_aside(slots, orphan, core_text(e))
                continue
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(meta.get("saved") or
                                                                  os.path.getmtime(orphan.path)))
            question = self.tr("LayerLab did not close properly last time. Restore the unsaved design from %1?")
            if runs:
                question = self.tr("LayerLab did not close properly last time. Restore the design and %2 "
                                   "unsaved runs from %1?").replace("%2", str(len(runs)))
            answer = QMessageBox.question(self.widget, self.tr("Recover unsaved work"), question.replace("%1", when),
                                          QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
            if answer == QMessageBox.Yes:
                try:
                    design = parse_design_text(text)
                except DesignError as e:  # read() checked it; a change on disk since is damage too
                    self._set_aside(slots, orphan, core_text(e))
                    continue
                self._restore(design, meta, runs)
                restored = True
            slots.discard(orphan)  # restored (now in this window's slot) or declined
        return restored

    def _set_aside(self, slots, orphan, problem):
        try:
            slots.set_aside(orphan)
        except OSError:
            slots.discard(orphan)  # cannot be renamed: never offered again either way
        QMessageBox.warning(self.widget, self.tr("Cannot recover unsaved work"),
                            self.tr("Autosaved work could not be restored and was set aside: %1").replace("%1", problem))

    def _restore(self, design, meta, runs):
        original = meta.get("path")
        design.path = original
        self.doc.reset(design, original)
        if meta.get("design_modified", True):
            self.doc.undo_stack.resetClean()  # restored work is unsaved work
        if runs and self.log is not None:
            self.log.extend(runs)
            self.log.modified = True
        self.autosave()  # the restored work is in this window's slot before the orphan is removed


def _remove(path):
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


def _read_runs(slot_path, meta):
    """The runs autosaved in a slot (the run files its meta lists, or one runs file from before
    them); RecoveryError if they are missing or damaged."""
    names = meta.get("run_files")
    if names is None:
        names = [RUNS_FILE]
    elif not isinstance(names, list) or not all(isinstance(n, str) and RUN_FILE.fullmatch(n) for n in names):
        raise RecoveryError(f"autosave {os.path.basename(slot_path)}: the autosaved runs are damaged: "
                            "run_files must list the slot's run files")
    try:
        return [run for name in names for run in load_runs(os.path.join(slot_path, name))]
    except FileNotFoundError:
        raise RecoveryError(f"autosave {os.path.basename(slot_path)}: the autosaved runs are missing") from None
    except (RunsFileError, OSError) as e:
        raise RecoveryError(f"autosave {os.path.basename(slot_path)}: the autosaved runs are damaged: {e}") from None


def autosave_dir():
    base = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation) or os.path.expanduser("~/.layerlab")
    return os.path.join(base, "autosave")
