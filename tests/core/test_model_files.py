"""Trained-model files: written by `train --weights-out`, read back safely or refused by name."""
import io
import json
import os
import zipfile

import numpy as np
import pytest

from core import DesignError, load_design
from core.modelio import load_model, read_model, save_model
from core.training import Trainer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "resources", "examples")


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    design = load_design(os.path.join(EXAMPLES, "deep_batchnorm.layerlab"))
    trainer = Trainer(design, epochs=2)
    trainer.fit()
    path = tmp_path_factory.mktemp("model") / "model.npz"
    save_model(trainer.net, design, path)
    return design, trainer.net, path


def members(path):
    with np.load(path, allow_pickle=False) as z:
        return {k: z[k] for k in z.files}


def rewrite(path, arrays, tmp_path, name="bad.npz", pickle=False):
    out = tmp_path / name
    np.savez(out, allow_pickle=pickle, **arrays)
    return out


def test_a_trained_model_reloads_with_the_same_outputs(trained):
    design, net, path = trained
    loaded_design, loaded = load_model(path)
    assert loaded_design == design
    x = np.random.default_rng(0).normal(size=(20, 64)).astype(np.float32)
    np.testing.assert_array_equal(loaded.forward(x), net.forward(x))  # BatchNorm statistics came along
    assert {k for k in members(path) if k.endswith("running_var")} == {k for k in net.state if k.endswith("var")}


def test_a_pickled_npz_is_refused_without_being_unpickled(trained, tmp_path):
    _, _, path = trained
    arrays = members(path)
    sentinel = tmp_path / "unpickled"

    class Payload:
        def __reduce__(self):
            return (open, (str(sentinel), "w"))
    arrays["dense1.W"] = np.array([Payload()], dtype=object)
    bad = rewrite(path, arrays, tmp_path, pickle=True)
    with pytest.raises(DesignError, match=r"bad.npz: dense1.W: must be a float array, got dtype object"):
        read_model(bad)
    assert not sentinel.exists()


def test_a_pickled_design_member_is_refused(trained, tmp_path):
    _, _, path = trained
    arrays = members(path)
    arrays["__design__"] = np.array([{"format": "layerlab-design"}], dtype=object)
    with pytest.raises(DesignError, match=r"__design__ must be a 0-d string array, got object"):
        read_model(rewrite(path, arrays, tmp_path, pickle=True))


@pytest.mark.parametrize("change, message", [
    (lambda a: a.update({"dense1.W": a["dense1.W"][:, :3]}), r"dense1.W: has shape \(64, 3\), the design needs \(64, 64\)"),
    (lambda a: a.pop("batchnorm2.running_mean"), r"'batchnorm2.running_mean' is missing"),
    (lambda a: a.update({"extra": np.zeros(3)}), r"'extra' is not a parameter of its design"),
    (lambda a: a.update({"dense2.W": a["dense2.W"].astype(np.int64)}), r"dense2.W: must be a float array, got dtype int64"),
    (lambda a: a.update({"dense2.W": np.array(["a", "b"])}), r"dense2.W: must be a float array"),
    (lambda a: a["dense3.W"].__setitem__((0, 0), np.nan), r"dense3.W: contains NaN or infinite values"),
    (lambda a: a.pop("__design__"), r"has no __design__; it was not written by LayerLab"),
    (lambda a: a.update({"__design__": np.array('{"format": "layerlab-design", "version": 9}')}),
     r"its design: version: this design is version 9"),
])
def test_mismatches_are_reported_by_name(trained, tmp_path, change, message):
    _, _, path = trained
    arrays = members(path)
    change(arrays)
    with pytest.raises(DesignError, match=message):
        read_model(rewrite(path, arrays, tmp_path))


def test_declared_sizes_beyond_the_design_are_refused_before_reading(trained, tmp_path):
    _, _, path = trained
    arrays = members(path)
    arrays["dense1.W"] = np.zeros((64, 64 * 100), dtype=np.float32)
    with pytest.raises(DesignError, match=r"dense1.W: declares 1,638,528 bytes, more than its shape \(64, 64\) can hold"):
        read_model(rewrite(path, arrays, tmp_path))


def test_a_decompression_bomb_is_refused(trained, tmp_path):
    _, _, path = trained
    bomb = tmp_path / "bomb.npz"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "dense1.W.npy":  # 400 MB of zeros in a few hundred KB
                header = io.BytesIO()
                np.lib.format.write_array_header_1_0(header, {"descr": "<f4", "fortran_order": False,
                                                              "shape": (64, 64)})
                data = header.getvalue() + bytes(400 * 2**20)
            dst.writestr(info.filename, data)
    assert os.path.getsize(bomb) < 2 * 2**20
    with pytest.raises(DesignError, match=r"dense1.W: declares 419,430,5\d\d bytes, more than its shape"):
        read_model(bomb)


def test_not_a_zip_and_stray_members(trained, tmp_path):
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"PK not really")
    with pytest.raises(DesignError, match=r"junk.npz: is not a trained-model file \(.npz\)"):
        read_model(junk)
    _, _, path = trained
    stray = tmp_path / "stray.npz"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(stray, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        dst.writestr("run_me.py", "print('hi')")
    with pytest.raises(DesignError, match=r"unexpected member 'run_me.py'; a model holds only arrays"):
        read_model(stray)


def test_the_design_inside_is_the_json_text(trained):
    design, _, path = trained
    text = str(members(path)["__design__"])
    assert json.loads(text) == design.to_dict()
