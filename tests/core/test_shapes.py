"""Shape inference: the common mistakes get messages that name the node and the fix."""
import numpy as np
import pytest

from core import Design, DesignError, analyze, build_network


def design(nodes, edges, loss="categorical_crossentropy"):
    return Design.from_dict({
        "format": "layerlab-design", "version": 1, "name": "t",
        "nodes": [{"id": i, "type": t, "params": p} for i, t, p in nodes],
        "edges": [list(e) for e in edges],
        "training": {"loss": loss},
    })


def chain(*nodes, loss="categorical_crossentropy"):
    return design(nodes, [(a[0], b[0]) for a, b in zip(nodes, nodes[1:])], loss)


def test_dense_on_images_asks_for_a_flatten():
    d = chain(("in", "Input", {"shape": [8, 8]}), ("d2", "Dense", {"units": 10}), ("out", "Softmax", {}))
    with pytest.raises(DesignError, match=r"^d2 \(Dense\): expects 1-D input, got \(8, 8\); add a Flatten$"):
        build_network(d)


def test_flatten_fixes_it_and_shapes_and_counts_are_inferred():
    d = chain(("in", "Input", {"shape": [8, 8]}), ("f", "Flatten", {}), ("d2", "Dense", {"units": 10}),
              ("out", "Softmax", {}))
    a = analyze(d)
    assert a.ok
    assert a.shapes == {"in": (8, 8), "f": (64,), "d2": (10,), "out": (10,)}
    assert a.param_counts["d2"] == 64 * 10 + 10


def test_softmax_on_one_unit_with_categorical_crossentropy():
    d = chain(("in", "Input", {"shape": [2]}), ("d", "Dense", {"units": 1}), ("out", "Softmax", {}))
    with pytest.raises(DesignError, match=r"^out \(Softmax\): categorical_crossentropy needs 2 or more classes"
                                          r".*always outputs 1.*binary_crossentropy"):
        build_network(d)


@pytest.mark.parametrize("loss, last, wanted", [
    ("categorical_crossentropy", "Sigmoid", "Softmax"),
    ("binary_crossentropy", "Softmax", "Sigmoid"),
    ("binary_crossentropy", "Dense", "Sigmoid"),
])
def test_loss_that_does_not_fit_the_last_layer(loss, last, wanted):
    nodes = [("in", "Input", {"shape": [2]}), ("d", "Dense", {"units": 2})]
    if last != "Dense":
        nodes.append(("out", last, {}))
    d = chain(*nodes, loss=loss)
    with pytest.raises(DesignError, match=rf"^training.loss: {loss} needs a {wanted} last layer, "
                                          rf"but the last layer is \w+ \({last}\)"):
        build_network(d)


def test_mse_fits_any_last_layer():
    d = chain(("in", "Input", {"shape": [2]}), ("d", "Dense", {"units": 3}), ("out", "Softmax", {}), loss="mse")
    assert build_network(d).forward(np.zeros((1, 2))).shape == (1, 3)


def test_a_cycle_is_refused_and_named():
    with pytest.raises(DesignError, match=r"^edges: form a cycle (a -> b -> c -> a|b -> c -> a -> b|c -> a -> b -> c)"):
        design([("in", "Input", {"shape": [2]}), ("a", "Dense", {"units": 2}), ("b", "ReLU", {}),
                ("c", "Dense", {"units": 2})],
               [("in", "a"), ("a", "b"), ("b", "c"), ("c", "a")])


def test_a_node_with_no_path_to_the_output():
    d = design([("in", "Input", {"shape": [2]}), ("d1", "Dense", {"units": 4}), ("a1", "ReLU", {}),
                ("d2", "Dense", {"units": 2}), ("out", "Softmax", {}), ("stray", "Tanh", {})],
               [("in", "d1"), ("d1", "a1"), ("a1", "d2"), ("d2", "out"), ("d1", "stray")])
    with pytest.raises(DesignError, match=r"^stray \(Tanh\): has no path to the output \(out\); connect it or delete it$"):
        build_network(d)


def test_an_unconnected_layer_and_a_missing_input():
    d = design([("in", "Input", {"shape": [2]}), ("d1", "Dense", {"units": 2}), ("out", "Softmax", {}),
                ("lonely", "Dense", {"units": 3})],
               [("in", "d1"), ("d1", "out")])
    a = analyze(d)
    assert a.node_errors == {"lonely": "lonely (Dense): has no input; connect a layer to it"}
    assert "the design has no Input node; add one at the top" in analyze(
        design([("d", "Dense", {"units": 2})], [])).errors


def test_two_inputs_into_one_layer_and_two_outputs():
    d = design([("in", "Input", {"shape": [2]}), ("a", "Dense", {"units": 2}), ("b", "Dense", {"units": 2}),
                ("c", "Dense", {"units": 2})],
               [("in", "a"), ("in", "b"), ("a", "c"), ("b", "c")])
    assert analyze(d).node_errors["c"] == "c (Dense): takes one input, got 2 (from a, b)"
    d = design([("in", "Input", {"shape": [2]}), ("a", "Dense", {"units": 2}), ("b", "Dense", {"units": 2})],
               [("in", "a"), ("in", "b")])
    assert "the design has several outputs (a, b); every path must end at one output layer" in analyze(d).errors


def test_empty_design():
    with pytest.raises(DesignError, match="the design is empty; add an Input and some layers"):
        build_network(Design())
