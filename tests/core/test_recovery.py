"""Autosave slots: every window keeps its own unsaved work; only work whose owner is gone is offered."""
import json
import os
import subprocess
import sys

import pytest

from core import load_design
from core.design import design_to_json
from core.errors import RecoveryError
from core.recovery import AutosaveSlots

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
XOR_TEXT = design_to_json(load_design(os.path.join(ROOT, "resources", "examples", "xor.layerlab")))

CRASHING = """
import json, os, sys
sys.path.insert(0, {root!r})
from core.recovery import AutosaveSlots
slot = AutosaveSlots({folder!r}).claim()
slot.write({text!r}, {meta!r})
for name, raw in {overwrite!r}.items():   # what a disk or a bug could leave behind
    open(os.path.join(slot.path, name), "w").write(raw)
print(slot.path, flush=True)
{end}
"""


def instance(folder, text=XOR_TEXT, meta=None, overwrite=None, end="os._exit(0)"):
    """Another LayerLab process that autosaves; by default it crashes (exits without releasing)."""
    code = CRASHING.format(root=ROOT, folder=str(folder), text=text, meta=meta or {"path": None, "saved": 1.7e9},
                           overwrite=overwrite or {}, end=end)
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)


def crashed(folder, **kw):
    proc = instance(folder, **kw)
    path = proc.stdout.readline().strip()
    assert proc.wait(timeout=30) == 0
    return path


def read(slot_path):
    with open(os.path.join(slot_path, "design.layerlab"), encoding="utf-8") as f:
        return f.read()


def test_two_instances_keep_their_own_work(tmp_path):
    first, second = AutosaveSlots(tmp_path).claim(), AutosaveSlots(tmp_path).claim()
    first.write(XOR_TEXT, {"path": "a.layerlab", "saved": 1.0})
    second.write(XOR_TEXT.replace("XOR, one hidden layer", "second window"), {"path": None, "saved": 2.0})
    assert first.path != second.path
    assert "XOR, one hidden layer" in read(first.path)
    assert "second window" in read(second.path)
    second.release()   # the second window closes cleanly...
    assert not os.path.exists(second.path)
    assert os.path.exists(os.path.join(first.path, "design.layerlab"))   # ...and the first one's work stays
    first.release()
    assert os.listdir(tmp_path) == []


def test_a_live_instances_slot_is_never_offered(tmp_path):
    mine = AutosaveSlots(tmp_path).claim()
    mine.write(XOR_TEXT, {"saved": 1.0})
    other = instance(tmp_path, end="sys.stdin.read()")   # another window, still open
    try:
        other_path = other.stdout.readline().strip()
        assert os.path.exists(os.path.join(other_path, "design.layerlab"))
        assert AutosaveSlots(tmp_path).orphans() == []
    finally:
        other.kill()   # the other window crashes: now its work is offered, and mine still is not
        other.wait()
    orphans = AutosaveSlots(tmp_path).orphans()
    assert [o.path for o in orphans] == [other_path]
    text, meta = AutosaveSlots(tmp_path).read(orphans[0])
    assert text == XOR_TEXT and meta == {"path": None, "saved": 1.7e9}


def test_an_orphan_is_offered_to_one_instance_at_a_time(tmp_path):
    crashed(tmp_path)
    first = AutosaveSlots(tmp_path).orphans()
    assert len(first) == 1
    assert AutosaveSlots(tmp_path).orphans() == []   # a second window starting now does not offer it too
    AutosaveSlots(tmp_path).discard(first[0])
    assert os.listdir(tmp_path) == []


def test_restoring_work_after_a_crash(tmp_path):
    crashed(tmp_path, meta={"path": "/home/student/xor.layerlab", "saved": 1.7e9})
    slots = AutosaveSlots(tmp_path)
    mine = slots.claim()
    (orphan,) = slots.orphans()    # my own fresh slot is not among them
    text, meta = slots.read(orphan)
    mine.write(text, meta)         # restored: now it is my unsaved work
    slots.discard(orphan)
    assert os.listdir(tmp_path) == [os.path.basename(mine.path)]


