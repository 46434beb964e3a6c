"""What the reports say, during a live run: neuron pictures in the nodes, warning badges and the
Problems list (each problem with its cause and what to try), convolution filters and feature maps."""
import os

import numpy as np
from designs import moons_stack

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "resources", "examples")


def train(window, qtbot, design=None, example=None, epochs=None):
    if example:
        window.open_file(os.path.join(EXAMPLES, example + ".layerlab"))
    else:
        window.doc.reset(design)
    if epochs:
        window.doc.design.training["epochs"] = epochs
    window.act_train.trigger()
    qtbot.waitUntil(lambda: not window.trainer.running, timeout=120000)
    qtbot.wait(600)  # the canvas's pictures are replaced at most every PICTURES_SECONDS


def test_neuron_pictures_appear_in_the_hidden_nodes_and_change_as_the_network_learns(window, qtbot):
    window.open_file(os.path.join(EXAMPLES, "spiral.layerlab"))
    window.doc.design.training["epochs"] = 400
    relu = window.scene.nodes["relu1"]
    seen = []

    def record(epochs, latest, surface):
        if relu.pixmaps:
            seen.append(relu.pixmaps[0].toImage().copy())
    window.trainingReports.connect(record)
    window.act_train.trigger()
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=60000)  # pictures while it trains, not only at the end
    assert window.trainer.running or len(seen) >= 3
    qtbot.waitUntil(lambda: not window.trainer.running, timeout=120000)
    qtbot.wait(600)
    window.trainingReports.disconnect(record)
    assert len(relu.pixmaps) == 8 and relu.hidden_units == 56  # spiral: 64 units, the first 8 shown
    assert "56 more are not shown" in relu.toolTip()
    assert "dense3" in window.scene.nodes and window.scene.nodes["softmax1"].pixmaps == []  # the output: none
    assert seen[0] != relu.pixmaps[0].toImage()  # the first unit's picture changed while the network learnt
    window.act_new.trigger()
    assert all(not item.pixmaps and not item.warnings for item in window.scene.nodes.values())


def test_a_dead_relu_shows_its_badge_and_problem_line_and_the_fixed_design_shows_none(window, qtbot):
    train(window, qtbot, moons_stack("ReLU", lr=3.0, seed=0))
    relu2 = window.scene.nodes["relu2"]
    assert [w.code for w in relu2.warnings] == ["dead_relu"]
    assert "75% of the units of relu2 are dead" in relu2.toolTip()
    lines = window.insights.problems.lines()
    assert len(lines) == 1
    assert lines[0].startswith("⚠ 75% of the units of relu2 are dead: zero on every probe sample")
    assert "Cause: A ReLU whose input is negative" in lines[0]
    assert "Try: Use He initialisation" in lines[0] and "Try: Use LeakyReLU" in lines[0]
    assert "Try: Lower the learning rate." in lines[0] and "batch normalisation" in lines[0]
    window.insights.problems.list.itemClicked.emit(window.insights.problems.list.item(0))
    assert window.scene.selected_node_ids() == ["relu2"]  # a problem leads to its layer

    train(window, qtbot, moons_stack("ReLU", lr=1.0, seed=0))  # the fix: a lower learning rate
    assert all(not item.warnings for item in window.scene.nodes.values())
    assert window.insights.problems.lines() == []
    assert "No problems" in window.insights.problems.intro.text()


def test_a_warning_goes_when_the_next_report_has_none(window, qtbot):
    train(window, qtbot, moons_stack("ReLU", lr=3.0, seed=0))
    assert window.scene.nodes["relu2"].warnings
    latest = window.log.current.layers
    healthy = [type(lr)(**{**lr.__dict__, "warnings": ()}) for lr in latest]
    from core.training import Report
    window.log.add_reports([], Report("epoch", 6, 6, 1, 1, {}, tuple(healthy)))
    assert not window.scene.nodes["relu2"].warnings and window.insights.problems.lines() == []


def test_conv_filters_and_feature_maps_are_shown_for_a_validation_image(window, qtbot):
    window.insights.filters_dock.show()
    window.insights.filters_dock.raise_()
    train(window, qtbot, example="digits_cnn", epochs=1)
    view = window.insights.filters
    rows = view.canvas.rows
    assert [title.split(" ")[0] for title, _, _ in rows] == ["conv2d1", "conv2d1:", "conv2d2", "conv2d2:"]
    assert rows[0][2] == 8                 # the first eight filters
    assert rows[1][2] == 1 + 8             # the validation image and its eight feature maps
    image = rows[1][1].toImage()           # the validation image in grey, then the maps in colour
    first = {image.pixelColor(x, 20).name() for x in range(2, 44)}
    assert all(c[1:3] == c[3:5] == c[5:7] for c in first) and len(first) > 2
    shot = view.grab().toImage()
    colours = {shot.pixelColor(x, y).name() for x in range(0, shot.width(), 3) for y in range(0, shot.height(), 3)}
    assert len(colours) > 20               # pictures, not an empty panel
    window.act_new.trigger()
    assert view.canvas.rows == [] and view.widget() is view.empty


def test_a_network_without_convolution_says_where_filters_appear(window, qtbot):
    window.insights.filters_dock.show()
    train(window, qtbot, example="xor", epochs=2)
    assert window.insights.filters.widget() is window.insights.filters.empty
    assert "Conv2D" in window.insights.filters.empty.text()


def test_the_problems_list_speaks_korean(window, qtbot):
    train(window, qtbot, moons_stack("ReLU", lr=3.0, seed=0))
    window.set_language("ko")
    assert window.insights.problems_dock.windowTitle() == "문제"
    line = window.insights.problems.lines()[0]
    assert "relu2" in line and "원인" in line and "He 초기값" in line


def test_every_path_of_a_residual_network_is_in_the_gradient_norm_view(window, qtbot):
    window.dashboard.setCurrentWidget(window.dashboard.grad_tab)
    train(window, qtbot, example="deep20_residual", epochs=1)
    qtbot.waitUntil(lambda: bool(window.dashboard.grad_lines), timeout=10000)
    nodes = {n.id for n in window.doc.design.nodes if n.type != "Input"}
    lines = set(window.dashboard.grad_lines)
    # both paths into every Add: the branch (dense → sigmoid) and the skip (the Add before it)
    assert {"dense1", "sigmoid1", "add1", "dense20", "sigmoid20", "add20", "stem"} <= lines
    assert lines == nodes - {"out"}  # Softmax with cross-entropy: the gradient starts below it, at head
    assert np.isfinite([p[1] for p in window.log.current.norms["add1"]]).all()
