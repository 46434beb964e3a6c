"""A student opens an example, reads its lesson in the banner and presses "Show me": the app
trains what the lesson needs and ends on the view that shows its point."""
import glob
import os

import pytest

from core import load_design
from core.experiments import INITIALISERS
from core.optimizers import OPTIMIZER_PARAMS
from gui.welcome import dialog_choices, plan_route

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "resources", "examples")
ALL_EXAMPLES = sorted(glob.glob(os.path.join(EXAMPLES, "*.layerlab")))


def short(path):
    return os.path.basename(path)[:-len(".layerlab")]


def quick(monkeypatch, window, epochs=2):
    """The route's designs train for ``epochs`` only: the one in front, and those read beside it."""
    window.doc.design.training["epochs"] = epochs

    def load(path):
        design = load_design(path)
        design.training["epochs"] = epochs
        return design
    monkeypatch.setattr("gui.welcome.load_design", load)


def in_front(window, view):
    """The view a lesson names is the tab in front, in a dock the user can see."""
    dock_name, name = view.split(".", 1)
    if dock_name == "dashboard":
        dock, tabs, widget = window.training_dock, window.dashboard, window.dashboard.views[name]
    else:
        dock, tabs, widget = window.runs_dock, window.runs_panel.compare, window.runs_panel.views[name]
    return tabs.currentWidget() is widget and not dock.visibleRegion().isEmpty()


def follow(window, qtbot, timeout=120000):
    with qtbot.waitSignal(window.lesson_guide.arrived, timeout=timeout) as arrived:
        window.description.button.click()
    return arrived.args[0]


@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=short)
def test_every_example_shows_its_lesson_and_a_route_to_a_view_of_this_window(window, path):
    window.open_file(path)
    design = window.doc.design
    assert window.description.button.isVisible()
    assert design.lesson["text"] in window.description.text()
    plan = plan_route(design)
    dock_name, name = plan.view.split(".", 1)
    assert name in (window.dashboard.views if dock_name == "dashboard" else window.runs_panel.views)
    if plan.kind == "compare":
        # This design first, then each file beside it, all readable: nothing missing at the click.
        assert plan.paths[0] == design.path and len(plan.paths) >= 2
        assert all(os.path.dirname(p) == EXAMPLES and load_design(p).name for p in plan.paths[1:])
        assert plan.view.startswith("runs.")
    elif plan.kind == "variants":
        assert plan.view.startswith("runs.")
    window.show_view(plan.view)
    assert in_front(window, plan.view)


def test_the_optimizer_race_varies_the_optimizer_and_the_init_set_the_initialiser(window):
    window.open_file(os.path.join(EXAMPLES, "optimizer_race.layerlab"))
    plan = plan_route(window.doc.design)
    assert (plan.kind, plan.sweep, plan.choices) == ("variants", "optimizer", None)
    # No choices in the file: the dialog's own for the optimizer (every optimizer), never activations.
    assert dialog_choices(window.doc.design, plan.sweep, window) == list(OPTIMIZER_PARAMS)
    window.open_file(os.path.join(EXAMPLES, "init_relu_he.layerlab"))
    plan = plan_route(window.doc.design)
    assert plan.sweep == "initialiser" and set(plan.choices) == {"normal", "xavier_normal", "he_normal"}
    assert set(plan.choices) <= set(INITIALISERS)


def test_show_me_on_a_gate_trains_and_ends_on_the_decision_boundary(window, qtbot, monkeypatch):
    window.open_file(os.path.join(EXAMPLES, "gate_and.layerlab"))
    window.runs_dock.raise_()  # the student was looking elsewhere
    quick(monkeypatch, window)
    assert follow(window, qtbot) == "dashboard.boundary"
    assert in_front(window, "dashboard.boundary")
    assert [(r.name, r.epochs) for r in window.runs_panel.runs] == [(window.doc.design.name, 2)]


def test_show_me_on_the_vanishing_pair_trains_both_and_compares_their_gradients(window, qtbot, monkeypatch):
    window.open_file(os.path.join(EXAMPLES, "vanishing_sigmoid.layerlab"))
    quick(monkeypatch, window)
    assert follow(window, qtbot) == "runs.gradients"
    relu = load_design(os.path.join(EXAMPLES, "vanishing_relu.layerlab")).name
    runs = window.runs_panel.runs
    assert [(r.name, r.epochs) for r in runs] == [(window.doc.design.name, 2), (relu, 2)]
    assert window.runs_panel.selected_rows() == [0, 1]
    assert in_front(window, "runs.gradients")
    assert [item.name() for item in window.runs_panel.grad_plot.plotItem.listDataItems()] == [r.name for r in runs]


def test_show_me_on_the_optimizer_race_runs_one_variant_per_optimizer(window, qtbot, monkeypatch):
    window.open_file(os.path.join(EXAMPLES, "optimizer_race.layerlab"))
    quick(monkeypatch, window)
    assert follow(window, qtbot) == "runs.loss"
    runs = window.runs_panel.runs
    assert len(runs) == len(OPTIMIZER_PARAMS)
    assert [r.design["training"]["optimizer"]["type"] for r in runs] == list(OPTIMIZER_PARAMS)
    assert window.runs_panel.selected_rows() == list(range(len(runs)))
    assert in_front(window, "runs.loss")


def test_the_lesson_reads_in_korean_with_its_button(window, qtbot):
    from PySide6.QtCore import QCoreApplication

    from gui.i18n import core_text
    window.open_file(os.path.join(EXAMPLES, "vanishing_sigmoid.layerlab"))
    lesson = window.doc.design.lesson["text"]
    window.set_language("ko")
    QCoreApplication.processEvents()  # the language change reaches the banner as an event
    korean = core_text(lesson, "ko")
    assert korean != lesson and korean in window.description.text()
    assert "수업:" in window.description.text() and window.description.button.text() == "보여 주세요"
    window.set_language("en")
