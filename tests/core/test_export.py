"""Export to PyTorch and Keras: readable scripts that build, load weights, and train."""
import ast
import glob
import importlib.util
import os
import re
import shutil
import subprocess
import sys

import numpy as np
import pytest

from core import Design, DesignError, load_design
from core.export import export_code
from core.export.common import call
from core.registry import LAYERS
from core.modelio import save_model
from core.training import Trainer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "resources", "examples")
ALL_EXAMPLES = sorted(glob.glob(os.path.join(EXAMPLES, "*.layerlab")))

EVERY_LAYER = Design.sequential(
    [3, 4], ["Flatten", ("Dense", {"units": 8, "init": "he_uniform"}), "BatchNorm", ("LeakyReLU", {"alpha": 0.2}),
             ("Dropout", {"rate": 0.3}), ("Dense", {"units": 6, "use_bias": False}), "Tanh",
             ("Dense", {"units": 5, "init": "normal", "std": 0.3}), "ReLU", "Step", ("Dense", {"units": 4}), "Sigmoid",
             ("Dense", {"units": 3}), "Softmax"],
    {"data": {"source": "toy", "name": "gaussians", "classes": 3}, "epochs": 2}, name="every layer")


def _images_and_merges():
    """A graph with every image and merge layer: odd sizes, strides, both paddings, an even kernel,
    a residual Add, a Concatenate of two pools, and an output kept for a later layer."""
    nodes = [("in", "Input", {"shape": [7, 9, 2]}),
             ("c1", "Conv2D", {"filters": 3, "kernel_size": 3, "padding": "same", "init": "he_uniform"}),
             ("r1", "ReLU", {}),
             ("c2", "Conv2D", {"filters": 3, "kernel_size": 4, "padding": "same", "use_bias": False}),
             ("sum", "Add", {}),
             ("mp", "MaxPool2D", {"pool_size": 3, "strides": 2}),
             ("ap", "AveragePool2D", {"pool_size": 3, "strides": 2}),
             ("cat", "Concatenate", {"axis": -1}),
             ("c3", "Conv2D", {"filters": 4, "kernel_size": 2, "strides": 2, "padding": "same"}),
             ("c4", "Conv2D", {"filters": 4, "kernel_size": 2, "padding": "valid", "init": "normal", "std": 0.2}),
             ("f", "Flatten", {}), ("rs", "Reshape", {"target_shape": [2, 2]}), ("f2", "Flatten", {}),
             ("d", "Dense", {"units": 3}), ("out", "Softmax", {})]
    edges = [("in", "c1"), ("c1", "r1"), ("r1", "c2"), ("c2", "sum"), ("r1", "sum"), ("sum", "mp"), ("sum", "ap"),
             ("ap", "cat"), ("mp", "cat"), ("cat", "c3"), ("c3", "c4"), ("c4", "f"), ("f", "rs"), ("rs", "f2"),
             ("f2", "d"), ("d", "out")]
    return Design.from_dict({"format": "layerlab-design", "version": 1, "name": "images and merges",
                             "nodes": [{"id": i, "type": t, "params": p} for i, t, p in nodes],
                             "edges": [list(e) for e in edges],
                             "training": {"data": {"source": "toy", "name": "gaussians", "classes": 3}}})


IMAGES_AND_MERGES = _images_and_merges()

#: Designs that between them hold every registered layer type; a new type joins one of them
#: (or a new one), and the exported PyTorch module must give the NumPy network's outputs.
EVERY_TYPE_DESIGNS = [EVERY_LAYER, IMAGES_AND_MERGES]


def test_every_registered_layer_type_declares_its_pytorch_and_keras_equivalents():
    samples = {"int": 2, "float": 0.5, "shape": [2, 2], "str": "x"}
    for name, spec in LAYERS.items():
        if "input" in spec.roles:
            continue
        params = {p.name: samples.get(p.kind, p.choices[:1] and p.choices[0]) if p.required else p.default
                  for p in spec.params}
        for framework in ("torch", "keras"):
            decl = getattr(spec, framework)
            assert decl is not None, f"{name}: no {framework} declaration in core/registry.py, so it cannot be exported"
            ast.parse(call(decl, params, (4, 4, 3)), mode="eval")
        theirs = {ours for ours, _, _ in spec.torch.weights}
        assert set(spec.penalised) <= theirs, f"{name}: a penalised weight has no PyTorch name"
        assert set(spec.penalised) <= {ours for ours, _ in spec.keras.regularizers}


