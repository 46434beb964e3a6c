"""Training controls as a student expects them: Paused is shown, Step works while paused, the time
left is right after Resume, the final metrics stay in the status bar, a pace slows a toy run down
(and full speed costs nothing), and closing mid-load of a big CSV returns at once."""
import os
import pydoc
import re
import threading
import time

import numpy as np
import pytest

from core import Design, load_design
from core.training import Trainer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
XOR = os.path.join(ROOT, "resources", "examples", "xor.layerlab")


def seconds_left(window):
    found = re.search(r"(\d+) s left", window.progress.format())
    return int(found.group(1)) if found else None


def test_paused_is_shown_and_step_trains_one_epoch_while_paused(window, qtbot):
    window.open_file(XOR)
    window.doc.design.training["epochs"] = 100000
    window.act_train.trigger()
    qtbot.waitUntil(lambda: window.log.current is not None and bool(window.log.current.epochs), timeout=10000)
    window.act_pause.trigger()
    assert window.progress.format().startswith("Paused")
    assert window.act_step.isEnabled() and not window.act_train.isEnabled()
    qtbot.wait(300)  # the pause reaches the worker and the mailbox drains
    before = window.log.current.epochs[-1]
    window.act_step.trigger()
    qtbot.waitUntil(lambda: window.log.current.epochs[-1] == before + 1, timeout=5000)
    qtbot.wait(400)
    assert window.log.current.epochs[-1] == before + 1, "Step trained more than one epoch"
    assert window.trainer.running and window.act_pause.isChecked()
    assert window.progress.format().startswith(f"Paused · epoch {before + 1} of 100000")
    window.act_pause.trigger()  # Resume
    qtbot.waitUntil(lambda: window.log.current.epochs[-1] > before + 5, timeout=5000)
    assert "Paused" not in window.progress.format()
    window.act_stop.trigger()
    qtbot.waitUntil(lambda: not window.trainer.running, timeout=5000)


def test_the_time_left_after_resume_leaves_out_the_pause(window, qtbot):
    window.open_file(XOR)
    window.doc.design.training["epochs"] = 60
    window.trainer.set_pace(20)  # a 3-second run
    window.act_train.trigger()
    qtbot.waitUntil(lambda: window.log.current is not None and len(window.log.current.epochs) >= 8, timeout=10000)
    window.act_pause.trigger()
    qtbot.wait(2500)  # longer than the run has trained so far
    window.act_pause.trigger()
    epoch = window.log.current.epochs[-1]
    qtbot.waitUntil(lambda: window.log.current.epochs[-1] >= epoch + 3, timeout=5000)
    qtbot.wait(250)  # a drain after the newest epoch
    done = window.log.current.epochs[-1]
    honest = (60 - done) / 20
    assert seconds_left(window) <= honest + 1.5, window.progress.format()
    qtbot.waitUntil(lambda: not window.trainer.running, timeout=10000)


def test_the_final_metrics_are_in_the_status_bar_at_the_end(window, qtbot):
    window.open_file(XOR)
    window.doc.design.training["epochs"] = 1
    window.act_train.trigger()
    qtbot.waitUntil(lambda: not window.trainer.running, timeout=10000)
    qtbot.waitUntil(lambda: "final" in window.statusBar().currentMessage(), timeout=2000)
    shown = window.statusBar().currentMessage()
    assert shown.startswith("completed 1 epoch —"), shown  # one epoch, not "1 epochs"
    loss = window.last_result.metrics["loss"]
    assert f"loss {loss:.4g}" in shown and "val_accuracy" in shown


def test_completed_reads_in_the_singular_for_one_epoch():
    trainer = Trainer(load_design(XOR))
    assert trainer.fit(1).message == "completed 1 epoch"
    assert trainer.fit(2).message == "completed 3 epochs"


def timed_run(window, qtbot, epochs=10):
    window.open_file(XOR)
    window.doc.design.training["epochs"] = epochs
    began = time.perf_counter()
    window.act_train.trigger()
    qtbot.waitUntil(lambda: not window.trainer.running, timeout=30000)
    return time.perf_counter() - began


def test_a_pace_of_5_epochs_a_second_slows_a_10_epoch_run_to_2_seconds(window, qtbot):
    window.status.pace_control.set_pace(5)  # the slider, as the user moves it
    assert window.trainer.pace == 5
    took = timed_run(window, qtbot)
    assert took >= 1.8
    assert window.last_result.epochs_run == 10 and window.last_result.stopped_because == "completed"


