"""The canvas: a QGraphicsScene that mirrors the document, and its view.

The scene never edits the design. It emits *intents* (a layer dropped, two
ports connected, nodes moved, a type chosen) that the editing controller turns
into undo commands; then it follows the document's signals like every other view.
"""
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene, QGraphicsView, QMenu

from core.registry import LAYERS

from . import node_extras as extras
from .canvas_items import (  # noqa: F401 (re-exported: the palette, summary and window import them from here)
    CATEGORY_COLORS,
    NODE_W,
    STEP,
    EdgeItem,
    NodeItem,
    category_color,
    format_count,
    tr,
)

MIME_LAYER = "application/x-layerlab-layer"


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
        self._hinted = None
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
        self._hinted = None
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
        self.number_inputs(dst)

    def _on_edge_removed(self, src, dst):
        self.removeItem(self.edges.pop((src, dst)))
        self.number_inputs(dst)

    def refresh_all(self):
        for node in self.doc.design.nodes:
            if node.id in self.nodes:
                self.nodes[node.id].refresh(node, self.doc.analysis)
        for dst in {d for _, d in self.edges}:
            self.number_inputs(dst)  # a changed type may make a node a merge, or not

    def number_inputs(self, dst):
        """Label the edges into ``dst`` 1, 2, … in the design's edge order (the order a merge takes
        its inputs in) when it is a merge or has several inputs; otherwise no labels."""
        if dst not in self.nodes:
            return
        sources = [s for s, d in self.doc.design.edges if d == dst and (s, d) in self.edges]
        merge = LAYERS[self.nodes[dst].type_name].inputs > 1
        for k, src in enumerate(sources, start=1):
            self.edges[(src, dst)].set_input_index(k if merge or len(sources) > 1 else None)

    def input_labels(self, dst):
        """{source id: the index shown on its edge into ``dst``} (what the user reads)."""
        return {s: e.input_index for (s, d), e in self.edges.items() if d == dst and e.input_index is not None}

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
            elif item.picture_count:
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

    def item_at(self, scene_pos, kind=None):
        """The topmost item of class ``kind`` (default NodeItem) at ``scene_pos``, or None."""
        return next((item for item in self.items(scene_pos) if isinstance(item, kind or NodeItem)), None)

    def node_at(self, scene_pos):
        return self.item_at(scene_pos)

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
            grabber = self.mouseGrabberItem()  # the source node took the press; the scene's own
            if grabber is not None:            # release handler, skipped here, would let it go
                grabber.ungrabMouse()
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

    def show_drop_hint(self, type_name, pos):
        """Outline where a layer dragged over ``pos`` would go: the edge it would split, or the
        node it would follow (nothing for a layer that takes no input, or outside any stack)."""
        target = None
        if type_name in LAYERS and LAYERS[type_name].inputs > 0 and not self.locked:
            target = self.node_at(pos) or self.edge_at(pos)
            if target is None:
                after = self.drop_plan(type_name, pos).after
                target = self.nodes.get(after) if after else None
        if target is not self._hinted:
            self.clear_drop_hint()
            if target is not None:
                target.drop_hint = True
                target.update()
                self._hinted = target

    def clear_drop_hint(self):
        if self._hinted is not None and self._hinted.scene() is self:
            self._hinted.drop_hint = False
            self._hinted.update()
        self._hinted = None

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
        return self.item_at(scene_pos, EdgeItem)

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

    def changeEvent(self, event):
        scene = self.scene()
        if event.type() == QEvent.LanguageChange and scene is not None:  # the nodes' texts ("1,056 params")
            scene.refresh_all()
        super().changeEvent(event)

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
            mime = event.mimeData()
            if mime.hasFormat(MIME_LAYER):
                type_name = bytes(mime.data(MIME_LAYER)).decode("utf-8", "replace")
                self.scene().show_drop_hint(type_name, self.mapToScene(event.position().toPoint()))
        else:
            event.ignore()

    def dragLeaveEvent(self, event):
        self.scene().clear_drop_hint()
        super().dragLeaveEvent(event)

    def dropEvent(self, event):
        self.scene().clear_drop_hint()
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
