"""A student compares runs: two runs overlaid, a sweep of variants, runs saved and reopened,
the gradient check, every teaching example, and what the initialisation examples teach."""
import glob
import os
import shutil

import numpy as np
import pytest
from PySide6.QtCore import Qt

from core.experiments import load_runs
from gui.experiments import VariantsDialog
from gui.dashboard import save_picture
from gui_helpers import train

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "resources", "examples")
XOR = os.path.join(EXAMPLES, "xor.layerlab")
XOR_NAME = "XOR, one hidden layer"


def look(window, tab):
    """Bring the Runs dock forward and open one of its comparison tabs (drawn when in view)."""
    window.runs_dock.raise_()
    window.runs_panel.compare.setCurrentWidget(tab)
    return tab


def test_two_runs_are_listed_with_what_differs_and_overlay_in_the_plots(window, qtbot):
    window.open_file(XOR)
    train(window, qtbot)
    window.doc.design.training["optimizer"]["lr"] = 0.1
    train(window, qtbot)
    panel = window.runs_panel
    # Runs are named after the design, never "Run 2"; the table says what differs.
    assert [r.name for r in panel.runs] == [XOR_NAME, XOR_NAME + " (2)"]
    assert panel.text(1, panel.NAME) == XOR_NAME + " (2)"
    assert panel.text(1, panel.CHANGES) == "optimizer.lr 0.01 → 0.1"
    assert panel.text(1, panel.EPOCHS) == "200"
    assert panel.text(1, panel.RESULT).startswith("loss ")
    panel.select([0, 1])
    look(window, panel.loss_plot)
    solid = [c for c in panel.loss_plot.listDataItems() if c.opts["pen"].style() == Qt.SolidLine]
    assert len(solid) == 2 and len(panel.loss_plot.listDataItems()) == 4  # training solid, validation dashed
    assert solid[0].getData()[1][-1] == panel.runs[0].history["loss"][-1]
    profiles = look(window, panel.grad_plot).listDataItems()
    assert len(profiles) == 2 and list(profiles[0].getData()[0]) == [0, 1, 2]  # d1, a1, d2 by position
    assert len(look(window, panel.grad_time_plot).listDataItems()) == 2 * 3
    look(window, panel.hist_scroll)
    titles = [item.titleLabel.text for item in panel.hist_view.ci.items]
    assert f"{XOR_NAME} · a1 (ReLU)" in titles and f"{XOR_NAME} (2) · a1 (ReLU)" in titles  # side by side
    panel.rename(1, "lr 0.1")
    assert panel.runs[1].name == "lr 0.1"
    assert "lr 0.1" in [i.opts["name"] for i in look(window, panel.grad_plot).listDataItems()]
    # Step trains one more epoch of the last run: its row is updated, not duplicated.
    window.act_step.trigger()
    qtbot.waitUntil(lambda: not window.trainer.running, timeout=10000)
    assert [(r.name, r.epochs) for r in panel.runs] == [(XOR_NAME, 200), ("lr 0.1", 201)]
    panel.select([0])
    panel.delete_selected()
    assert [r.name for r in panel.runs] == ["lr 0.1"]



def test_a_new_run_is_shown_alone_after_comparing_two_and_the_table_keeps_every_row(window, qtbot):
    window.open_file(XOR)
    window.doc.design.training["epochs"] = 5
    train(window, qtbot)
    train(window, qtbot)
    panel = window.runs_panel
    panel.select([0, 1])
    look(window, panel.loss_plot)
    assert len(panel.compared) == 2
    train(window, qtbot)  # a third run, added as one row while two were selected
    assert panel.model.rowCount() == 3 and [panel.text(r, panel.EPOCHS) for r in range(3)] == ["5"] * 3
    assert panel.selected_rows() == [] and panel.compared == [panel.runs[2]]
    assert len(panel.loss_plot.listDataItems()) == 2  # its training and validation loss alone

