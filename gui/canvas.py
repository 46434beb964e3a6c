"""The canvas: a QGraphicsScene that mirrors the document, and its view.

The scene never edits the design. It emits *intents* (a layer dropped, two
ports connected, nodes moved) that the main window turns into undo commands;
then it follows the document's signals like every other view.
"""
import math

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsPathItem, QGraphicsScene, QGraphicsView

from core.layers import fmt_shape
from core.registry import LAYERS

from .i18n import html

MIME_LAYER = "application/x-layerlab-layer"
NODE_W, NODE_H = 190.0, 66.0
STEP = 90.0          # vertical distance between stacked nodes (design files use the same)
PORT_R = 6.0

CATEGORY_COLORS = {
    "core": QColor("#4C78A8"),
    "activations": QColor("#F58518"),
    "regularisation": QColor("#54A24B"),
    "output": QColor("#B279A2"),
    "image": QColor("#E45756"),
    "merge": QColor("#72B7B2"),
}


def tr(text):
    return QCoreApplication.translate("Canvas", text)


def category_color(type_name):
    spec = LAYERS.get(type_name)
    return CATEGORY_COLORS.get(spec.category if spec else "", QColor("#888888"))


def format_count(n):
    if n >= 1_000_000:
        return f"{n / 1e6:.1f}M"
    if n >= 10_000:
        return f"{n / 1e3:.0f}k"
    return f"{n:,}"


class NodeItem(QGraphicsObject):
    """One node: header with its type and id, key parameters, output shape and parameter count."""

    def __init__(self, scene, node):
        super().__init__()
        self.canvas = scene
        self.node_id = node.id
        self.type_name = node.type
        self.lines = []
        self.error = None
        self.setFlags(QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsMovable
                      | QGraphicsItem.ItemSendsGeometryChanges)
        self.setZValue(1)
        self.setCursor(Qt.OpenHandCursor)

    def boundingRect(self):
        return QRectF(-NODE_W / 2 - PORT_R, -NODE_H / 2 - PORT_R, NODE_W + 2 * PORT_R, NODE_H + 2 * PORT_R)

    def body(self):
        return QRectF(-NODE_W / 2, -NODE_H / 2, NODE_W, NODE_H)

    def input_port(self):
        return QPointF(0, -NODE_H / 2)

    def output_port(self):
        return QPointF(0, NODE_H / 2)

    def has_input(self):
        return LAYERS[self.type_name].inputs > 0

    def port_at(self, local):
        """"out" or "in" if ``local`` (item coordinates) is on a port."""
        if QLineF(local, self.output_port()).length() <= PORT_R * 2:
            return "out"
        if self.has_input() and QLineF(local, self.input_port()).length() <= PORT_R * 2:
            return "in"
        return None

    def refresh(self, node, analysis):
        self.type_name = node.type
        spec = LAYERS[node.type]
        params = node.resolved()
        keys = ", ".join(f"{k}={_short(params[k])}" for k in spec.key_params if k in params)
        shape = fmt_shape(analysis.shapes.get(node.id))
        count = analysis.param_counts.get(node.id, 0)
        self.lines = [keys, f"→ {shape}" + (f"   {format_count(count)} " + tr("params") if count else "")]
        self.error = analysis.node_errors.get(node.id)
        help_text = QCoreApplication.translate("registry", spec.help)
        self.setToolTip(f"<b>{node.type}</b> ({node.id})<br>{help_text}"
                        + (f"<br><span style='color:#c00'>{html(self.error)}</span>" if self.error else ""))
        self.update()

    def paint(self, painter, option, widget=None):
        painter.setRenderHint(QPainter.Antialiasing)
        color = category_color(self.type_name)
        rect = self.body()
        selected = self.isSelected()
        border = QColor("#d62728") if self.error else (QColor("#1f5fbf") if selected else QColor("#555555"))
        painter.setPen(QPen(border, 3 if (self.error or selected) else 1.2))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawRoundedRect(rect, 8, 8)
        header = QRectF(rect.left(), rect.top(), rect.width(), 22)
        path = QPainterPath()
        path.setFillRule(Qt.WindingFill)  # the two shapes overlap; odd-even would punch a hole
        path.addRoundedRect(header, 8, 8)
        path.addRect(QRectF(header.left(), header.top() + 12, header.width(), 10))
        painter.fillPath(path.simplified(), color)
        painter.setPen(QColor("#ffffff"))
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(9.5)
        painter.setFont(font)
        painter.drawText(header.adjusted(8, 0, -8, 0), Qt.AlignVCenter | Qt.AlignLeft, self.type_name)
        font.setBold(False)
        font.setPointSizeF(8.5)
        painter.setFont(font)
        painter.drawText(header.adjusted(8, 0, -8, 0), Qt.AlignVCenter | Qt.AlignRight, self.node_id)
        painter.setPen(QColor("#222222"))
        for i, text in enumerate(self.lines):
            painter.drawText(QRectF(rect.left() + 8, rect.top() + 24 + i * 19, rect.width() - 16, 19),
                             Qt.AlignVCenter | Qt.AlignLeft, text)
        painter.setPen(QPen(QColor("#333333"), 1))
        painter.setBrush(QBrush(QColor("#ffffff")))
        if self.has_input():
            painter.drawEllipse(self.input_port(), PORT_R, PORT_R)
        painter.setBrush(QBrush(color))
        painter.drawEllipse(self.output_port(), PORT_R, PORT_R)

    def itemChange(self, change, value):
        if change == QGraphicsItem.ItemPositionHasChanged:
            self.canvas.node_moved_live(self.node_id)
        if change == QGraphicsItem.ItemPositionChange and self.canvas.locked:
            return self.pos()  # no moving while training
        return super().itemChange(change, value)

    def mousePressEvent(self, event):
        if event.button() == Qt.LeftButton and self.port_at(event.pos()) == "out" and not self.canvas.locked:
            self.canvas.start_connection(self)
            event.accept()
            return
        super().mousePressEvent(event)


