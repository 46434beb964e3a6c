"""The training session: train, step, pause, stop, reset weights; variant sweeps; gradient checks.

Runs go into core's RunLog (reports → runs → plots); the window only shows what the session
says (``started``, ``ended``, ``message``) and enables its actions by ``busyChanged``. Both
training and the gradient check run on the training thread; nothing long runs on the GUI's.
"""
import threading

from PySide6.QtCore import QObject, Signal, Slot, QTimer
from PySide6.QtWidgets import QProgressDialog

from core import Design
from core.errors import DataError, DesignError
from core.experiments import differences, variants

from .experiments import GRADCHECK_SAMPLES, GradCheckDialog, VariantsDialog, gradient_check
from .training import TrainingController
from .i18n import N_, core_text
from .plotting import plot_tr


class Sweep:
    """A variant sweep under way: the variants still to train, the design they vary (a
    first run is compared with it), the runs made so far (rows in the log) and the label
    of the run under way."""

    def __init__(self, todo, base):
        self.todo, self.base, self.rows, self.label = list(todo), base, [], None
        self.designs = False  # True: different designs compared (a lesson's route), not variants of one

    def next(self):
        self.label, design = self.todo.pop(0)
        return design


class CheckCancelled(Exception):
    """The user cancelled the gradient check."""


class CheckWorker(QObject):
    """Runs the gradient check on the training thread, reporting progress per parameter array."""

    progressed = Signal(int, int)
    finished = Signal(object)     # rows, see gui.experiments.gradient_check
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self):
        super().__init__()
        self._cancel = threading.Event()

    def arm(self):
        self._cancel.clear()

    def cancel(self):
        self._cancel.set()

    @Slot(object)
    def run(self, job):
        design_dict, path = job
        try:
            design = Design.from_dict(design_dict)
            design.path = path
            rows = gradient_check(design, progress=self._progress)
        except CheckCancelled:
            self.cancelled.emit()
            return
        except (DataError, DesignError, ValueError) as e:
            self.failed.emit(core_text(e))
            return
        except Exception as e:  # a bug reaches the user as a message, the thread lives on
            self.failed.emit(f"gradient check failed: {type(e).__name__}: {e}")
            return
        self.finished.emit(rows)

    def _progress(self, done, total):
        if self._cancel.is_set():
            raise CheckCancelled()
        self.progressed.emit(done, total)


