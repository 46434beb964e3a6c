"""Nothing long on the GUI thread, controllers that work without the window, and a dashboard
that shows only the design in front of the student."""
import os
import threading

from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QGraphicsView, QPushButton, QWidget

import gui.session
import gui.training
from core.runlog import RunLog
from gui.canvas import CanvasScene
from gui.document import DesignDocument
from gui.editing import EditController
from gui.files import FileController
from gui.session import TrainingSession
from gui_helpers import train

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "resources", "examples")
XOR = os.path.join(EXAMPLES, "xor.layerlab")
DEEP_BN = os.path.join(EXAMPLES, "deep_batchnorm.layerlab")


def test_training_runs_on_the_worker_thread_not_the_gui_thread(window, qtbot, monkeypatch):
    threads = []

    class Recording(gui.training.Trainer):
        def fit(self, *args, **kwargs):
            threads.append((threading.get_ident(), QThread.currentThread().objectName()))
            return super().fit(*args, **kwargs)

    monkeypatch.setattr(gui.training, "Trainer", Recording)
    window.open_file(XOR)
    window.doc.design.training["epochs"] = 5
    train(window, qtbot)
    assert window.last_result.epochs_run == 5
    assert threads and threads[0][0] != threading.get_ident()  # trained off the GUI thread
    assert threads[0][1] == "LayerLab training"


def test_the_gradient_check_runs_on_the_worker_while_the_window_keeps_ticking(window, qtbot, monkeypatch):
    threads = []
    real = gui.session.gradient_check

    def recording(*args, **kwargs):
        threads.append((threading.get_ident(), QThread.currentThread().objectName()))
        return real(*args, **kwargs)

    monkeypatch.setattr(gui.session, "gradient_check", recording)
    window.open_file(DEEP_BN)
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(window.session.checkFinished, timeout=120000) as done:
        assert window.check_gradients()
        assert not window.act_train.isEnabled() and not window.act_gradcheck.isEnabled()
        progress = window.session.check_progress
        assert progress.isVisible() and progress.labelText().startswith("Comparing backpropagation")
    timer.stop()
    dialog = done.args[0]
    assert dialog.verdict.text().startswith("Backpropagation agrees")
    assert len(threads) == 1 and threads[0][0] != threading.get_ident() and threads[0][1] == "LayerLab training"
    assert len(ticks) >= 10  # the GUI thread's timer kept firing: the window was not frozen
    assert window.act_train.isEnabled() and window.session.check_progress is None


def test_the_gradient_check_can_be_cancelled(window, qtbot):
    window.open_file(DEEP_BN)
    with qtbot.waitSignal(window.session.checkFinished, timeout=120000) as done:
        window.check_gradients()
        cancel = window.session.check_progress.findChild(QPushButton)
        assert cancel.text() == "Cancel"
        cancel.click()  # honoured at the next parameter array
    assert done.args[0] is None
    assert window.statusBar().currentMessage() == "Gradient check cancelled."
    assert window.act_gradcheck.isEnabled()


def test_opening_another_design_clears_the_dashboard_and_keeps_the_run(window, qtbot):
    window.open_file(XOR)
    window.doc.design.training["epochs"] = 10
    train(window, qtbot)
    dash = window.dashboard
    assert len(dash.curves["loss"].getData()[1]) == 10 and not dash.hints[dash.loss_plot].visible
    assert dash.loss_plot.plotItem.getAxis("left").effectiveOpacity() == 1.0  # the axes are drawn with the curves
    window.files.open_example(os.path.join(EXAMPLES, "spiral.layerlab"))
    assert len(window.runs_panel.runs) == 1  # the run stays in Runs
    assert dash.epochs == [] and len(dash.curves["loss"].getData()[1] or []) == 0
    dash.setCurrentWidget(dash.act_hists)
    assert dash.act_hists.layers == ()  # no histograms under the new design's names
    # Every empty plot says what will appear there, and its bare axes are not drawn (transparent:
    # they keep their room, so the first epoch does not lay the plots out again).
    for plot in (dash.loss_plot, dash.metric_plot, dash.grad_plot, dash.boundary_plot, dash.confusion_plot):
        hint = dash.hints[plot]
        assert hint.visible and hint.item.toPlainText().startswith("Press Train to see")
        assert plot.plotItem.getAxis("left").effectiveOpacity() == 0.0
        assert plot.plotItem.legend is None or plot.plotItem.legend.effectiveOpacity() == 0.0
    window.act_new.trigger()
    assert dash.hints[dash.loss_plot].visible


