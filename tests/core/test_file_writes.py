"""Every save keeps the file a user has: its mode, its symlink, and no stray temporary files."""
import json
import os
import stat

import pytest

from core import build_network, load_design, save_design
from core.cli import run
from core.experiments import save_runs
from core.modelio import save_model

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
XOR = os.path.join(ROOT, "resources", "examples", "xor.layerlab")


def write_design(path):
    save_design(load_design(XOR), path)


def write_model(path):
    design = load_design(XOR)
    save_model(build_network(design), design, path)


def write_runs(path):
    save_runs([], path)


def write_metrics(path):
    assert run(["train", XOR, "--epochs", "1", "--metrics-out", str(path)]) == 0


def write_export(path):
    assert run(["export", XOR, "--to", "pytorch", "-o", str(path)]) == 0


WRITERS = [write_design, write_model, write_runs, write_metrics, write_export]


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask():
    old = os.umask(0o077)
    yield lambda m: os.umask(m)
    os.umask(old)


@pytest.mark.parametrize("write", WRITERS, ids=lambda w: w.__name__)
def test_saving_over_a_file_keeps_its_mode(write, tmp_path, umask, capsys):
    path = tmp_path / "shared.out"
    path.write_bytes(b"old")
    os.chmod(path, 0o644)  # shared with the class; the umask 077 must not take that away
    write(path)
    assert path.read_bytes() != b"old"
    assert mode(path) == 0o644
    assert os.listdir(tmp_path) == ["shared.out"]


@pytest.mark.parametrize("write", WRITERS, ids=lambda w: w.__name__)
def test_a_new_file_gets_the_umasks_mode(write, tmp_path, umask, capsys):
    umask(0o022)
    write(tmp_path / "new.out")
    assert mode(tmp_path / "new.out") == 0o644
    umask(0o077)
    write(tmp_path / "private.out")
    assert mode(tmp_path / "private.out") == 0o600
    assert sorted(os.listdir(tmp_path)) == ["new.out", "private.out"]


@pytest.mark.parametrize("write", WRITERS, ids=lambda w: w.__name__)
def test_saving_through_a_symlink_writes_its_target(write, tmp_path, capsys):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "file.out"
    target.write_bytes(b"old")
    link = tmp_path / "link.out"
    link.symlink_to(os.path.join("real", "file.out"))  # relative, as `ln -s` makes it
    write(link)
    assert link.is_symlink()
    assert target.read_bytes() != b"old"
    assert sorted(os.listdir(tmp_path)) == ["link.out", "real"]
    assert os.listdir(tmp_path / "real") == ["file.out"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    from core import fileio
    path = tmp_path / "design.layerlab"
    path.write_text("old")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(fileio.os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        fileio.atomic_write(path, b"new")
    assert path.read_text() == "old"
    assert os.listdir(tmp_path) == ["design.layerlab"]


def test_a_long_file_name_can_be_saved(tmp_path):
    path = tmp_path / ("x" * 240 + ".layerlab")
    write_design(path)
    assert json.loads(path.read_text())["format"] == "layerlab-design"


def test_a_pipe_is_written_into_never_replaced(tmp_path):
    import threading

    from core.fileio import atomic_write
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)   # e.g. --metrics-out into another program
    got = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()), daemon=True)  # noqa: SIM115
    reader.start()
    atomic_write(fifo, b'{"epochs_run": 1}')
    reader.join(5)
    assert got == [b'{"epochs_run": 1}']
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert os.listdir(tmp_path) == ["out.json"]
    with pytest.raises(IsADirectoryError):
        atomic_write(tmp_path, b"x")

