"""Beyond stacks: residual connections, branches joined, and convolution on images.

Whole networks with merges and image layers pass the gradient check (float64, central
differences), shapes are inferred and mismatches named, and designs round-trip.
"""
import json

import numpy as np
import pytest

from core import Design, DesignError, analyze, build_network
from core.conv import same_padding
from core.gradcheck import check_network
from core.training import Trainer

TOL = 1e-6


def graph(nodes, edges, loss="categorical_crossentropy", name="graph", training=None):
    """A design from (id, type, params) nodes and (source, destination) edges, as a dict."""
    return {"format": "layerlab-design", "version": 1, "name": name,
            "nodes": [{"id": i, "type": t, "params": p, "pos": [0, 90 * k]} for k, (i, t, p) in enumerate(nodes)],
            "edges": [list(e) for e in edges], "training": {"loss": loss, **(training or {})}}


def gradcheck(d, x, t):
    net = build_network(Design.from_dict(d), seed=3, dtype=np.float64)
    # Away from zero biases, so no ReLU input sits exactly on its kink.
    net.params.flat[...] += np.random.default_rng(4).normal(0, 0.1, net.params.flat.size)
    errors = check_network(net, x, t, max_entries=40)
    worst = max(errors, key=errors.get)
    assert errors[worst] < TOL, f"{worst}: relative error {errors[worst]:.2e}"
    return net, errors


def residual_block(width=6):
    """in -> d1 -> r1 -> d2 -> add(d2, r1) -> ...: r1 feeds two layers (fan-out) and the Add merges them back."""
    nodes = [("in", "Input", {"shape": [4]}), ("d1", "Dense", {"units": width}), ("r1", "Tanh", {}),
             ("d2", "Dense", {"units": width}), ("add", "Add", {}), ("r2", "ReLU", {}),
             ("d3", "Dense", {"units": 3}), ("out", "Softmax", {})]
    edges = [("in", "d1"), ("d1", "r1"), ("r1", "d2"), ("d2", "add"), ("r1", "add"), ("add", "r2"),
             ("r2", "d3"), ("d3", "out")]
    return graph(nodes, edges)


def test_a_residual_block_gets_exact_gradients_through_both_paths():
    rng = np.random.default_rng(0)
    x, t = rng.normal(size=(6, 4)), rng.integers(0, 3, 6)
    net, errors = gradcheck(residual_block(), x, t)
    assert {"d1.W", "d2.W", "d3.W"} <= set(errors)
    # The gradient reaching r1 is the sum of the two paths' gradients (micrograd's +=).
    net.compute_loss(x, t)
    net.backward(keep_output_grads=True)
    through_d2 = net.output_grads["d2"] @ net.params["d2.W"].T
    np.testing.assert_allclose(net.output_grads["r1"], net.output_grads["add"] + through_d2, rtol=1e-12)


def test_one_output_feeding_three_layers_and_a_three_way_add():
    nodes = [("in", "Input", {"shape": [3]}), ("d", "Dense", {"units": 5}), ("a", "Dense", {"units": 5}),
             ("b", "Sigmoid", {}), ("c", "Dense", {"units": 5}), ("sum", "Add", {}),
             ("head", "Dense", {"units": 2}), ("out", "Softmax", {})]
    edges = [("in", "d"), ("d", "a"), ("d", "b"), ("d", "c"), ("a", "sum"), ("b", "sum"), ("c", "sum"),
             ("sum", "head"), ("head", "out")]
    rng = np.random.default_rng(1)
    gradcheck(graph(nodes, edges), rng.normal(size=(5, 3)), rng.integers(0, 2, 5))


def test_concatenate_joins_branches_in_edge_order_with_exact_gradients():
    nodes = [("in", "Input", {"shape": [4]}), ("wide", "Dense", {"units": 5}), ("narrow", "Dense", {"units": 2}),
             ("t", "Tanh", {}), ("cat", "Concatenate", {}), ("head", "Dense", {"units": 3}), ("out", "Softmax", {})]
    edges = [("in", "wide"), ("in", "narrow"), ("narrow", "t"), ("t", "cat"), ("wide", "cat"), ("cat", "head"),
             ("head", "out")]
    rng = np.random.default_rng(2)
    x, t = rng.normal(size=(6, 4)), rng.integers(0, 3, 6)
    net, _ = gradcheck(graph(nodes, edges), x, t)
    net.forward(x)
    # t's edge comes first in `edges`, so its 2 values come first.
    np.testing.assert_array_equal(net.activations["cat"], np.concatenate([net.activations["t"],
                                                                          net.activations["wide"]], axis=1))
    assert net.shapes["cat"] == (7,)