def test_stop_ends_a_paced_run_within_a_third_of_a_second(window, qtbot):
    window.open_file(XOR)
    window.doc.design.training["epochs"] = 10
    window.trainer.set_pace(0.5)  # one epoch every two seconds: Stop must not wait for the next
    window.act_train.trigger()
    qtbot.waitUntil(lambda: window.log.current is not None and bool(window.log.current.epochs), timeout=10000)
    ended = []  # when the worker's run returned (a timestamp taken on the worker thread, nothing more)
    window.trainer.worker.finished.connect(lambda result: ended.append(time.perf_counter()))
    began = time.perf_counter()
    window.act_stop.trigger()
    qtbot.waitUntil(lambda: not window.trainer.running, timeout=3000)
    assert ended[0] - began < 0.3  # measured 2-5 ms; the window shows it 70-100 ms later (its last repaint)
    assert time.perf_counter() - began < 1.0
    assert window.last_result.stopped_because == "stopped" and window.last_result.epochs_run < 3


def test_full_speed_is_not_slower_than_with_no_pace_ever_set(window, qtbot):
    unpaced = min(timed_run(window, qtbot, 300) for _ in range(2))
    window.trainer.set_pace(5)
    window.trainer.set_pace(None)  # back to full speed
    assert window.status.pace_control.pace is None
    full = min(timed_run(window, qtbot, 300) for _ in range(2))
    # Generous for a shared 2-core machine, yet a wait per epoch (>= 3 s at any pace) would fail it.
    assert full < unpaced * 1.5 + 0.3, (full, unpaced)


def test_a_pace_must_be_positive(window):
    with pytest.raises(ValueError, match="positive number of epochs per second"):
        window.trainer.set_pace(0)


@pytest.fixture(scope="module")
def big_csv_design(tmp_path_factory, megabytes=100):
    """A design whose CSV takes seconds to read: two features and a class, ~``megabytes`` MB."""
    path = tmp_path_factory.mktemp("big") / "big.csv"
    rows = np.random.default_rng(0).random((megabytes * 2**20 // 40, 2))
    with open(path, "w") as f:
        f.write("x1,x2,label\n")
        np.savetxt(f, np.column_stack([rows, rows[:, 0] > 0.5]), fmt="%.15f,%.15f,%d")
    d = load_design(XOR).to_dict()
    d["training"]["data"] = {"source": "csv", "path": str(path), "target": "label"}
    return Design.from_dict(d)


# The window is closed while the 100 MB are read, while they are parsed, and while their 2.6 million
# rows are split, scaled and shaped (~0.8 s in all; that took 1.4 s to close in CI, before each pass
# over the rows asked whether to go on). A phase is known by the core function that begins it.
@pytest.mark.parametrize("phase", ["core.csvfile.read_file_bytes", "core.csvfile._fast",
                                   "core.training.Trainer._prepare_data"], ids=["reading", "parsing", "preparing"])
def test_closing_the_window_while_a_big_csv_loads_returns_within_a_second(qtbot, monkeypatch, big_csv_design, phase):
    from gui import MainWindow
    owner, name = phase.rsplit(".", 1)
    began_phase = threading.Event()
    original = getattr(pydoc.locate(owner), name)

    def marked(*args, **kwargs):
        began_phase.set()
        return original(*args, **kwargs)
    monkeypatch.setattr(phase, marked)
    w = MainWindow()
    w.show()
    w.doc.reset(big_csv_design)
    w.act_train.trigger()
    qtbot.waitUntil(began_phase.is_set, timeout=20000)
    qtbot.wait(50)  # into the phase
    assert w.trainer.running
    thread = w.trainer.thread
    began = time.perf_counter()
    assert w.close()
    assert time.perf_counter() - began < 1.0
    assert thread.isFinished()


@pytest.mark.parametrize("kind, shown", [("folder", "is a folder; choose a CSV file"),
                                         ("fifo", "is a device or a pipe, not a regular file")])
def test_a_csv_path_that_is_not_a_regular_file_is_refused_and_the_window_stays_usable(window, qtbot, tmp_path,
                                                                                     kind, shown):
    path = tmp_path / "data.csv"
    path.mkdir() if kind == "folder" else os.mkfifo(path)  # a pipe nobody writes to would hang a reader
    d = load_design(XOR).to_dict()
    d["training"]["data"] = {"source": "csv", "path": str(path), "target": "label"}
    window.doc.reset(Design.from_dict(d))
    window.act_train.trigger()
    qtbot.waitUntil(lambda: not window.trainer.running, timeout=10000)
    assert shown in window.statusBar().currentMessage()
    assert window.problem_box.isVisible() and shown in window.problem_box.text()
    window.open_file(XOR)
    window.doc.design.training["epochs"] = 2
    window.act_train.trigger()
    qtbot.waitUntil(lambda: not window.trainer.running, timeout=10000)
    assert window.last_result.epochs_run == 2
