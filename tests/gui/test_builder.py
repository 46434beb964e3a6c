"""The builder, driven as a user drives it: drops, port drags, the properties form, undo, files."""
import json
import os

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core import load_design
from gui.canvas import STEP

from gui_helpers import drop, palette_mime

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
XOR = os.path.join(ROOT, "resources", "examples", "xor.layerlab")


def drop_layer(window, type_name, x, y):
    before = set(window.doc.design.node_ids())
    assert drop(window.view, palette_mime(window, type_name), QPointF(x, y))
    added = set(window.doc.design.node_ids()) - before
    assert len(added) == 1, "the drop added no node"
    return added.pop()


def test_a_layer_dropped_from_the_palette_appears_on_the_canvas(window):
    nid = drop_layer(window, "Dense", 100, 50)
    node = window.doc.node(nid)
    assert node.type == "Dense" and node.pos == [100.0, 50.0]
    item = window.scene.nodes[nid]
    assert item.pos() == QPointF(100, 50) and item.isSelected()
    # A Dense without a "units" parameter has a default, and without an input it is outlined as invalid.
    assert "has no input" in item.error and "has no input" in item.toolTip()


def test_a_five_layer_stack_built_only_by_drops(window):
    ids = [drop_layer(window, "Input", 0, 0)]
    for i, kind in enumerate(["Dense", "ReLU", "Dense", "Softmax"], start=1):
        ids.append(drop_layer(window, kind, 10, i * STEP + 5))  # just below the last layer
    assert window.doc.design.edges == list(zip(ids, ids[1:]))
    rows = window.summary.rows()
    assert [r[1] for r in rows] == ["Input", "Dense", "ReLU", "Dense", "Softmax"]
    # Input's default shape is required: it shows the problem until the user sets it.
    window.scene.select_nodes([ids[0]])
    assert window.properties.node_id == ids[0]


def test_dropping_onto_the_last_layer_stacks_below_it(window):
    first = drop_layer(window, "Input", 0, 0)
    second = drop_layer(window, "Dense", 0, 0)  # right onto the Input
    assert window.doc.design.edges == [(first, second)]
    assert window.doc.node(second).pos == [0.0, STEP]


def test_connecting_two_nodes_by_dragging_between_ports(window, qtbot):
    a = drop_layer(window, "Input", 0, 0)
    b = drop_layer(window, "Dense", 400, 300)  # far away: not stacked automatically
    assert window.doc.design.edges == []
    src, dst = window.scene.nodes[a], window.scene.nodes[b]
    viewport = window.view.viewport()
    start = window.view.mapFromScene(src.mapToScene(src.output_port()))
    end = window.view.mapFromScene(dst.mapToScene(dst.input_port()))
    qtbot.mousePress(viewport, Qt.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=(start + end) / 2)
    qtbot.mouseMove(viewport, pos=end)
    qtbot.mouseRelease(viewport, Qt.LeftButton, pos=end)
    assert window.doc.design.edges == [(a, b)]
    assert (a, b) in window.scene.edges
    # The network is complete now except for the Input's shape: the Dense knows its input size.
    assert window.doc.analysis.shapes[b] is None or window.doc.analysis.param_counts[b] >= 0


def open_xor(window):
    assert window.open_file(XOR)
    return window.doc


def spin_widget(panel, name):
    """The editor widget of a parameter row in the properties panel."""
    param = next(p for p in panel._keys if p.name() == name)
    item = next(iter(param.items))
    return param, item.widget


def test_editing_a_parameter_in_the_properties_panel(window, qtbot):
    doc = open_xor(window)
    window.scene.select_nodes(["d1"])
    param, widget = spin_widget(window.properties, "units")
    assert widget.value() == 8
    widget.setValue(16)
    qtbot.waitUntil(lambda: doc.node("d1").params["units"] == 16)
    assert window.scene.nodes["d1"].lines[0].startswith("units=16")
    assert window.doc.analysis.param_counts["d1"] == 2 * 16 + 16
    assert window.isWindowModified()


def test_training_settings_with_nothing_selected(window, qtbot):
    doc = open_xor(window)
    window.scene.clearSelection()
    param, widget = spin_widget(window.properties, "epochs")
    widget.setValue(50)
    qtbot.waitUntil(lambda: doc.design.training["epochs"] == 50)
    source, _ = spin_widget(window.properties, "source")
    source.setValue("builtin")  # what choosing it in the combo box does
    assert doc.design.training["data"] == {"source": "builtin"}
    assert any(p.name() == "name" and p.value() == "digits" for p in window.properties._keys)


def test_undo_and_redo_of_every_kind_of_edit(window, qtbot):
    doc = open_xor(window)
    stack = doc.undo_stack
    original = doc.design.to_dict()
    # add (with its automatic edge), set parameter, set training, move, disconnect, connect, delete
    added = drop_layer(window, "Dropout", 0, 360 + STEP)
    window.scene.select_nodes(["d2"])
    _, units = spin_widget(window.properties, "units")
    units.setValue(3)
    qtbot.waitUntil(lambda: doc.node("d2").params["units"] == 3)
    window.scene.clearSelection()
    _, epochs = spin_widget(window.properties, "epochs")
    epochs.setValue(7)
    qtbot.waitUntil(lambda: doc.design.training["epochs"] == 7)
    window._nodes_moved({"a1": ((0.0, 180.0), (50.0, 200.0))})
    window.scene.select_nodes([])
    window.scene.edges[("a1", "d2")].setSelected(True)
    window.act_delete.trigger()
    window.connect_nodes("a1", "d2")
    window.scene.select_nodes(["a1"])
    window.act_delete.trigger()  # the node and both its edges
    edited = doc.design.to_dict()
    assert "a1" not in doc.design.node_ids() and added in doc.design.node_ids()
    steps = stack.count()
    assert [stack.text(i) for i in range(steps)] == [
        "Add Dropout", "Set d2.units", "Set epochs", "Move", "Delete", "Connect a1 to d2", "Delete"]
    for _ in range(steps):
        window.act_undo.trigger()
    assert doc.design.to_dict() == original
    assert not window.isWindowModified()
    for _ in range(steps):
        window.act_redo.trigger()
    assert doc.design.to_dict() == edited
    # The canvas followed every step.
    assert set(window.scene.nodes) == set(doc.design.node_ids())
    assert set(window.scene.edges) == set(doc.design.edges)