def test_a_variant_sweep_trains_one_run_per_choice_and_compares_them(window, qtbot):
    window.open_file(XOR)
    window.doc.design.training["epochs"] = 40
    dialog = VariantsDialog(window.doc.design, window)
    dialog.select("activation", ["Sigmoid", "Tanh", "ReLU"])
    assert dialog.choice() == ("activation", ["Sigmoid", "Tanh", "ReLU"])
    dialog.select("learning rate", rates="0.1, fast")
    dialog.accept()
    assert not dialog.result() and "'fast' is not a number" in dialog.error.text()  # stays open, says why
    assert window.run_variants("activation", ["Sigmoid", "Tanh", "ReLU"])
    qtbot.waitUntil(lambda: window.sweep is None and not window.trainer.running, timeout=60000)
    panel = window.runs_panel
    assert [r.name for r in panel.runs] == ["activation = Sigmoid", "activation = Tanh", "activation = ReLU"]
    assert [r.epochs for r in panel.runs] == [40, 40, 40]
    assert panel.runs[0].changes == "ReLU → Sigmoid (1 layer)"
    assert panel.runs[2].changes == "Tanh → ReLU (1 layer)"
    assert window.runs_dock.isVisible()  # the sweep brings its comparison forward
    assert panel.selected_rows() == [0, 1, 2] and len(look(window, panel.grad_plot).listDataItems()) == 3
    assert "3 runs" in window.statusBar().currentMessage()
    assert window.doc.design.node("a1").type == "ReLU"  # the design itself is untouched


def test_a_variant_sweep_can_be_stopped_midway(window, qtbot):
    window.open_file(XOR)
    window.doc.design.training["epochs"] = 100000
    assert window.run_variants("learning rate", [0.1, 0.01, 0.001])
    qtbot.waitUntil(lambda: len(window.dashboard.epochs) > 5, timeout=10000)
    window.act_stop.trigger()
    qtbot.waitUntil(lambda: window.sweep is None and not window.trainer.running, timeout=10000)
    runs = window.runs_panel.runs
    assert [r.name for r in runs] == ["learning rate = 0.1"] and runs[0].stopped_because == "stopped"
    assert "2 variants not trained" in window.statusBar().currentMessage()
    assert window.act_train.isEnabled() and not window.doc.locked


def test_runs_save_beside_the_design_and_reload_exactly(window, qtbot, tmp_path):
    shutil.copy(XOR, tmp_path / "xor.layerlab")
    window.open_file(str(tmp_path / "xor.layerlab"))
    window.doc.design.training["epochs"] = 20
    train(window, qtbot)
    window.doc.design.training["epochs"] = 30
    train(window, qtbot)
    panel = window.runs_panel
    assert panel._default_path() == str(tmp_path / "xor.layerlab-runs")
    assert panel.save(panel._default_path())
    saved = [r.to_dict() for r in panel.runs]
    assert [r.to_dict() for r in load_runs(tmp_path / "xor.layerlab-runs")] == saved
    panel.delete_selected()
    panel.select([0, 1])
    panel.delete_selected()
    assert panel.runs == []
    assert panel.open(str(tmp_path / "xor.layerlab-runs"))
    assert [r.to_dict() for r in panel.runs] == saved and panel.selected_rows() == [0, 1]
    assert panel.export_csv(1, str(tmp_path / "run2.csv"))
    lines = (tmp_path / "run2.csv").read_text().splitlines()
    assert lines[0] == "epoch,loss,accuracy,val_loss,val_accuracy" and len(lines) == 31
    # A damaged file is refused with where and why; nothing already listed is lost.
    (tmp_path / "bad.layerlab-runs").write_text('{"format": "layerlab-runs", "version": 1, "runs": [{"name": 3}]}')
    assert not panel.open(str(tmp_path / "bad.layerlab-runs"))
    assert panel.status.text() == "Cannot open bad.layerlab-runs: runs[0]: missing field 'design'"
    assert len(panel.runs) == 2


def test_the_dashboard_plots_save_as_png_and_svg(window, qtbot, tmp_path):
    window.open_file(XOR)
    train(window, qtbot)
    dash = window.dashboard
    dash.setCurrentWidget(dash.act_hists)
    qtbot.waitUntil(lambda: dash.act_hists.complete)
    save_picture(dash.act_hists.view.scene(), str(tmp_path / "activations.png"))
    save_picture(dash.loss_plot.plotItem, str(tmp_path / "loss.svg"))
    from PySide6.QtGui import QImage
    image = QImage(str(tmp_path / "activations.png"))
    assert image.width() > 300 and image.height() > 100
    svg = (tmp_path / "loss.svg").read_text()
    assert "<svg" in svg and ("polyline" in svg or "<path" in svg)
    # Every other plot offers pyqtgraph's own export (PNG, SVG, CSV …) on right-click.
    assert dash.loss_plot.scene().contextMenu[0].text() == "Export..."


