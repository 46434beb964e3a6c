"""Editing as people expect: Delete key, change type in place, drop into a stack, delete from a stack.

The canvas emits intents and the editing controller turns them into one undo command each
(gui.commands); the ``canvas`` fixture below wires them the way the controller does.
"""
import os

import pytest
from gui_helpers import _point, drop
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QApplication

from core import load_design
from gui import commands
from gui.canvas import MIME_LAYER, STEP, CanvasScene, CanvasView
from gui.document import DesignDocument

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
XOR = os.path.join(ROOT, "resources", "examples", "xor.layerlab")  # in -> d1 -> a1 -> d2 -> out


class Canvas:
    """A document, its canvas and view, and the editing controller's handling of their intents."""

    def __init__(self, qtbot):
        self.doc = DesignDocument()
        self.scene = CanvasScene(self.doc)
        self.view = CanvasView(self.scene)
        qtbot.addWidget(self.view)
        self.view.resize(900, 700)
        self.delete_action = QAction("Delete", self.view)
        self.delete_action.setShortcuts([QKeySequence.Delete, QKeySequence(Qt.Key_Backspace)])
        self.delete_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selection)
        self.view.addAction(self.delete_action)
        self.scene.layerDropped.connect(self.add_layer)
        self.scene.changeTypeRequested.connect(self.change_type)

    def delete_selection(self):
        self.push(commands.delete_nodes(self.doc, self.scene.selected_node_ids(), self.scene.selected_edges()))

    def add_layer(self, type_name, pos):
        plan = self.scene.drop_plan(type_name, pos)
        node = self.doc.new_node(type_name, plan.pos)
        self.push(commands.insert_node(self.doc, node, plan.after, plan.before, plan.moves))

    def change_type(self, node_id, type_name):
        self.push(commands.ChangeType(self.doc, node_id, type_name))

    def push(self, command):
        self.doc.undo_stack.push(command)

    def open(self, path):
        self.doc.open(path)
        self.view.show()
        self.view.centerOn(0, 180)

    @property
    def edges(self):
        return list(self.doc.design.edges)


@pytest.fixture
def canvas(qtbot):
    return Canvas(qtbot)


def layer_mime(type_name):
    mime = QMimeData()
    mime.setData(MIME_LAYER, type_name.encode("utf-8"))
    return mime


def test_the_delete_key_deletes_the_selected_layers_in_the_app(window, qtbot):
    window.open_file(XOR)
    window.scene.select_nodes(["a1"])
    window.view.setFocus()
    qtbot.keyClick(window.view.viewport(), Qt.Key_Delete)
    assert "a1" not in window.doc.design.node_ids()
    assert window.doc.undo_stack.count() == 1
    window.act_undo.trigger()
    assert "a1" in window.doc.design.node_ids()
    assert ("d1", "a1") in window.doc.design.edges and ("a1", "d2") in window.doc.design.edges


def test_deleting_a_layer_from_the_middle_of_a_stack_reconnects_its_neighbours(canvas, qtbot):
    canvas.open(XOR)
    before = canvas.doc.design.to_dict()
    canvas.scene.select_nodes(["a1"])
    canvas.view.setFocus()
    qtbot.keyClick(canvas.view.viewport(), Qt.Key_Delete)
    assert canvas.edges == [("in", "d1"), ("d1", "d2"), ("d2", "out")]
    assert ("d1", "d2") in canvas.scene.edges  # and the canvas draws the new edge
    assert canvas.doc.undo_stack.count() == 1
    canvas.doc.undo_stack.undo()
    assert canvas.doc.design.to_dict() == before
    assert ("d1", "d2") not in canvas.scene.edges


