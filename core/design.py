"""The design document: nodes, edges and training settings.

A design is data only (UTF-8 JSON, ``.layerlab``). Parameters and settings are
kept exactly as given, so ``Design.from_dict(d).to_dict() == d``; defaults from
the registry are filled in when a design is used (:meth:`Node.resolved`,
:func:`resolve_training`). Loading validates the structure (types, ranges,
ids, edges, cycles, sizes) and raises :class:`DesignError` naming the field;
whether the shapes fit is the network's business (:mod:`core.network`), so a
half-built design can still be saved and reopened.
"""
import copy
import os
import re
from dataclasses import dataclass, field

from .errors import DesignError
from .fileio import (  # noqa: F401 (re-exported)
    MAX_DEPTH,
    _stable_json,
    atomic_write,
    decode_text,
    escape_surrogates,
    read_file_bytes,
    strict_json,
)
from .lesson_route import check_lesson
from .messages import msg
from .optimizers import check_optimizer, resolve_optimizer
from .points import check_points
from .registry import ParamSpec, _key, _show, check_params, layer_spec

FORMAT = "layerlab-design"
VERSION = 1
EXTENSION = ".layerlab"

MAX_NODES = 1000
MAX_FILE_BYTES = 50 * 1024 * 1024

_ID = re.compile(r"^[^\s.\x00-\x1f]{1,64}$")

TOY_DATASETS = ("xor", "circles", "moons", "spiral", "gaussians", "sine",
                "gate_and", "gate_or", "gate_nand", "gate_xor")  # core.data.TOY's names
BUILTIN_DATASETS = ("digits", "iris", "breast_cancer")
MONITORS = ("val_loss", "val_accuracy", "val_mae", "loss", "accuracy", "mae")

TRAINING_SPECS = {p.name: p for p in (
    ParamSpec("scaling", "choice", "standard", choices=("none", "minmax", "standard"),
              help="Feature scaling, fitted on the training split only."),
    ParamSpec("validation_split", "float", 0.2, minimum=0.0, maximum=0.9,
              help="Fraction of the samples held out for validation (a stratified random split)."),
    ParamSpec("loss", "choice", "categorical_crossentropy",
              choices=("mse", "sum_squared_error", "binary_crossentropy", "categorical_crossentropy"),
              help="What training minimises, averaged over the batch (Keras' and torch's convention). "
                   "mse: the mean of (y - t)**2 over the samples and the outputs. sum_squared_error: "
                   "0.5 * sum((y - t)**2) per sample, the SSE of Deep Learning from Scratch. The cross-entropies "
                   "are computed from the logits, before the Sigmoid or Softmax: exact and stable, where the "
                   "book adds 1e-7 inside log(y)."),
    ParamSpec("batch_size", "int", 32, minimum=1, maximum=100000, help="Samples per gradient step."),
    ParamSpec("epochs", "int", 100, minimum=1, maximum=1000000, help="Passes over the training data."),
    ParamSpec("seed", "int", 0, minimum=0, maximum=2**31 - 1,
              help="Seeds the weights, the split, the shuffling and dropout."),
    ParamSpec("l1", "float", 0.0, minimum=0.0, maximum=10.0, help="Adds l1 * sum(|W|) for every Dense W."),
    ParamSpec("l2", "float", 0.0, minimum=0.0, maximum=10.0,
              help="Adds l2 * sum(W**2) for every Dense W (Keras' regularizer), so the gradient gains 2 * l2 * W; "
                   "the optimizer's weight_decay adds weight_decay * W, half as much for the same number."),
)}