@pytest.mark.parametrize("conv", [
    {"filters": 3, "kernel_size": 3, "padding": "same"},
    {"filters": 2, "kernel_size": 3, "strides": 2, "padding": "same"},   # odd size, stride 2: padding 1 and 1
    {"filters": 2, "kernel_size": 2, "strides": 2, "padding": "same"},   # even kernel: all padding at the end
    {"filters": 2, "kernel_size": 4, "strides": 1, "padding": "same"},   # total 3: 1 before, 2 after
    {"filters": 3, "kernel_size": 3, "strides": 2, "padding": "valid"},
    {"filters": 2, "kernel_size": 2, "padding": "valid", "use_bias": False},
])
def test_convolution_networks_pass_the_gradient_check(conv):
    nodes = [("in", "Input", {"shape": [7, 5, 2]}), ("c", "Conv2D", conv), ("r", "ReLU", {}),
             ("p", "AveragePool2D", {"pool_size": 2, "strides": 1}), ("f", "Flatten", {}),
             ("d", "Dense", {"units": 3}), ("out", "Softmax", {})]
    rng = np.random.default_rng(3)
    x, t = rng.normal(size=(4, 7, 5, 2)), rng.integers(0, 3, 4)
    gradcheck(graph(nodes, list(zip([n[0] for n in nodes], [n[0] for n in nodes[1:]]))), x, t)


def test_a_small_resnet_on_images_with_max_pooling_and_concatenated_channels():
    """Two convolutions in a row, a skip connection around the second, pooling with overlapping
    windows, and the pooled image joined channel-wise with a second pool of the same input."""
    nodes = [("in", "Input", {"shape": [9, 9, 1]}),
             ("c1", "Conv2D", {"filters": 3, "padding": "same"}), ("r1", "Tanh", {}),
             ("c2", "Conv2D", {"filters": 3, "padding": "same"}), ("skip", "Add", {}),
             ("mp", "MaxPool2D", {"pool_size": 3, "strides": 2}), ("ap", "AveragePool2D", {"pool_size": 3, "strides": 2}),
             ("cat", "Concatenate", {"axis": -1}), ("f", "Flatten", {}), ("d", "Dense", {"units": 2}),
             ("out", "Softmax", {})]
    edges = [("in", "c1"), ("c1", "r1"), ("r1", "c2"), ("c2", "skip"), ("r1", "skip"), ("skip", "mp"),
             ("skip", "ap"), ("mp", "cat"), ("ap", "cat"), ("cat", "f"), ("f", "d"), ("d", "out")]
    rng = np.random.default_rng(5)
    net, errors = gradcheck(graph(nodes, edges), rng.normal(size=(3, 9, 9, 1)), rng.integers(0, 2, 3))
    assert net.shapes["cat"] == (4, 4, 6)
    assert {"c1.W", "c1.b", "c2.W", "d.W"} <= set(errors)


def test_same_padding_is_keras_and_tensorflows():
    assert same_padding(8, 3, 1) == (1, 1)
    assert same_padding(8, 4, 1) == (1, 2)   # even total: the odd pixel at the end
    assert same_padding(7, 3, 2) == (1, 1)   # out = ceil(7 / 2) = 4 needs 3 * 2 + 3 - 7 = 2
    assert same_padding(8, 3, 2) == (0, 1)   # out 4 needs 3 * 2 + 3 - 8 = 1: only at the end
    assert same_padding(5, 1, 3) == (0, 0)


def test_image_shapes_and_parameter_counts_are_inferred():
    d = Design.sequential([28, 28, 1], [("Conv2D", {"filters": 32}), "ReLU", ("MaxPool2D", {}),
                                        ("Conv2D", {"filters": 64, "strides": 2, "padding": "same"}),
                                        ("AveragePool2D", {"pool_size": 3, "strides": 1}), "Flatten",
                                        ("Reshape", {"target_shape": [40, 40, 1]})], {"loss": "mse"})
    a = analyze(d)
    assert a.ok, a.errors
    assert [a.shapes[n.id] for n in d.nodes] == [(28, 28, 1), (26, 26, 32), (26, 26, 32), (13, 13, 32),
                                                  (7, 7, 64), (5, 5, 64), (1600,), (40, 40, 1)]
    assert a.param_counts["conv2d1"] == 3 * 3 * 1 * 32 + 32
    assert a.param_counts["conv2d2"] == 3 * 3 * 32 * 64 + 64


def message(d):
    with pytest.raises(DesignError) as e:
        build_network(Design.from_dict(d))
    return str(e.value)


def test_add_of_two_shapes_names_both_shapes_nodes_and_edges():
    nodes = [("in", "Input", {"shape": [4]}), ("a", "Dense", {"units": 8}), ("b", "Dense", {"units": 5}),
             ("sum", "Add", {}), ("out", "Softmax", {})]
    edges = [("in", "a"), ("in", "b"), ("a", "sum"), ("b", "sum"), ("sum", "out")]
    assert message(graph(nodes, edges)) == ("sum (Add): Add needs inputs of one shape, but edges[2] brings (8,) "
                                            "from a and edges[3] brings (5,) from b")