def test_deleting_two_neighbours_in_a_stack_closes_the_gap_and_ends_stay_unconnected(canvas):
    canvas.open(XOR)
    canvas.push(commands.delete_nodes(canvas.doc, ["d1", "a1"]))
    assert canvas.edges == [("in", "d2"), ("d2", "out")]
    canvas.push(commands.delete_nodes(canvas.doc, ["out"]))  # the last layer: nothing to reconnect
    assert canvas.edges == [("in", "d2")]
    canvas.doc.undo_stack.undo()
    canvas.doc.undo_stack.undo()
    assert canvas.edges == [("in", "d1"), ("d1", "a1"), ("a1", "d2"), ("d2", "out")]


def test_a_merge_keeps_the_order_of_its_inputs_when_a_layer_is_taken_out(canvas):
    canvas.open(XOR)
    # Hand-build a fan-in (a Concatenate's inputs are ordered by their edges): x -> m first, y -> m second.
    design = canvas.doc.design
    design.edges[:] = [("in", "d1"), ("d1", "m"), ("in", "y"), ("y", "m")]
    from core.design import Node
    design.nodes[:] = [design.node("in"), design.node("d1"), Node("y", "ReLU", {}, [200, 90]),
                       Node("m", "Dense", {"units": 2}, [0, 180])]
    canvas.doc.designReset.emit()
    canvas.push(commands.delete_nodes(canvas.doc, ["d1"]))
    assert canvas.edges == [("in", "m"), ("in", "y"), ("y", "m")]  # in -> m stays the first input


def test_changing_a_layers_type_keeps_its_edges_and_is_one_undo_step(canvas):
    canvas.open(XOR)
    canvas.push(commands.ChangeType(canvas.doc, "a1", "Sigmoid"))  # from the file's ReLU
    canvas.doc.undo_stack.clear()
    menu = canvas.scene.node_menu("a1")
    change = next(a for a in menu.actions() if a.menu() is not None)
    assert change.text() == "Change type"
    choices = {a.text(): a for a in change.menu().actions()}
    assert "Sigmoid" not in choices and "Input" not in choices  # itself, and a type that takes no input
    choices["ReLU"].trigger()
    node = canvas.doc.node("a1")
    assert node.type == "ReLU" and node.pos == [0.0, 180.0]
    assert ("d1", "a1") in canvas.edges and ("a1", "d2") in canvas.edges
    assert canvas.scene.nodes["a1"].type_name == "ReLU"
    assert canvas.doc.undo_stack.count() == 1
    canvas.doc.undo_stack.undo()
    assert canvas.doc.node("a1").type == "Sigmoid" and canvas.scene.nodes["a1"].type_name == "Sigmoid"


def test_changing_type_keeps_the_parameters_the_new_type_shares(canvas):
    canvas.open(XOR)
    canvas.push(commands.ChangeType(canvas.doc, "a1", "LeakyReLU"))
    canvas.push(commands.SetParam(canvas.doc, "a1", "alpha", 0.2))
    canvas.push(commands.ChangeType(canvas.doc, "a1", "Dense"))
    assert canvas.doc.node("a1").params == {"units": 16}  # alpha means nothing to Dense; units must be given
    canvas.push(commands.ChangeType(canvas.doc, "d1", "Dropout"))
    canvas.push(commands.ChangeType(canvas.doc, "d1", "Dense"))
    assert canvas.doc.node("d1").params == {"units": 16}
    canvas.doc.undo_stack.undo()
    canvas.doc.undo_stack.undo()
    assert canvas.doc.node("d1").params == {"units": 8, "init": "he_normal"}
    canvas.doc.undo_stack.undo()
    assert canvas.doc.node("a1").params == {"alpha": 0.2} and canvas.doc.node("a1").type == "LeakyReLU"


def test_the_type_menu_is_disabled_while_training(canvas):
    canvas.open(XOR)
    canvas.scene.locked = True
    menu = canvas.scene.node_menu("a1")
    assert not menu.actions()[0].isEnabled()