def test_an_empty_slot_of_a_gone_instance_is_cleaned_not_offered(tmp_path):
    code = (f"import sys; sys.path.insert(0, {ROOT!r});"
            f"from core.recovery import AutosaveSlots; AutosaveSlots({str(tmp_path)!r}).claim()")
    proc = subprocess.run([sys.executable, "-c", code], check=False)
    assert proc.returncode == 0 and len(os.listdir(tmp_path)) == 1
    assert AutosaveSlots(tmp_path).orphans() == []
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("meta, says", [
    ("[]", "autosave.json is damaged: must be a JSON object, got []"),
    ('"str"', "autosave.json is damaged: must be a JSON object, got 'str'"),
    ('{"saved": NaN}', "autosave.json is damaged: the file contains NaN"),
    ('{"saved": "yesterday"}', "autosave.json is damaged: saved: must be a time in seconds"),
    ('{"saved": 1e999}', "autosave.json is damaged: saved: must be a time in seconds since 1970, got inf"),
    ('{"path": 5}', "autosave.json is damaged: path: must be a file name or null"),
    ("{", "autosave.json is damaged: not valid JSON at line 1"),
])
def test_a_malformed_record_is_set_aside_with_a_message(tmp_path, meta, says):
    crashed(tmp_path, overwrite={"autosave.json": meta})
    slots = AutosaveSlots(tmp_path)
    (orphan,) = slots.orphans()
    with pytest.raises(RecoveryError) as e:
        slots.read(orphan)
    assert says in str(e.value) and "\n" not in str(e.value)
    kept = slots.set_aside(orphan)
    assert kept.endswith(".corrupt") and os.path.isdir(kept)
    assert AutosaveSlots(tmp_path).orphans() == []   # the next start does not offer it again


@pytest.mark.parametrize("design, says", [
    ("{not json", "the autosaved design is damaged: not valid JSON"),
    ('{"format": "layerlab-design", "version": 1, "nodes": 5, "edges": []}',
     "the autosaved design is damaged: nodes: must be a list"),
    ("\udcff".encode("utf-8", "surrogateescape").decode("latin-1"), "the autosaved design is damaged"),
])
def test_a_corrupt_design_is_set_aside_and_not_offered_again(tmp_path, design, says):
    crashed(tmp_path, overwrite={"design.layerlab": design})
    slots = AutosaveSlots(tmp_path)
    (orphan,) = slots.orphans()
    with pytest.raises(RecoveryError, match=says):
        slots.read(orphan)
    slots.set_aside(orphan)
    assert AutosaveSlots(tmp_path).orphans() == []
    assert [n.endswith(".corrupt") for n in os.listdir(tmp_path)] == [True]


def test_a_lock_left_by_a_dead_process_without_flock_is_stale(tmp_path, monkeypatch):
    """Without file locks, a dead pid or a reused pid (another start time) means gone."""
    from core import recovery
    monkeypatch.setattr(recovery, "fcntl", None)
    monkeypatch.setattr(recovery, "msvcrt", None)
    slots = AutosaveSlots(tmp_path)
    live = slots.claim()
    live.write(XOR_TEXT, {})
    reused = slots.claim()
    reused.write(XOR_TEXT, {})
    with open(os.path.join(reused.path, "lock"), "w") as f:   # my pid, but another process's start time
        json.dump({"pid": os.getpid(), "token": "1", "host": "h"}, f)
    dead = slots.claim()
    dead.write(XOR_TEXT, {})
    with open(os.path.join(dead.path, "lock"), "w") as f:
        json.dump({"pid": 2**22 + 12345, "token": "", "host": "h"}, f)   # above Linux's pid_max
    assert sorted(o.path for o in slots.orphans()) == sorted([reused.path, dead.path])


def test_work_autosaved_before_slots_is_still_offered(tmp_path):
    (tmp_path / "autosave.layerlab").write_text(XOR_TEXT, encoding="utf-8")
    (tmp_path / "autosave.json").write_text('{"path": null, "saved": 1.7e9, "pid": 4242}')
    slots = AutosaveSlots(tmp_path)
    (orphan,) = slots.orphans()
    assert slots.read(orphan) == (XOR_TEXT, {"path": None, "saved": 1.7e9, "pid": 4242})
    slots.discard(orphan)
    assert os.listdir(tmp_path) == []


def test_an_orphan_closed_without_a_choice_is_offered_at_the_next_start(tmp_path):
    crashed(tmp_path)
    (orphan,) = AutosaveSlots(tmp_path).orphans()
    orphan.close()
    assert len(AutosaveSlots(tmp_path).orphans()) == 1
