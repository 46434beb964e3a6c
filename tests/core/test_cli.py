"""The headless command line, run as a user runs it: exit codes, output, files."""
import json
import os
import subprocess
import sys

import numpy as np
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
XOR = os.path.join(ROOT, "resources", "examples", "xor.layerlab")
SINE = os.path.join(ROOT, "resources", "examples", "sine.layerlab")


def layerlab(*args, cwd=ROOT):
    return subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def assert_user_error(out, *fragments):
    assert out.returncode == 1
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in out.stderr, out.stderr
    for f in fragments:
        assert f in lines[0]


def test_check_prints_a_keras_like_summary():
    out = layerlab("check", XOR)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == 'Design: "XOR, one hidden layer"'
    assert lines[2].split() == ["Node", "Type", "Output", "shape", "Params"]
    assert lines[5].split() == ["d1", "Dense", "(None,", "8)", "24"]
    assert lines[-1] == "Total params: 42"


def test_check_names_the_problem_and_exits_1(tmp_path):
    bad = json.load(open(XOR))
    bad["nodes"][1]["params"]["units"] = 0
    path = tmp_path / "bad.layerlab"
    path.write_text(json.dumps(bad))
    assert_user_error(layerlab("check", str(path)),
                      "bad.layerlab: nodes[1].params.units: must be an integer from 1 to 65536, got 0")
    bad["nodes"][1]["params"]["units"] = 8
    bad["nodes"][0]["params"]["shape"] = [8, 8]
    path.write_text(json.dumps(bad))
    assert_user_error(layerlab("check", str(path)), "d1 (Dense): expects 1-D input, got (8, 8); add a Flatten")


@pytest.mark.parametrize("args, fragment", [
    (["check", "missing.layerlab"], "missing.layerlab: no such file"),
    (["train", XOR, "--epochs", "zero"], "--epochs: expected a whole number of at least 1, got 'zero'"),
    (["train", XOR, "--seed", "-3"], "--seed: expected a whole number from 0"),
    (["export", XOR, "--to", "caffe"], "invalid choice: 'caffe'"),
    (["check"], "the following arguments are required: FILE"),
    (["frobnicate", "x", "y"], "expected a design file or one of check, train, export"),
])
def test_user_errors_are_one_line_and_exit_1(args, fragment):
    assert_user_error(layerlab(*args), fragment)


def test_train_prints_progress_and_writes_metrics_and_weights(tmp_path):
    metrics, weights = tmp_path / "m.json", tmp_path / "w.npz"
    out = layerlab("train", XOR, "--epochs", "5", "--seed", "3", "--metrics-out", str(metrics),
                   "--weights-out", str(weights))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert [ln.split()[:2] for ln in lines[:5]] == [["epoch", f"{i}/5"] for i in range(1, 6)]
    assert "val_accuracy" in lines[0]
    assert lines[5].startswith("completed 5 epochs in ")
    m = json.loads(metrics.read_text())
    assert set(m) == {"epochs_run", "stopped_because", "history", "seconds"}
    assert m["epochs_run"] == 5 and m["stopped_because"] == "completed" and m["seconds"] > 0
    assert set(m["history"]) == {"loss", "accuracy", "val_loss", "val_accuracy"}
    assert all(len(v) == 5 for v in m["history"].values())
    with np.load(weights, allow_pickle=False) as z:
        assert set(z.files) == {"d1.W", "d1.b", "d2.W", "d2.b", "__design__"}
        assert json.loads(str(z["__design__"]))["name"] == "XOR, one hidden layer"


def test_same_seed_same_metrics(tmp_path):
    runs = []
    for i in range(2):
        path = tmp_path / f"m{i}.json"
        assert layerlab("train", XOR, "--epochs", "3", "--metrics-out", str(path)).returncode == 0
        runs.append(json.loads(path.read_text())["history"])
    assert runs[0] == runs[1]


def test_regression_metrics_have_mae(tmp_path):
    path = tmp_path / "m.json"
    assert layerlab("train", SINE, "--epochs", "2", "--metrics-out", str(path)).returncode == 0
    assert set(json.loads(path.read_text())["history"]) == {"loss", "mae", "val_loss", "val_mae"}


def test_the_notes_sum_squared_error_trains_a_regression_from_the_command_line(tmp_path):
    d = json.load(open(SINE))
    d["training"]["loss"] = "sum_squared_error"
    design, metrics = tmp_path / "sse.layerlab", tmp_path / "m.json"
    design.write_text(json.dumps(d))
    assert layerlab("check", str(design)).returncode == 0
    out = layerlab("train", str(design), "--epochs", "30", "--metrics-out", str(metrics))
    assert out.returncode == 0, out.stderr
    history = json.loads(metrics.read_text())["history"]
    assert history["loss"][-1] < history["loss"][0] / 2


def test_data_errors_are_user_errors(tmp_path):
    d = json.load(open(XOR))
    d["training"]["data"] = {"source": "csv", "path": "nothere.csv", "target": "y"}
    path = tmp_path / "csv.layerlab"
    path.write_text(json.dumps(d))
    assert_user_error(layerlab("train", str(path)), "nothere.csv: no such file")


def test_unwritable_output_is_a_user_error(tmp_path):
    assert_user_error(layerlab("train", XOR, "--epochs", "1", "--metrics-out", str(tmp_path / "no" / "m.json")),
                      "cannot be written")
