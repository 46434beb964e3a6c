"""Canary for a known PySide6 bug: 6.12.0 on Python < 3.12 drops a reference to
None/True/False on every signal emit or processEvents(), and a live plot dies
within about 100 updates ("Fatal Python error: none_dealloc"). pyproject.toml
never installs that combination; this test fails loudly if it ever comes back."""
import gc
import json
import os
import subprocess
import sys
import time

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot


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


def measure_drift():
    """Emit 600 signals across threads and run 300 processEvents(); how far did the counts move?"""
    app = QCoreApplication.instance() or QCoreApplication([])
    receiver = Receiver()
    emitter = Emitter()
    thread = QThread()
    emitter.moveToThread(thread)
    emitter.value.connect(receiver.on_value)
    emitter.flag.connect(receiver.on_flag)
    thread.started.connect(emitter.burst)
    QCoreApplication.processEvents()
    gc.collect()
    gc.disable()  # only the emits may move the counts
    before = refcounts()
    thread.start()
    deadline = time.monotonic() + 10
    while receiver.count < 600 and time.monotonic() < deadline:
        QCoreApplication.processEvents()
    for _ in range(300):
        QCoreApplication.processEvents()
    thread.quit()
    thread.wait()
    drift = [abs(a - b) for a, b in zip(refcounts(), before)]
    gc.enable()
    return receiver.count, drift, app


def test_signals_across_threads_do_not_drift_refcounts():
    # In a fresh interpreter: objects that earlier tests leave to be freed move the counts too.
    out = subprocess.run([sys.executable, __file__], capture_output=True, text=True, timeout=60,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.returncode == 0, out.stderr[-2000:]
    count, drift = json.loads(out.stdout.strip().splitlines()[-1])
    assert count == 600, f"only {count} of 600 signals arrived"
    # 600 emits and 300 processEvents() would drift by hundreds with the bug.
    assert max(drift) < 50, f"refcounts of None/True/False drifted by {drift}"


if __name__ == "__main__":
    count, drift, _ = measure_drift()
    print(json.dumps([count, drift]))
