"""The canvas: a QGraphicsScene that mirrors the document, and its view.

The scene never edits the design. It emits *intents* (a layer dropped, two
ports connected, nodes moved) that the main window turns into undo commands;
then it follows the document's signals like every other view.
"""
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QMenu,
)

from core.registry import LAYERS

from . import node_extras as extras

MIME_LAYER = "application/x-layerlab-layer"
NODE_W, NODE_H = 190.0, 66.0
STEP = 90.0          # vertical distance between stacked nodes (design files use the same)
PORT_R = 6.0

CATEGORY_COLORS = {
    "core": QColor("#4C78A8"),
    "activations": QColor("#F58518"),
    "regularisation": QColor("#54A24B"),
    "output": QColor("#B279A2"),
}


def tr(text):
    return QCoreApplication.translate("Canvas", text)


def category_color(type_name):
    spec = LAYERS.get(type_name)
    return CATEGORY_COLORS.get(spec.category if spec else "", QColor("#888888"))


def format_shape(shape):
    if shape is None:
        return "?"
    return "(" + ", ".join(str(s) for s in shape) + ")"


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
        self.warnings = []       # core.diagnostics.LayerWarning, from the last report
        self.pixmaps = []        # pictures of the first units (core.neurons)
        self.hidden_units = 0    # units the layer has beyond those pictured
        self._tooltip = ""
        self.setFlags(QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsMovable
                      | QGraphicsItem.ItemSendsGeometryChanges)
        self.setZValue(1)
        self.setCursor(Qt.OpenHandCursor)
        self.setAcceptHoverEvents(True)

    def boundingRect(self):
        rect = QRectF(-NODE_W / 2 - PORT_R, -NODE_H / 2 - PORT_R, NODE_W + 2 * PORT_R, NODE_H + 2 * PORT_R)
        if self.warnings:
            c = extras.badge_center(NODE_W, NODE_H)
            r = extras.BADGE_R + 2
            rect = rect.united(QRectF(c.x() - r * 1.2, c.y() - r * 1.2, r * 2.4, r * 2.4))
        if self.pixmaps:
            rect = rect.united(self.pictures_panel().adjusted(-1, -1, 1, 1))
        return rect

    def pictures_panel(self):
        return extras.pictures_rect(len(self.pixmaps), self.hidden_units, NODE_W, NODE_H)

    # -- what training tells about the layer -----------------------------------------------
    def set_warnings(self, warnings):
        """Show a badge with the number of ``warnings`` and a tooltip line for each (none: no badge)."""
        self.prepareGeometryChange()
        self.warnings = list(warnings)
        self._update_tooltip()
        self.update()

    def set_pictures(self, images, hidden):
        """Show each unit's picture (``images``: (units, h, w) outputs over the input plane) and
        how many units are not shown; ``images`` None removes them."""
        self.prepareGeometryChange()
        self.pixmaps = [] if images is None else extras.to_pixmaps(images, self.type_name)
        self.hidden_units = int(hidden) if images is not None else 0
        self._update_tooltip()
        self.update()

    def picture_at(self, local):
        """The unit whose picture is under ``local`` (item coordinates), or None."""
        if not self.pixmaps:
            return None
        panel = self.pictures_panel()
        for k in range(len(self.pixmaps)):
            if extras.picture_rect(panel, k).contains(local):
                return k
        return None

    def _update_tooltip(self):
        lines = extras.warning_lines(self.warnings)
        if self.hidden_units:
            lines.append(tr("Pictures of the first %1 units; %2 more are not shown")
                         .replace("%1", str(len(self.pixmaps))).replace("%2", str(self.hidden_units)))
        self.setToolTip("<br>".join([self._tooltip] + lines))

    def hoverMoveEvent(self, event):
        self.canvas.magnify(self, self.picture_at(event.pos()))
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event):
        self.canvas.magnify(None, None)
        super().hoverLeaveEvent(event)

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
        shape = format_shape(analysis.shapes.get(node.id))
        count = analysis.param_counts.get(node.id, 0)
        self.lines = [keys, f"→ {shape}" + (f"   {format_count(count)} " + tr("params") if count else "")]
        self.error = analysis.node_errors.get(node.id)
        help_text = QCoreApplication.translate("registry", spec.help)
        self._tooltip = (f"<b>{node.type}</b> ({node.id})<br>{help_text}"
                         + (f"<br><span style='color:#c00'>{_html(self.error)}</span>" if self.error else ""))
        self._update_tooltip()
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
        if self.pixmaps:
            extras.paint_pictures(painter, self.pictures_panel(), self.pixmaps, self.hidden_units)
        if self.warnings:
            extras.paint_badge(painter, extras.badge_center(NODE_W, NODE_H), len(self.warnings))

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


