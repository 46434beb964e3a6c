"""An exported script trains as the app does: the same data, split, order and scaling, and,
from the same weights, the same training step (loss, gradients, updated weights, BatchNorm
running statistics) in PyTorch and in Keras."""
import ast
import os

import numpy as np
import pytest

from core import Design
from core.data import run_seeds
from core.export import export_code
from core.modelio import save_model
from core.training import Trainer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def script_namespace(code, path):
    """The exported script's definitions without its framework imports and classes: the data
    part needs NumPy only, so this runs where neither torch nor keras is installed."""
    def framework(n):
        if isinstance(n, ast.ClassDef):
            return bool(n.bases)  # nn.Module's subclasses
        if isinstance(n, ast.Import):
            return any(a.name.split(".")[0] in ("torch", "keras") for a in n.names)
        return isinstance(n, ast.ImportFrom) and (n.module or "").split(".")[0] in ("torch", "keras")

    tree = ast.parse(code)
    tree.body = [n for n in tree.body if not framework(n)]
    namespace = {"__file__": str(path), "__name__": "exported"}
    exec(compile(tree, str(path), "exec"), namespace)
    return namespace


def exported(design, to, tmp_path, weights=None):
    """Import the exported script (framework included) as a namespace."""
    path = tmp_path / f"{to}.py"
    path.write_text(export_code(design, to, weights_path=weights and str(weights), output_path=str(path)),
                    encoding="utf-8")
    namespace = {"__file__": str(path), "__name__": "exported"}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    return namespace


def csv_design(tmp_path):
    rng = np.random.default_rng(5)
    rows = ["size;weight;kind"] + [f"{a:.3f};{b:.2f};{'cat' if a > b else 'dog'}"
                                   for a, b in rng.normal(size=(90, 2)) * [3, 2]]
    (tmp_path / "pets.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return Design.sequential([2], [("Dense", {"units": 4}), "ReLU", ("Dense", {"units": 2}), "Softmax"],
                             {"data": {"source": "csv", "path": "pets.csv", "target": "kind"}, "seed": 3,
                              "scaling": "minmax", "validation_split": 0.3})


SOURCES = {
    "toy": lambda tmp: Design.sequential([2], [("Dense", {"units": 3}), "Softmax"],
                                         {"data": {"source": "toy", "name": "spiral", "classes": 3}, "seed": 7}),
    "toy regression": lambda tmp: Design.sequential([1], [("Dense", {"units": 1})],
                                                    {"data": {"source": "toy", "name": "sine"}, "loss": "mse"}),
    "builtin": lambda tmp: Design.sequential([8, 8], ["Flatten", ("Dense", {"units": 10}), "Softmax"],
                                             {"data": {"source": "builtin", "name": "digits"}, "seed": 2}),
    "csv": csv_design,
    "points": lambda tmp: Design.sequential([2], [("Dense", {"units": 3}), "Softmax"], {"data": {
        "source": "points", "points": [[0.1 * i, (-1) ** i * 0.3, i % 3] for i in range(30)]}, "seed": 4}),
    "points regression": lambda tmp: Design.sequential([2], [("Dense", {"units": 1})], {"data": {
        "source": "points", "task": "regression", "points": [[0.1 * i, 0.2, 0.5 * i] for i in range(20)]},
        "loss": "mse"}),
}


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("to", ["pytorch", "keras"])
def test_the_exported_load_data_returns_the_trainers_split_exactly(source, to, tmp_path):
    design = SOURCES[source](tmp_path)
    design.path = str(tmp_path / "design.layerlab")  # relative CSV paths are relative to the design
    trainer = Trainer(design)
    path = tmp_path / "script.py"
    x_train, y_train, x_val, y_val, task = script_namespace(export_code(design, to, output_path=str(path)),
                                                            path)["load_data"]()
    assert task == trainer.task
    for ours, theirs in ((x_train, trainer.x_train), (y_train, trainer.y_train), (x_val, trainer.x_val),
                         (y_val, trainer.y_val)):
        assert ours.dtype == theirs.dtype and ours.shape == theirs.shape
        np.testing.assert_array_equal(ours, theirs)


def test_the_exported_epoch_order_is_the_trainers():
    trainer = Trainer(SOURCES["toy"](None))
    code = export_code(trainer.design, "pytorch")
    namespace = script_namespace(code, "script.py")
    shuffle = np.random.default_rng(run_seeds(trainer.settings["seed"])[2])
    n = len(trainer.x_train)
    for _ in range(2):
        ours = np.concatenate(namespace["batches"](n, shuffle))
        np.testing.assert_array_equal(ours, trainer._shuffle_rng.permutation(n))


BN_NET = [("Dense", {"units": 6, "use_bias": False}), ("BatchNorm", {"momentum": 0.8, "eps": 1e-3}), "Tanh",
          ("Dense", {"units": 3}), "Softmax"]


def bn_design(optimizer, batch_size=400):
    return Design.sequential([2], BN_NET, {"data": {"source": "toy", "name": "gaussians", "classes": 3},
                                          "optimizer": optimizer, "batch_size": batch_size, "l2": 0.01,
                                          "validation_split": 0.2})


