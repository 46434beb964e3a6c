"""Training off the GUI thread: a worker QObject on a QThread, and its controller.

The worker runs core's Trainer on a copy of the design. Reports go into a
latest-only mailbox (epoch metrics are queued, layer reports replace each
other); the controller drains it from a GUI-thread QTimer and emits
``reportsArrived`` there, so painting never runs per report and nothing in
Qt's widgets is touched off the GUI thread. Worker signals reach only @Slot
methods of the controller, which lives on the GUI thread.
"""
import threading

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from core import Design
from core.errors import DataError, DesignError
from core.training import Trainer

DRAIN_MS = 200  # 5 Hz: repaints cost training throughput through the interpreter lock


class Mailbox:
    """What the worker has produced since the GUI last looked; safe across threads."""

    def __init__(self):
        self._lock = threading.Lock()
        self.epochs = []        # (epoch, metrics, {node id: gradient norm}) for every epoch
        self.latest = None      # the newest Report (layer histograms, confusion)

    def put(self, report):
        with self._lock:
            if report.kind == "epoch":
                norms = {lr.node_id: lr.grad_norm for lr in report.layers}
                self.epochs.append((report.epoch, dict(report.metrics), norms))
            self.latest = report

    def take(self):
        with self._lock:
            epochs, latest = self.epochs, self.latest
            self.epochs, self.latest = [], None
            return epochs, latest


class TrainWorker(QObject):
    finished = Signal(object)   # core.training.TrainResult
    failed = Signal(str)

    def __init__(self, mailbox):
        super().__init__()
        self.mailbox = mailbox
        self.trainer = None
        self._lock = threading.Lock()

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
                    self.trainer = Trainer(design, callback=self.mailbox.put)
                trainer = self.trainer
            result = trainer.fit(epochs)
        except (DataError, DesignError, ValueError) as e:
            self.failed.emit(str(e))
            return
        except Exception as e:  # a bug must reach the user as a message, not kill the thread silently
            self.failed.emit(f"training failed: {type(e).__name__}: {e}")
            return
        self.finished.emit(result)

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
    reportsArrived = Signal(object, object)   # epochs [(epoch, metrics, norms)], latest Report or None
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
        epochs, latest = self.mailbox.take()
        if epochs or latest is not None:
            self.reportsArrived.emit(epochs, latest)

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