class TrainingSession(QObject):
    started = Signal()                           # a run started (the window locks the design)
    reportsArrived = Signal(object, object, object)  # after the run log took them
    ended = Signal(str, str)                     # how it ended; a problem's title or ""
    message = Signal(str, int)                   # for the status bar: text, milliseconds
    busyChanged = Signal()                       # training or checking started or ended
    sweepFinished = Signal(list)                 # the rows of the runs a sweep made
    checkFinished = Signal(object)               # the gradient check's dialog, or None
    _check = Signal(object)

    def __init__(self, doc, log, widget):
        super().__init__(widget)
        self.doc, self.log, self.widget = doc, log, widget
        self.trainer = TrainingController(self)
        self.trainer.started.connect(self._started)
        self.trainer.reportsArrived.connect(self._reports)
        self.trainer.stopped.connect(self._stopped)
        self.trainer.failed.connect(self._failed)
        self.sweep = None
        self.last_result = None
        self._planned = None
        self.checking = False
        self.gradcheck_dialog = self.check_progress = None
        self.check_worker = CheckWorker()
        self.check_worker.moveToThread(self.trainer.thread)
        self._check.connect(self.check_worker.run)
        self.check_worker.progressed.connect(self._check_progressed)
        self.check_worker.finished.connect(self._check_done)
        self.check_worker.failed.connect(self._check_failed)
        self.check_worker.cancelled.connect(self._check_cancelled)

    @property
    def running(self):
        return self.trainer.running

    @property
    def busy(self):
        return self.trainer.running or self.checking

    # -- training --------------------------------------------------------------------------------
    def _train(self, design, epochs=None, fresh=False):
        if self.checking:
            return False
        self._planned = design.settings()["epochs"]
        return self.trainer.train(design, epochs, fresh)

    def train(self):
        return self._train(self.doc.design)

    def step(self):
        return self._train(self.doc.design, epochs=1)

    def pause(self, paused):
        self.trainer.set_paused(paused)

    def stop(self):
        self.trainer.stop()

    def reset_weights(self):
        self.trainer.reset()
        self.message.emit(self.tr("The next run starts from fresh weights."), 4000)

    @Slot()
    def _started(self):
        snapshot = self.trainer.snapshot
        name = self.sweep.label if self.sweep is not None else \
            self.log.unique_name(snapshot.get("name") or self.tr("Untitled"))
        self.log.start(name, snapshot, self._planned, continues=not self.trainer.fresh_run)
        self.started.emit()
        self.busyChanged.emit()

    @Slot(object, object, object)
    def _reports(self, epochs, latest, surface):
        self.log.add_reports(epochs, latest, surface)
        self.reportsArrived.emit(epochs, latest, surface)

    @Slot(object)
    def _stopped(self, result):
        self.last_result = result
        continued = not self.trainer.fresh_run and bool(self.log.runs)
        run = self.log.finish(result, None if continued else self._changes())
        if run is not None and self.sweep is not None and not continued:
            self.sweep.rows.append(len(self.log.runs) - 1)
        self.busyChanged.emit()
        message = core_text(result.message)
        if result.restored and result.metrics:  # the numbers of the network the run left: the best epoch's
            message += " — " + "  ".join(f"{plot_tr(k)} {v:.4g}" for k, v in result.metrics.items())
        self.ended.emit(message, self.tr("Training diverged") if result.stopped_because == "diverged" else "")
        self._sweep_next(result)

    def _changes(self):
        """What differs from the run before (a sweep's first run: from the design it varies)."""
        this = self.trainer.snapshot
        first_of_sweep = self.sweep is not None and not self.sweep.rows
        previous = self.sweep.base if first_of_sweep else self.log.runs[-1].design if self.log.runs else None
        if previous is not None and previous.get("name") != this.get("name"):
            return N_("another design")  # kept in English: the Runs table translates it where shown
        return differences(previous, this)

    @Slot(str)
    def _failed(self, message):
        if self.sweep is not None:
            self.sweep = None
            message = self.tr("The variant sweep stopped: %1").replace("%1", message)
        self.busyChanged.emit()
        self.ended.emit(message, self.tr("Cannot train"))

    # -- variant sweeps --------------------------------------------------------------------------
    def run_variants_dialog(self):
        if self.busy:
            return
        dialog = VariantsDialog(self.doc.design, self.widget)
        if dialog.exec() == VariantsDialog.Accepted:
            self.run_variants(*dialog.choice())

    def run_variants(self, sweep, choices):
        """Train the design once per choice of ``sweep``, one run after another; Stop ends the sweep."""
        if self.busy or self.sweep is not None:
            return False
        try:
            made = variants(self.doc.design, sweep, choices)
        except ValueError as e:
            self.message.emit(core_text(e), 10000)
            return False
        self.sweep = Sweep(made, self.doc.design.to_dict())
        self._train_next_variant()
        return True

    def train_designs(self, designs):
        """Train each Design of ``designs`` afresh, one run after another, each run named after
        its design (a lesson's comparison); ``sweepFinished`` brings their rows. Stop ends it."""
        if self.busy or self.sweep is not None or not designs:
            return False
        taken = {r.name for r in self.log.runs}
        labelled = []
        for design in designs:
            name = design.name or self.tr("Untitled")
            label, n = name, 2
            while label in taken:
                label, n = f"{name} ({n})", n + 1
            taken.add(label)
            labelled.append((label, design))
        self.sweep = Sweep(labelled, designs[0].to_dict())
        self.sweep.designs = True
        self._train_next_variant()
        return True

    @Slot()
    def _train_next_variant(self):
        self._train(self.sweep.next(), fresh=True)

    def _sweep_next(self, result):
        sweep = self.sweep
        if sweep is None:
            return
        if result.stopped_because == "stopped":
            self.sweep = None
            self.message.emit(self.tr("Variant sweep stopped; %1 variants not trained.")
                              .replace("%1", str(len(sweep.todo))), 15000)
        elif sweep.todo:
            QTimer.singleShot(0, self._train_next_variant)
            return
        else:
            self.sweep = None
            done = self.tr("Designs trained: %1 runs, compared in the Runs dock.") if sweep.designs else \
                self.tr("Variant sweep done: %1 runs, compared in the Runs dock.")
            self.message.emit(done.replace("%1", str(len(sweep.rows))), 15000)
        if sweep.rows:
            self.sweepFinished.emit(sweep.rows)

    # -- the gradient check ----------------------------------------------------------------------
    def check_gradients(self):
        """Backpropagation against numerical differentiation on the current design, on the
        training thread; ``checkFinished`` brings the table. False if it cannot start now."""
        if self.busy:
            return False
        self.checking = True
        self.check_worker.arm()
        progress = QProgressDialog(self.tr("Comparing backpropagation with numerical differentiation…"),
                                   self.tr("Cancel"), 0, 0, self.widget)
        progress.setWindowTitle(self.tr("Gradient check"))
        progress.setModal(False)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel_check)
        progress.show()
        self.check_progress = progress
        self.busyChanged.emit()
        self._check.emit((self.doc.design.to_dict(), self.doc.design.path))
        return True

    @Slot()
    def cancel_check(self):
        if self.checking:
            self.check_worker.cancel()

    @Slot(int, int)
    def _check_progressed(self, done, total):
        if self.check_progress is not None:
            self.check_progress.setMaximum(total)
            self.check_progress.setValue(done)

    def _check_ended(self):
        self.checking = False
        if self.check_progress is not None:
            self.check_progress.canceled.disconnect(self.cancel_check)
            self.check_progress.close()
            self.check_progress.deleteLater()
            self.check_progress = None
        self.busyChanged.emit()

    @Slot(object)
    def _check_done(self, rows):
        self._check_ended()
        self.gradcheck_dialog = GradCheckDialog(rows, GRADCHECK_SAMPLES, self.widget)
        self.gradcheck_dialog.setModal(False)
        self.gradcheck_dialog.show()
        self.checkFinished.emit(self.gradcheck_dialog)

    @Slot(str)
    def _check_failed(self, problem):
        self._check_ended()
        self.message.emit(self.tr("Cannot check the gradients: %1").replace("%1", problem), 15000)
        self.checkFinished.emit(None)

    @Slot()
    def _check_cancelled(self):
        self._check_ended()
        self.message.emit(self.tr("Gradient check cancelled."), 6000)
        self.checkFinished.emit(None)

    def shutdown(self):
        """Cancel a check, stop any run and join the thread (before the window closes)."""
        self.check_worker.cancel()
        self.trainer.shutdown()
