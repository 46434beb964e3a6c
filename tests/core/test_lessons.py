"""The lessons' figures are computed by the engine's own layers, losses and optimizers."""
import os

import numpy as np
import pytest

from core import build_network, load_design
from core.lessons import (
    ACTIVATIONS,
    FUNCTIONS,
    RACE,
    SLOW_SLOPE,
    activation_curve,
    box_stats,
    computational_graph,
    flat_regions,
    formula,
    gradient_timing,
    input_summary,
    loss_curves,
    optimizer_path,
    scaling_views,
)
from core.training import Trainer

EXAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "examples")


def example(name):
    return load_design(os.path.join(EXAMPLES, name + ".layerlab"))


# -- activation functions -------------------------------------------------------------------------
def test_activation_curves_and_slopes_are_the_layers_own():
    x, y, slope = activation_curve("Sigmoid", [-2.0, 0.0, 3.0])
    s = 1 / (1 + np.exp(-x))
    assert np.allclose(y, s) and np.allclose(slope, s * (1 - s))
    x, y, slope = activation_curve("LeakyReLU", [-2.0, 3.0], alpha=0.2)
    assert y.tolist() == [-0.4, 3.0] and slope.tolist() == [0.2, 1.0]
    _, y, slope = activation_curve("Tanh", [0.0])
    assert y[0] == 0 and slope[0] == 1
    _, y, slope = activation_curve("Step", [-1.0, 1.0])
    assert y.tolist() == [0, 1] and slope.tolist() == [0, 0]
    # Softmax over [x, 1, -1]: the first output and its derivative p(1 - p).
    x, y, slope = activation_curve("Softmax", [0.5])
    p = np.exp(0.5) / (np.exp(0.5) + np.exp(1) + np.exp(-1))
    assert y[0] == pytest.approx(p) and slope[0] == pytest.approx(p * (1 - p))
    for name in ACTIVATIONS:
        assert len(activation_curve(name)[0]) == 601


def test_flat_regions_are_where_the_slope_is_below_the_threshold():
    x, _, slope = activation_curve("Sigmoid")
    (left, _), (right, _) = flat_regions(x, slope)[0], flat_regions(x, slope)[1]
    # σ'(x) = 0.05 at |x| = 2.89 (σ = 0.947...)
    edge = np.log((1 + np.sqrt(1 - 4 * SLOW_SLOPE)) / (1 - np.sqrt(1 - 4 * SLOW_SLOPE)))
    assert flat_regions(x, slope)[0][1] == pytest.approx(-edge, abs=0.02)
    assert right == pytest.approx(edge, abs=0.02) and left == -6.0
    x, _, slope = activation_curve("ReLU")
    assert flat_regions(x, slope) == [(-6.0, 0.0)]


def test_sigmoids_inputs_in_the_vanishing_example_sit_where_the_slope_is_at_most_a_quarter():
    tr = Trainer(example("vanishing_sigmoid"), seed=0, dtype=np.float64)
    tr.net.forward(tr.x_train)
    summary = input_summary("Sigmoid", tr.net.activations["dense3"])  # the layer before sigmoid3
    assert summary["max_slope"] == 0.25 and summary["n"] == tr.x_train.shape[0] * 32
    # Every input passes at most a quarter of the gradient: ~4x smaller per layer, 4**6 over six.
    assert 0.2 < summary["median_slope"] < 0.25 and 4.0 < summary["shrink"] < 5.0
    assert summary["flat_fraction"] == 0.0  # at the start they sit in the steep middle, not the flat tails


# -- optimizer paths ------------------------------------------------------------------------------
def test_an_sgd_path_is_the_hand_computed_one():
    path = optimizer_path({"type": "sgd", "lr": 0.95}, function="x2/20+y2", start=(-7.0, 2.0), steps=2)
    # grad = (x / 10, 2y): x -= 0.95 * x / 10, y -= 0.95 * 2y
    assert path.shape == (3, 2)
    assert path[0].tolist() == [-7.0, 2.0]
    assert path[1] == pytest.approx([-7 * 0.905, 2 * -0.9])
    assert path[2] == pytest.approx([-7 * 0.905 ** 2, 2 * 0.81])


def test_optimizer_path_checks_its_arguments():
    with pytest.raises(ValueError, match="unknown function 'x2'"):
        optimizer_path({"type": "sgd", "lr": 0.1}, function="x2")
    with pytest.raises(ValueError, match="steps: expected an integer from 0 to 100000, got -1"):
        optimizer_path({"type": "sgd", "lr": 0.1}, steps=-1)
    with pytest.raises(ValueError, match="start: expected two finite numbers"):
        optimizer_path({"type": "sgd", "lr": 0.1}, start=(1.0, float("nan")))


