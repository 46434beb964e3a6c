"""A student opens each lesson: it shows the engine's numbers for an example, in English and Korean."""
import os

import numpy as np
import pytest
from PySide6.QtGui import QGuiApplication

from core import build_network, load_design
from core.lessons import (
    FUNCTIONS,
    RACE,
    activation_curve,
    box_stats,
    computational_graph,
    input_summary,
    loss_curves,
    optimizer_path,
    scaling_views,
)
from core.training import Trainer
from gui.lessons import (
    LESSONS,
    ActivationView,
    GradientTimingView,
    GraphView,
    KerasCodeView,
    LossView,
    OptimizerPathsView,
    PerceptronView,
    ScalingView,
)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "resources", "examples")


def example(name):
    return load_design(os.path.join(EXAMPLES, name + ".layerlab"))


def curve_data(item):
    x, y = item.getData()
    return np.asarray(x), np.asarray(y)


def test_activation_view_draws_each_function_and_its_slope(qtbot):
    view = ActivationView(alpha=0.2)
    qtbot.addWidget(view)
    _, y = curve_data(view.curves["LeakyReLU"])
    _, want, slope = activation_curve("LeakyReLU", alpha=0.2)
    assert np.array_equal(y, want) and np.array_equal(curve_data(view.slopes["LeakyReLU"])[1], slope)
    (lo, hi), (lo2, hi2) = view.flat_regions("Sigmoid")
    assert lo == -6.0 and hi == pytest.approx(-2.9, abs=0.02) and lo2 == pytest.approx(2.9, abs=0.02) and hi2 == 6.0
    view.alpha_box.setValue(0.5)
    assert curve_data(view.curves["LeakyReLU"])[1][0] == -3.0  # 0.5 * -6


def test_sigmoids_inputs_from_the_vanishing_example_overlay_its_curve(qtbot):
    tr = Trainer(example("vanishing_sigmoid"), seed=0, dtype=np.float64)
    tr.net.forward(tr.x_train)
    inputs = tr.net.activations["dense2"]  # what sigmoid2 receives
    view = ActivationView()
    qtbot.addWidget(view)
    bars = view.show_inputs("Sigmoid", inputs)
    assert bars.opts["height"].max() == 1.0 and len(bars.opts["height"]) == 40
    s = input_summary("Sigmoid", inputs)
    assert s["median_slope"] < s["max_slope"] == 0.25 and s["shrink"] > 4  # the claim the sentence makes
    assert view.inputs_text.text() == (
        f"{s['n']:,} inputs of this Sigmoid layer (grey): their median slope is {s['median_slope']:.3f} "
        f"(a Sigmoid has at most 0.25), so a gradient passing through shrinks about {s['shrink']:.1f}× here; "
        f"{100 * s['flat_fraction']:.0f}% of them sit where the slope is below 0.05.")
    view.clear_inputs()
    assert view.hists["Sigmoid"] is None


def test_perceptron_table_moves_the_line_and_counts_the_points(qtbot):
    view = PerceptronView([[0.5], [0.5]], [-0.7], "gate_and")
    qtbot.addWidget(view)
    assert view.verdict.text() == "4 of the 4 points are on the right side."
    x, y = curve_data(view.lines[0])  # 0.5 x1 + 0.5 x2 - 0.7 = 0
    assert np.allclose(0.5 * x + 0.5 * y - 0.7, 0)
    with qtbot.waitSignal(view.weightsChanged) as typed:
        view.table.item(2, 0).setText("-0.2")  # OR's bias
    assert typed.args[0] == {"W": [[0.5], [0.5]], "b": [-0.2]}
    x, y = curve_data(view.lines[0])
    assert np.allclose(0.5 * x + 0.5 * y - 0.2, 0)
    assert view.verdict.text() == "2 of the 4 points are on the right side."  # AND's data: (0, 1), (1, 0) wrong
    view.gate_box.setCurrentIndex(1)  # OR
    assert view.verdict.text() == "4 of the 4 points are on the right side."
    view.gate_box.setCurrentIndex(3)  # XOR: no line gets all four
    assert view.verdict.text() == "3 of the 4 points are on the right side."
    view.table.item(0, 0).setText("zero")
    assert "is not a number" in view.verdict.text() and view.W[0, 0] == 0.5