ALL_EXAMPLES = sorted(glob.glob(os.path.join(EXAMPLES, "*.layerlab")))


def check(window, qtbot):
    """Press Check gradients and wait for its answer (it runs on the training thread)."""
    with qtbot.waitSignal(window.session.checkFinished, timeout=120000) as done:
        assert window.check_gradients()
    return done.args[0]


@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=lambda p: os.path.basename(p)[:-9])
def test_the_gradient_check_agrees_to_1e_6_on_the_examples(window, qtbot, path):
    window.open_file(path)
    dialog = check(window, qtbot)
    assert dialog.isVisible() and not dialog.isModal()
    table = dialog.table
    errors = [float(table.item(r, 3).text()) for r in range(table.rowCount())]
    assert len(errors) == len(dialog.rows) > 0 and max(errors) < 1e-6
    assert dialog.verdict.text().startswith("Backpropagation agrees")


def test_the_gradient_check_says_why_it_cannot_run(window, qtbot):
    window.open_file(XOR)
    window.doc.design.training["data"] = {"source": "csv"}
    assert check(window, qtbot) is None
    assert window.statusBar().currentMessage() == \
        "Cannot check the gradients: training.data.path: choose the CSV file to train on"


@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=lambda p: os.path.basename(p)[:-9])
def test_every_example_opens_with_its_description_and_trains(window, qtbot, path):
    window.open_file(path)
    assert window.description.isVisible() and window.doc.design.description in window.description.text()
    window.doc.design.training["epochs"] = 3
    train(window, qtbot)
    assert window.last_result.epochs_run == 3, window.last_result.message
    assert window.runs_panel.runs[-1].epochs == 3


def initial_activations(window, qtbot, name):
    """The histograms the dashboard shows before the first epoch (the 'start' report)."""
    window.open_file(os.path.join(EXAMPLES, name + ".layerlab"))
    start = []
    window.trainingReports.connect(lambda epochs, latest, surface: start.append(latest)
                                   if latest is not None and latest.kind == "start" else None)
    window.act_step.trigger()
    qtbot.waitUntil(lambda: not window.trainer.running, timeout=30000)
    layers = [lr for lr in start[0].layers if lr.type in ("Sigmoid", "ReLU")]
    assert len(layers) == 5
    return layers


def shares(h):
    """(share in the end bins, below 0.05 or above 0.95; share in 0.45-0.55; standard deviation)."""
    p = h.counts / h.counts.sum()
    mid = (h.edges[:-1] + h.edges[1:]) / 2
    std = np.sqrt((p * (mid - (p * mid).sum()) ** 2).sum())
    return p[(mid < 0.05) | (mid > 0.95)].sum(), p[(mid > 0.45) & (mid < 0.55)].sum(), std


def test_std_1_saturates_std_001_collapses_xavier_spreads(window, qtbot):
    for name, check in [
        ("init_std_1", lambda ends, centre, std: ends > 0.5),          # piled up at 0 and 1
        ("init_std_001", lambda ends, centre, std: centre > 0.95),     # collapsed at 0.5
        ("init_xavier", lambda ends, centre, std: ends < 0.05 and centre < 0.5 and std > 0.08),  # spread
    ]:
        layers = initial_activations(window, qtbot, name)
        for lr in (layers[0], layers[-1]):  # the first and the last Sigmoid layer
            assert check(*shares(lr.activation)), (name, lr.node_id, shares(lr.activation))


def test_relu_with_he_keeps_the_spread_from_the_first_layer_to_the_last(window, qtbot):
    first, *_, last = initial_activations(window, qtbot, "init_relu_he")
    spreads = []
    for lr in (first, last):
        h = lr.activation
        p = h.counts / h.counts.sum()
        mid = (h.edges[:-1] + h.edges[1:]) / 2
        assert 0.3 < p[0] < 0.8  # about half the units are off, not all
        spreads.append(np.sqrt((p * mid ** 2).sum()))
    assert 0.5 < spreads[1] / spreads[0] < 2.0  # the same order of spread in the last layer as in the first
