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
    """``index``: where in the design's edge list (the order of a merge layer's inputs)."""

    def __init__(self, doc, src, dst, index=None):
        super().__init__(tr("Connect %1 to %2").replace("%1", src).replace("%2", dst))
        self.doc, self.src, self.dst, self.index = doc, src, dst, index

    def redo(self):
        self.doc._add_edge(self.src, self.dst, self.index)

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


class ChangeType(QUndoCommand):
    """A layer becomes another type in place: same id, position and edges; the parameters
    the new type shares are kept, required ones it lacks get starting values."""

    def __init__(self, doc, node_id, type_name):
        super().__init__(tr("Change %1 to %2").replace("%1", node_id).replace("%2", type_name))
        node = doc.node(node_id)
        self.doc, self.node_id = doc, node_id
        self.old = (node.type, copy.deepcopy(node.params))
        self.new = (type_name, doc.params_for_type(node.params, type_name))

    def redo(self):
        self.doc._set_type(self.node_id, self.new[0], copy.deepcopy(self.new[1]))

    def undo(self):
        self.doc._set_type(self.node_id, self.old[0], copy.deepcopy(self.old[1]))


def delete_nodes(doc, node_ids, edges=(), text=None):
    """One undo step that deletes ``edges`` and the nodes ``node_ids`` with their edges
    (push it only if ``.parts``: an empty selection makes an empty group).

    A node with exactly one input and one output leaves its neighbours connected, as when a
    layer is taken out of the middle of a stack; the new edge takes the outgoing one's place
    in the edge list, so a merge layer keeps the order of its inputs.
    """
    group = Group(text or tr("Delete"))
    gone = set(node_ids)
    for src, dst in edges:
        if not ({src, dst} & gone) and (src, dst) in doc.design.edges:
            group.add(RemoveEdge(doc, src, dst))
    for nid in node_ids:
        if not doc.has_node(nid):
            continue
        listed = doc.design.edges
        ins = [i for i, (_, d) in enumerate(listed) if d == nid]
        outs = [i for i, (s, _) in enumerate(listed) if s == nid]
        bridge = None
        if len(ins) == 1 and len(outs) == 1:
            src, dst = listed[ins[0]][0], listed[outs[0]][1]
            if (src, dst) not in listed:
                bridge = AddEdge(doc, src, dst, outs[0] - (ins[0] < outs[0]))
        group.add(RemoveNode(doc, nid))
        if bridge is not None:
            group.add(bridge)
    return group


def insert_node(doc, node, after=None, before=(), moves=None, text=None):
    """One undo step that adds ``node`` after the node ``after`` and before the nodes ``before``.

    Each edge ``after -> b`` for ``b`` in ``before`` becomes ``after -> node -> b`` (an edge
    split in two, ``node -> b`` in its place in the edge list); ``moves`` (node id -> (old
    position, new position)) makes room first.
    """
    splits = [dst for dst in before if (after, dst) in doc.design.edges]
    # Joining the end of a stack is adding; going between layers is inserting.
    group = Group(text or (tr("Insert %1") if splits or moves else tr("Add %1")).replace("%1", node.type))
    if moves:
        group.add(MoveNodes(doc, moves))
    group.add(AddNode(doc, node, connect_from=None if splits else after))
    for k, dst in enumerate(splits):
        index = doc.design.edges.index((after, dst))
        group.add(RemoveEdge(doc, after, dst))
        if k == 0:  # the edge into the new layer takes the first split edge's place, so the file reads in order
            group.add(AddEdge(doc, after, node.id, index))
            index += 1
        group.add(AddEdge(doc, node.id, dst, index))
    return group
