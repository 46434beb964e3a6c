"""Merges on the canvas: two layers dragged into an Add or a Concatenate by the connect gesture,
each incoming edge labelled with its input's number, and a shape mismatch shown on the node."""
import os

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from core import Design
from core.design import VERSION

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "resources", "examples")


def two_branches(merge, units_b=4):
    """An Input feeding two Dense layers side by side, and a merge below them, not yet connected."""
    return Design.from_dict({
        "format": "layerlab-design", "version": VERSION,
        "nodes": [
            {"id": "in", "type": "Input", "params": {"shape": [2]}, "pos": [0, 0]},
            {"id": "a", "type": "Dense", "params": {"units": 4}, "pos": [-130, 110]},
            {"id": "b", "type": "Dense", "params": {"units": units_b}, "pos": [130, 110]},
            {"id": "m", "type": merge, "params": {}, "pos": [0, 260]},
        ],
        "edges": [["in", "a"], ["in", "b"]],
        "training": {"data": {"source": "toy", "name": "xor"}},
    })


def connect_by_drag(window, src, dst):
    """Press on ``src``'s output port, release over ``dst``: the canvas's connect gesture."""
    view, scene = window.view, window.scene
    start = view.mapFromScene(scene.nodes[src].mapToScene(scene.nodes[src].output_port()))
    end = view.mapFromScene(scene.nodes[dst].mapToScene(QPointF(0, 0)))
    QTest.mousePress(view.viewport(), Qt.LeftButton, Qt.NoModifier, start)
    QTest.mouseMove(view.viewport(), end)
    QTest.mouseRelease(view.viewport(), Qt.LeftButton, Qt.NoModifier, end)


def open_design(window, qtbot, design):
    window.doc.reset(design)
    window.view.resetTransform()
    window.view.centerOn(0, 150)
    qtbot.wait(10)


@pytest.mark.parametrize("merge", ["Add", "Concatenate"])
def test_two_layers_dragged_into_a_merge_are_numbered_in_the_order_they_were_connected(window, qtbot, merge):
    open_design(window, qtbot, two_branches(merge))
    scene = window.scene
    assert "has no input" in scene.nodes["m"].toolTip()
    connect_by_drag(window, "b", "m")
    assert tuple(window.doc.design.edges[-1]) == ("b", "m")
    assert scene.input_labels("m") == {"b": 1}  # a merge numbers even its first input
    assert "merges two or more inputs" in scene.nodes["m"].toolTip()
    connect_by_drag(window, "a", "m")
    assert scene.input_labels("m") == {"b": 1, "a": 2}
    assert "input 2 of m" in scene.edges[("a", "m")].toolTip()
    node = scene.nodes["m"]
    assert node.error is None
    assert node.lines[1].startswith("→ " + ("(4,)" if merge == "Add" else "(8,)"))
    assert scene.input_labels("a") == {}  # a layer with one input has no number
    # the label is drawn: white circle where the edge ends
    window.view.viewport().update()
    shot = window.view.viewport().grab().toImage()
    spot = window.view.mapFromScene(scene.edges[("a", "m")].label_center())
    assert shot.pixelColor(spot.x() + 4, spot.y()).name() == "#ffffff"
    window.doc.undo_stack.undo()  # one undo removes the last connection and its number
    assert scene.input_labels("m") == {"b": 1}


def test_inputs_of_different_shapes_into_add_outline_the_node_and_name_both_shapes(window, qtbot):
    open_design(window, qtbot, two_branches("Add", units_b=3))
    connect_by_drag(window, "a", "m")
    connect_by_drag(window, "b", "m")
    node = window.scene.nodes["m"]
    assert node.error is not None
    assert "Add needs inputs of one shape" in node.error
    assert "(4,) from a" in node.error and "(3,) from b" in node.error
    assert "(4,) from a" in node.toolTip() and "(3,) from b" in node.toolTip()
    shot = window.view.viewport().grab().toImage()
    left = [window.view.mapFromScene(node.mapToScene(QPointF(x, 0))) for x in (-96, -95, -94)]  # the outline
    assert "#d62728" in {shot.pixelColor(p).name() for p in left}  # red, 3 px wide
    window.doc.undo_stack.undo()
    assert window.scene.nodes["m"].error is not None and "merges two or more" in window.scene.nodes["m"].error


def test_the_residual_example_numbers_every_adds_two_inputs(window):
    window.open_file(os.path.join(EXAMPLES, "deep20_residual.layerlab"))
    assert window.scene.input_labels("add1") == {"sigmoid1": 1, "stem": 2}
    assert window.scene.input_labels("add7") == {"sigmoid7": 1, "add6": 2}