@pytest.mark.torch
def test_the_pytorch_exporter_calls_a_module_as_its_declaration_says(monkeypatch, tmp_path):
    torch = pytest.importorskip("torch")
    import dataclasses
    twice = dataclasses.replace(LAYERS["Tanh"], torch=dataclasses.replace(LAYERS["Tanh"].torch,
                                                                          apply="{layer}({layer}(x))"))
    monkeypatch.setitem(LAYERS, "Tanh", twice)
    design = Design.sequential([3], ["Tanh"], {"loss": "mse", "data": {"source": "toy", "name": "sine"}})
    script = tmp_path / "m.py"
    script.write_text(export_code(design, "pytorch"))
    assert "x = self.tanh1(self.tanh1(x))" in script.read_text()
    x = torch.linspace(-2, 2, 6).reshape(2, 3)
    np.testing.assert_allclose(import_script(script).build_model()(x).numpy(), np.tanh(np.tanh(x.numpy())), atol=1e-6)


def test_the_export_tests_cover_every_registered_layer_type():
    covered = {n.type for design in EVERY_TYPE_DESIGNS for n in design.nodes}
    assert covered == set(LAYERS), f"add a design with {sorted(set(LAYERS) - covered)} to EVERY_TYPE_DESIGNS"


def trained_model(design, tmp_path, name="w.npz"):
    if any(design is d for d in EVERY_TYPE_DESIGNS):  # not trainable on any dataset: random weights
        from core import build_network
        net = build_network(design, seed=1)
        net.params.flat[...] = np.random.default_rng(0).normal(0, 0.5, net.params.flat.size)
        for key, arr in net.state.items():
            arr[...] = np.abs(np.random.default_rng(1).normal(1, 0.3, arr.shape))
    else:
        trainer = Trainer(design, epochs=3)
        trainer.fit()
        net = trainer.net
    path = tmp_path / name
    save_model(net, design, path)
    return path, net


def import_script(path):
    spec = importlib.util.spec_from_file_location(f"exported_{abs(hash(str(path)))}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.torch
@pytest.mark.parametrize("name", ["xor", "deep_batchnorm", "sine", "overfit_dropout"]
                         + [d.name for d in EVERY_TYPE_DESIGNS])
def test_exported_pytorch_module_gives_the_numpy_networks_outputs(name, tmp_path):
    torch = pytest.importorskip("torch")
    designs = {d.name: d for d in EVERY_TYPE_DESIGNS}
    design = designs[name] if name in designs else load_design(os.path.join(EXAMPLES, name + ".layerlab"))
    weights, net = trained_model(design, tmp_path)
    script = tmp_path / "model.py"
    script.write_text(export_code(design, "pytorch", weights_path=str(weights), output_path=str(script)))
    model = import_script(script).build_model().eval()
    x = np.random.default_rng(2).normal(size=(32,) + net.shapes[net.input_id]).astype(np.float32)
    with torch.no_grad():
        ours, theirs = net.forward(x), model(torch.from_numpy(x)).numpy()
    np.testing.assert_allclose(theirs, ours, rtol=0, atol=1e-5)


def run(cmd, cwd, timeout=300):
    env = dict(os.environ, OMP_NUM_THREADS="1")
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)


def losses(stdout):
    return [float(m) for m in re.findall(r"^epoch \d+/\d+\s+loss ([0-9.]+)", stdout, re.M)]