DATA_SPECS = {
    "toy": {p.name: p for p in (
        ParamSpec("name", "choice", "xor", choices=TOY_DATASETS, help="Which toy dataset."),
        ParamSpec("samples", "int", 400, minimum=10, maximum=100000, help="Number of samples."),
        ParamSpec("noise", "float", 0.1, minimum=0.0, maximum=10.0, help="Noise added to the points."),
        ParamSpec("classes", "int", 2, minimum=2, maximum=8,
                  help="Number of classes (spiral and gaussians)."),
    )},
    "builtin": {p.name: p for p in (
        ParamSpec("name", "choice", "digits", choices=BUILTIN_DATASETS, help="Which bundled dataset."),
    )},
    "csv": {p.name: p for p in (
        # Optional in a file (a half-made design still saves and reopens); training asks for them.
        ParamSpec("path", "str", None, help="CSV file; a relative path is taken from the design's folder."),
        ParamSpec("target", "str", None, help="Name of the target column."),
        ParamSpec("task", "choice", "classification", choices=("classification", "regression"),
                  help="Classify the target's labels, or predict its value."),
    )},
    "points": {p.name: p for p in (  # painted by hand (gui.paint); checked by core.points.check_points
        ParamSpec("task", "choice", "classification", choices=("classification", "regression"),
                  help="Classify the points' classes, or predict their values."),
        ParamSpec("points", "points", [], help="The points, [x1, x2, class or value] each."),
    )},
}

EARLY_STOPPING_SPECS = {p.name: p for p in (
    ParamSpec("enabled", "bool", False, help="Stop when the monitored metric stops improving."),
    ParamSpec("monitor", "choice", "val_loss", choices=MONITORS, help="Metric to watch."),
    ParamSpec("patience", "int", 10, minimum=0, maximum=1000000,
              help="Epochs without improvement before stopping."),
    ParamSpec("min_delta", "float", 0.0, minimum=0.0, maximum=1e6,
              help="Smallest change that counts as an improvement."),
    ParamSpec("restore_best_weights", "bool", True, help="Go back to the best epoch's weights."),
)}

DEFAULT_TRAINING = {
    "data": {"source": "toy", "name": "xor", "samples": 400, "noise": 0.1},
    "optimizer": {"type": "adam", "lr": 0.001},
}


@dataclass
class Node:
    id: str
    type: str
    params: dict = field(default_factory=dict)
    pos: list | None = None

    def resolved(self):
        """Parameters with the registry's defaults filled in."""
        return layer_spec(self.type).resolve(self.params)

    def to_dict(self):
        d = {"id": self.id, "type": self.type, "params": copy.deepcopy(self.params)}
        if self.pos is not None:
            d["pos"] = list(self.pos)
        return d


