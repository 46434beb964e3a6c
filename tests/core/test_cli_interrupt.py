"""Ctrl-C during a long `train`: what was trained so far is written, as Keras' History holds it."""
import json
import os
import signal
import subprocess
import sys
import time

from core.modelio import read_model

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
XOR = os.path.join(ROOT, "resources", "examples", "xor.layerlab")


def test_ctrl_c_during_train_writes_metrics_and_weights_so_far(tmp_path):
    metrics, weights = tmp_path / "m.json", tmp_path / "w.npz"
    proc = subprocess.Popen([sys.executable, os.path.join(ROOT, "main.py"), "train", XOR, "--epochs", "1000000",
                             "--metrics-out", str(metrics), "--weights-out", str(weights)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 20
        for line in proc.stdout:  # wait for the third epoch's progress line
            if line.startswith("epoch 3/") or time.monotonic() > deadline:
                break
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=10)
    finally:
        proc.kill()
    assert proc.returncode == 1
    assert err.strip().startswith("layerlab: interrupted during epoch") and "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1
    m = json.loads(metrics.read_text())
    assert m["stopped_because"] == "stopped"
    assert m["epochs_run"] >= 3
    assert len(m["history"]["loss"]) == len(m["history"]["val_accuracy"]) == m["epochs_run"]
    design, arrays = read_model(weights)
    assert design.name == "XOR, one hidden layer" and arrays["d1.W"].shape == (2, 8)