def _html(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
    changeTypeRequested = Signal(str, str)   # node id, new type (the node's context menu)

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
        self.magnifier = extras.Magnifier()
        self.addItem(self.magnifier)
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

    # -- what training tells: warnings and neuron pictures ----------------------------------
    def set_warnings(self, warnings):
        """``{node id: [core.diagnostics.LayerWarning, ...]}``: badges on those nodes, none elsewhere."""
        for nid, item in self.nodes.items():
            found = warnings.get(nid, [])
            if found or item.warnings:
                item.set_warnings(found)

    def set_neuron_images(self, pictures):
        """``{node id: (images, hidden)}`` as core.neurons.NeuronPlane.pictures gives: each unit's
        output over the input plane in those nodes; nodes left out lose theirs ({} clears all)."""
        for nid, item in self.nodes.items():
            found = pictures.get(nid)
            if found is not None:
                item.set_pictures(*found)
            elif item.pixmaps:
                item.set_pictures(None, 0)
        if self.magnifier.isVisible():
            self.magnify(None, None)

    def magnify(self, item, unit):
        """Show ``item``'s picture of ``unit`` large beside the node (None: hide it)."""
        if item is None or unit is None:
            self.magnifier.hide_picture()
            return
        panel = item.pictures_panel()
        where = item.mapToScene(QPointF(panel.right() + 8, panel.top()))
        caption = tr("%1: unit %2").replace("%1", item.node_id).replace("%2", str(unit + 1))
        self.magnifier.show_picture(item.pixmaps[unit], caption, where)

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
    def drop_plan(self, type_name, pos):
        """Where a layer dropped at ``pos`` goes, as a :class:`DropPlan`.

        Onto a node: right after it (its outgoing edges now leave the new layer). Onto an
        edge: into it, split in two. Below the last node of a stack: joins the stack.
        Whatever sits below the insertion point moves down a step to make room.
        """
        plain = DropPlan((pos.x(), pos.y()))
        if LAYERS[type_name].inputs == 0:
            return plain
        hit = self.node_at(pos)
        if hit is not None:
            successors = [d for s, d in self.doc.design.edges if s == hit.node_id]
            below = (hit.pos().x(), hit.pos().y() + STEP)
            return DropPlan(below, hit.node_id, successors, self._make_room(successors))
        edge = self.edge_at(pos)
        if edge is not None:
            src, dst = edge.key
            at = self.nodes[dst].pos()
            return DropPlan((at.x(), at.y()), src, [dst], self._make_room([dst]))
        tails = [nid for nid in self.nodes
                 if not any(src == nid for src, _ in self.doc.design.edges)]
        best, best_d = None, None
        for nid in tails:
            p = self.nodes[nid].pos()
            dy = pos.y() - p.y()
            if 0 < dy <= 3 * STEP and abs(pos.x() - p.x()) <= NODE_W * 0.75:
                d = math.hypot(pos.x() - p.x(), dy)
                if best_d is None or d < best_d:
                    best, best_d = nid, d
        return DropPlan(plain.pos, best)

    def drop_target(self, type_name, pos):
        """(position, node to connect from or None): :meth:`drop_plan` without splitting."""
        plan = self.drop_plan(type_name, pos)
        if plan.before:
            return pos, None
        return QPointF(*plan.pos), plan.after

    def _make_room(self, starts):
        """Moves that shift ``starts`` and everything downstream of them one step down."""
        succ = {}
        for s, d in self.doc.design.edges:
            succ.setdefault(s, []).append(d)
        seen, todo = set(), list(starts)
        while todo:
            nid = todo.pop()
            if nid not in seen:
                seen.add(nid)
                todo.extend(succ.get(nid, []))
        moves = {}
        for nid in seen:
            p = self.nodes[nid].pos()
            moves[nid] = ((p.x(), p.y()), (p.x(), p.y() + STEP))
        return moves

    def edge_at(self, scene_pos):
        for item in self.items(scene_pos):
            if isinstance(item, EdgeItem):
                return item
        return None

    # -- the node's context menu -------------------------------------------------------------
    def node_menu(self, node_id):
        """The context menu of a node: "Change type ▸" with every type that can take its place."""
        menu = QMenu()
        sub = menu.addMenu(tr("Change type"))
        current = LAYERS[self.doc.node(node_id).type]
        for name, spec in LAYERS.items():
            if name != current.name and spec.inputs == current.inputs:
                action = sub.addAction(name)
                action.triggered.connect(lambda checked=False, t=name: self.changeTypeRequested.emit(node_id, t))
        sub.setEnabled(not self.locked and not sub.isEmpty())
        return menu

    def contextMenuEvent(self, event):
        hit = self.node_at(event.scenePos())
        if hit is None:
            super().contextMenuEvent(event)
            return
        self._menu = self.node_menu(hit.node_id)  # kept: the menu outlives this handler
        self._menu.popup(event.screenPos())
        event.accept()


@dataclass
class DropPlan:
    """Where a dropped layer goes: its position, the node it follows, the nodes it now feeds
    (each edge ``after -> b`` is split), and the moves that make room (id -> (old, new))."""

    pos: tuple
    after: str | None = None
    before: list = field(default_factory=list)
    moves: dict = field(default_factory=dict)


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

    # -- keys the canvas owns ----------------------------------------------------------------------
    OWN_KEYS = (Qt.Key_Delete, Qt.Key_Backspace)

    def event(self, event):
        # Claim Delete before any window-wide shortcut can: with two shortcuts on one key Qt
        # runs neither, and the Runs table has one.
        if (event.type() == QEvent.ShortcutOverride and event.key() in self.OWN_KEYS
                and event.modifiers() == Qt.NoModifier):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event):
        """Delete and Backspace trigger this view's action for them: the toolbar's Delete."""
        if event.key() in self.OWN_KEYS and event.modifiers() == Qt.NoModifier:
            key = QKeySequence(event.key())
            for action in self.actions():
                if action.isEnabled() and key in action.shortcuts():
                    action.trigger()
                    event.accept()
                    return
        super().keyPressEvent(event)

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
