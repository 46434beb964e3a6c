"""A teacher paints a dataset, trains on it, and shows the class in presentation mode."""
import os

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from gui.shortcuts import markdown, shortcut_rows

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def screen_pos(view, x, y):
    """Where the data point (x, y) is on the paint plot's viewport."""
    scene = view.box.mapViewToScene(QPointF(x, y))
    return view.plot.mapFromScene(scene)


def mouse(view, kind, pos, buttons=Qt.LeftButton):
    button = Qt.LeftButton if kind != QEvent.MouseMove else Qt.NoButton
    event = QMouseEvent(kind, QPointF(pos), QPointF(view.plot.viewport().mapToGlobal(pos)), button, buttons,
                        Qt.NoModifier)
    QApplication.sendEvent(view.plot.viewport(), event)


def stroke(view, path):
    """Press at the first point, move along the rest, release at the last: a drag."""
    points = [screen_pos(view, x, y) for x, y in path]
    mouse(view, QEvent.MouseButtonPress, points[0])
    for p in points[1:]:
        mouse(view, QEvent.MouseMove, p)
    mouse(view, QEvent.MouseButtonRelease, points[-1], Qt.NoButton)


def test_clicks_paint_points_of_the_chosen_class_and_undo_removes_them(qtbot, window):
    w = window
    w.act_paint.trigger()
    view = w.paint_view
    qtbot.waitUntil(lambda: view.isVisible())
    QTest.mouseClick(view.plot.viewport(), Qt.LeftButton, pos=screen_pos(view, -0.5, 0.5))
    view.class_box.setCurrentIndex(1)
    QTest.mouseClick(view.plot.viewport(), Qt.LeftButton, pos=screen_pos(view, 0.5, -0.5))
    data = w.doc.design.settings()["data"]
    assert data["source"] == "points" and [p[2] for p in data["points"]] == [0, 1]
    assert abs(data["points"][0][0] + 0.5) < 0.05 and abs(data["points"][1][1] + 0.5) < 0.05
    assert view.count_label.text() == "2 points"
    w.act_undo.trigger()
    assert [p[2] for p in w.doc.design.settings()["data"]["points"]] == [0]
    w.act_undo.trigger()
    assert w.doc.design.settings()["data"]["source"] == "toy"  # before painting: the toy set again


def test_a_drag_erases_the_points_it_passes_and_is_one_undo_step(qtbot, window):
    w = window
    w.act_paint.trigger()
    view = w.paint_view
    w.paint_dock.setFloating(True)  # a large painting: the gesture, not the docked size, is under test
    w.paint_dock.resize(600, 520)
    qtbot.waitUntil(lambda: view.plot.isVisible() and view.plot.height() > 100)
    view.start_from("xor")
    qtbot.wait(50)  # the view range laid out before the drag is mapped to the screen
    before = list(w.doc.design.settings()["data"]["points"])
    count = w.doc.undo_stack.count()
    stroke(view, [(-1.5 + 0.1 * i, 1.0) for i in range(31)])  # along the top row of XOR's clusters
    after = w.doc.design.settings()["data"]["points"]
    assert 0 < len(after) < len(before)
    assert not any(abs(p[1] - 1.0) < 0.05 and -1.4 < p[0] < 1.4 for p in after)
    assert w.doc.undo_stack.count() == count + 1
    w.act_undo.trigger()
    assert w.doc.design.settings()["data"]["points"] == before


def test_start_from_clear_and_regression_values(qtbot, window):
    w = window
    view = w.paint_view
    view.start_box.activated.emit(view.start_box.findData("moons"))  # chosen in "Start from…"
    assert len(w.doc.design.settings()["data"]["points"]) == 200
    assert view.start_box.currentIndex() == 0  # ready for another start
    view.clear_button.click()
    assert w.doc.design.settings()["data"]["points"] == []
    view.task_box.setCurrentIndex(view.task_box.findData("regression"))
    view.task_box.activated.emit(view.task_box.currentIndex())
    assert w.doc.design.settings()["data"]["task"] == "regression"
    assert view.label_stack.currentWidget() is view.value_box
    view.value_box.setValue(2.5)
    view.add_point(0.2, 0.3)
    assert w.doc.design.settings()["data"]["points"] == [[0.2, 0.3, 2.5]]


def test_the_data_settings_open_the_paint_dock(qtbot, window):
    w = window
    w.paint_view.add_point(0.0, 0.0)  # the design now trains on painted points
    w.properties.show_node(None)
    paint = next(p for p in w.properties.root.child("data").children() if p.name() == "paint")
    assert not w.paint_dock.isVisible()
    paint.activate()
    qtbot.waitUntil(w.paint_dock.isVisible)


