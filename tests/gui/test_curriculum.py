"""A student follows the notes in the main window: the lessons from the menus and the examples,
a layer's inputs on its activation curve, each node's formula on the canvas, loss and scaling
as Run variants, and the gradient check's timing."""
import os

import numpy as np
import pytest

from core.lessons import formula, input_summary
from core.training import Trainer
from gui.experiments import GradCheckDialog, VariantsDialog, gradient_check
from gui.lessons import EXAMPLE_LESSONS, LESSONS, lesson_for

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "resources", "examples")


def example_path(name):
    return os.path.join(EXAMPLES, name + ".layerlab")


def train(window, qtbot, epochs):
    window.doc.design.training["epochs"] = epochs
    window.act_train.trigger()
    qtbot.waitUntil(lambda: not window.trainer.running, timeout=60000)


def test_every_example_that_teaches_a_lesson_opens_it(window, qtbot):
    keys = [k for k, _ in LESSONS]
    for name, key in EXAMPLE_LESSONS.items():
        assert key in keys and os.path.exists(example_path(name)), name
    window.open_file(example_path("gate_or"))
    key = lesson_for(window.doc.path)
    assert key == "perceptron"
    view = window.lessons.open(key)
    assert window.lessons.isVisible() and view.b.tolist() == [-0.2]  # OR's bias, from the design
    assert lesson_for(example_path("vanishing_sigmoid")) == "activations" and lesson_for(None) is None


def test_selecting_a_sigmoid_after_a_run_overlays_its_inputs_on_the_curve(window, qtbot):
    window.open_file(example_path("vanishing_sigmoid"))
    train(window, qtbot, 3)
    view = window.lessons.open("activations")
    window.scene.select_nodes(["sigmoid3"])
    hist = view.hists["Sigmoid"]
    assert hist is not None and view.summary[0] == "Sigmoid"
    # The inputs are dense3's outputs on the probe batch, by the network the run left.
    trained = window.trainer.worker.trainer
    trained.net.forward(trained.x_probe, training=False)
    want = input_summary("Sigmoid", trained.net.activations["dense3"])
    assert view.summary[1]["median_slope"] == pytest.approx(want["median_slope"], rel=1e-4)
    assert view.summary[1]["max_slope"] == 0.25 and "inputs of this Sigmoid layer" in view.inputs_text.text()
    window.scene.select_nodes(["dense3"])  # not an activation: the overlay goes
    assert view.hists["Sigmoid"] is None and view.summary is None


def test_during_a_run_the_overlay_reads_the_runs_newest_report(window, qtbot):
    window.open_file(example_path("vanishing_sigmoid"))
    window.doc.design.training["epochs"] = 100000
    view = window.lessons.open("activations")
    window.act_train.trigger()
    qtbot.waitUntil(lambda: window.log.current is not None and len(window.log.current.layers) > 0, timeout=20000)
    window.scene.select_nodes(["sigmoid2"])
    assert view.hists["Sigmoid"] is not None and view.summary[1]["n"] > 0
    window.act_stop.trigger()
    qtbot.waitUntil(lambda: not window.trainer.running, timeout=20000)


def test_a_nodes_tooltip_shows_its_formula_for_one_sample(window, qtbot):
    window.open_file(example_path("gate_and"))
    item = window.scene.nodes["dense1"]
    text = window.scene.node_formula("dense1")
    # Before a run: the design's own (hand-set) weights on the first training sample.
    fresh = Trainer(window.doc.design, dtype=np.float64, epochs=1)
    x0 = fresh.x_train[0]
    assert text == "Training sample 1: " + formula(fresh.net, "dense1", x0)
    assert "0.5·" in text and "− 0.7" in text
    item.hoverEnterEvent(_hover())
    assert "Training sample 1: y = W·x + b = 0.5·" in item.toolTip()
    assert window.scene.node_formula("sigmoid1").startswith("Training sample 1: y = σ(W·x + b) = σ(0.5·")
    # After a run: the trained network's numbers.
    train(window, qtbot, 20)
    trained = window.trainer.worker.trainer
    assert window.scene.node_formula("dense1") == "Training sample 1: " + formula(trained.net, "dense1",
                                                                                   trained.x_train[0])
    assert window.scene.node_formula("dense1") != text


def _hover():
    from PySide6.QtWidgets import QGraphicsSceneHoverEvent
    return QGraphicsSceneHoverEvent()


def test_loss_and_scaling_are_run_variant_choices(window, qtbot):
    window.open_file(example_path("xor"))
    dialog = VariantsDialog(window.doc.design, window)
    texts = [dialog.sweep.itemText(i) for i in range(dialog.sweep.count())]
    assert "the loss (those the last layer fits)" in texts and "the feature scaling" in texts
    assert [b.text() for b in dialog.boxes["loss"]] == ["mse", "sum_squared_error", "categorical_crossentropy"]
    assert [b.text() for b in dialog.boxes["scaling"]] == ["none", "minmax", "standard"]
    dialog.select("loss", ["mse", "categorical_crossentropy"])
    assert dialog.choice() == ("loss", ["mse", "categorical_crossentropy"])
    dialog.select("scaling", [])
    dialog.accept()
    assert not dialog.result() and dialog.error.text() == "Tick at least one value to try."
    gate = VariantsDialog(_design("gate_and"), window)
    assert [b.text() for b in gate.boxes["loss"]] == ["mse", "sum_squared_error", "binary_crossentropy"]
    window.doc.design.training["epochs"] = 5
    assert window.run_variants("scaling", ["none", "standard"])
    qtbot.waitUntil(lambda: window.sweep is None and not window.trainer.running, timeout=60000)
    runs = window.runs_panel.runs
    assert [r.name for r in runs] == ["scaling = none", "scaling = standard"]
    assert runs[0].design["training"]["scaling"] == "none"


