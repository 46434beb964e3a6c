"""An exported residual CNN trains as the engine does: from the same weights, one training step
(loss, updated convolution kernels) in PyTorch and in Keras equals the engine's."""
import os

import numpy as np
import pytest

from core import Design
from core.modelio import save_model
from core.training import Trainer
from test_export_training import exported


def residual_cnn():
    """Digits as 8x8x1 images: a convolution, a skip around a second one, pooling, a dense head.
    One batch holds the whole training split, so an epoch is one step."""
    nodes = [("in", "Input", {"shape": [8, 8, 1]}), ("c1", "Conv2D", {"filters": 4, "padding": "same"}),
             ("r1", "ReLU", {}), ("c2", "Conv2D", {"filters": 4, "kernel_size": 2, "padding": "same"}),
             ("skip", "Add", {}), ("pool", "MaxPool2D", {}), ("avg", "AveragePool2D", {}),
             ("both", "Concatenate", {}), ("f", "Flatten", {}), ("d", "Dense", {"units": 10}),
             ("out", "Softmax", {})]
    edges = [("in", "c1"), ("c1", "r1"), ("r1", "c2"), ("c2", "skip"), ("r1", "skip"), ("skip", "pool"),
             ("skip", "avg"), ("pool", "both"), ("avg", "both"), ("both", "f"), ("f", "d"), ("d", "out")]
    return Design.from_dict({
        "format": "layerlab-design", "version": 1, "name": "residual CNN",
        "nodes": [{"id": i, "type": t, "params": p} for i, t, p in nodes], "edges": [list(e) for e in edges],
        "training": {"data": {"source": "builtin", "name": "digits"}, "batch_size": 2000,
                     "optimizer": {"type": "sgd", "lr": 0.5}, "l2": 0.001}})


def one_step(tmp_path):
    design = residual_cnn()
    trainer = Trainer(design, layer_stats=False)
    weights = tmp_path / "start.npz"
    save_model(trainer.net, design, weights)
    loss = trainer.fit(epochs=1).history["loss"][0]
    assert trainer.batches_per_epoch == 1
    return design, weights, trainer, loss


@pytest.mark.torch
def test_one_pytorch_training_step_of_a_residual_cnn_is_the_engines(tmp_path):
    torch = pytest.importorskip("torch")
    design, weights, trainer, loss = one_step(tmp_path)
    script = exported(design, "pytorch", tmp_path, weights)
    model = script["build_model"]()
    batch = [(torch.as_tensor(trainer.x_train), script["targets"](trainer.y_train, "classification"))]
    theirs = script["train_epoch"](model, model, script["make_optimizer"](model.parameters()),
                                   script["loss_function"](), batch)
    assert theirs == pytest.approx(loss, rel=1e-5)
    net = trainer.net
    for ours, layer in (("c1", model.c1), ("c2", model.c2)):  # torch keeps kernels as (out, in, kh, kw)
        np.testing.assert_allclose(layer.weight.detach().numpy().transpose(2, 3, 1, 0), net.params[ours + ".W"],
                                   rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(model.d.weight.detach().numpy().T, net.params["d.W"], rtol=1e-4, atol=1e-6)


@pytest.mark.torch
def test_one_keras_training_step_of_a_residual_cnn_is_the_engines(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_BACKEND", os.environ.get("KERAS_BACKEND", "torch"))
    pytest.importorskip("torch")
    pytest.importorskip("keras")
    design, weights, trainer, loss = one_step(tmp_path)
    script = exported(design, "keras", tmp_path, weights)
    model = script["compile_model"](script["build_model"](), "classification")
    theirs = model.train_on_batch(trainer.x_train, trainer.y_train, return_dict=True)["loss"]
    assert float(theirs) == pytest.approx(loss, rel=1e-5)
    net = trainer.net
    for name in ("c1", "c2", "d"):  # Keras keeps LayerLab's layouts
        np.testing.assert_allclose(np.asarray(model.get_layer(name).get_weights()[0]), net.params[name + ".W"],
                                   rtol=1e-4, atol=1e-6)
