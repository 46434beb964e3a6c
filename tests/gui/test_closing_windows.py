"""A closed window leaves nothing behind that a later window could be mistaken for."""
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QTreeWidget, QWidget

from gui.properties import PropertiesPanel


def test_the_properties_tree_goes_wholly_with_its_window(window, qtbot):
    holder = QWidget()
    panel = PropertiesPanel(window.doc, holder)
    root = QTreeWidget.invisibleRootItem(panel.tree)
    items = [root.child(i) for i in range(root.childCount())]
    assert items and shiboken6.isValid(root)
    holder.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    # Qt deleted the tree's items with it; nothing in Python still claims to be one of them
    # (a stale one stood for the next object made at its address: crashes in later windows).
    assert not shiboken6.isValid(panel.tree)
    assert not shiboken6.isValid(root)
    assert not any(shiboken6.isValid(item) for item in items)