def engine_step(design, tmp_path):
    """The trainer's first step (one batch is the whole epoch), from weights saved to a file:
    (weights file, trainer after the step, loss, gradients at the start)."""
    trainer = Trainer(design)
    weights = tmp_path / "start.npz"
    save_model(trainer.net, design, weights)
    net = trainer.net
    saved = net.get_weights()
    net.compute_loss(trainer.x_train, trainer.t_train)
    net.backward()
    grads = {k: g.copy() for k, g in net.grads.items()}
    net.set_weights(saved)
    history = trainer.fit(epochs=1).history
    assert trainer.batches_per_epoch == 1
    return weights, trainer, history["loss"][0], grads


@pytest.mark.torch
@pytest.mark.parametrize("optimizer", [{"type": "sgd", "lr": 0.5}, {"type": "adam", "lr": 0.05}])
def test_one_pytorch_training_step_is_the_engines(optimizer, tmp_path):
    torch = pytest.importorskip("torch")
    design = bn_design(optimizer)
    weights, trainer, loss, grads = engine_step(design, tmp_path)
    script = exported(design, "pytorch", tmp_path, weights)
    model = script["build_model"]()
    opt = script["make_optimizer"](model.parameters())
    batch = [(torch.as_tensor(trainer.x_train), script["targets"](trainer.y_train, "classification"))]
    theirs = script["train_epoch"](model, model, opt, script["loss_function"](), batch)
    assert theirs == pytest.approx(loss, rel=1e-5)
    state = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    np.testing.assert_allclose(model.dense1.weight.grad.numpy().T, grads["dense1.W"], rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(model.batchnorm1.weight.grad.numpy(), grads["batchnorm1.gamma"], rtol=1e-4, atol=1e-6)
    net = trainer.net
    np.testing.assert_allclose(state["dense1.weight"].T, net.params["dense1.W"], rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(state["dense2.weight"].T, net.params["dense2.W"], rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(state["batchnorm1.weight"], net.params["batchnorm1.gamma"], rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(state["batchnorm1.running_mean"], net.state["batchnorm1.running_mean"], rtol=1e-5,
                               atol=1e-6)
    # torch's running variance takes the unbiased batch variance (Keras' and LayerLab's the biased one)
    m, n = 0.8, len(trainer.x_train)
    batch_var = (net.state["batchnorm1.running_var"] - m) / (1 - m)
    np.testing.assert_allclose(state["batchnorm1.running_var"], m + (1 - m) * batch_var * n / (n - 1), rtol=1e-5)


@pytest.mark.torch
def test_a_pytorch_epoch_of_many_batches_follows_the_engines_order(tmp_path):
    torch = pytest.importorskip("torch")
    design = bn_design({"type": "sgd", "lr": 0.1}, batch_size=32)
    trainer = Trainer(design)
    weights = tmp_path / "start.npz"
    save_model(trainer.net, design, weights)
    loss = trainer.fit(epochs=1).history["loss"][0]
    script = exported(design, "pytorch", tmp_path, weights)
    model = script["build_model"]()
    xt, tt = torch.as_tensor(trainer.x_train), script["targets"](trainer.y_train, "classification")
    shuffle = np.random.default_rng(run_seeds(design.settings()["seed"])[2])
    batches = [(xt[idx], tt[idx]) for idx in script["batches"](len(xt), shuffle)]
    assert len(batches) == trainer.batches_per_epoch == 10
    theirs = script["train_epoch"](model, model, script["make_optimizer"](model.parameters()),
                                   script["loss_function"](), batches)
    assert theirs == pytest.approx(loss, rel=1e-4)
    np.testing.assert_allclose(model.dense2.weight.detach().numpy().T, trainer.net.params["dense2.W"], atol=1e-4)
    np.testing.assert_allclose(model.batchnorm1.running_mean.numpy(), trainer.net.state["batchnorm1.running_mean"],
                               atol=1e-5)


@pytest.mark.torch
@pytest.mark.parametrize("optimizer", [{"type": "sgd", "lr": 0.5}, {"type": "adam", "lr": 0.05}])
def test_one_keras_training_step_is_the_engines(optimizer, tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_BACKEND", os.environ.get("KERAS_BACKEND", "torch"))
    pytest.importorskip("torch")
    pytest.importorskip("keras")
    design = bn_design(optimizer)
    weights, trainer, loss, grads = engine_step(design, tmp_path)
    script = exported(design, "keras", tmp_path, weights)
    model = script["compile_model"](script["build_model"](), "classification")
    theirs = model.train_on_batch(trainer.x_train, trainer.y_train, return_dict=True)["loss"]
    assert float(theirs) == pytest.approx(loss, rel=1e-5)
    net = trainer.net
    dense1, bn, dense2 = (model.get_layer(name) for name in ("dense1", "batchnorm1", "dense2"))
    np.testing.assert_allclose(np.asarray(dense1.get_weights()[0]), net.params["dense1.W"], rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(np.asarray(dense2.get_weights()[0]), net.params["dense2.W"], rtol=1e-4, atol=1e-6)
    gamma, beta, moving_mean, moving_var = (np.asarray(w) for w in bn.get_weights())
    np.testing.assert_allclose(gamma, net.params["batchnorm1.gamma"], rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(moving_mean, net.state["batchnorm1.running_mean"], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(moving_var, net.state["batchnorm1.running_var"], rtol=1e-5, atol=1e-6)
    if optimizer["type"] == "sgd":  # the step is -lr * gradient: Keras' gradients are the engine's
        start = np.load(weights)["dense1.W"]
        np.testing.assert_allclose((start - np.asarray(dense1.get_weights()[0])) / optimizer["lr"],
                                   grads["dense1.W"], rtol=1e-3, atol=1e-5)
