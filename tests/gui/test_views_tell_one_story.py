"""Every view tells the same story, readable at the default window size: early stopping's restored
network is what every view shows, the gradient histograms say what they show, empty grids say what
will appear, and a deep design's legend, histograms, boundary and canvas fit 1280×820."""
import os

import numpy as np
from PySide6.QtCore import QCoreApplication

from core import load_design
from core.training import GRADIENT_HISTOGRAM_CAPTION, Trainer
from tools.translations_ko import KO
import gui_helpers

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "resources", "examples")
EARLY = os.path.join(EXAMPLES, "overfit_early_stopping.layerlab")
DEEP = os.path.join(EXAMPLES, "vanishing_sigmoid.layerlab")


def train(window, qtbot):
    gui_helpers.train(window, qtbot, timeout=120000)  # the longer runs of this file's examples


def look(window, qtbot, tab):
    window.training_dock.raise_()
    window.dashboard.setCurrentWidget(tab)
    qtbot.wait(50)
    QCoreApplication.processEvents()


def test_early_stopping_shows_the_restored_network_in_every_view(window, qtbot):
    window.open_file(EARLY)
    reports = []
    window.trainingReports.connect(lambda epochs, latest, surface: reports.append(latest))
    train(window, qtbot)
    result = window.last_result
    assert (result.epochs_run, result.best_epoch, result.restored) == (37, 17, True)
    restored = [r for r in reports if r is not None and r.kind == "restored"]
    assert len(restored) == 1
    dash = window.dashboard

    # The confusion matrix is the restored network's, and says so.
    look(window, qtbot, dash.confusion_plot)
    assert np.array_equal(dash.confusion, restored[0].confusion)
    assert "the restored network of epoch 17" in dash.confusion_plot.plotItem.titleLabel.text
    right = int(np.trace(restored[0].confusion))
    assert right == round(result.metrics["val_accuracy"] * restored[0].confusion.sum())

    # The boundary is the restored network's: the same as core's own run of the design, restored.
    look(window, qtbot, dash.boundary_plot)
    trainer = Trainer(load_design(EARLY))
    core_result = trainer.fit()
    assert core_result.restored and core_result.best_epoch == 17
    assert np.array_equal(dash.surface.values, trainer.surface().values)
    assert "the restored network of epoch 17" in dash.boundary_plot.title.text

    # The curves mark the best epoch; the axis spans the epochs run.
    look(window, qtbot, dash.curves_tab)
    for plot in (dash.loss_plot, dash.metric_plot):
        mark = dash.best_marks[id(plot)]
        assert mark.isVisible() and mark.value() == 17
        assert mark.label.toPlainText() == "best epoch 17, restored"
        assert plot.plotItem.vb.viewRange()[0][1] < 40

    # The status bar and the Runs dock give the restored network's numbers, not epoch 37's.
    val_loss = result.metrics["val_loss"]
    assert abs(val_loss - result.history["val_loss"][16]) < 1e-12 and val_loss != result.history["val_loss"][-1]
    assert f"val_loss {val_loss:.4g}" in window.statusBar().currentMessage()
    cell = window.runs_panel.text(0, window.runs_panel.RESULT)
    assert f"val_loss {val_loss:.4g}" in cell and "(epoch 17, restored)" in cell


def test_the_gradient_histograms_say_what_core_reports_in_either_language(window, qtbot):
    grid = window.dashboard.grad_hists
    assert grid.caption.text() == GRADIENT_HISTOGRAM_CAPTION
    assert "relative to the same sample's gradient at the top layer" in grid.caption.text()
    window.set_language("ko")
    QCoreApplication.processEvents()  # the language change reaches the dashboard as an event
    assert grid.caption.text() == KO[GRADIENT_HISTOGRAM_CAPTION] != GRADIENT_HISTOGRAM_CAPTION
    window.set_language("en")


def test_empty_histogram_grids_say_what_will_appear(window, qtbot):
    window.open_file(DEEP)
    dash = window.dashboard
    for tab, grid in ((dash.grad_tab, dash.grad_hists), (dash.act_hists, dash.act_hists),
                      (dash.weight_grid, dash.weight_grid)):
        look(window, qtbot, tab)
        assert grid.empty.isVisible() and grid.empty.text().startswith("Press Train to see")
        assert not grid.scroll.isVisible()
    window.doc.design.training["epochs"] = 1
    train(window, qtbot)
    look(window, qtbot, dash.act_hists)
    qtbot.waitUntil(lambda: dash.act_hists.complete)
    assert not dash.act_hists.empty.isVisible() and dash.act_hists.scroll.isVisible()


def test_a_13_layer_design_reads_at_the_default_window_size(window, qtbot):
    window.resize(1280, 820)
    window.open_file(DEEP)
    qtbot.wait(50)
    # The canvas opens at a scale where the layers' text reads (its top in view), not fitted to a sliver.
    assert len(window.doc.design.nodes) >= 13
    assert window.view.transform().m11() >= window.READABLE_SCALE
    window.doc.design.training["epochs"] = 2
    train(window, qtbot)
    dash = window.dashboard

    # Gradients: 13 lines, each its own colour and dash, the legend beside the curves, not on them.
    look(window, qtbot, dash.grad_tab)
    lines = list(dash.grad_lines.values())
    assert len(lines) == 13
    looks = {(line.opts["pen"].color().name(), line.opts["pen"].style()) for line in lines}
    assert len(looks) == 13
    legend = dash.grad_legend.sceneBoundingRect()
    data = dash.grad_plot.plotItem.vb.sceneBoundingRect()
    assert legend.left() >= data.right() - 1  # beside the data (adjacent to the pixel), not over it
    assert legend.bottom() <= dash.grad_plot.height()  # every entry in view

    # Activation histograms: every layer's row in view, no scrolling.
    look(window, qtbot, dash.act_hists)
    qtbot.waitUntil(lambda: dash.act_hists.complete)
    grid = dash.act_hists
    columns, height = grid.shape
    rows = -(-len(grid.layers) // columns)
    assert len(grid.layers) >= 13 and grid.visible_rows() == rows
    assert grid.scroll.verticalScrollBar().maximum() == 0


def test_the_decision_boundary_keeps_equal_axes_fitted_to_the_data(window, qtbot):
    window.resize(1280, 820)
    window.open_file(EARLY)
    window.doc.design.training["epochs"] = 3
    train(window, qtbot)
    dash = window.dashboard
    look(window, qtbot, dash.boundary_plot)
    s = dash.surface
    (x0, x1), (y0, y1) = dash.boundary_plot.plotItem.vb.viewRange()
    data_w, data_h = s.xs[-1] - s.xs[0], s.ys[-1] - s.ys[0]
    # The view spans the data, with little to spare on either axis (not -15…15 around a small square).
    assert x0 <= s.xs[0] and x1 >= s.xs[-1] and y0 <= s.ys[0] and y1 >= s.ys[-1]
    assert (x1 - x0) < 1.25 * data_w and (y1 - y0) < 1.25 * data_h
    # Equal axes: a unit is as many pixels across as up.
    px, py = dash.boundary_plot.plotItem.vb.viewPixelSize()
    assert abs(px / py - 1) < 0.02