def _short(value):
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class EdgeItem(QGraphicsPathItem):
    def __init__(self, src_item, dst_item):
        super().__init__()
        self.src, self.dst = src_item, dst_item
        self.setFlags(QGraphicsItem.ItemIsSelectable)
        self.setZValue(0)
        self.setToolTip(tr("Edge %1 → %2; select it and press Delete to remove it")
                        .replace("%1", src_item.node_id).replace("%2", dst_item.node_id))
        self.update_path()

    @property
    def key(self):
        return self.src.node_id, self.dst.node_id

    def update_path(self):
        a = self.src.mapToScene(self.src.output_port())
        b = self.dst.mapToScene(self.dst.input_port())
        path = QPainterPath(a)
        dy = max(40.0, abs(b.y() - a.y()) / 2)
        path.cubicTo(a + QPointF(0, dy), b - QPointF(0, dy), b)
        self.setPath(path)

    def shape(self):
        from PySide6.QtGui import QPainterPathStroker
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        return stroker.createStroke(self.path())

    def paint(self, painter, option, widget=None):
        painter.setRenderHint(QPainter.Antialiasing)
        color = QColor("#1f5fbf") if self.isSelected() else QColor("#666666")
        painter.setPen(QPen(color, 3 if self.isSelected() else 1.8))
        painter.setBrush(Qt.NoBrush)
        painter.drawPath(self.path())
        b = self.path().pointAtPercent(1.0)
        tangent = self.path().angleAtPercent(0.98)
        painter.setBrush(color)
        painter.drawPolygon(_arrow(b, tangent))


def _arrow(tip, angle_deg, size=9):
    rad = math.radians(angle_deg)
    back = QPointF(-math.cos(rad) * size, math.sin(rad) * size)
    side = QPointF(math.sin(rad) * size * 0.5, math.cos(rad) * size * 0.5)
    return QPolygonF([tip, tip + back + side, tip + back - side])


