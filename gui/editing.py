"""Editing: the canvas's and palette's intents become undoable commands on the document.

Add, append, connect, move, delete, copy, paste, select all and arrange; every structural
edit is refused while the network trains (the document is locked).
"""
import json

from PySide6.QtCore import QByteArray, QMimeData, QObject, QPointF, Signal
from PySide6.QtGui import QGuiApplication

from core import DesignError
from core.design import Design, find_cycle_error
from core.registry import LAYERS

from . import commands
from .canvas import STEP

MIME_NODES = "application/x-layerlab-nodes"
COLUMN = 220.0  # arrange: the distance between branches side by side


def arranged(analysis):
    """``{node id: (x, y)}``: top to bottom by depth, side by side where the design branches."""
    depth, columns, out = {}, {}, {}
    for nid in analysis.order:
        depth[nid] = 1 + max((depth[i] for i in analysis.inputs.get(nid, [])), default=-1)
        col = columns.get(depth[nid], 0)
        columns[depth[nid]] = col + 1
        out[nid] = (col * COLUMN, depth[nid] * STEP)
    return out


class EditController(QObject):
    message = Signal(str, int)   # for the status bar: text, milliseconds

    def __init__(self, doc, scene, view, parent=None):
        super().__init__(parent)
        self.doc, self.scene, self.view = doc, scene, view

    def refuse_if_locked(self):
        if self.doc.locked:
            self.message.emit(self.tr("The network is training: stop it to change its structure."), 5000)
            return True
        return False

    def add_layer(self, type_name, pos):
        if type_name not in LAYERS or self.refuse_if_locked():
            return None
        plan = self.scene.drop_plan(type_name, pos)  # onto an edge: into it; onto a node: after it
        node = self.doc.new_node(type_name, plan.pos)
        self.doc.undo_stack.push(commands.insert_node(self.doc, node, plan.after, plan.before, plan.moves))
        self.scene.select_nodes([node.id])
        return node.id

    def append_layer(self, type_name):
        """Add a layer at the bottom of the stack (double-click in the palette)."""
        tails = [self.doc.node(nid) for nid in self.doc.tails()]
        if tails:
            last = max(tails, key=lambda n: (n.pos or [0, 0])[1])
            x, y = last.pos or (0.0, 0.0)
            return self.add_layer(type_name, QPointF(x, y + STEP))
        return self.add_layer(type_name, QPointF(0, 0))

    def connect_nodes(self, src, dst):
        if self.refuse_if_locked():
            return
        design = self.doc.design
        if (src, dst) in design.edges:
            return
        try:
            find_cycle_error(Design(nodes=design.nodes, edges=design.edges + [(src, dst)]))
        except DesignError:
            self.message.emit(self.tr("That connection would make a cycle; a network flows one way."), 5000)
            return
        self.doc.undo_stack.push(commands.AddEdge(self.doc, src, dst))

    def nodes_moved(self, moves):
        if not self.doc.locked:
            self.doc.undo_stack.push(commands.MoveNodes(self.doc, moves))

    def delete_selection(self):
        if self.refuse_if_locked():
            return
        nodes = self.scene.selected_node_ids()
        edges = [e for e in self.scene.selected_edges() if not (set(e) & set(nodes))]
        if not nodes and not edges:
            return
        group = commands.delete_nodes(self.doc, nodes, edges, self.tr("Delete"))  # a stack closes up
        if group.parts:
            self.doc.undo_stack.push(group)

    def change_type(self, node_id, type_name):
        """Sigmoid → ReLU in place: the edges and the shared parameters stay (one undo step)."""
        if type_name in LAYERS and not self.refuse_if_locked():
            self.doc.undo_stack.push(commands.ChangeType(self.doc, node_id, type_name))

    def select_all(self):
        for item in self.scene.items():
            item.setSelected(True)

    def copy(self):
        ids = set(self.scene.selected_node_ids())
        if not ids:
            return
        payload = {"nodes": [n.to_dict() for n in self.doc.design.nodes if n.id in ids],
                   "edges": [[a, b] for a, b in self.doc.design.edges if a in ids and b in ids]}
        mime = QMimeData()
        text = json.dumps(payload)
        mime.setData(MIME_NODES, QByteArray(text.encode("utf-8")))
        mime.setText(text)
        QGuiApplication.clipboard().setMimeData(mime)

    def paste(self):
        if self.refuse_if_locked():
            return
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(MIME_NODES):
            return
        try:
            payload = json.loads(bytes(mime.data(MIME_NODES)).decode("utf-8"))
            nodes, edges = payload["nodes"], payload["edges"]
        except (ValueError, KeyError, TypeError):
            return
        group = commands.Group(self.tr("Paste"))
        new_ids = {}
        for nd in nodes:
            if nd.get("type") not in LAYERS:
                continue
            pos = nd.get("pos") or [0, 0]
            node = self.doc.new_node(nd["type"], (pos[0] + 40, pos[1] + 40), nd.get("params", {}))
            new_ids[nd["id"]] = node.id
            group.add(commands.AddNode(self.doc, node))
        for a, b in edges:
            if a in new_ids and b in new_ids:
                group.add(commands.AddEdge(self.doc, new_ids[a], new_ids[b]))
        if group.parts:
            self.doc.undo_stack.push(group)
        self.scene.select_nodes(new_ids.values())

    def arrange(self):
        """Lay the design out top to bottom by depth, side by side where it branches."""
        moves = {}
        for nid, new in arranged(self.doc.analysis).items():
            old = tuple(self.doc.node(nid).pos or (0.0, 0.0))
            if old != new:
                moves[nid] = (old, new)
        if moves:
            self.doc.undo_stack.push(commands.MoveNodes(self.doc, moves, self.tr("Arrange")))
        self.view.fit()
