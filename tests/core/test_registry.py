"""The registry is the one list of layer types; every type's configuration round-trips."""
import json

import numpy as np
import pytest

from core import LAYERS, Design, DesignError, build_network
from core.registry import CATEGORIES


def non_default(spec_param):
    """A valid value different from the default, for each kind of parameter."""
    p = spec_param
    if p.kind == "bool":
        return not p.default
    if p.kind == "choice":
        return next(c for c in p.choices if c != p.default)
    if p.kind == "shape":
        return [3]
    if p.kind == "weights":  # a Dense of units = minimum + 2 = 3 on an input of shape [3]
        return {"W": [[0.5, -1, 2]] * 3, "b": [0.25, 0, -0.5]}
    if p.kind == "int":
        return (p.default or p.minimum) + 1 if p.default is not None and not p.required else int(p.minimum) + 2
    return p.default / 2 if isinstance(p.default, float) and p.default else 0.25


@pytest.mark.parametrize("type_name", list(LAYERS))
def test_every_layer_type_round_trips_with_every_parameter_set(type_name):
    spec = LAYERS[type_name]
    params = {p.name: non_default(p) for p in spec.params}
    nodes = [{"id": "in", "type": "Input", "params": {"shape": [3]}, "pos": [0, 0]}]
    edges = []
    if type_name != "Input":
        nodes.append({"id": "x", "type": type_name, "params": params, "pos": [10.5, 90]})
        edges.append(["in", "x"])
    d = {"format": "layerlab-design", "version": 1, "name": "one of each", "nodes": nodes, "edges": edges,
         "training": {"loss": "mse"}}
    design = Design.from_dict(json.loads(json.dumps(d)))
    assert design.to_dict() == d
    node = design.nodes[-1]
    assert node.resolved() == {p.name: params.get(p.name, p.default) for p in spec.params}


# What a type needs to run besides its defaults: required parameters and an input that fits.
RUN_CASES = {"Dense": ({"units": 2}, [3]), "Conv2D": ({"filters": 2}, [4, 4, 1]), "MaxPool2D": ({}, [4, 4, 1]),
             "AveragePool2D": ({}, [4, 4, 1]), "Reshape": ({"target_shape": [1, 3]}, [3])}


@pytest.mark.parametrize("type_name", [t for t in LAYERS if t != "Input"])
def test_every_layer_type_builds_and_runs_with_its_defaults(type_name):
    given, shape = RUN_CASES.get(type_name, ({}, [3]))
    design = Design.sequential(shape, [(type_name, given)], {"loss": "mse"})
    if LAYERS[type_name].inputs > 1:  # a merge takes the input both directly and through a ReLU
        d = Design.sequential(shape, ["ReLU"], {"loss": "mse"}).to_dict()
        d["nodes"].append({"id": "m", "type": type_name, "params": given})
        d["edges"] += [["in", "m"], ["relu1", "m"]]
        design = Design.from_dict(d)
    net = build_network(design)
    y = net.forward(np.ones([4] + shape, dtype=np.float32), training=True)
    assert y.shape[0] == 4 and y.dtype == np.float32


def test_declarations_are_complete():
    for spec in LAYERS.values():
        assert spec.category in CATEGORIES, spec.name
        assert spec.help.strip(), spec.name
        for p in spec.params:
            assert p.help.strip(), f"{spec.name}.{p.name}"
            if not p.required:
                p.check(p.default, "default")  # every default obeys its own rule


def test_bad_parameters_say_what_was_expected_and_where():
    def node(params):
        return {"format": "layerlab-design", "version": 1, "edges": [],
                "nodes": [{"id": "in", "type": "Input", "params": {"shape": [2]}},
                          {"id": "d", "type": "Dense", "params": params}, {"id": "r", "type": "Dropout",
                                                                          "params": {"rate": 1.0}}]}
    with pytest.raises(DesignError, match=r"^nodes\[1\]\.params\.units: must be an integer from 1 to 65536, got 0$"):
        Design.from_dict(node({"units": 0}))
    with pytest.raises(DesignError, match=r"^nodes\[1\]\.params\.units: must be an integer .* got 8\.5$"):
        Design.from_dict(node({"units": 8.5}))
    with pytest.raises(DesignError, match=r"^nodes\[1\]\.params\.units: missing; Dense needs it"):
        Design.from_dict(node({}))
    with pytest.raises(DesignError, match=r"^nodes\[1\]\.params\.unit: unknown parameter of Dense; expected"):
        Design.from_dict(node({"unit": 3}))
    with pytest.raises(DesignError, match=r"^nodes\[2\]\.params\.rate: must be a number in \[0, 1\), got 1\.0$"):
        Design.from_dict(node({"units": 3}))