def test_the_decision_boundary_says_why_it_is_blank_for_data_that_is_not_2d(window, qtbot):
    window.open_file(os.path.join(EXAMPLES, "digits.layerlab"))
    dash = window.dashboard
    why = "The decision boundary is drawn for data with two features, over their plane; this data has 64."
    assert dash.hints[dash.boundary_plot].item.toPlainText() == why  # said before any run, too
    window.doc.design.training["epochs"] = 1
    train(window, qtbot)
    dash.setCurrentWidget(dash.boundary_plot)
    assert dash.hints[dash.boundary_plot].item.toPlainText() == why
    dash.setCurrentWidget(dash.confusion_plot)
    assert not dash.hints[dash.confusion_plot].visible  # digits has a confusion matrix
    for axis in ("left", "bottom"):  # class numbers, not "(x0.001)"
        item = dash.confusion_plot.plotItem.getAxis(axis)
        assert item.isVisible() and not item.autoSIPrefix and item.labelUnitPrefix == ""


def test_runs_of_different_designs_are_named_after_them_and_compared_by_position(window, qtbot):
    for name in ("vanishing_sigmoid", "vanishing_relu"):
        window.open_file(os.path.join(EXAMPLES, name + ".layerlab"))
        window.doc.design.training["epochs"] = 2
        train(window, qtbot)
    panel = window.runs_panel
    names = [r.name for r in panel.runs]
    assert not any(n.startswith("Run ") for n in names)
    assert names == [r.design["name"] for r in panel.runs]
    assert panel.text(1, panel.CHANGES) == "another design"
    panel.select([0, 1])
    window.runs_dock.raise_()
    panel.compare.setCurrentWidget(panel.hist_scroll)
    items = panel.hist_view.ci.items
    by_place = {}
    for item, (row, col) in ((i, panel.hist_view.ci.items[i][0]) for i in items):
        by_place[(row, col)] = item
    # The second row holds the first activation of each run: Sigmoid beside ReLU, never an empty plot.
    assert "(Sigmoid)" in by_place[(1, 0)].titleLabel.text and "(ReLU)" in by_place[(1, 1)].titleLabel.text
    assert all(item.listDataItems() for item in by_place.values())


def test_a_runs_file_with_an_integer_of_2_to_the_64_opens_and_plots(window, qtbot, tmp_path):
    window.open_file(XOR)
    window.doc.design.training["epochs"] = 3
    train(window, qtbot)
    panel = window.runs_panel
    path = tmp_path / "big.layerlab-runs"
    assert panel.save(str(path))
    text = path.read_text().replace(repr(panel.runs[0].history["loss"][1]), str(2**64), 1)
    path.write_text(text)
    assert panel.open(str(path)) and panel.runs[1].history["loss"][1] == 2.0**64
    window.runs_dock.raise_()
    panel.compare.setCurrentWidget(panel.loss_plot)
    qtbot.waitUntil(lambda: len(panel.loss_plot.listDataItems()) == 2)  # the opened run: training, validation
    assert len(panel.loss_plot.listDataItems()[0].getData()[1]) == 3  # drawn, and the app lives on


def test_the_controllers_work_without_the_window(qtbot, tmp_path, monkeypatch):
    host = QWidget()
    qtbot.addWidget(host)
    doc = DesignDocument(host)
    scene = CanvasScene(doc, host)
    view = QGraphicsView(scene)
    view.fit = lambda: None
    files = FileController(doc, host)
    assert files.open_file(XOR) and doc.design.name == "XOR, one hidden layer"
    edit = EditController(doc, scene, view)
    added = edit.append_layer("Sigmoid")
    assert (doc.design.edges[-1]) == ("out", added) or ["out", added] == list(doc.design.edges[-1])
    edit.arrange()
    assert tuple(doc.node(added).pos) == (0.0, 5 * 90.0)
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert added not in doc.design.node_ids()
    log = RunLog()
    session = TrainingSession(doc, log, host)
    doc.design.training["epochs"] = 3
    with qtbot.waitSignal(session.ended, timeout=30000):
        session.train()
    assert [r.name for r in log.runs] == ["XOR, one hidden layer"] and log.runs[0].epochs == 3
    session.shutdown()


def test_twenty_lines_get_twenty_different_looks(window, qtbot):
    from gui.plotting import pen
    looks = {(pen(i).color().name(), pen(i).style()) for i in range(20)}
    assert len(looks) == 20  # dense1 and dense11 no longer look the same
    window.open_file(os.path.join(EXAMPLES, "deep_plain.layerlab"))
    window.doc.design.training["epochs"] = 2
    train(window, qtbot)
    dash = window.dashboard
    dash.setCurrentWidget(dash.grad_tab)
    lines = list(dash.grad_lines.values())
    assert len(lines) > 10
    assert len({(line.opts["pen"].color().name(), line.opts["pen"].style()) for line in lines}) == len(lines)