def test_a_layer_dropped_onto_an_edge_is_inserted_into_it(canvas):
    canvas.open(XOR)
    before = canvas.doc.design.to_dict()
    middle = canvas.scene.edges[("a1", "d2")].path().pointAtPercent(0.5)
    assert canvas.scene.node_at(middle) is None  # on the edge itself, between the nodes
    assert drop(canvas.view, layer_mime("Dropout"), middle)
    assert canvas.edges == [("in", "d1"), ("d1", "a1"), ("a1", "dropout1"), ("dropout1", "d2"), ("d2", "out")]
    # it takes d2's place and what was below moves down a step, so nothing overlaps
    assert canvas.doc.node("dropout1").pos == [0.0, 270.0]
    assert canvas.doc.node("d2").pos == [0.0, 270.0 + STEP] and canvas.doc.node("out").pos == [0.0, 360.0 + STEP]
    assert canvas.doc.undo_stack.count() == 1
    canvas.doc.undo_stack.undo()
    assert canvas.doc.design.to_dict() == before


def test_a_layer_dropped_onto_a_node_is_inserted_after_it(canvas):
    canvas.open(XOR)
    before = canvas.doc.design.to_dict()
    assert drop(canvas.view, layer_mime("BatchNorm"), QPointF(30, 95))  # onto d1
    assert canvas.edges == [("in", "d1"), ("d1", "batchnorm1"), ("batchnorm1", "a1"), ("a1", "d2"),
                            ("d2", "out")]
    assert canvas.doc.node("batchnorm1").pos == [0.0, 180.0]
    assert canvas.doc.node("a1").pos == [0.0, 180.0 + STEP]
    assert canvas.doc.analysis.ok
    canvas.doc.undo_stack.undo()
    assert canvas.doc.design.to_dict() == before


def test_a_layer_dropped_onto_the_last_node_joins_the_stack_below(canvas):
    canvas.open(XOR)
    assert drop(canvas.view, layer_mime("Dropout"), QPointF(0, 360))  # onto out, the last node
    assert canvas.edges[-1] == ("out", "dropout1")
    assert canvas.doc.node("dropout1").pos == [0.0, 360.0 + STEP]
    assert canvas.doc.node("out").pos == [0.0, 360.0]


def test_an_input_dropped_anywhere_is_only_added(canvas):
    design = load_design(XOR)
    canvas.open(XOR)
    assert drop(canvas.view, layer_mime("Input"), QPointF(0, 270))
    assert canvas.edges == list(design.edges)


def drag_over(view, mime, scene_pos):
    """Drag ``mime`` over the view to ``scene_pos`` without dropping it."""
    target = view.viewport()
    pos = _point(view.mapFromScene(scene_pos))
    for cls in (QDragEnterEvent, QDragMoveEvent):
        QApplication.sendEvent(target, cls(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))


def test_dragging_a_layer_outlines_where_it_would_go(canvas):
    canvas.open(XOR)
    edge = canvas.scene.edges[("a1", "d2")]
    drag_over(canvas.view, layer_mime("Dropout"), edge.path().pointAtPercent(0.5))
    assert edge.drop_hint  # this edge would be split
    drag_over(canvas.view, layer_mime("Dropout"), QPointF(30, 95))
    assert not edge.drop_hint and canvas.scene.nodes["d1"].drop_hint  # now: right after d1
    drag_over(canvas.view, layer_mime("Input"), QPointF(30, 95))
    assert not canvas.scene.nodes["d1"].drop_hint  # an Input joins nothing
    drag_over(canvas.view, layer_mime("Dropout"), QPointF(30, 95))
    QApplication.sendEvent(canvas.view.viewport(), QDragLeaveEvent())
    assert not canvas.scene.nodes["d1"].drop_hint
    assert drop(canvas.view, layer_mime("Dropout"), QPointF(30, 95))
    assert not any(item.drop_hint for item in list(canvas.scene.nodes.values()) + list(canvas.scene.edges.values()))