def test_graph_view_steps_forward_then_backward_with_the_engines_numbers(qtbot):
    net = build_network(example("gate_and"), dtype=np.float64)
    view = GraphView(net, [0.0, 1.0], [0])
    qtbot.addWidget(view)
    assert view.node_text("dense1:add") == "dense1:add +"
    for _ in range(3):
        view.step_forward()
    assert view.node_text("dense1:add") == "dense1:add +\nvalue -0.2"
    assert view.current.text() == "Forward: dense1:add = -0.2"
    view.step_backward()  # finishes forward, then starts at the loss: ∂L/∂L = 1
    assert view.node_text("loss").endswith("∂L/∂ 1")
    view.step_backward()  # the Sigmoid is fused with the cross-entropy: no gradient of its own
    assert view.current.text().startswith("Backward: sigmoid1 — the loss is fused")
    view.step_backward()
    grad = computational_graph(net, [0.0, 1.0], [0])
    add = next(n for n in grad if n.id == "dense1:add")
    assert view.node_text("dense1:add") == f"dense1:add +\nvalue -0.2\n∂L/∂ {add.grad[0]:.3g}"
    assert add.grad[0] == pytest.approx(1 / (1 + np.exp(0.2)))  # σ(−0.2) − 0: the fused cross-entropy
    assert view.node_text("dense1.b").endswith(f"∂L/∂ {add.grad[0]:.3g}")  # ∂L/∂b = ∂L/∂z
    view.step_backward()  # the multiply: W's gradient is x ⊗ ∂L/∂(x·W)
    assert view.node_text("dense1.W").endswith(f"∂L/∂ [{0:.3g}, {add.grad[0]:.3g}]")  # x = (0, 1)


def test_gradient_timing_view_measures_both_ways(qtbot):
    view = GradientTimingView(example("xor"))
    qtbot.addWidget(view)
    timing = view.measure()
    assert float(view.table.item(0, 1).text()) > float(view.table.item(1, 1).text()) > 0
    assert view.verdict.text() == f"Backpropagation was {timing.ratio:,.0f} times faster for these 42 weights."


def test_optimizer_paths_view_shows_each_optimizers_path_and_steps(qtbot):
    view = OptimizerPathsView(steps=20)
    qtbot.addWidget(view)
    start = FUNCTIONS["x2/20+y2"][2]
    for item, settings in zip(view.paths, RACE):
        x, y = curve_data(item)
        path = optimizer_path(settings, "x2/20+y2", start, 20)
        assert np.array_equal(x, path[:, 0]) and np.array_equal(y, path[:, 1])
    view.lr_boxes[0].setValue(0.5)
    assert np.array_equal(curve_data(view.paths[0])[0],
                          optimizer_path({"type": "sgd", "lr": 0.5}, "x2/20+y2", start, 20)[:, 0])
    assert len(view.isocurves) > 5
    view.rewind()
    view.step()
    assert len(curve_data(view.paths[0])[0]) == 2 and view.status.text().startswith("Step 1 of 20.")
    view.toggle_animation()
    qtbot.waitUntil(lambda: view.shown == 20, timeout=10000)
    assert not view.timer.isActive() and view.play_button.text() == "Animate"
    view.function_box.setCurrentIndex(list(FUNCTIONS).index("rosenbrock"))
    assert curve_data(view.paths[0])[0][0] == FUNCTIONS["rosenbrock"][2][0]


def test_loss_view_plots_the_engines_losses_and_gradients(qtbot):
    view = LossView()
    qtbot.addWidget(view)
    want = loss_curves()
    for key in ("sse", "mse", "cross_entropy"):
        assert np.array_equal(curve_data(view.value_curves[key])[1], want[key][0])
        assert np.array_equal(curve_data(view.grad_curves[key])[1], want[key][1])