@pytest.mark.torch
@pytest.mark.parametrize("function", list(FUNCTIONS))
@pytest.mark.parametrize("settings", RACE, ids=lambda s: s["type"])
def test_optimizer_paths_follow_torch_optim(settings, function):
    torch = pytest.importorskip("torch")
    start = FUNCTIONS[function][2]
    ours = optimizer_path(settings, function=function, start=start, steps=30)
    p = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    lr = settings["lr"]
    opt = {"sgd": lambda: torch.optim.SGD([p], lr=lr),
           "momentum": lambda: torch.optim.SGD([p], lr=lr, momentum=0.9),
           "nesterov": lambda: torch.optim.SGD([p], lr=lr, momentum=0.9, nesterov=True),
           "adagrad": lambda: torch.optim.Adagrad([p], lr=lr),
           "rmsprop": lambda: torch.optim.RMSprop([p], lr=lr),
           "adam": lambda: torch.optim.Adam([p], lr=lr)}[settings["type"]]()
    f = {"x2/20+y2": lambda x, y: x ** 2 / 20 + y ** 2,
         "rosenbrock": lambda x, y: (1 - x) ** 2 + 100 * (y - x ** 2) ** 2,
         "saddle": lambda x, y: x ** 2 - y ** 2}[function]
    theirs = [p.detach().numpy().copy()]
    for _ in range(30):
        opt.zero_grad()
        f(p[0], p[1]).backward()
        opt.step()
        theirs.append(p.detach().numpy().copy())
    theirs = np.array(theirs)
    finite = np.isfinite(theirs).all(axis=1)
    assert finite[:5].all()
    assert np.allclose(ours[finite], theirs[finite], rtol=1e-12, atol=1e-12)


# -- losses -----------------------------------------------------------------------------------------
def test_loss_curves_of_the_true_class_probability():
    c = loss_curves([0.1, 0.5, 0.9])
    q = (1 - c["p"]) / 9  # the other nine classes share the rest
    sse = 0.5 * ((1 - c["p"]) ** 2 + 9 * q ** 2)
    assert c["sse"][0] == pytest.approx(sse)
    assert c["mse"][0] == pytest.approx(sse * 2 / 10)
    assert c["cross_entropy"][0] == pytest.approx(-np.log(c["p"]))
    # What reaches the true class's logit: cross-entropy's y − t stays large when the prediction is
    # badly wrong, while the squared errors' gradient fades there (the Softmax's slope).
    assert c["cross_entropy"][1] == pytest.approx(c["p"] - 1)
    assert abs(c["sse"][1][0]) < abs(c["cross_entropy"][1][0]) / 5


# -- the computational graph ---------------------------------------------------------------------
def test_the_graph_carries_the_engines_values_and_gradients():
    net = build_network(example("xor"), dtype=np.float64)
    nodes = computational_graph(net, [1.0, -1.0], 1)
    by_id = {n.id: n for n in nodes}
    assert [n.op for n in nodes][:6] == ["input", "param", "param", "multiply", "add", "activation"]
    assert nodes[-1].op == "loss" and nodes[-1].inputs == ["out"]
    x = np.array([1.0, -1.0])
    assert np.allclose(by_id["d1:mul"].value, x @ net.params["d1.W"])
    # The chain rule with numbers: dL/dW = x ⊗ dL/d(x·W), dL/db = dL/d(x·W + b), as net.grads has them.
    assert np.allclose(np.outer(x, by_id["d1:mul"].grad), net.grads["d1.W"])
    assert np.allclose(by_id["d1:add"].grad, net.grads["d1.b"])
    assert np.allclose(by_id["d1.W"].grad, net.grads["d1.W"])
    relu_mask = by_id["d1:add"].value > 0
    assert np.allclose(by_id["d1:add"].grad, by_id["a1"].grad * relu_mask)
    # Cross-entropy is fused with the Softmax: the logits get y − t.
    y = by_id["out"].value
    assert by_id["out"].grad is None and np.allclose(by_id["d2:add"].grad, y - [0, 1])


def test_formula_shows_the_numbers_of_one_sample():
    net = build_network(example("gate_and"), dtype=np.float64)
    assert formula(net, "sigmoid1", [0, 1]) == "y = σ(W·x + b) = σ(0.5·0 + 0.5·1 − 0.7) = σ(−0.2) = 0.45"
    assert formula(net, "dense1", [1, 1]) == "y = W·x + b = 0.5·1 + 0.5·1 − 0.7 = 0.3"
    assert formula(net, "in", [1, 0]) == "x = [1, 0]"


# -- gradients, scaling ------------------------------------------------------------------------------
def test_backprop_is_far_faster_than_numerical_differentiation():
    timing = gradient_timing(example("xor"))
    assert timing.entries == 2 * 8 + 8 + 8 * 2 + 2
    assert timing.backprop_seconds > 0 and timing.numerical_seconds > 0
    assert timing.ratio > 10  # 84 forward passes against one forward and one backward


def test_scaling_views_show_the_trainers_training_split():
    design = example("spiral")
    names, views = scaling_views(design)
    tr = Trainer(design)
    assert names == ["x1", "x2"] and len(views["none"]) == len(tr.x_train)
    assert np.allclose(views[design.settings()["scaling"]], tr.x_train, atol=1e-6)
    stats = box_stats(views["minmax"])
    assert stats.shape == (5, 2) and stats[0].tolist() == [0, 0] and stats[4].tolist() == [1, 1]


def test_scaling_decides_breast_cancer_with_plain_sgd():
    import sys
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
    from lesson_scaling import design
    acc = {kind: Trainer(design(kind, 50, 0), layer_stats=False).fit().history["val_accuracy"][-1]
           for kind in ("none", "minmax", "standard")}
    assert acc["none"] < 0.65 and acc["minmax"] > 0.94 and acc["standard"] > 0.94  # 63%, 95%, 96% measured
