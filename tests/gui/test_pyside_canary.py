"""Canary for a known PySide6 bug: 6.12.0 on Python < 3.12 drops a reference to
None/True/False on every signal emit or processEvents(), and a live plot dies
within about 100 updates ("Fatal Python error: none_dealloc"). pyproject.toml
never installs that combination; this test fails loudly if it ever comes back."""
import gc
import sys

import PySide6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal, Slot


class Emitter(QObject):
    value = Signal(object)
    flag = Signal(bool)

    @Slot()
    def burst(self):
        for i in range(300):
            self.value.emit(None)
            self.flag.emit(i % 2 == 0)


class Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0

    @Slot(object)
    def on_value(self, v):
        self.count += 1

    @Slot(bool)
    def on_flag(self, b):
        self.count += 1


def refcounts():
    return [sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)]


def test_the_known_bad_combination_is_not_installed():
    bad = PySide6.__version__.startswith("6.12.0") and sys.version_info < (3, 12)
    assert not bad, f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} corrupts reference counts"


def test_signals_across_threads_do_not_drift_refcounts(qtbot):
    receiver = Receiver()
    emitter = Emitter()
    thread = QThread()
    emitter.moveToThread(thread)
    emitter.value.connect(receiver.on_value)
    emitter.flag.connect(receiver.on_flag)
    thread.started.connect(emitter.burst)
    # Settle what earlier tests left behind (deferred deletes free objects that hold None),
    # and keep the collector still, so that only the emits can move the counts.
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()
    gc.disable()
    try:
        before = refcounts()
        thread.start()
        qtbot.waitUntil(lambda: receiver.count == 600, timeout=10000)
        for _ in range(300):
            QCoreApplication.processEvents()
        thread.quit()
        thread.wait()
    finally:
        gc.enable()
    drift = [abs(a - b) for a, b in zip(refcounts(), before)]
    # 600 emits and 300 processEvents() would drift by hundreds with the bug.
    assert max(drift) < 50, f"refcounts of None/True/False drifted by {drift}"
