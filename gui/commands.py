"""Undoable edits. Each command changes only the document (never a view).

Removing a node carries the commands that remove its edges, so undo brings
them back; a drag of several nodes is one MoveNodes command. Those parts are
held in Python lists, not as Qt child commands: PySide6 lets a child command's
Python side be collected while Qt still calls it (a crash in redo()).
"""
import copy

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand


def tr(text):
    return QCoreApplication.translate("Commands", text)


class Group(QUndoCommand):
    """Several commands as one undo step (a Python-side macro; see the module's note).

    Each part is applied as it is added, so later parts see the design the earlier ones left;
    pushing the group then skips its first redo.
    """

    def __init__(self, text):
        super().__init__(text)
        self.parts = []
        self._applied = True

    def add(self, command):
        command.redo()
        self.parts.append(command)

    def redo(self):
        if self._applied:
            self._applied = False
            return
        for part in self.parts:
            part.redo()

    def undo(self):
        for part in reversed(self.parts):
            part.undo()


class AddNode(QUndoCommand):
    def __init__(self, doc, node, connect_from=None):
        super().__init__(tr("Add %1").replace("%1", node.type))
        self.doc, self.node = doc, copy.deepcopy(node)
        self.edges = [AddEdge(doc, connect_from, node.id)] if connect_from else []  # the automatic edge

    def redo(self):
        self.doc._add_node(copy.deepcopy(self.node))
        for edge in self.edges:
            edge.redo()

    def undo(self):
        for edge in reversed(self.edges):
            edge.undo()
        self.doc._remove_node(self.node.id)


class RemoveNode(QUndoCommand):
    def __init__(self, doc, node_id):
        super().__init__(tr("Delete %1").replace("%1", node_id))
        self.doc, self.node_id = doc, node_id
        self.node = None
        self.index = None
        self.edges = [RemoveEdge(doc, src, dst) for src, dst in doc.design.edges if node_id in (src, dst)]

    def redo(self):
        for edge in self.edges:  # edges first
            edge.redo()
        self.node, self.index = self.doc._remove_node(self.node_id)

    def undo(self):
        self.doc._add_node(self.node, self.index)
        for edge in reversed(self.edges):
            edge.undo()


class AddEdge(QUndoCommand):
    def __init__(self, doc, src, dst):
        super().__init__(tr("Connect %1 to %2").replace("%1", src).replace("%2", dst))
        self.doc, self.src, self.dst = doc, src, dst

    def redo(self):
        self.doc._add_edge(self.src, self.dst)

    def undo(self):
        self.doc._remove_edge(self.src, self.dst)


class RemoveEdge(QUndoCommand):
    def __init__(self, doc, src, dst):
        super().__init__(tr("Disconnect %1 from %2").replace("%1", src).replace("%2", dst))
        self.doc, self.src, self.dst = doc, src, dst
        self.index = None

    def redo(self):
        self.index = self.doc._remove_edge(self.src, self.dst)

    def undo(self):
        self.doc._add_edge(self.src, self.dst, self.index)


class MoveNodes(QUndoCommand):
    """``moves``: node id -> (old position, new position)."""

    def __init__(self, doc, moves, text=None):
        super().__init__(text or tr("Move"))
        self.doc, self.moves = doc, dict(moves)

    def redo(self):
        for nid, (_, new) in self.moves.items():
            self.doc._move_node(nid, new)

    def undo(self):
        for nid, (old, _) in self.moves.items():
            self.doc._move_node(nid, old)


class SetParam(QUndoCommand):
    ID = 1001

    def __init__(self, doc, node_id, name, value):
        super().__init__(tr("Set %1.%2").replace("%1", node_id).replace("%2", name))
        self.doc, self.node_id, self.name, self.value = doc, node_id, name, value
        self.old = copy.deepcopy(doc.node(node_id).params.get(name))

    def redo(self):
        self.doc._set_param(self.node_id, self.name, copy.deepcopy(self.value))

    def undo(self):
        self.doc._set_param(self.node_id, self.name, copy.deepcopy(self.old))

    def id(self):
        return self.ID

    def mergeWith(self, other):
        """Spin-box steps on one parameter become a single undo step."""
        if (other.node_id, other.name) != (self.node_id, self.name):
            return False
        self.value = other.value
        return True


class SetTraining(QUndoCommand):
    ID = 1002

    def __init__(self, doc, path, value, text=None):
        super().__init__(text or tr("Set %1").replace("%1", ".".join(path)))
        self.doc, self.path, self.value = doc, tuple(path), value
        self.old = copy.deepcopy(doc.training_value(self.path))

    def redo(self):
        self.doc._set_training(self.path, self.value)

    def undo(self):
        self.doc._set_training(self.path, self.old)

    def id(self):
        return self.ID

    def mergeWith(self, other):
        if other.path != self.path:
            return False
        self.value = other.value
        return True


class Rename(QUndoCommand):
    def __init__(self, doc, name):
        super().__init__(tr("Rename design"))
        self.doc, self.name, self.old = doc, name, doc.design.name

    def redo(self):
        self.doc._set_name(self.name)

    def undo(self):
        self.doc._set_name(self.old)