def test_scaling_view_boxes_are_the_training_splits_quartiles(qtbot):
    design = example("spiral")
    view = ScalingView(design)
    qtbot.addWidget(view)
    _, views = scaling_views(design)
    raw = box_stats(views["none"])
    assert np.allclose(view.boxes["raw"].opts["y0"], raw[1]) and np.allclose(view.boxes["raw"].opts["y1"], raw[3])
    view.kind_box.setCurrentIndex(0)  # minmax
    scaled = view.boxes["scaled"]
    assert np.allclose(scaled.opts["y1"], box_stats(views["minmax"])[3])
    assert view.scaled_plot.getPlotItem().titleLabel.text.startswith("After minmax scaling")


def test_keras_code_follows_the_document_and_copies(qtbot):
    from gui.document import DesignDocument
    doc = DesignDocument()
    doc.open(os.path.join(EXAMPLES, "xor.layerlab"))
    view = KerasCodeView(doc)
    qtbot.addWidget(view)
    assert "Sequential" in view.text.toPlainText() and "Dense(8" in view.text.toPlainText()
    doc.reset(example("gate_and"))
    qtbot.waitUntil(lambda: "Dense(8" not in view.text.toPlainText(), timeout=3000)
    assert "Dense(1" in view.text.toPlainText()
    view.copy()
    assert QGuiApplication.clipboard().text() == view.text.toPlainText()


def test_the_lessons_menu_opens_every_lesson_and_typed_weights_are_undoable(window, qtbot, tmp_path):
    lessons = window.lessons
    menu = lessons.menu
    assert menu.title() == "&Lessons" and [a.text() for a in menu.actions()] == [t for _, t in LESSONS]
    assert window.menuBar().actions()[-2:] == [menu.menuAction(), window.menu_help.menuAction()]  # before Help
    window.open_file(os.path.join(EXAMPLES, "gate_and.layerlab"))
    for action in menu.actions():
        action.trigger()
        key = LESSONS[lessons.tabs.currentIndex()][0]
        assert lessons.isVisible() and not hasattr(lessons.views[key], "setText"), key  # a view, not a problem
    table = lessons.open("perceptron")
    table.table.item(2, 0).setText("-0.2")
    node = window.doc.node("dense1")
    assert node.params["weights"] == {"W": [[0.5], [0.5]], "b": [-0.2]}
    window.doc.undo_stack.undo()
    assert window.doc.node("dense1").params["weights"] == {"W": [[0.5], [0.5]], "b": [-0.7]}
    qtbot.waitUntil(lambda: lessons.views["perceptron"] is not table, timeout=3000)  # rebuilt from the design
    assert lessons.views["perceptron"].b.tolist() == [-0.7]
    window.doc.undo_stack.redo()
    path = str(tmp_path / "or.layerlab")
    window.doc.save(path)
    assert load_design(path).node("dense1").params["weights"]["b"] == [-0.2]


def test_a_lesson_that_cannot_show_the_design_says_why(window, qtbot):
    lessons = window.lessons
    window.open_file(os.path.join(EXAMPLES, "digits.layerlab"))
    label = lessons.open("perceptron")
    assert label.text().startswith("This lesson cannot show the current design: the design has no Dense layer on 2")


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_lesson_renders_in_english_and_korean(window, qtbot, language, tmp_path):
    window.set_language(language)
    lessons = window.lessons
    window.open_file(os.path.join(EXAMPLES, "gate_xor_two_layers.layerlab"))
    for key, _ in LESSONS:
        view = lessons.open(key)
        assert not hasattr(view, "setText"), (key, view.text())
        assert view.isVisible() and view.width() > 500
        image = lessons.grab()
        assert not image.isNull()
        if os.environ.get("LAYERLAB_SHOTS"):
            image.save(os.path.join(os.environ["LAYERLAB_SHOTS"], f"lesson-{key}-{language}.png"))
    if language == "ko":
        assert lessons.tabs.tabText(0) == "퍼셉트론과 논리 회로" and lessons.menu.title() == "단원별 학습(&L)"
        assert lessons.views["optimizers"].play_button.text() == "애니메이션"


def test_lessons_without_a_document_show_what_needs_none(qtbot):
    from gui.lessons import LessonsWindow
    lessons = LessonsWindow(None)
    qtbot.addWidget(lessons)
    assert isinstance(lessons.open("optimizers"), OptimizerPathsView)
    assert lessons.open("keras").text() == "This lesson cannot show the current design: no design is open"
