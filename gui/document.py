"""The open design: one QObject that owns it, its file path and its undo stack.

Every edit is a QUndoCommand (gui.commands) that calls the ``_``-prefixed
mutators here; views listen to the signals and never hold design state.
"Modified" is simply ``not undo_stack.isClean()``.
"""
import copy

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from core import Design, DesignError, analyze, load_design, save_design
from core.design import Node
from core.registry import LAYERS

STARTING_SHAPES = {"digits": (64,), "iris": (4,), "breast_cancer": (30,)}  # toy sets are 2-D
STARTING_UNITS = 16


def empty_design():
    return Design(name=QCoreApplication.translate("MainWindow", "Untitled"), training={})


class DesignDocument(QObject):
    nodeAdded = Signal(str)
    nodeRemoved = Signal(str)
    nodeChanged = Signal(str)          # parameters changed
    nodeMoved = Signal(str)
    edgeAdded = Signal(str, str)
    edgeRemoved = Signal(str, str)
    trainingChanged = Signal()
    designReset = Signal()             # a whole new design (New, Open)
    analysisChanged = Signal()
    pathChanged = Signal(str)
    modifiedChanged = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.design = empty_design()
        self.path = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.locked = False  # structural edits are refused while training
        self.analysis = analyze(self.design)
        for sig in (self.nodeAdded, self.nodeRemoved, self.nodeChanged, self.trainingChanged, self.designReset):
            sig.connect(self._reanalyze)
        self.edgeAdded.connect(self._reanalyze)
        self.edgeRemoved.connect(self._reanalyze)

    @Slot(bool)
    def _clean_changed(self, clean):
        self.modifiedChanged.emit(not clean)

    # -- state --------------------------------------------------------------------------
    @property
    def modified(self):
        return not self.undo_stack.isClean()

    def node(self, node_id):
        return self.design.node(node_id)

    def tails(self):
        """Ids of the nodes that feed no other node: where a stack ends and a new layer joins."""
        sources = {src for src, _ in self.design.edges}
        return [n.id for n in self.design.nodes if n.id not in sources]

    def has_node(self, node_id):
        return any(n.id == node_id for n in self.design.nodes)

    def _reanalyze(self, *args):
        self.analysis = analyze(self.design)
        self.analysisChanged.emit()

    # -- whole documents ----------------------------------------------------------------
    def reset(self, design, path=None):
        """Show another design (New/Open): clears the undo history."""
        self.design = design
        self.path = path
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.designReset.emit()
        self.pathChanged.emit(path or "")
        self.modifiedChanged.emit(False)

    def open(self, path):
        """Load ``path``; raises DesignError/OSError and leaves the current design untouched on failure."""
        design = load_design(path)
        self.reset(design, path)

    def save(self, path):
        save_design(self.design, path)
        self.path = path
        self.undo_stack.setClean()
        self.pathChanged.emit(path)

    def snapshot(self):
        """A deep copy of the design (for training and autosave)."""
        return Design.from_dict(copy.deepcopy(self.design.to_dict()), path=self.path)

    # -- mutators, called only by undo commands ----------------------------------------------
    def _add_node(self, node, index=None):
        nodes = self.design.nodes
        nodes.insert(len(nodes) if index is None else index, node)
        self.nodeAdded.emit(node.id)

    def _remove_node(self, node_id):
        nodes = self.design.nodes
        index = next(i for i, n in enumerate(nodes) if n.id == node_id)
        node = nodes.pop(index)
        self.nodeRemoved.emit(node_id)
        return node, index

    def _add_edge(self, src, dst, index=None):
        edges = self.design.edges
        edges.insert(len(edges) if index is None else index, (src, dst))
        self.edgeAdded.emit(src, dst)

    def _remove_edge(self, src, dst):
        index = self.design.edges.index((src, dst))
        self.design.edges.pop(index)
        self.edgeRemoved.emit(src, dst)
        return index

    def _set_param(self, node_id, name, value):
        """Set (or with ``value is None``, clear back to the default) one parameter."""
        params = self.node(node_id).params
        if value is None:
            params.pop(name, None)
        else:
            params[name] = value
        self.nodeChanged.emit(node_id)

    def _set_type(self, node_id, type_name, params):
        node = self.node(node_id)
        node.type, node.params = type_name, params
        self.nodeChanged.emit(node_id)

    def _move_node(self, node_id, pos):
        self.node(node_id).pos = [float(pos[0]), float(pos[1])]
        self.nodeMoved.emit(node_id)

    def _set_training(self, path, value):
        """Set a training setting by key path, e.g. ("optimizer", "lr"); None removes it."""
        target = self.design.training
        for key in path[:-1]:
            target = target.setdefault(key, {})
        if value is None:
            target.pop(path[-1], None)
        else:
            target[path[-1]] = copy.deepcopy(value)
        self.trainingChanged.emit()

    def _set_name(self, name):
        self.design.name = name
        self.trainingChanged.emit()

    def training_value(self, path):
        """The stored value at ``path`` (None where not given: the default applies)."""
        target = self.design.training
        for key in path:
            if not isinstance(target, dict) or key not in target:
                return None
            target = target[key]
        return target

    def new_node(self, type_name, pos, params=None):
        """A node with every required parameter given a starting value, so it can be saved at once."""
        params = dict(params or {})
        for p in LAYERS[type_name].params:
            if p.required and p.name not in params:
                params[p.name] = self._starting_value(p)
        return Node(self.design.new_id(type_name), type_name, params, [float(pos[0]), float(pos[1])])

    def params_for_type(self, params, type_name):
        """``params`` carried over to ``type_name``: the ones it declares and accepts, plus
        starting values for the required ones still missing (LeakyReLU keeps nothing of a
        Dense; Dense -> Dense keeps everything)."""
        kept = {}
        for spec in LAYERS[type_name].params:
            if spec.name in params:
                try:
                    kept[spec.name] = spec.check(copy.deepcopy(params[spec.name]), spec.name)
                except DesignError:
                    pass  # the same name with another rule: the new type's default is better
            elif spec.required:
                kept[spec.name] = self._starting_value(spec)
        return kept

    def _starting_value(self, spec):
        if spec.kind == "shape":  # the features of the chosen dataset, when known without loading it
            data = self.design.settings()["data"]
            return list(STARTING_SHAPES.get(data.get("source") == "builtin" and data.get("name"), (2,)))
        return STARTING_UNITS if spec.kind == "int" else spec.minimum
