"""The layer palette, generated from the registry: grouped by category, filterable,
each entry draggable onto the canvas (mime type MIME_LAYER, the type's name)."""
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QDrag, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from core.registry import CATEGORIES, LAYERS

from .canvas import CATEGORY_COLORS, MIME_LAYER

def category_title(category):
    # Translated at call time, so a language switch takes effect.
    return {"core": QCoreApplication.translate("Palette", "Core"),
            "activations": QCoreApplication.translate("Palette", "Activations"),
            "regularisation": QCoreApplication.translate("Palette", "Regularisation"),
            "output": QCoreApplication.translate("Palette", "Output"),
            "image": QCoreApplication.translate("Palette", "Image"),
            "merge": QCoreApplication.translate("Palette", "Merge")}[category]


def swatch(color):
    pix = QPixmap(14, 14)
    pix.fill(Qt.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.Antialiasing)
    p.setBrush(color)
    p.setPen(color.darker(130))
    p.drawRoundedRect(1, 1, 12, 12, 3, 3)
    p.end()
    return QIcon(pix)


class LayerTree(QTreeWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragOnly)
        self.setRootIsDecorated(False)
        self.setIndentation(8)

    def mimeData(self, items):
        mime = QMimeData()
        type_name = items[0].data(0, Qt.UserRole) if items else None
        if type_name:
            mime.setData(MIME_LAYER, QByteArray(type_name.encode("utf-8")))
            mime.setText(type_name)
        return mime

    def startDrag(self, actions):
        item = self.currentItem()
        if item is None or not item.data(0, Qt.UserRole):
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.setPixmap(item.icon(0).pixmap(14, 14))
        drag.exec(Qt.CopyAction)


class Palette(QWidget):
    #: A layer double-clicked: add it at the end of the stack.
    layerActivated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.tree = LayerTree()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.groups = {}
        self.items = {}
        for category in CATEGORIES:
            group = QTreeWidgetItem(self.tree)
            group.setFlags(Qt.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.groups[category] = group
            for spec in LAYERS.values():
                if spec.category == category:
                    item = QTreeWidgetItem(group, [spec.name])
                    item.setData(0, Qt.UserRole, spec.name)
                    item.setIcon(0, swatch(CATEGORY_COLORS[category]))
                    item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled)
                    self.items[spec.name] = item
            group.setExpanded(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.tree.itemDoubleClicked.connect(self._activated)
        self.retranslate()

    def retranslate(self):
        self.filter.setPlaceholderText(self.tr("Filter layers…"))
        for category, group in self.groups.items():
            group.setText(0, category_title(category))
        for name, item in self.items.items():
            item.setToolTip(0, QCoreApplication.translate("registry", LAYERS[name].help))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def apply_filter(self, text):
        text = text.strip().lower()
        for category, group in self.groups.items():
            visible = 0
            for i in range(group.childCount()):
                item = group.child(i)
                name = item.data(0, Qt.UserRole)
                show = (not text or text in name.lower()
                        or text in QCoreApplication.translate("registry", LAYERS[name].help).lower())
                item.setHidden(not show)
                visible += show
            group.setHidden(visible == 0)

    def _activated(self, item, column):
        name = item.data(0, Qt.UserRole)
        if name:
            self.layerActivated.emit(name)
