"""The command line against hostile files and arguments: one line on stderr, exit 1, nothing lost."""
import json
import os

import numpy as np
import pytest

from core.cli import run

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
XOR = os.path.join(ROOT, "resources", "examples", "xor.layerlab")


def cli(capsys, *args):
    """Run the CLI in-process; (status, stdout, stderr)."""
    status = run([str(a) for a in args])
    out = capsys.readouterr()
    return status, out.out, out.err


def assert_one_line_error(result, *fragments):
    status, _, err = result
    assert status == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    for f in fragments:
        assert f in lines[0], lines[0]


def test_an_abbreviated_option_is_refused_and_never_overwrites_a_file(tmp_path, capsys):
    keep = tmp_path / "keep.npz"
    keep.write_bytes(b"my trained model")
    result = cli(capsys, "train", XOR, "--epochs", "1", "--weights", keep)
    assert_one_line_error(result, "--weights")
    assert keep.read_bytes() == b"my trained model"
    assert_one_line_error(cli(capsys, "export", XOR, "--t", "pytorch"), "--t")
