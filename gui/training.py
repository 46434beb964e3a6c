"""Training off the GUI thread: a worker QObject on a QThread, and its controller.

The worker runs core's Trainer on a copy of the design. Reports go into a
latest-only mailbox (epoch metrics are queued, layer reports replace each
other); the controller drains it from a GUI-thread QTimer and emits
``reportsArrived`` there, so painting never runs per report and nothing in
Qt's widgets is touched off the GUI thread. Worker signals reach only @Slot
methods of the controller, which lives on the GUI thread.
"""
import dataclasses
import gc
import sys
import threading
import time

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from core import Design
from core.errors import Cancelled, DataError, DesignError
from core.training import Trainer, TrainResult

from .i18n import core_text

DRAIN_MS = 200  # 5 Hz: repaints cost training throughput through the interpreter lock
SURFACE_SECONDS = 0.5  # the decision boundary is recomputed at most twice a second, while in view
RELEASE_TURNS = 3      # turns of the event loop the worker waits, for the window's paints (see go())
SWITCH_SECONDS = 0.002  # the GUI thread waits at most this long for the interpreter (Python's default: 5 ms)
STATS_BUDGET = 0.03    # layer histograms may take 3% of the training time; every epoch costs digits 9%


class Mailbox:
    """What the worker has produced since the GUI last looked; safe across threads."""

    def __init__(self):
        self._lock = threading.Lock()
        # For every epoch: (epoch, metrics, {node id: gradient norm}, {node id: weight Histogram})
        self.epochs = []
        self.latest = None      # the newest Report (progress, confusion)
        self.stats = None       # the newest Report with layer histograms
        self.surface = None     # the newest decision Surface, for data with two features

    def put(self, report):
        with self._lock:
            if report.kind == "epoch":
                norms = {lr.node_id: lr.grad_norm for lr in report.layers}
                weights = {lr.node_id: lr.weights["W"] for lr in report.layers if "W" in lr.weights}
                self.epochs.append((report.epoch, dict(report.metrics), norms, weights))
            self.latest = report
            if report.layers:
                self.stats = report

    def put_surface(self, surface):
        with self._lock:
            self.surface = surface

    def take(self):
        """Everything since the last take; the newest report carries the newest layer
        histograms even when it came without its own (a stats budget spaces them out)."""
        with self._lock:
            latest = self.latest
            if latest is not None and not latest.layers and self.stats is not None:
                latest = dataclasses.replace(latest, layers=self.stats.layers)
            taken = self.epochs, latest, self.surface
            self.epochs, self.latest, self.stats, self.surface = [], None, None, None
            return taken