class CanvasScene(QGraphicsScene):
    layerDropped = Signal(str, QPointF)
    connectRequested = Signal(str, str)
    nodesMoved = Signal(dict)        # node id -> (old pos, new pos)
    selectedNodesChanged = Signal(list)

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.nodes = {}
        self.edges = {}
        self.locked = False
        self._drag_line = None
        self._drag_src = None
        self._press_positions = {}
        self.setSceneRect(-2000, -2000, 4000, 6000)
        doc.designReset.connect(self.rebuild)
        doc.nodeAdded.connect(self._on_node_added)
        doc.nodeRemoved.connect(self._on_node_removed)
        doc.nodeMoved.connect(self._on_node_moved)
        doc.edgeAdded.connect(self._on_edge_added)
        doc.edgeRemoved.connect(self._on_edge_removed)
        doc.analysisChanged.connect(self.refresh_all)
        self.selectionChanged.connect(self._emit_selection)
        self.rebuild()

    # -- mirroring the document ----------------------------------------------------------
    def rebuild(self):
        self.clear()
        self.nodes, self.edges = {}, {}
        self._drag_line = None
        for node in self.doc.design.nodes:
            self._on_node_added(node.id, refresh=False)
        for src, dst in self.doc.design.edges:
            self._on_edge_added(src, dst)
        self.refresh_all()

    def _on_node_added(self, node_id, refresh=True):
        node = self.doc.node(node_id)
        item = NodeItem(self, node)
        if node.pos is None:  # files may leave positions out: stack them in design order
            index = self.doc.design.nodes.index(node)
            node_pos = (0.0, STEP * index)
        else:
            node_pos = node.pos
        item.setPos(QPointF(*node_pos))
        self.nodes[node_id] = item
        self.addItem(item)
        if refresh:
            item.refresh(node, self.doc.analysis)

    def _on_node_removed(self, node_id):
        item = self.nodes.pop(node_id)
        self.removeItem(item)

    def _on_node_moved(self, node_id):
        item = self.nodes[node_id]
        pos = self.doc.node(node_id).pos
        if (item.pos().x(), item.pos().y()) != tuple(pos):
            item.setPos(QPointF(*pos))

    def _on_edge_added(self, src, dst):
        item = EdgeItem(self.nodes[src], self.nodes[dst])
        self.edges[(src, dst)] = item
        self.addItem(item)

    def _on_edge_removed(self, src, dst):
        self.removeItem(self.edges.pop((src, dst)))

    def refresh_all(self):
        for node in self.doc.design.nodes:
            if node.id in self.nodes:
                self.nodes[node.id].refresh(node, self.doc.analysis)

    def node_moved_live(self, node_id):
        for (src, dst), edge in self.edges.items():
            if node_id in (src, dst):
                edge.update_path()

    # -- selection -----------------------------------------------------------------------------
    def selected_node_ids(self):
        return [i.node_id for i in self.selectedItems() if isinstance(i, NodeItem)]

    def selected_edges(self):
        return [i.key for i in self.selectedItems() if isinstance(i, EdgeItem)]

    def _emit_selection(self):
        self.selectedNodesChanged.emit(self.selected_node_ids())

    def select_nodes(self, ids):
        self.clearSelection()
        for nid in ids:
            if nid in self.nodes:
                self.nodes[nid].setSelected(True)

    # -- connecting by dragging from an output port ----------------------------------------
    def start_connection(self, src_item):
        self._drag_src = src_item
        start = src_item.mapToScene(src_item.output_port())
        self._drag_line = QGraphicsPathItem()
        self._drag_line.setPen(QPen(QColor("#1f5fbf"), 2, Qt.DashLine))
        self._drag_line.setZValue(5)
        self.addItem(self._drag_line)
        self._update_drag(start)

    def _update_drag(self, pos):
        start = self._drag_src.mapToScene(self._drag_src.output_port())
        path = QPainterPath(start)
        path.lineTo(pos)
        self._drag_line.setPath(path)

    def node_at(self, scene_pos):
        for item in self.items(scene_pos):
            if isinstance(item, NodeItem):
                return item
        return None

    def mouseMoveEvent(self, event):
        if self._drag_line is not None:
            self._update_drag(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event):
        self._press_positions = {nid: (item.pos().x(), item.pos().y()) for nid, item in self.nodes.items()}
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event):
        if self._drag_line is not None:
            target = self.node_at(event.scenePos())
            src = self._drag_src.node_id
            self.removeItem(self._drag_line)
            self._drag_line, self._drag_src = None, None
            if target is not None and target.node_id != src and target.has_input():
                self.connectRequested.emit(src, target.node_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        moves = {}
        for nid, item in self.nodes.items():
            old = self._press_positions.get(nid)
            new = (item.pos().x(), item.pos().y())
            if old is not None and old != new:
                moves[nid] = (old, new)
        self._press_positions = {}
        if moves:
            self.nodesMoved.emit(moves)

    # -- where a dropped layer goes ----------------------------------------------------------
    def drop_target(self, type_name, pos):
        """(position, node to connect from or None) for a layer dropped at ``pos``.

        Dropped onto the last node of a stack, or below it, the new node joins the stack.
        """
        if LAYERS[type_name].inputs == 0:
            return pos, None
        tails = [nid for nid in self.doc.tails() if nid in self.nodes]
        hit = self.node_at(pos)
        if hit is not None:
            if hit.node_id in tails:
                return QPointF(hit.pos().x(), hit.pos().y() + STEP), hit.node_id
            return pos, None
        best, best_d = None, None
        for nid in tails:
            p = self.nodes[nid].pos()
            dy = pos.y() - p.y()
            if 0 < dy <= 3 * STEP and abs(pos.x() - p.x()) <= NODE_W * 0.75:
                d = math.hypot(pos.x() - p.x(), dy)
                if best_d is None or d < best_d:
                    best, best_d = nid, d
        return pos, best


class CanvasView(QGraphicsView):
    """Zoom with the wheel, pan with the middle button, rubber-band selection, palette drops."""

    fileDropped = Signal(str)

    def __init__(self, scene, parent=None):
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setDragMode(QGraphicsView.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setAcceptDrops(True)
        self.setViewportUpdateMode(QGraphicsView.FullViewportUpdate)
        self.setBackgroundBrush(QColor("#f6f7f9"))
        self._pan_from = None
        self.lock_message = ""

    # -- drops -----------------------------------------------------------------------------------
    def _accepts(self, event):
        mime = event.mimeData()
        if mime.hasFormat(MIME_LAYER):
            return not self.scene().locked
        return mime.hasUrls() and any(u.toLocalFile().endswith(".layerlab") for u in mime.urls())

    def dragEnterEvent(self, event):
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event):
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event):
        mime = event.mimeData()
        if mime.hasFormat(MIME_LAYER) and not self.scene().locked:
            type_name = bytes(mime.data(MIME_LAYER)).decode("utf-8")
            pos = self.mapToScene(event.position().toPoint())
            self.scene().layerDropped.emit(type_name, pos)
            event.acceptProposedAction()
        elif mime.hasUrls():
            for url in mime.urls():
                if url.toLocalFile().endswith(".layerlab"):
                    self.fileDropped.emit(url.toLocalFile())
                    event.acceptProposedAction()
                    return
        else:
            event.ignore()

    # -- zoom and pan --------------------------------------------------------------------------------
    def wheelEvent(self, event):
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom(1.15 ** steps)

    def zoom(self, factor):
        current = self.transform().m11()
        factor = max(0.1 / current, min(4.0 / current, factor))
        self.scale(factor, factor)

    def fit(self):
        items = self.scene().itemsBoundingRect()
        if items.isEmpty():
            return
        self.fitInView(items.adjusted(-40, -40, 40, 40), Qt.KeepAspectRatio)
        if self.transform().m11() > 1.0:  # never blow a small design up past life size
            self.resetTransform()
            self.centerOn(items.center())

    def mousePressEvent(self, event):
        if event.button() == Qt.MiddleButton:
            self._pan_from = event.position()
            self.setCursor(Qt.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event):
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event):
        if event.button() == Qt.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def drawForeground(self, painter, rect):
        super().drawForeground(painter, rect)
        if self.lock_message:
            painter.save()
            painter.resetTransform()
            banner = QRectF(0, 0, self.viewport().width(), 30)
            painter.fillRect(banner, QColor(255, 243, 205, 235))
            painter.setPen(QColor("#7a5b00"))
            painter.drawText(banner, Qt.AlignCenter, self.lock_message)
            painter.restore()