@pytest.mark.torch
def test_exported_script_prints_the_model_and_its_training_lowers_the_loss(tmp_path):
    pytest.importorskip("torch")
    script = tmp_path / "spiral.py"
    script.write_text(export_code(load_design(os.path.join(EXAMPLES, "spiral.layerlab")), "pytorch"))
    out = run([sys.executable, str(script), "--epochs", "30"], cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Net(") and "Linear(in_features=2, out_features=64, bias=True)" in out.stdout
    curve = losses(out.stdout)
    assert len(curve) == 30 and curve[-1] < curve[0] / 2
    assert "val_accuracy" in out.stdout


@pytest.mark.torch
def test_exported_keras_script_prints_the_model_and_a_line_per_epoch_as_its_loss_falls(tmp_path):
    pytest.importorskip("keras")
    script = tmp_path / "spiral_keras.py"
    script.write_text(export_code(load_design(os.path.join(EXAMPLES, "spiral.layerlab")), "keras"))
    env = dict(os.environ, OMP_NUM_THREADS="1", KERAS_BACKEND=os.environ.get("KERAS_BACKEND", "torch"))
    out = subprocess.run([sys.executable, str(script), "--epochs", "20"], cwd=tmp_path, capture_output=True,
                         text=True, timeout=300, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "Total params" in out.stdout
    curve = [float(m) for m in re.findall(r"^epoch \d+/20\s.*\bloss ([0-9.]+)", out.stdout, re.M)]
    assert len(curve) == 20 and curve[-1] < curve[0] * 0.8
    assert "val_accuracy" in out.stdout


@pytest.mark.torch
def test_exported_script_trains_under_torchrun_with_two_processes(tmp_path):
    pytest.importorskip("torch")
    torchrun = shutil.which("torchrun", path=os.path.dirname(sys.executable)) or shutil.which("torchrun")
    if torchrun is None:
        pytest.skip("torchrun is not on the PATH")
    script = tmp_path / "xor.py"
    script.write_text(export_code(load_design(os.path.join(EXAMPLES, "xor.layerlab")), "pytorch"))
    out = run([torchrun, "--standalone", "--nproc_per_node=2", str(script), "--epochs", "5"], cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    curve = losses(out.stdout)
    assert len(curve) == 5, out.stdout  # printed by rank 0 only
    assert curve[-1] < curve[0]


@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=os.path.basename)
@pytest.mark.parametrize("to", ["pytorch", "keras"])
def test_every_example_exports_to_code_that_compiles(path, to):
    code = export_code(load_design(path), to)
    compile(code, f"{to}.py", "exec")
    assert "def build_model(" in code and 'if __name__ == "__main__":' in code


def test_keras_export_reads_like_keras():
    code = export_code(load_design(os.path.join(EXAMPLES, "xor.layerlab")), "keras")
    assert "layers.Dense(8, use_bias=True, kernel_initializer='he_normal', name='d1')" in code
    assert "keras.optimizers.Adam(learning_rate=0.01" in code
    assert 'loss="sparse_categorical_crossentropy"' in code


@pytest.mark.parametrize("name", ["xor", "deep_batchnorm"] + [d.name for d in EVERY_TYPE_DESIGNS])
def test_keras_export_gives_the_same_outputs_where_keras_is_installed(name, tmp_path):
    if "KERAS_BACKEND" not in os.environ and importlib.util.find_spec("torch"):
        os.environ["KERAS_BACKEND"] = "torch"  # Keras 3 defaults to TensorFlow, which is not installed here
    pytest.importorskip("keras")
    designs = {d.name: d for d in EVERY_TYPE_DESIGNS}
    design = designs[name] if name in designs else load_design(os.path.join(EXAMPLES, name + ".layerlab"))
    weights, net = trained_model(design, tmp_path)
    script = tmp_path / "model_keras.py"
    script.write_text(export_code(design, "keras", weights_path=str(weights), output_path=str(script)))
    model = import_script(script).build_model()
    x = np.random.default_rng(2).normal(size=(16,) + net.shapes[net.input_id]).astype(np.float32)
    np.testing.assert_allclose(model.predict(x, verbose=0), net.forward(x), atol=1e-5)


def test_weights_from_another_network_are_refused(tmp_path):
    weights, _ = trained_model(load_design(os.path.join(EXAMPLES, "xor.layerlab")), tmp_path)
    with pytest.raises(DesignError, match=r"w.npz: its parameters do not fit this design"):
        export_code(load_design(os.path.join(EXAMPLES, "spiral.layerlab")), "pytorch", weights_path=str(weights))


def test_export_command_writes_a_script(tmp_path):
    out = subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), "export",
                          os.path.join(EXAMPLES, "xor.layerlab"), "--to", "keras", "-o", str(tmp_path / "k.py")],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"wrote {tmp_path / 'k.py'}"
    compile((tmp_path / "k.py").read_text(), "k.py", "exec")


def test_the_notes_sum_squared_error_is_refused_by_export_with_what_to_choose_instead():
    d = load_design(os.path.join(EXAMPLES, "sine.layerlab"))
    d.training["loss"] = "sum_squared_error"
    for to in ("pytorch", "keras"):
        with pytest.raises(DesignError, match=r"^training\.loss: sum_squared_error cannot be exported yet; choose mse"):
            export_code(d, to)
