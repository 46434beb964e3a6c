"""Helpers for driving the GUI as a user does."""
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication


def _point(p):
    """PySide6 6.12's drag events take QPointF, 6.11's QPoint."""
    try:
        QDragEnterEvent(QPointF(p), Qt.CopyAction, None, Qt.LeftButton, Qt.NoModifier)
        return QPointF(p)
    except TypeError:
        return QPoint(int(p.x()), int(p.y()))


def drop(view, mime, scene_pos):
    """Drag ``mime`` onto the view at ``scene_pos`` as a user does: enter, move, drop on the viewport.

    True if the canvas took the drop; False if it refused the drag at any step."""
    target = view.viewport()
    pos = _point(view.mapFromScene(scene_pos))
    for cls in (QDragEnterEvent, QDragMoveEvent):
        event = cls(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
        QApplication.sendEvent(target, event)
        if not event.isAccepted():
            return False
    event = QDropEvent(QPointF(pos), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)  # QPointF in both
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def palette_mime(window, type_name):
    """The palette's own mime data for a layer, as its drag would carry."""
    tree = window.palette.tree
    return tree.mimeData([window.palette.items[type_name]])


def train(window, qtbot, timeout=60000):
    """Press Train and wait until the run has ended."""
    window.act_train.trigger()
    qtbot.waitUntil(lambda: not window.trainer.running, timeout=timeout)
