"""Training off the GUI thread: a worker QObject on a QThread, and its controller.

The worker runs core's Trainer on a copy of the design. Reports go into a
latest-only mailbox (epoch metrics are queued, layer reports replace each
other); the controller drains it from a GUI-thread QTimer and emits
``reportsArrived`` there, so painting never runs per report and nothing in
Qt's widgets is touched off the GUI thread. Worker signals reach only @Slot
methods of the controller, which lives on the GUI thread.
"""
import threading
import time

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from core import Design
from core.errors import DataError, DesignError
from core.training import Trainer

DRAIN_MS = 200  # 5 Hz: repaints cost training throughput through the interpreter lock
SURFACE_SECONDS = 0.5  # the decision boundary is recomputed at most twice a second


class Mailbox:
    """What the worker has produced since the GUI last looked; safe across threads."""

    def __init__(self):
        self._lock = threading.Lock()
        # For every epoch: (epoch, metrics, {node id: gradient norm}, {node id: weight Histogram})
        self.epochs = []
        self.latest = None      # the newest Report (layer histograms, confusion)
        self.surface = None     # the newest decision Surface, for data with two features

    def put(self, report):
        with self._lock:
            if report.kind == "epoch":
                norms = {lr.node_id: lr.grad_norm for lr in report.layers}
                weights = {lr.node_id: lr.weights["W"] for lr in report.layers if "W" in lr.weights}
                self.epochs.append((report.epoch, dict(report.metrics), norms, weights))
            self.latest = report

    def put_surface(self, surface):
        with self._lock:
            self.surface = surface

    def take(self):
        with self._lock:
            taken = self.epochs, self.latest, self.surface
            self.epochs, self.latest, self.surface = [], None, None
            return taken


class TrainWorker(QObject):
    finished = Signal(object)   # core.training.TrainResult
    failed = Signal(str)

    def __init__(self, mailbox):
        super().__init__()
        self.mailbox = mailbox
        self.trainer = None
        self._lock = threading.Lock()
        self._surface_at = 0.0

    @Slot(object, object)
    def run(self, job, epochs):
        """Train ``job`` = (the design as a plain dict, its file path) for ``epochs`` more epochs,
        or up to the design's total."""
        try:
            design_dict, path = job
            design = Design.from_dict(design_dict)
            design.path = path
            with self._lock:
                if self.trainer is None:
                    self.trainer = Trainer(design, callback=self._report)
                trainer = self.trainer
            result = trainer.fit(epochs)
            if trainer.planar:  # the boundary as the run left it
                self.mailbox.put_surface(trainer.surface())
        except (DataError, DesignError, ValueError) as e:
            self.failed.emit(str(e))
            return
        except Exception as e:  # a bug must reach the user as a message, not kill the thread silently
            self.failed.emit(f"training failed: {type(e).__name__}: {e}")
            return
        self.finished.emit(result)

    def _report(self, report):
        """The trainer's callback, on this thread: binning is done here, never on the GUI thread."""
        self.mailbox.put(report)
        trainer = self.trainer
        if report.kind == "epoch" and trainer is not None and trainer.planar:
            now = time.monotonic()
            if now - self._surface_at >= SURFACE_SECONDS:
                self._surface_at = now
                self.mailbox.put_surface(trainer.surface())

    def reset(self):
        with self._lock:
            self.trainer = None

    def stop(self):
        with self._lock:
            if self.trainer is not None:
                self.trainer.stop()

    def pause(self, paused):
        with self._lock:
            if self.trainer is not None:
                (self.trainer.pause if paused else self.trainer.resume)()


class TrainingController(QObject):
    """Owns the thread; the GUI's only door to training."""

    started = Signal()
    # epochs [(epoch, metrics, norms, weight histograms)], latest Report or None, Surface or None
    reportsArrived = Signal(object, object, object)
    stopped = Signal(object)                  # TrainResult
    failed = Signal(str)
    _run = Signal(object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mailbox = Mailbox()
        self.thread = QThread(self)
        self.thread.setObjectName("LayerLab training")
        self.worker = TrainWorker(self.mailbox)
        self.worker.moveToThread(self.thread)
        self._run.connect(self.worker.run)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.thread.start()
        self.timer = QTimer(self)
        self.timer.setInterval(DRAIN_MS)
        self.timer.timeout.connect(self.drain)
        self.running = False
        self.paused = False
        self.fresh_run = True
        self._snapshot = None

    def train(self, design, epochs=None, fresh=False):
        if self.running:
            return False
        snapshot = design.to_dict()  # already a deep copy: the worker shares nothing with the GUI
        done = self.worker.trainer is not None and epochs is None and \
            self.worker.trainer.epoch >= self.worker.trainer.settings["epochs"]
        if fresh or done or snapshot != self._snapshot:  # a finished run or a changed design starts afresh
            self.worker.reset()
        self._snapshot = snapshot
        self.fresh_run = self.worker.trainer is None  # a new run, not a continuation (Step, Train again)
        self.running, self.paused = True, False
        self._run.emit((snapshot, design.path), epochs)
        self.timer.start()
        self.started.emit()
        return True

    def set_paused(self, paused):
        if self.running:
            self.paused = paused
            self.worker.pause(paused)

    def stop(self):
        self.worker.stop()

    def reset(self):
        if not self.running:
            self.worker.reset()

    @Slot()
    def drain(self):
        epochs, latest, surface = self.mailbox.take()
        if epochs or latest is not None or surface is not None:
            self.reportsArrived.emit(epochs, latest, surface)

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
        self.running = self.paused = False

    def shutdown(self):
        """Stop any run and join the thread (before the window closes)."""
        self.worker.stop()
        self.thread.quit()
        self.thread.wait()