@dataclass
class Design:
    name: str = "Untitled"
    nodes: list = field(default_factory=list)
    edges: list = field(default_factory=list)
    training: dict = field(default_factory=dict)
    description: str | None = None
    #: What to press and where to look (see :mod:`core.lesson_route`), or None.
    lesson: dict | None = None
    #: Where the design was loaded from or saved to (resolves relative CSV paths).
    path: str | None = field(default=None, compare=False)

    @classmethod
    def sequential(cls, input_shape, layers, training=None, name="Untitled", description=None, lesson=None):
        """A stack, as Keras' ``Sequential``: ``layers`` are type names or ``(type, params)`` pairs.

        >>> Design.sequential([2], [("Dense", {"units": 8}), "ReLU", ("Dense", {"units": 2}), "Softmax"])
        """
        design = cls(name=name, training=dict(training or {}), description=description, lesson=lesson)
        design.nodes.append(Node("in", "Input", {"shape": list(input_shape)}, [0, 0]))
        for i, layer in enumerate(layers, start=1):
            type_name, params = (layer, {}) if isinstance(layer, str) else layer
            node = Node(design.new_id(type_name), type_name, dict(params), [0, 90 * i])
            design.edges.append((design.nodes[-1].id, node.id))
            design.nodes.append(node)
        return cls.from_dict(design.to_dict())

    # -- access -----------------------------------------------------------------
    def node(self, node_id):
        for n in self.nodes:
            if n.id == node_id:
                return n
        raise KeyError(node_id)

    def node_ids(self):
        return [n.id for n in self.nodes]

    def new_id(self, type_name):
        """A fresh, readable node id such as ``dense3``."""
        taken = set(self.node_ids())
        stem = type_name.lower()
        i = 1
        while f"{stem}{i}" in taken:
            i += 1
        return f"{stem}{i}"

    def settings(self):
        """The training settings with every default filled in."""
        return resolve_training(self.training)

    @property
    def base_dir(self):
        return os.path.dirname(os.path.abspath(self.path)) if self.path else os.getcwd()

    # -- (de)serialisation --------------------------------------------------------
    def to_dict(self):
        d = {"format": FORMAT, "version": VERSION, "name": self.name}
        if self.description is not None:
            d["description"] = self.description
        if self.lesson is not None:
            d["lesson"] = copy.deepcopy(self.lesson)
        d["nodes"] = [n.to_dict() for n in self.nodes]
        d["edges"] = [[a, b] for a, b in self.edges]
        d["training"] = copy.deepcopy(self.training)
        return d

    @classmethod
    def from_dict(cls, d, path=None):
        """Validate and build a design; raise DesignError naming the bad field."""
        d = migrate(d)
        _check_keys(d, "", required=("format", "version", "nodes", "edges"),
                    optional=("name", "description", "lesson", "training"))
        name = d.get("name", "Untitled")
        if not isinstance(name, str):
            raise DesignError(msg("{where}: must be a string, got {value}", code="design.not_string", where="name", value=_show(name)))
        description = d.get("description")
        if description is not None and not isinstance(description, str):
            raise DesignError(msg("{where}: must be a string, got {value}", code="design.not_string", where="description",
                                  value=_show(description)))
        lesson = d.get("lesson")
        if lesson is not None:
            check_lesson(lesson)
        nodes = _parse_nodes(d["nodes"])
        edges = _parse_edges(d["edges"], nodes)
        training = d.get("training", {})
        check_training(training)
        design = cls(name=name, nodes=nodes, edges=edges, training=copy.deepcopy(training),
                     description=description, lesson=copy.deepcopy(lesson), path=path)
        find_cycle_error(design)
        return design

    def copy(self):
        return Design.from_dict(self.to_dict(), path=self.path)


# -- validation helpers -------------------------------------------------------------
def _check_keys(d, path, required=(), optional=()):
    if not isinstance(d, dict):
        if not path:
            raise DesignError(msg("the design: must be a JSON object, got {value}", code="design.not_object",
                                  value=_show(d)))
        raise DesignError(msg("{where}: must be a JSON object, got {value}", code="design.not_object",
                              where=path, value=_show(d)))
    allowed = set(required) | set(optional)
    for key in d:
        if key not in allowed:
            prefix = f"{path}." if path else ""
            raise DesignError(msg("{where}: unknown key; expected {allowed}", code="design.unknown_key",
                                  where=f"{prefix}{_key(key)}", allowed=", ".join(sorted(allowed))))
    for key in required:
        if key not in d:
            prefix = f"{path}." if path else ""
            raise DesignError(msg("{where}: missing", code="design.missing", where=f"{prefix}{key}"))


def _parse_nodes(raw):
    if not isinstance(raw, list):
        raise DesignError(msg("{where}: must be a list, got {value}", code="design.not_list", where="nodes", value=_show(raw)))
    if len(raw) > MAX_NODES:
        raise DesignError(msg("nodes: at most {limit} nodes, got {count}", code="design.too_many_nodes",
                              limit=MAX_NODES, count=len(raw)))
    nodes, seen = [], set()
    for i, nd in enumerate(raw):
        path = f"nodes[{i}]"
        _check_keys(nd, path, required=("id", "type"), optional=("params", "pos"))
        nid = nd["id"]
        if not isinstance(nid, str) or not _ID.fullmatch(nid):  # match() accepts a final "\n"
            raise DesignError(msg("{where}: must be 1 to 64 characters without spaces or dots, got {value}",
                                  code="design.bad_id", where=f"{path}.id", value=_show(nid)))
        if nid in seen:
            raise DesignError(msg("{where}: duplicate node id {id!r}", code="design.duplicate_id", where=f"{path}.id", id=nid))
        seen.add(nid)
        spec = layer_spec(nd["type"], f"{path}.type")
        params = nd.get("params", {})
        check_params(spec, params, f"{path}.params")
        pos = nd.get("pos")
        if pos is not None and not (
                isinstance(pos, list) and len(pos) == 2
                and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                        and -1e7 <= v <= 1e7 for v in pos)):  # also false for NaN; exact for huge ints
            raise DesignError(msg("{where}: must be [x, y], two numbers within +-1e7, got {value}", code="design.bad_pos",
                                  where=f"{path}.pos", value=_show(pos)))
        node = Node(nid, spec.name, copy.deepcopy(params), list(pos) if pos is not None else None)
        nodes.append(node)
    return nodes