def _design(name):
    from core import load_design
    return load_design(example_path(name))


def test_the_gradient_check_says_how_long_each_way_took(window, qtbot):
    rows = gradient_check(_design("xor"))
    t = rows.timing
    assert rows.timed_entries == t.entries == 42  # every weight of the small network, timed
    assert t.numerical_seconds > t.backprop_seconds > 0
    dialog = GradCheckDialog(rows, 8, window)
    assert dialog.timing.text() == (
        f"The whole gradient (42 weights, 8 samples): numerical differentiation {t.numerical_seconds:.3g} s, "
        f"backpropagation {t.backprop_seconds:.2g} s, {t.ratio:,.0f} times faster.")
    big = gradient_check(_design("vanishing_sigmoid"))
    assert big.timing.entries == 5442 and big.timed_entries < 1100
    assert big.timing.ratio > 10  # backpropagation is far faster, as the notes say
    assert "was timed on" in GradCheckDialog(big, 8, window).timing.text()


def test_a_small_dense_layers_weights_are_typed_in_the_properties_panel(window, qtbot, tmp_path):
    from core import load_design
    window.open_file(example_path("gate_and"))
    perceptron = window.lessons.open("perceptron")
    window.scene.select_nodes(["dense1"])
    panel = window.properties.weights_table
    assert panel.isVisible() and panel.table.rowCount() == 3 and panel.table.columnCount() == 1
    assert [panel.table.item(i, 0).text() for i in range(3)] == ["0.5", "0.5", "-0.7"]
    assert panel.table.verticalHeaderItem(2).text() == "b"
    panel.table.item(2, 0).setText("-0.2")  # AND becomes OR
    assert window.doc.node("dense1").params["weights"] == {"W": [[0.5], [0.5]], "b": [-0.2]}
    # The Perceptron lesson follows the document: its line moves to OR's.
    qtbot.waitUntil(lambda: window.lessons.views["perceptron"] is not perceptron, timeout=3000)
    assert window.lessons.views["perceptron"].b.tolist() == [-0.2]
    panel.table.item(0, 0).setText("seven")
    assert "“seven” is not a number" in window.statusBar().currentMessage()
    assert panel.table.item(0, 0).text() == "0.5" and window.doc.node("dense1").params["weights"]["W"] == [[0.5], [0.5]]
    window.doc.undo_stack.undo()
    assert window.doc.node("dense1").params["weights"] == {"W": [[0.5], [0.5]], "b": [-0.7]}
    assert panel.table.item(2, 0).text() == "-0.7"
    window.doc.undo_stack.redo()
    path = str(tmp_path / "or_by_hand.layerlab")
    window.doc.save(path)
    assert load_design(path).node("dense1").params["weights"] == {"W": [[0.5], [0.5]], "b": [-0.2]}
    window.doc.undo_stack.setClean()
    assert window.open_file(path)
    window.scene.select_nodes(["dense1"])
    assert window.properties.weights_table.table.item(2, 0).text() == "-0.2"


def test_the_weights_table_is_only_for_small_dense_layers(window, qtbot):
    window.open_file(example_path("xor"))
    window.scene.select_nodes(["d1"])   # 2 inputs x 8 units: 16 weights, drawn by the initialiser
    table = window.properties.weights_table
    assert table.isVisible() and table.table.columnCount() == 8 and table.table.rowCount() == 3
    assert "weights" not in window.doc.node("d1").params  # nothing is set until a number is typed
    window.scene.select_nodes(["a1"])   # an activation has no weights
    assert not table.isVisible()
    window.open_file(example_path("digits"))
    window.scene.select_nodes([window.doc.design.nodes[1].id])  # 64 inputs: not typed by hand
    assert not table.isVisible()


def test_the_scaling_example_shows_its_features_before_and_after_scaling(window, qtbot):
    window.open_file(example_path("breast_cancer_scaling"))
    assert window.doc.design.lesson["action"]["sweep"] == "scaling"
    view = window.lessons.open(lesson_for(window.doc.path))
    raw, scaled = view.stats("raw"), view.stats("scaled")
    assert raw.shape == scaled.shape == (5, 30) and len(view.names) == 30
    assert raw[4].max() > 1000 and raw[4].min() < 0.1        # as loaded: scales three powers of ten apart
    assert view.kind == "standard" and np.abs(scaled[2]).max() < 1.5   # standardised: medians near 0
    view.kind_box.setCurrentIndex(view.kind_box.findData("minmax"))
    assert view.stats("scaled")[0].min() == 0.0 and view.stats("scaled")[4].max() == 1.0


def test_the_keras_code_follows_edits_and_undo(window, qtbot):
    from gui.commands import SetParam
    window.open_file(example_path("xor"))
    code = window.lessons.open("keras")
    assert "Dense(8" in code.text.toPlainText() and code.copy_button.isEnabled()
    window.doc.undo_stack.push(SetParam(window.doc, "d1", "units", 12))
    qtbot.waitUntil(lambda: "Dense(12" in code.text.toPlainText(), timeout=3000)
    window.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: "Dense(8" in code.text.toPlainText(), timeout=3000)
    window.lessons.menu.actions()[[k for k, _ in LESSONS].index("keras")].trigger()
    assert window.lessons.tabs.currentWidget().layout().itemAt(0).widget() is code