def test_save_and_reopen_through_the_menu(window, monkeypatch, tmp_path):
    open_xor(window)
    window.scene.select_nodes(["d1"])
    _, units = spin_widget(window.properties, "units")
    units.setValue(12)
    target = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.act_save_as.trigger()
    saved = tmp_path / "mine.layerlab"
    assert saved.exists() and not window.isWindowModified()
    assert window.windowTitle() == "mine.layerlab[*] — LayerLab"
    assert load_design(saved).node("d1").params["units"] == 12
    window.act_new.trigger()
    assert window.doc.design.nodes == []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    window.act_open.trigger()
    assert window.doc.design == load_design(saved)
    assert str(saved) in window.recent_files()


@pytest.mark.parametrize("answer", [QMessageBox.Cancel, QMessageBox.Discard, QMessageBox.Save])
def test_unsaved_changes_prompt(window, monkeypatch, tmp_path, answer):
    doc = open_xor(window)
    doc.path = None
    drop_layer(window, "ReLU", 300, 300)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "kept.layerlab"), ""))
    window.act_new.trigger()
    assert asked and "Save the changes" in asked[0]
    if answer == QMessageBox.Cancel:
        assert len(doc.design.nodes) == 6 and window.isWindowModified()
    else:
        assert doc.design.nodes == []
        assert (tmp_path / "kept.layerlab").exists() == (answer == QMessageBox.Save)


def test_a_bad_file_shows_the_loaders_message_and_keeps_the_design(window, monkeypatch, tmp_path):
    doc = open_xor(window)
    before = doc.design.to_dict()
    bad = tmp_path / "bad.layerlab"
    d = json.load(open(XOR))
    d["nodes"][1]["params"]["units"] = -1
    bad.write_text(json.dumps(d))
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.act_open.trigger()
    assert len(shown) == 1
    assert "nodes[1].params.units: must be an integer from 1 to 65536, got -1" in shown[0]
    assert doc.design.to_dict() == before


def test_the_title_shows_the_file_and_an_asterisk_when_modified(window):
    open_xor(window)
    assert window.windowTitle() == "xor.layerlab[*] — LayerLab" and not window.isWindowModified()
    drop_layer(window, "Tanh", 500, 0)
    assert window.isWindowModified()
    window.act_undo.trigger()
    assert not window.isWindowModified()


def test_a_design_file_dropped_on_the_canvas_opens(window):
    from PySide6.QtCore import QMimeData, QUrl
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(XOR)])
    assert drop(window.view, mime, QPointF(0, 0))
    assert window.doc.path == XOR and window.doc.design.name == "XOR, one hidden layer"


def test_copy_paste_and_arrange(window):
    doc = open_xor(window)
    window.scene.select_nodes(["d1", "a1"])
    window.act_copy.trigger()
    window.act_paste.trigger()
    assert len(doc.design.nodes) == 7
    new = [n.id for n in doc.design.nodes][-2:]
    assert (new[0], new[1]) in doc.design.edges  # the edge between copied nodes came along
    window.act_arrange.trigger()
    assert doc.node("out").pos == [0.0, 4 * STEP]


def test_examples_menu_lists_every_example(window):
    titles = [a.text() for a in window.menu_examples.actions()]
    assert len(titles) == len([f for f in os.listdir(os.path.join(ROOT, "resources", "examples"))
                               if f.endswith(".layerlab")])
    assert "XOR, one hidden layer" in titles


def test_first_start_opens_xor_with_the_welcome_panel(window):
    from gui.app import start
    start(window)
    assert window.doc.design.name == "XOR, one hidden layer"
    assert window.welcome_dock.isVisible()
    assert "Vanishing gradients" in window.welcome.toPlainText()
    assert window.doc.path is None  # an example opens as an untitled copy


def test_autosave_and_recovery_after_a_crash(window, qtbot, monkeypatch):
    from gui import MainWindow
    open_xor(window)
    drop_layer(window, "Sigmoid", 600, 0)
    assert window.autosave()
    # The app dies here (the system drops its lock); the next start finds the autosave and offers it back.
    os.close(window.files.slot._fd)
    window.files.slot._fd, window.files.slot = None, None
    again = MainWindow()
    qtbot.addWidget(again)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    assert again.offer_recovery()
    assert again.doc.design == window.doc.design and again.isWindowModified()
    assert again.doc.path == XOR
    again.doc.undo_stack.setClean()
    again.close()  # a clean close removes the autosave
    assert not again.offer_recovery()


def test_structural_edits_are_refused_while_locked(window):
    doc = open_xor(window)
    doc.locked = True
    window.scene.locked = True
    assert not drop(window.view, palette_mime(window, "Dense"), QPointF(0, 500))
    window.scene.select_nodes(["a1"])
    window.act_delete.trigger()
    assert "a1" in doc.design.node_ids() and len(doc.design.nodes) == 5