def _parse_edges(raw, nodes):
    if not isinstance(raw, list):
        raise DesignError(msg("{where}: must be a list, got {value}", code="design.not_list", where="edges", value=_show(raw)))
    ids = {n.id for n in nodes}
    edges, seen = [], set()
    for i, e in enumerate(raw):
        path = f"edges[{i}]"
        if not (isinstance(e, list) and len(e) == 2 and all(isinstance(x, str) for x in e)):
            raise DesignError(msg('{where}: must be a pair of node ids like ["in", "d1"], got {value}', code="design.bad_edge",
                                  where=path, value=_show(e)))
        a, b = e
        for end in (a, b):
            if end not in ids:
                raise DesignError(msg("{where}: names unknown node {id!r}", code="design.edge_unknown_node", where=path, id=end))
        if a == b:
            raise DesignError(msg("{where}: connects {id!r} to itself", code="design.self_edge", where=path, id=a))
        if (a, b) in seen:
            raise DesignError(msg("{where}: duplicate edge {a!r} -> {b!r}", code="design.duplicate_edge", where=path, a=a, b=b))
        seen.add((a, b))
        edges.append((a, b))
    return edges


def find_cycle_error(design):
    """Raise DesignError if the edges form a cycle (named by its nodes)."""
    succ = {n.id: [] for n in design.nodes}
    for a, b in design.edges:
        succ[a].append(b)
    state = {}  # 1: on the current path, 2: done
    for start in succ:
        if state.get(start):
            continue
        stack = [(start, iter(succ[start]))]
        path = [start]
        state[start] = 1
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                stack.pop()
                path.pop()
                state[node] = 2
            elif state.get(nxt) == 1:
                cycle = path[path.index(nxt):] + [nxt]
                raise DesignError(msg("edges: form a cycle {cycle}; a network must flow one way", code="design.cycle",
                                      cycle=" -> ".join(cycle)))
            elif not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                stack.append((nxt, iter(succ[nxt])))


def check_training(t, path="training"):
    """Validate the training settings (every key optional, unknown keys are errors)."""
    _check_keys(t, path, optional=tuple(TRAINING_SPECS) + ("data", "optimizer", "early_stopping"))
    for key, spec in TRAINING_SPECS.items():
        if key in t:
            spec.check(t[key], f"{path}.{key}")
    if "data" in t:
        check_data(t["data"], f"{path}.data")
    if "optimizer" in t:
        check_optimizer(t["optimizer"], f"{path}.optimizer")
    if "early_stopping" in t:
        es = t["early_stopping"]
        _check_keys(es, f"{path}.early_stopping", optional=tuple(EARLY_STOPPING_SPECS))
        for key, spec in EARLY_STOPPING_SPECS.items():
            if key in es:
                spec.check(es[key], f"{path}.early_stopping.{key}")


def check_data(d, path="training.data"):
    if not isinstance(d, dict):
        raise DesignError(msg('{where}: must be an object like {{"source": "toy", "name": "xor"}}', code="design.bad_data",
                              where=path))
    source = d.get("source", "toy")
    if not isinstance(source, str) or source not in DATA_SPECS:
        raise DesignError(msg("{where}: must be one of {choices}, got {value}", code="param.choice", where=f"{path}.source",
                              choices=", ".join(map(repr, DATA_SPECS)), value=_show(source)))
    specs = DATA_SPECS[source]
    _check_keys(d, path, required=tuple(k for k, s in specs.items() if s.required),
                optional=("source",) + tuple(specs))
    for key, spec in specs.items():
        if key in d:
            if spec.kind == "points":
                check_points(d[key], d.get("task", "classification"), f"{path}.{key}")
            else:
                spec.check(d[key], f"{path}.{key}")