class TrainWorker(QObject):
    finished = Signal(object)   # core.training.TrainResult
    failed = Signal(str)
    ready = Signal()            # a new run's starting state is in the mailbox; it waits for go()

    def __init__(self, mailbox):
        super().__init__()
        self.mailbox = mailbox
        self.trainer = None
        self._lock = threading.Lock()
        self._surface_at = 0.0
        # Mid-run decision surfaces only while the window shows the boundary (1% of a spiral's
        # training each); a run's first and last surfaces are always made (set from any thread).
        self.surfaces_wanted = False
        self._go = threading.Event()
        self._stop_asked = False
        self._cancel = threading.Event()  # closing or Stop while the data loads (a big CSV)
        # Pace: epochs per second (None: full speed). Waits are on this condition, which
        # Stop, Pause, a new pace and closing all notify: a wait never delays them.
        self._wake = threading.Condition()
        self._pace = None
        self._paced_at = 0.0
        self._pause_after_epoch = False  # Step while paused: one epoch, then paused again
        # Paused time, taken out of the reports' seconds (the time left counts training only).
        self._paused_since = None
        self._paused_total = 0.0
        self._fit_base = (0.0, 0.0)  # (trainer.seconds, paused time) when the fit began

    def go(self):
        """Let a new run start training (the GUI has laid out its plots; any thread)."""
        self._go.set()

    @Slot(object, object)
    def run(self, job, epochs):
        """Train ``job`` = (the design as a plain dict, its file path) for ``epochs`` more epochs,
        or up to the design's total."""
        try:
            design_dict, path = job
            self._go.wait(timeout=1.0)  # the window has drawn the run's start (it shares the interpreter)
            self._go.clear()
            design = Design.from_dict(design_dict)
            design.path = path
            with self._lock:
                trainer = self.trainer
            if trainer is None:  # made outside the lock: loading a CSV may take long, Stop must not wait
                trainer = Trainer(design, callback=self._report, stats_budget=STATS_BUDGET,
                                  cancel=self._cancel.is_set)
            with self._lock:
                self.trainer = trainer
                stop_asked = self._stop_asked
                if stop_asked:  # Stop (or closing) came while the run was being set up
                    trainer.stop()
            if trainer.epoch == 0 and not stop_asked:  # (the first report passes over the data once)
                self._start(trainer)
            with self._wake:
                self._fit_base = (trainer.seconds, self._paused_total)
                self._paced_at = time.monotonic()
            result = trainer.fit(epochs)
            if trainer.planar:  # the boundary as the run left it
                self.mailbox.put_surface(trainer.surface())
        except Cancelled:  # closed or stopped while the data loaded: nothing to say
            self.finished.emit(TrainResult({}, 0, "stopped", "stopped while the data loaded", 0.0))
            return
        except (DataError, DesignError, ValueError) as e:
            self.failed.emit(core_text(e))  # in the window's language (pure Python: safe on this thread)
            return
        except Exception as e:  # a bug must reach the user as a message, not kill the thread silently
            self.failed.emit(f"training failed: {type(e).__name__}: {e}")
            return
        self.finished.emit(result)

    def _start(self, trainer):
        """Show the network as initialised (epoch 0), and give the GUI the interpreter while it
        lays out its plots for it: a second at most, then training starts regardless."""
        self.mailbox.put(trainer.start_report())
        if trainer.planar:
            self.mailbox.put_surface(trainer.surface())
        self.ready.emit()
        self._go.wait(timeout=1.0)

    def _report(self, report):
        """The trainer's callback, on this thread: binning is done here, never on the GUI thread."""
        if self._paused_total:  # only after a pause; full speed pays one test per report
            report = self._without_pauses(report)
        self.mailbox.put(report)
        trainer = self.trainer
        if report.kind == "epoch" and trainer is not None:
            if trainer.planar and self.surfaces_wanted:
                now = time.monotonic()
                if now - self._surface_at >= SURFACE_SECONDS:
                    self._surface_at = now
                    self.mailbox.put_surface(trainer.surface())
            if self._pace is not None or self._pause_after_epoch:
                self._after_epoch(trainer)

    def _without_pauses(self, report):
        """The report with the paused time taken out of its seconds and samples per second."""
        base_seconds, base_paused = self._fit_base
        paused = self._paused_total - base_paused
        elapsed = report.seconds - base_seconds
        if paused <= 0 or elapsed <= paused:
            return report
        return dataclasses.replace(report, seconds=report.seconds - paused,
                                   samples_per_second=report.samples_per_second * elapsed / (elapsed - paused))

    def _after_epoch(self, trainer):
        """Between epochs: pause again after a Step taken while paused; keep the pace, waking
        at once for Stop, Pause, a new pace or closing."""
        with self._wake:
            if self._pause_after_epoch:
                self._pause_after_epoch = False
                trainer.pause()
                self._paused_since = time.monotonic()
                return
            while self._pace is not None and not self._stop_asked and not trainer.paused:
                left = self._paced_at + 1.0 / self._pace - time.monotonic()
                if left <= 0:
                    break
                self._wake.wait(left)
            self._paced_at = max(time.monotonic(), self._paced_at + 1.0 / self._pace) \
                if self._pace is not None else time.monotonic()

    def step_aside(self, aside):
        """While the window draws (``aside`` True) the run waits between batches (any thread)."""
        with self._lock:
            trainer = self.trainer
        if trainer is not None:
            (trainer.step_aside if aside else trainer.step_back_in)()

    def want_surfaces(self, wanted):
        """Decision surfaces mid-run or not; wanted again, the next epoch makes one (any thread)."""
        if wanted and not self.surfaces_wanted:
            self._surface_at = 0.0
        self.surfaces_wanted = wanted

    def set_pace(self, epochs_per_second):
        with self._wake:
            self._pace = epochs_per_second
            self._wake.notify_all()

    def reset(self):
        with self._lock:
            self.trainer = None
        with self._wake:
            self._paused_total, self._paused_since, self._fit_base = 0.0, None, (0.0, 0.0)

    def arm(self):
        """A new job is on its way: forget the last Stop and wait for go() (GUI thread, before
        the job is sent)."""
        with self._lock:
            self._stop_asked = False
            self._cancel.clear()
            self._go.clear()
            if self.trainer is not None:
                self.trainer.resume()  # a run never starts paused (a Step taken while paused may have ended one so)
        with self._wake:
            self._pause_after_epoch = False

    def stop(self):
        self._cancel.set()  # first: a CSV being read stops at its next chunk
        self._go.set()
        with self._lock:
            self._stop_asked = True
            if self.trainer is not None:
                self.trainer.stop()
        with self._wake:
            self._wake.notify_all()

    def pause(self, paused):
        with self._lock:
            trainer = self.trainer
        with self._wake:
            now = time.monotonic()
            if paused and self._paused_since is None:
                self._paused_since = now
            elif not paused and self._paused_since is not None:
                self._paused_total += now - self._paused_since
                self._paused_since = None
            self._pause_after_epoch = False
            if trainer is not None:
                (trainer.pause if paused else trainer.resume)()
            self._wake.notify_all()

    def step_paused(self):
        """Step while paused: train to the end of the epoch, then pause again."""
        with self._lock:
            trainer = self.trainer
        if trainer is None:
            return
        with self._wake:
            if self._paused_since is not None:
                self._paused_total += time.monotonic() - self._paused_since
                self._paused_since = None
            self._pause_after_epoch = True
            trainer.resume()


