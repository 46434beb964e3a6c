"""Autosave in the app: each window keeps its unsaved design and runs in a slot of its own, only the work
of windows that are gone is offered back, and damaged autosaves are explained once and set aside."""
import os

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core import load_design
from core.design import design_to_json
from core.recovery import AutosaveSlots
from gui import MainWindow
from gui import files as gui_files

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
XOR = os.path.join(ROOT, "resources", "examples", "xor.layerlab")
XOR_NAME = "XOR, one hidden layer"


def forget_changes(w):
    w.doc.undo_stack.setClean()
    w.log.modified = False


def new_window(qtbot):
    """Another window; closed after the test without questions (its thread joined)."""
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=forget_changes)
    return w


def edit(window, name):
    """An unsaved change the user can see: the design's name (one undoable step)."""
    window.open_file(XOR)
    window.doc.design.name = name
    window.doc.undo_stack.resetClean()


def crash(window):
    """The app dies: the operating system drops its lock; its slot stays on disk."""
    slot = window.files.slot
    os.close(slot._fd)
    slot._fd = None
    window.files.slot = None


def crashed_slot(design_text=None, meta=None, runs_text=None):
    """Work left by a LayerLab that is gone, as it would lie on disk; returns the slot's folder."""
    slot = AutosaveSlots(gui_files.autosave_dir()).claim()
    slot.write(design_text or design_to_json(load_design(XOR)), {"path": None, "saved": 1.7e9, "design_modified": True})
    if meta is not None:  # what a disk or a bug could leave behind
        with open(os.path.join(slot.path, "autosave.json"), "w", encoding="utf-8") as f:
            f.write(meta)
    if runs_text is not None:
        with open(os.path.join(slot.path, gui_files.RUNS_FILE), "w", encoding="utf-8") as f:
            f.write(runs_text)
    os.close(slot._fd)
    return slot.path


def questions(monkeypatch, answer=QMessageBox.Yes):
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_two_windows_keep_their_own_slots_and_never_offer_each_others_work(qtbot, monkeypatch):
    first, second = new_window(qtbot), new_window(qtbot)
    edit(first, "first window's work")
    edit(second, "second window's work")
    assert first.autosave() and second.autosave()
    assert first.files.slot.path != second.files.slot.path
    asked = questions(monkeypatch)
    third = new_window(qtbot)
    assert not third.offer_recovery() and asked == []  # both owners are alive
    with open(os.path.join(first.files.slot.path, "design.layerlab"), encoding="utf-8") as f:
        assert "first window's work" in f.read()
    # The second window closes cleanly: its slot goes, the first one's work stays.
    second.doc.undo_stack.setClean()
    second_slot = second.files.slot.path
    second.close()
    assert not os.path.exists(second_slot)
    assert os.path.exists(os.path.join(first.files.slot.path, "design.layerlab"))
    first.doc.undo_stack.setClean()
    first.close()


def test_the_work_of_a_crashed_window_is_offered_once(window, qtbot, monkeypatch):
    crashed = new_window(qtbot)
    edit(crashed, "work before the crash")
    assert crashed.autosave()
    crash(crashed)
    asked = questions(monkeypatch)
    assert window.offer_recovery()
    assert len(asked) == 1
    assert window.doc.design.name == "work before the crash" and window.isWindowModified()
    again = new_window(qtbot)
    assert not again.offer_recovery() and len(asked) == 1  # restored: never offered a second time


def test_declined_work_is_not_offered_again(window, qtbot, monkeypatch):
    crashed_slot()
    asked = questions(monkeypatch, QMessageBox.No)
    assert not window.offer_recovery()
    assert not new_window(qtbot).offer_recovery()
    assert len(asked) == 1


@pytest.mark.parametrize("meta, shown", [
    ("[]", "must be a JSON object, got []"),
    ('"str"', "must be a JSON object, got 'str'"),
    ('{"saved": NaN}', "NaN"),
])
def test_a_malformed_autosave_record_is_explained_once_and_set_aside(window, qtbot, monkeypatch, meta, shown):
    path = crashed_slot(meta=meta)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: warnings.append(text))
    asked = questions(monkeypatch)
    assert not window.offer_recovery()
    assert len(warnings) == 1 and "autosave.json" in warnings[0] and shown in warnings[0]
    assert asked == [] and not os.path.exists(path) and os.path.exists(path + ".corrupt")
    # The window works afterwards, and the next start offers nothing and says nothing.
    assert window.open_file(XOR) and window.doc.design.nodes
    assert not new_window(qtbot).offer_recovery()
    assert len(warnings) == 1 and asked == []


@pytest.mark.parametrize("design_text", ["{not json", '{"version": 1, "nodes": 5}'])
def test_a_corrupt_autosaved_design_is_explained_once_and_set_aside(window, qtbot, monkeypatch, design_text):
    path = crashed_slot(design_text=design_text)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: warnings.append(text))
    asked = questions(monkeypatch)
    assert not window.offer_recovery()
    assert len(warnings) == 1 and "the autosaved design is damaged" in warnings[0]
    assert asked == [] and os.path.exists(path + ".corrupt")
    assert window.open_file(XOR)
    assert not new_window(qtbot).offer_recovery()
    assert len(warnings) == 1