def resolve_training(t):
    """Training settings with every default filled in (a new dict)."""
    out = {k: t.get(k, s.default) for k, s in TRAINING_SPECS.items()}
    data = dict(t.get("data", DEFAULT_TRAINING["data"]))
    source = data.setdefault("source", "toy")
    for key, spec in DATA_SPECS[source].items():
        if key not in data and not spec.required:
            data[key] = copy.deepcopy(spec.default)  # a painting's [] must not be shared
    out["data"] = data
    out["optimizer"] = resolve_optimizer(t.get("optimizer", DEFAULT_TRAINING["optimizer"]))
    es = t.get("early_stopping", {})
    out["early_stopping"] = {k: es.get(k, s.default) for k, s in EARLY_STOPPING_SPECS.items()}
    return out


# -- versions ------------------------------------------------------------------------
def _migrate_0(d):
    """Version 0 (before the first release) called edges 'links' and types 'kind'."""
    d = dict(d)
    d["edges"] = d.pop("links", [])
    if not isinstance(d.get("nodes", []), list):
        return d | {"version": 1}  # the version-1 check names the field
    nodes = []
    for nd in d.get("nodes", []):
        if isinstance(nd, dict) and "kind" in nd:
            nd = dict(nd)
            nd["type"] = nd.pop("kind")
        nodes.append(nd)
    d["nodes"] = nodes
    d["version"] = 1
    return d


#: version -> function that turns a dict of that version into the next version.
MIGRATIONS = {0: _migrate_0}


def migrate(d):
    """Bring an older design dict up to :data:`VERSION`; refuse newer ones."""
    if not isinstance(d, dict):
        raise DesignError(msg("the design: must be a JSON object, got {value}", code="design.not_object", value=_show(d)))
    if d.get("format") != FORMAT:
        raise DesignError(msg("format: must be {format!r}; this is not a LayerLab design (got {value})",
                              code="design.format", format=FORMAT, value=_show(d.get("format"))))
    version = d.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise DesignError(msg("version: must be an integer, got {value}", code="design.version_type", value=_show(version)))
    if version > VERSION:
        raise DesignError(msg(
            "version: this design is version {version}, made by a newer LayerLab; "
            "this one reads up to version {latest}. Update LayerLab to open it",
            code="design.version_newer", version=version, latest=VERSION))
    while version < VERSION:
        if version not in MIGRATIONS:
            raise DesignError(msg("version: {version} is not a version LayerLab ever wrote", code="design.version_unknown",
                                  version=version))
        d = MIGRATIONS[version](d)
        version = d["version"]
    return d


# -- files ---------------------------------------------------------------------------
def parse_design_text(text, path=None):
    """Parse JSON text into a Design; every failure is a DesignError."""
    return Design.from_dict(strict_json(text), path=path)


def load_design(path):
    """Read a ``.layerlab`` file. Raises DesignError (or OSError if it cannot be read)."""
    path = os.fspath(path)
    return parse_design_bytes(read_file_bytes(path, MAX_FILE_BYTES), path=path)


def parse_design_bytes(raw, path=None):
    """A design from the bytes of a file; every failure is a DesignError."""
    if len(raw) > MAX_FILE_BYTES:
        raise DesignError(msg("the file is over {mb} MB; a design is smaller", code="file.too_big_design",
                              mb=MAX_FILE_BYTES // 2**20))
    return parse_design_text(decode_text(raw), path=path)


def design_to_json(design):
    """Stable JSON text (sorted keys, indented, one node or edge a line) that diffs well in git."""
    return escape_surrogates(_stable_json(design.to_dict()) + "\n")


def save_design(design, path):
    """Save atomically as stable JSON; sets ``design.path``."""
    atomic_write(path, design_to_json(design).encode("utf-8"))
    design.path = os.fspath(path)