def test_presentation_mode_hides_the_docks_enlarges_the_text_and_restores_both(qtbot, window):
    w = window
    font = QFont(QApplication.font())
    visible = {d.objectName() for d in (w.palette_dock, w.properties_dock, w.summary_dock, w.training_dock)
               if d.isVisible()}
    assert visible == {"palette", "properties", "summary", "training"}
    state = w.saveState()
    plot = w.dashboard.findChildren(type(w.paint_view.plot))[0].getPlotItem()  # the loss curve
    axis = plot.getAxis("bottom")
    title, label = height(plot.titleLabel.item), height(axis.label)
    QTest.keyClick(w, Qt.Key_F11)
    qtbot.wait(100)  # the teacher presents for a while: the larger font reaches every widget
    assert w.presentation.active and w.act_presentation.isChecked()
    assert not w.palette_dock.isVisible() and not w.properties_dock.isVisible() and not w.summary_dock.isVisible()
    assert w.training_dock.isVisible() and w.view.isVisible() and w.toolbar.isVisible()
    assert QApplication.font().pointSizeF() >= 1.4 * font.pointSizeF()
    assert axis.style["tickFont"].pointSizeF() >= 1.4 * font.pointSizeF()
    assert height(plot.titleLabel.item) >= 1.4 * title and height(axis.label) >= 1.4 * label  # read from the back row
    QTest.keyClick(w, Qt.Key_F11)
    assert not w.presentation.active and not w.act_presentation.isChecked()
    assert QApplication.font() == font
    assert {d.objectName() for d in (w.palette_dock, w.properties_dock, w.summary_dock, w.training_dock)
            if d.isVisible()} == visible
    assert w.saveState() == state
    assert axis.style["tickFont"] is None
    assert height(plot.titleLabel.item) == title and height(axis.label) == label
    qtbot.wait(100)  # the font's change reaches every widget
    tree = w.properties.tree
    assert tree.visualItemRect(tree.topLevelItem(0)).height() <= 1  # no "root" above the settings


def height(text_item):
    """A plot text's line height on screen: a scale counts, the text item's fixed margins do not."""
    doc = text_item.document()
    return (doc.size().height() - 2 * doc.documentMargin()) * text_item.scale()


def test_a_run_trained_while_presenting_is_shown_large_and_back_to_normal_after(qtbot, window):
    """The run's own plots (one per layer, made as it starts) are enlarged too, and every plot on
    screen is normal again after F11, those made meanwhile included."""
    import pyqtgraph as pg
    from gui_helpers import train
    w = window
    w.open_file(os.path.join(ROOT, "resources", "examples", "xor.layerlab"))
    w.doc.design.training["epochs"] = 20
    normal = QApplication.font().pointSizeF()
    QTest.keyClick(w, Qt.Key_F11)
    assert w.description.isVisible()
    qtbot.waitUntil(lambda: not [x for x in w.findChildren(QWidget)  # the lesson's banner above the canvas too
                                 if x.isVisible() and x.font().pointSizeF() < 1.4 * normal])
    before = set(plot_texts(w))
    w.dashboard.setCurrentIndex(1)  # the gradients: a plot per layer, made for this run
    train(w, qtbot)
    made = [item for item in plot_texts(w) if item not in before]
    assert len(made) >= 6  # two layers' plots: their titles and axes
    qtbot.waitUntil(lambda: all(enlarged(item) for item in made))
    QTest.keyClick(w, Qt.Key_F11)
    assert not any(enlarged(item) for item in plot_texts(w))
    assert all(item.style["tickFont"] is None for item in plot_texts(w) if isinstance(item, pg.AxisItem))


def plot_texts(w):
    """Every title, legend entry and axis on the window's plots."""
    import pyqtgraph as pg
    for view in w.findChildren(pg.GraphicsView):
        for item in view.scene().items():
            if isinstance(item, (pg.LabelItem, pg.AxisItem)) and item.isVisible():
                yield item


def enlarged(item):
    import pyqtgraph as pg
    if isinstance(item, pg.LabelItem):
        return item.item.scale() > 1
    return item.style["tickFont"] is not None and item.style["tickFont"].pointSizeF() > QApplication.font().pointSizeF() / 1.4


def test_the_shortcuts_list_is_made_from_the_actions(qtbot, window):
    w = window
    rows = dict(shortcut_rows(w))
    assert rows["Train"] == "F5" and rows["Stop"] == "Shift+F5" and rows["Step one epoch"] == "F10"
    assert rows["Presentation mode"] == "F11" and rows["Run variants"] == "Ctrl+F5" and "Del" in rows["Delete"]
    dialog = w.classroom.show_shortcuts()
    assert dialog.table.rowCount() == len(rows)
    assert "| Train | F5 |" in markdown(shortcut_rows(w))
    dialog.close()
    w.set_language("ko")
    korean = dict(shortcut_rows(w))
    assert korean["새로 만들기"] == rows["New"] and korean["발표 모드"] == "F11"


def test_closing_in_presentation_mode_saves_the_normal_layout_and_font(qtbot, window):
    from PySide6.QtCore import QSettings
    font = QFont(QApplication.font())
    normal = window.saveState()
    window.act_presentation.trigger()
    assert window.presentation.active
    window.doc.undo_stack.setClean()
    window.close()
    assert QApplication.font() == font and not window.presentation.active
    assert QSettings().value("windowState") == normal