class AfterTurns(QObject):
    """Calls ``action`` after a number of turns of the event loop (started again, it counts
    afresh). Its zero-interval timer is its own: it goes with its owner, never calling into a
    deleted one."""

    def __init__(self, action, parent):
        super().__init__(parent)
        self.action, self.left = action, 0
        self.timer = QTimer(self, singleShot=True, interval=0)
        self.timer.timeout.connect(self._turn)

    def start(self, turns):
        self.left = turns
        self.timer.start()

    def stop(self):
        self.left = 0
        self.timer.stop()

    @Slot()
    def _turn(self):
        self.left -= 1
        if self.left > 0:
            self.timer.start()
        else:
            self.action()


class TrainingController(QObject):
    """Owns the thread; the GUI's only door to training."""

    started = Signal()
    # epochs [(epoch, metrics, norms, weight histograms)], latest Report or None, Surface or None
    reportsArrived = Signal(object, object, object)
    stopped = Signal(object)                  # TrainResult
    failed = Signal(str)
    pausedChanged = Signal(bool)
    _run = Signal(object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        # Every call from Qt into Python (each item painted) waits for the worker to hand over the
        # interpreter lock; a shorter switch interval keeps a paint's many waits short.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_SECONDS))
        self.mailbox = Mailbox()
        self.thread = QThread(self)
        self.thread.setObjectName("LayerLab training")
        self.worker = TrainWorker(self.mailbox)
        self.worker.moveToThread(self.thread)
        self._run.connect(self.worker.run)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.worker.ready.connect(self._on_ready)
        self.thread.start()
        self.timer = QTimer(self)
        self.timer.setInterval(DRAIN_MS)
        self.timer.timeout.connect(self.drain)
        self.running = False
        self.paused = False
        self.pace = None  # epochs per second, None: full speed
        self.fresh_run = True
        self.snapshot = None
        self._holding = False
        self._release = AfterTurns(self.worker.go, self)                            # go()
        self._back_in = AfterTurns(lambda: self.worker.step_aside(False), self)    # hold_worker()

    def train(self, design, epochs=None, fresh=False):
        """Start a run (False if one is under way); Step (``epochs=1``) while paused trains the
        paused run's current epoch to its end and pauses again."""
        if self.running:
            if self.paused and epochs == 1:
                self.worker.step_paused()
                return True
            return False
        snapshot = design.to_dict()  # already a deep copy: the worker shares nothing with the GUI
        done = self.worker.trainer is not None and epochs is None and \
            self.worker.trainer.epoch >= self.worker.trainer.settings["epochs"]
        if fresh or done or snapshot != self.snapshot:  # a finished run or a changed design starts afresh
            self.worker.reset()
        self.snapshot = snapshot
        self.fresh_run = self.worker.trainer is None  # a new run, not a continuation (Step, Train again)
        self.running, self.paused = True, False
        # The window's 75,000-odd Python objects outlive any run: a full garbage collection
        # scanning them all stalled the window for 57 ms mid-run. Frozen for the run, only
        # what the run makes is scanned; they are handed back to the collector when it ends.
        gc.freeze()
        self.timer.start()
        self.started.emit()  # the window clears and locks before the worker competes for the interpreter
        self.worker.arm()
        self._run.emit((snapshot, design.path), epochs)
        self._holding = True
        self.go()  # once the window has painted the start
        return True

    def set_paused(self, paused):
        if self.running and paused != self.paused:
            self.paused = paused
            self.worker.pause(paused)
            self.pausedChanged.emit(paused)

    @Slot(object)
    def set_pace(self, epochs_per_second):
        """Slow motion: at most ``epochs_per_second`` epochs a second (a positive number), or
        None for full speed, which costs nothing. Takes effect at once, also mid-run."""
        if epochs_per_second is not None and not epochs_per_second > 0:
            raise ValueError(f"pace: expected a positive number of epochs per second or None, "
                             f"got {epochs_per_second!r}")
        self.pace = epochs_per_second
        self.worker.set_pace(epochs_per_second)

    @Slot(bool)
    def want_surfaces(self, wanted):
        """The decision boundary is in view (True) or not: the run computes its surface only then."""
        self.worker.want_surfaces(wanted)

    def stop(self):
        self.worker.stop()

    def reset(self):
        if not self.running:
            self.worker.reset()

    @Slot()
    def drain(self):
        epochs, latest, surface = self.mailbox.take()
        if epochs or latest is not None or surface is not None:
            self.hold_worker()
            self.reportsArrived.emit(epochs, latest, surface)

    def hold_worker(self):
        """The window is about to draw: the worker waits between batches until the paints this
        causes are done. Every call from Qt into Python (each item painted) and every NumPy call
        otherwise waits for the worker to hand the interpreter over: a report that takes 1 ms
        alone took 15-40 ms beside a running XOR."""
        if not self.running:
            return
        self.worker.step_aside(True)
        self._back_in.start(RELEASE_TURNS)

    @Slot()
    def _on_ready(self):
        """A new run's starting state: show it now; the worker waits for go() (at most a second)."""
        self._holding = True
        self.drain()

    @Slot()
    def go(self):
        """The views are laid out for the new run: let the worker train once the paints this
        caused are done. pyqtgraph's views repaint a turn or two of the event loop after their
        scene changed, so the worker is let go a few turns later, not at the next one."""
        if self._holding:
            self._holding = False
            self._release.start(RELEASE_TURNS)

    @Slot(object)
    def _on_finished(self, result):
        self._end()
        self.stopped.emit(result)

    @Slot(str)
    def _on_failed(self, message):
        self._end()
        self.worker.reset()
        self.failed.emit(message)

    def _end(self):
        self.timer.stop()
        self.drain()
        self._back_in.stop()  # a run continued later (Step, Train again) starts unobstructed
        self.worker.step_aside(False)
        was_paused = self.paused
        self.running = self.paused = False
        gc.unfreeze()
        if was_paused:
            self.pausedChanged.emit(False)

    def shutdown(self):
        """Stop any run and join the thread (before the window closes)."""
        self.worker.stop()
        self.thread.quit()
        self.thread.wait()