def test_concatenate_shape_errors_name_both_inputs_and_the_axis():
    nodes = [("in", "Input", {"shape": [6, 6, 1]}), ("a", "Conv2D", {"filters": 2}),
             ("b", "Conv2D", {"filters": 3, "padding": "same"}), ("cat", "Concatenate", {}), ("f", "Flatten", {}),
             ("d", "Dense", {"units": 2}), ("out", "Softmax", {})]
    edges = [("in", "a"), ("in", "b"), ("a", "cat"), ("b", "cat"), ("cat", "f"), ("f", "d"), ("d", "out")]
    assert message(graph(nodes, edges)) == ("cat (Concatenate): Concatenate on axis -1 needs inputs that agree on "
                                            "every other axis, but edges[2] brings (4, 4, 2) from a and edges[3] "
                                            "brings (6, 6, 3) from b")
    nodes[3] = ("cat", "Concatenate", {"axis": 0})
    assert "cat (Concatenate): axis 0 is the batch axis" in message(graph(nodes, edges))
    nodes[3] = ("cat", "Concatenate", {"axis": 3})
    nodes[1] = ("a", "Dense", {"units": 2})
    nodes[2] = ("b", "Dense", {"units": 2})
    nodes[0] = ("in", "Input", {"shape": [4]})
    assert "cat (Concatenate): axis 3 does not exist for inputs of shape (2,)" in message(graph(nodes, edges))


def test_a_merge_with_one_input_and_image_layers_on_flat_data():
    nodes = [("in", "Input", {"shape": [4]}), ("d", "Dense", {"units": 2}), ("sum", "Add", {}),
             ("out", "Softmax", {})]
    assert message(graph(nodes, [("in", "d"), ("d", "sum"), ("sum", "out")])) == (
        "sum (Add): merges two or more inputs, got 1 (from d); connect another layer to it")
    flat = Design.sequential([64], [("Conv2D", {"filters": 4}), "Flatten", ("Dense", {"units": 2}), "Softmax"])
    with pytest.raises(DesignError, match=r"^conv2d1 \(Conv2D\): Conv2D expects images of shape \(height, width, "
                                          r"channels\), got \(64,\); give the Input a shape such as \[8, 8, 1\]"):
        build_network(flat)
    small = Design.sequential([2, 2, 1], [("MaxPool2D", {"pool_size": 3})], {"loss": "mse"})
    with pytest.raises(DesignError, match=r"^maxpool2d1 \(MaxPool2D\): a pool_size of 3 does not fit an input "
                                          r"of 2 pixels with padding 'valid'"):
        build_network(small)
    with pytest.raises(DesignError, match=r"^reshape1 \(Reshape\): cannot reshape \(64,\) \(64 values\) into "
                                          r"\(8, 7\) \(56 values\)$"):
        build_network(Design.sequential([64], [("Reshape", {"target_shape": [8, 7]})], {"loss": "mse"}))


def test_bad_image_layer_parameters_name_the_field():
    d = graph([("in", "Input", {"shape": [8, 8, 1]}), ("c", "Conv2D", {"filters": 4, "padding": "full"})],
              [("in", "c")], loss="mse")
    with pytest.raises(DesignError, match=r"^nodes\[1\]\.params\.padding: must be one of 'valid', 'same', "
                                          r"got 'full'$"):
        Design.from_dict(d)
    d["nodes"][1] = {"id": "p", "type": "MaxPool2D", "params": {"strides": 0}}
    with pytest.raises(DesignError, match=r"^nodes\[1\]\.params\.strides: must be an integer from 1 to 64, "
                                          r"or null, got 0$"):
        Design.from_dict(d)


def test_designs_with_merges_and_image_layers_round_trip():
    nodes = [("in", "Input", {"shape": [8, 8, 1]}), ("c1", "Conv2D", {"filters": 4, "padding": "same",
                                                                     "strides": 1, "init": "he_normal"}),
             ("c2", "Conv2D", {"filters": 4, "kernel_size": 5, "padding": "same", "use_bias": False}),
             ("sum", "Add", {}), ("mp", "MaxPool2D", {"pool_size": 2, "strides": None}),
             ("ap", "AveragePool2D", {"pool_size": 2, "strides": 2}), ("cat", "Concatenate", {"axis": 3}),
             ("f", "Reshape", {"target_shape": [128]}), ("d", "Dense", {"units": 10}), ("out", "Softmax", {})]
    edges = [("in", "c1"), ("c1", "c2"), ("c2", "sum"), ("c1", "sum"), ("sum", "mp"), ("sum", "ap"),
             ("ap", "cat"), ("mp", "cat"), ("cat", "f"), ("f", "d"), ("d", "out")]
    d = json.loads(json.dumps(graph(nodes, edges)))
    design = Design.from_dict(d)
    assert design.to_dict() == d
    assert build_network(design).shapes["cat"] == (4, 4, 8)


def test_the_digits_as_images_are_the_same_pixels_row_by_row():
    flat = Trainer(Design.sequential([64], [("Dense", {"units": 10}), "Softmax"],
                                     {"data": {"source": "builtin", "name": "digits"}}), layer_stats=False)
    image = Trainer(Design.sequential([8, 8, 1], ["Flatten", ("Dense", {"units": 10}), "Softmax"],
                                      {"data": {"source": "builtin", "name": "digits"}}), layer_stats=False)
    assert image.x_train.shape == (len(flat.x_train), 8, 8, 1)
    np.testing.assert_array_equal(image.x_train.reshape(len(image.x_train), 64), flat.x_train)
    np.testing.assert_array_equal(image.y_val, flat.y_val)
