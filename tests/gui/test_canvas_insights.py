"""What training tells, on the canvas: warning badges and pictures of each unit's output."""
import os

import numpy as np
from PySide6.QtCore import QPointF

from core import load_design
from core.diagnostics import by_node, probe_warnings
from core.neurons import NeuronPlane
from core.training import Trainer
from gui.canvas import CanvasScene, CanvasView
from gui.document import DesignDocument

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "resources", "examples")


def open_canvas(qtbot, name):
    doc = DesignDocument()
    doc.open(os.path.join(EXAMPLES, name + ".layerlab"))
    scene = CanvasScene(doc)
    view = CanvasView(scene)
    qtbot.addWidget(view)
    return doc, scene, view


def dead_relu_warnings(doc):
    """The warnings of xor's network with its hidden layer killed by a large negative bias."""
    trainer = Trainer(doc.snapshot(), seed=0)
    trainer.net.params["d1.b"][...] = -10.0
    return by_node(probe_warnings(trainer.net, trainer.x_probe, trainer.t_probe))


def badge_color(view, item):
    """The colour painted where ``item``'s badge goes (inside its triangle, beside the count)."""
    from gui.canvas import NODE_W
    from gui.canvas_items import NODE_H
    from gui.node_extras import badge_center
    spot = view.mapFromScene(item.mapToScene(badge_center(NODE_W, NODE_H) + QPointF(-6, 5)))
    return view.viewport().grab().toImage().pixelColor(spot)


def test_a_warning_shows_as_a_badge_with_its_lines_in_the_tooltip_and_goes_when_cleared(qtbot):
    doc, scene, view = open_canvas(qtbot, "xor")
    view.resize(700, 600)
    view.show()
    view.centerOn(0, 180)
    warnings = dead_relu_warnings(doc)
    assert set(warnings) == {"a1", "d1"}
    relu = scene.nodes["a1"]
    header = badge_color(view, relu)
    scene.set_warnings(warnings)
    assert len(relu.warnings) == 1 and len(scene.nodes["d1"].warnings) == 1
    assert scene.nodes["d2"].warnings == []
    assert badge_color(view, relu).name() == "#ffc933" != header.name()  # the yellow triangle
    assert badge_color(view, scene.nodes["d2"]).name() != "#ffc933"
    assert "100% of the units of a1 are dead: zero on every probe sample" in relu.toolTip()
    assert "He initialisation" in relu.toolTip()
    assert "ReLU" in relu.toolTip()  # the layer's own help stays
    scene.set_warnings({})
    assert relu.warnings == [] and "dead" not in relu.toolTip()
    assert badge_color(view, relu) == header


def test_a_badge_survives_a_repaint_and_follows_new_warnings(qtbot):
    doc, scene, view = open_canvas(qtbot, "xor")
    warnings = dead_relu_warnings(doc)
    scene.set_warnings(warnings)
    view.grab()  # paints every item with its badge
    scene.set_warnings({"a1": warnings["a1"]})
    assert scene.nodes["d1"].warnings == [] and len(scene.nodes["a1"].warnings) == 1


def test_neuron_pictures_appear_update_and_say_how_many_are_hidden(qtbot):
    doc, scene, view = open_canvas(qtbot, "spiral")  # two hidden layers of 64 units
    trainer = Trainer(doc.snapshot(), seed=0)
    plane = NeuronPlane(trainer.x_train)
    scene.set_neuron_images(plane.pictures(trainer.net))
    relu = scene.nodes["relu1"]
    assert len(relu.pixmaps) == 8 and relu.hidden_units == 56
    assert "Pictures of the first 8 units; 56 more are not shown" in relu.toolTip()
    assert scene.nodes["in"].pixmaps == [] and scene.nodes["softmax1"].pixmaps == []
    first = relu.pixmaps[0].toImage()
    assert relu.pixmaps[0].width() == 24
    view.grab()
    trainer.fit(epochs=2)
    scene.set_neuron_images(plane.pictures(trainer.net))
    assert relu.pixmaps[0].toImage() != first  # the pictures follow the training
    scene.set_neuron_images({})
    assert relu.pixmaps == [] and "not shown" not in relu.toolTip()


def test_a_picture_is_colored_by_the_units_output(qtbot):
    _doc, scene, _view = open_canvas(qtbot, "xor")
    images = np.zeros((2, 24, 24), dtype=np.float32)
    images[0, :, :12] = -1.0   # left half negative (orange), right half positive (blue)
    images[0, :, 12:] = 1.0
    scene.set_neuron_images({"d1": (images, 6)})
    item = scene.nodes["d1"]
    image = item.pixmaps[0].toImage()
    left, right, blank = image.pixelColor(2, 5), image.pixelColor(20, 5), item.pixmaps[1].toImage().pixelColor(3, 3)
    assert left.red() > left.blue() and right.blue() > right.red()
    assert (blank.red(), blank.green(), blank.blue()) == (255, 255, 255)  # zero is white
    assert item.hidden_units == 6


def test_hovering_a_picture_shows_it_large(qtbot):
    doc, scene, _view = open_canvas(qtbot, "xor")
    trainer = Trainer(doc.snapshot(), seed=0)
    scene.set_neuron_images(NeuronPlane(trainer.x_train).pictures(trainer.net))
    item = scene.nodes["a1"]
    from gui.node_extras import picture_rect
    centre = picture_rect(item.pictures_panel(), 2).center()
    assert item.picture_at(centre) == 2
    assert item.picture_at(QPointF(0, 0)) is None  # the node's body
    scene.magnify(item, item.picture_at(centre))
    assert scene.magnifier.isVisible() and scene.magnifier.caption == "a1: unit 3"
    assert scene.magnifier.pixmap is item.pixmaps[2]
    scene.magnify(None, None)
    assert not scene.magnifier.isVisible()
    assert scene.magnifier.boundingRect().isEmpty()  # hidden, it never widens "fit to view"


def test_a_new_design_starts_without_badges_or_pictures(qtbot):
    doc, scene, _view = open_canvas(qtbot, "xor")
    scene.set_warnings(dead_relu_warnings(doc))
    doc.open(os.path.join(EXAMPLES, "xor.layerlab"))
    assert all(item.warnings == [] and item.pixmaps == [] for item in scene.nodes.values())
    assert load_design(os.path.join(EXAMPLES, "xor.layerlab")).node_ids() == list(scene.nodes)