def test_damaged_autosaved_runs_are_explained_once_and_set_aside(window, qtbot, monkeypatch):
    path = crashed_slot(runs_text='{"format": "layerlab-runs", "version": 1, "runs": [{"name": 5}]}')
    with open(os.path.join(path, "autosave.json"), "w", encoding="utf-8") as f:
        f.write('{"path": null, "saved": 1.7e9, "runs": true}')
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: warnings.append(text))
    questions(monkeypatch)
    assert not window.offer_recovery()
    assert len(warnings) == 1 and "the autosaved runs are damaged" in warnings[0]
    assert not new_window(qtbot).offer_recovery() and len(warnings) == 1


def train_a_run(window, qtbot, epochs=3):
    window.open_file(XOR)
    window.doc.design.training["epochs"] = epochs
    window.act_train.trigger()
    qtbot.waitUntil(lambda: not window.trainer.running and len(window.log.runs) == 1, timeout=20000)
    # ... and autosaved, in the turn of the event loop after the one that ended it
    qtbot.waitUntil(lambda: window.files.slot is not None and
                    any(gui_files.RUN_FILE.fullmatch(n) for n in os.listdir(window.files.slot.path)))


def test_quitting_with_unsaved_runs_asks_and_cancel_keeps_the_window_open(qtbot, monkeypatch):
    w = new_window(qtbot)
    w.show()
    train_a_run(w, qtbot)
    asked = questions(monkeypatch, QMessageBox.Cancel)
    assert not w.close() and w.isVisible()
    assert len(asked) == 1 and "1 runs are not saved" in asked[0]
    questions(monkeypatch, QMessageBox.Discard)
    assert w.close()


def test_save_runs_when_quitting_writes_them_and_closes(qtbot, monkeypatch, tmp_path):
    w = new_window(qtbot)
    w.show()
    train_a_run(w, qtbot)
    questions(monkeypatch, QMessageBox.Save)
    target = tmp_path / "kept.layerlab-runs"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert w.close()
    from core.experiments import load_runs
    assert len(load_runs(target)) == 1


def test_saved_or_opened_runs_do_not_ask(window, qtbot, tmp_path):
    train_a_run(window, qtbot)
    assert window.log.modified
    window.log.save(tmp_path / "runs.layerlab-runs")
    assert not window.log.modified and window.files.may_close()  # no question asked (none is patched)
    window.log.load(tmp_path / "runs.layerlab-runs")
    assert not window.log.modified


def test_unsaved_runs_are_autosaved_with_the_design_and_recovered(window, qtbot, monkeypatch):
    crashed = new_window(qtbot)
    train_a_run(crashed, qtbot)
    # The finished run went into the window's slot at once, in a file of its own, with the
    # (unchanged) design.
    assert [n for n in os.listdir(crashed.files.slot.path) if gui_files.RUN_FILE.fullmatch(n)] == ["run-1.layerlab-runs"]
    history = crashed.log.runs[0].history
    crash(crashed)
    asked = questions(monkeypatch)
    assert window.offer_recovery()
    assert "1 unsaved runs" in asked[0]
    assert [r.history for r in window.log.runs] == [history]
    assert window.log.modified  # recovered runs are still unsaved: quitting will ask
    assert window.doc.path == XOR and not window.doc.modified  # the design itself was saved
    window.log.modified = False


def test_each_run_is_autosaved_once_however_many_the_session_holds_and_all_come_back(window, qtbot, monkeypatch):
    crashed = new_window(qtbot)
    laid_out = []
    real = gui_files.runs_to_json
    monkeypatch.setattr(gui_files, "runs_to_json", lambda runs: laid_out.append([r.name for r in runs]) or real(runs))
    train_a_run(crashed, qtbot)
    for n in (2, 3):
        crashed.act_train.trigger()
        qtbot.waitUntil(lambda: not crashed.trainer.running and len(crashed.log.runs) == n, timeout=20000)
    assert laid_out == [[XOR_NAME], [XOR_NAME + " (2)"], [XOR_NAME + " (3)"]]  # one run written at each end
    # A change to the runs is written in the next turn of the event loop (not inside the one that
    # ended a run, which has the window's last reports and the Runs dock to draw).
    crashed.log.rename(1, "second")  # a renamed run is written again, alone
    qtbot.waitUntil(lambda: laid_out[-1] == ["second"])
    assert len(laid_out) == 4
    crashed.log.delete([0])  # a deleted run's file goes
    slot = crashed.files.slot.path
    qtbot.waitUntil(lambda: sorted(n for n in os.listdir(slot) if gui_files.RUN_FILE.fullmatch(n)) ==
                    ["run-3.layerlab-runs", "run-4.layerlab-runs"])
    crash(crashed)
    questions(monkeypatch)
    assert window.offer_recovery()
    assert [r.name for r in window.log.runs] == ["second", XOR_NAME + " (3)"]
    window.log.modified = False


def test_a_damaged_list_of_run_files_is_set_aside_with_a_message(window, monkeypatch):
    path = crashed_slot(meta='{"path": null, "saved": 1.7e9, "runs": true, "run_files": ["../../etc/passwd"]}')
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: warnings.append(text))
    questions(monkeypatch)
    assert not window.offer_recovery()
    assert len(warnings) == 1 and "run_files must list the slot's run files" in warnings[0]
    assert os.path.exists(path + ".corrupt")
