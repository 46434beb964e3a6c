"""Build a runnable network from a design.

:func:`analyze` orders the nodes topologically and infers every node's output
shape and parameter count without data; it never raises, it collects errors
per node (the canvas outlines those nodes and shows the reason).
:func:`build_network` raises the first of them as a DesignError, or returns a
:class:`Network`.

All trainable parameters live in one flat buffer and all gradients in another;
``net.params`` and ``net.grads`` are dicts of views into them, so an optimizer
can update everything in a few NumPy calls.
"""
import math
from dataclasses import dataclass, field

import numpy as np

from .errors import DesignError, ShapeError
from .layers import fmt_shape
from .merge import InputMismatch
from .losses import make_loss
from .messages import msg
from .registry import LAYERS, REQUIRED

#: The most parameters a design may declare, checked by shape inference before anything is
#: allocated. Training holds ~16 bytes per parameter in float32 (weights, gradients and Adam's
#: two moments): 50 million is 800 MB, about what a student's 8 GB laptop can spare. Every
#: bundled example (< 70k), an MNIST MLP (~0.7M) and an MNIST-size CNN (~1.2M) fit far below it;
#: a file declaring more is refused at once instead of costing seconds and gigabytes first.
MAX_PARAMS = 50_000_000


@dataclass
class Analysis:
    """What can be known of a design without data."""

    order: list = field(default_factory=list)        # node ids, inputs before their users
    inputs: dict = field(default_factory=dict)       # node id -> list of input node ids, in edge order
    edge_index: dict = field(default_factory=dict)   # (source, destination) -> position in design.edges
    shapes: dict = field(default_factory=dict)       # node id -> output shape (tuple) or None
    param_counts: dict = field(default_factory=dict)  # node id -> number of parameters
    node_errors: dict = field(default_factory=dict)  # node id -> message
    errors: list = field(default_factory=list)       # every message, in order
    input_id: str | None = None
    output_id: str | None = None

    @property
    def ok(self):
        return not self.errors

    @property
    def total_params(self):
        return sum(self.param_counts.values())

    def node_error(self, node, message):
        text = msg("{node} ({type}): {error}", code="node.error", node=node.id, type=node.type, error=message)
        self.node_errors.setdefault(node.id, text)
        self.errors.append(text)


def analyze(design):
    """Order, shapes, parameter counts and errors of ``design`` (never raises)."""
    a = Analysis()
    nodes = {n.id: n for n in design.nodes}
    if not nodes:
        a.errors.append(msg("the design is empty; add an Input and some layers", code="net.empty"))
        return a
    succ = {nid: [] for nid in nodes}
    a.inputs = {nid: [] for nid in nodes}
    for k, (src, dst) in enumerate(design.edges):
        a.edge_index[src, dst] = k
        if src in nodes and dst in nodes:
            succ[src].append(dst)
            a.inputs[dst].append(src)

    # Kahn's algorithm, keeping the design's node order among equals (stable output).
    indeg = {nid: len(a.inputs[nid]) for nid in nodes}
    ready = [nid for nid in nodes if indeg[nid] == 0]
    while ready:
        nid = ready.pop(0)
        a.order.append(nid)
        for nxt in succ[nid]:
            indeg[nxt] -= 1
            if indeg[nxt] == 0:
                ready.append(nxt)
    for nid in nodes:
        if indeg[nid] > 0:
            a.node_error(nodes[nid], msg("is part of a cycle; a network must flow one way", code="net.cycle"))

    input_nodes = [n for n in design.nodes if n.type == "Input"]
    if not input_nodes:
        a.errors.append(msg("the design has no Input node; add one at the top", code="net.no_input"))
    elif len(input_nodes) > 1:
        a.errors.append(msg("the design has several Input nodes ({ids}); a network takes one", code="net.inputs",
                            ids=", ".join(n.id for n in input_nodes)))
    else:
        a.input_id = input_nodes[0].id

    for nid in a.order:
        node = nodes[nid]
        spec = LAYERS[node.type]
        ins = a.inputs[nid]
        a.shapes[nid] = None
        a.param_counts[nid] = 0
        if spec.inputs == 0:
            if ins:
                a.node_error(node, msg("is an input and cannot take one; remove the edge from {ids}", code="net.input_fed",
                                       ids=", ".join(ins)))
                continue
            in_shape = ()
        elif not ins:
            a.node_error(node, msg("has no input; connect a layer to it", code="net.unfed"))
            continue
        elif spec.inputs == 1 and len(ins) > 1:
            a.node_error(node, msg("takes one input, got {n} (from {ids})", code="net.inputs_many", n=len(ins),
                                   ids=", ".join(ins)))
            continue
        elif spec.inputs > 1 and len(ins) < spec.inputs:
            a.node_error(node, msg("merges two or more inputs, got {n} (from {ids}); connect another layer to it",
                                   code="net.inputs_few", n=len(ins), ids=", ".join(ins)))
            continue
        else:
            in_shapes = [a.shapes[i] for i in ins]
            if any(s is None for s in in_shapes):  # the problem is upstream and already reported
                continue
            in_shape = in_shapes[0] if spec.inputs == 1 else in_shapes
        params = node.resolved()
        unset = [p.name for p in spec.params if params[p.name] is REQUIRED]
        if unset:
            a.node_error(node, msg("has no {keys}; set it in the properties", code="net.unset", keys=", ".join(unset)))
            continue
        try:
            a.shapes[nid] = tuple(spec.cls.output_shape(params, in_shape))
        except InputMismatch as e:  # name both inputs: their edges, node ids and shapes
            first, second = (ins[e.first], ins[e.second])
            a.node_error(node, msg("{need}, but edges[{i}] brings {a_shape} from {a} and edges[{j}] brings {b_shape} "
                                   "from {b}", code="net.merge_mismatch", need=e.need, i=a.edge_index[first, nid],
                                   a_shape=fmt_shape(in_shape[e.first]), a=first, j=a.edge_index[second, nid],
                                   b_shape=fmt_shape(in_shape[e.second]), b=second))
            continue
        except ShapeError as e:
            a.node_error(node, e.args[0])
            continue
        counts = spec.cls.param_shapes(params, in_shape)
        a.param_counts[nid] = sum(math.prod(s) for s in counts.values())  # Python ints: np.prod wraps past 2**63

    _find_output(design, a, nodes, succ)
    if a.total_params > MAX_PARAMS:
        a.errors.append(msg("the network has {count:,} parameters; at most {most:,} are allowed", code="net.too_big",
                            count=a.total_params, most=MAX_PARAMS))
    if a.output_id is not None and not a.errors:
        _check_loss(design, a, nodes[a.output_id])
    return a


def _find_output(design, a, nodes, succ):
    """The output is the sink farthest from the Input; every other node must lead to it."""
    if a.input_id is None:
        return
    depth = {a.input_id: 0}
    for nid in a.order:  # longest path from the input, in topological order
        if nid in depth:
            for nxt in succ[nid]:
                depth[nxt] = max(depth.get(nxt, 0), depth[nid] + 1)
    sinks = [nid for nid in depth if not succ[nid]]
    if not sinks:
        return
    deepest = max(depth[s] for s in sinks)
    outputs = [s for s in sinks if depth[s] == deepest]
    if len(outputs) > 1:
        a.errors.append(msg("the design has several outputs ({ids}); every path must end at one output layer",
                            code="net.outputs", ids=", ".join(outputs)))
        return
    a.output_id = outputs[0]
    reaches = {a.output_id}
    for nid in reversed(a.order):
        if any(s in reaches for s in succ[nid]):
            reaches.add(nid)
    for nid in a.order:
        if nid not in reaches and nid not in a.node_errors:
            a.node_error(nodes[nid], msg("has no path to the output ({output}); connect it or delete it",
                                         code="net.dangling", output=a.output_id))


def _check_loss(design, a, last):
    """The loss must fit the last layer (fused cross-entropies need their activation)."""
    loss = design.settings()["loss"]
    shape = a.shapes[last.id]
    where = f"training.loss: {loss}"
    if loss == "categorical_crossentropy":
        if last.type != "Softmax":
            a.errors.append(msg("{where} needs a Softmax last layer, but the last layer is {node} ({type}); "
                                "add a Softmax or choose another loss", code="loss.softmax", where=where,
                                node=last.id, type=last.type))
        elif len(shape) != 1 or shape[0] < 2:
            a.node_error(last, msg("{loss} needs 2 or more classes, but the Softmax gets {shape}: a Softmax over 1 "
                                   "unit always outputs 1. Give the layer before it one unit per class, or use a "
                                   "Sigmoid with binary_crossentropy", code="loss.one_class", loss=loss,
                                   shape=fmt_shape(shape)))
    elif loss == "binary_crossentropy":
        if last.type != "Sigmoid":
            a.errors.append(msg("{where} needs a Sigmoid last layer, but the last layer is {node} ({type}); "
                                "add a Sigmoid or choose another loss", code="loss.sigmoid", where=where,
                                node=last.id, type=last.type))


class ParamDict(dict):
    """``"<node id>.<name>" -> array``: views into one flat buffer, ``.flat``.

    Assigning to a key writes into the existing view, so the network sees it.
    """

    def __init__(self, flat, views):
        super().__init__(views)
        self.flat = flat

    def __setitem__(self, key, value):
        if key not in self:
            raise KeyError(f"{key!r} is not a parameter of this network")
        dict.__getitem__(self, key)[...] = value


class Network:
    """A network built from a design (see :func:`build_network`)."""

    def __init__(self, design, analysis, seed=0, dtype=np.float32):
        self.design = design
        self.dtype = np.dtype(dtype).type
        self.order = list(analysis.order)
        self.input_id = analysis.input_id
        self.output_id = analysis.output_id
        self.shapes = dict(analysis.shapes)
        self.param_counts = dict(analysis.param_counts)
        self.settings = design.settings()
        self.loss = make_loss(self.settings["loss"])
        nodes = {n.id: n for n in design.nodes}
        self.types = {nid: nodes[nid].type for nid in self.order}
        #: node id -> its input node ids in edge order (several for a merge, none for the Input)
        self._inputs_of = {nid: list(analysis.inputs[nid]) for nid in self.order}
        self._input_of = {nid: (ins[0] if ins else None) for nid, ins in self._inputs_of.items()}
        self._merges = {nid for nid in self.order if LAYERS[self.types[nid]].inputs > 1}

        self.layers = {}
        shapes = {}
        for nid in self.order:
            ins = self._inputs_of[nid]
            in_shape = [self.shapes[i] for i in ins] if nid in self._merges else (self.shapes[ins[0]] if ins else ())
            params = nodes[nid].resolved()
            layer = LAYERS[self.types[nid]].cls(params, in_shape, self.dtype)
            self.layers[nid] = layer
            for name, shape in layer.param_shapes(params, in_shape).items():
                shapes[f"{nid}.{name}"] = tuple(shape)

        total = sum(int(np.prod(s)) for s in shapes.values())
        flat_p = np.zeros(total, dtype=self.dtype)
        flat_g = np.zeros(total, dtype=self.dtype)
        pviews, gviews, offset = {}, {}, 0
        for key, shape in shapes.items():
            size = int(np.prod(shape))
            pviews[key] = flat_p[offset:offset + size].reshape(shape)
            gviews[key] = flat_g[offset:offset + size].reshape(shape)
            offset += size
        self.params = ParamDict(flat_p, pviews)
        self.grads = ParamDict(flat_g, gviews)

        l1, l2 = self.settings["l1"], self.settings["l2"]
        #: node id -> True when some parameter lies at or below it, so its output needs a gradient
        self._wants_grad = {}
        for nid in self.order:
            layer = self.layers[nid]
            prefix = nid + "."
            names = [k[len(prefix):] for k in shapes if k.startswith(prefix)]
            layer.bind({n: pviews[prefix + n] for n in names}, {n: gviews[prefix + n] for n in names})
            layer.has_params = bool(names)
            # Nobody needs the gradient reaching the data, nor any below the first weights.
            layer.needs_input_grad = any(self._wants_grad[i] for i in self._inputs_of[nid])
            self._wants_grad[nid] = layer.has_params or layer.needs_input_grad
            if LAYERS[self.types[nid]].penalised:
                layer.l1, layer.l2 = l1, l2
        self._penalised = [self.layers[nid] for nid in self.order
                           if LAYERS[self.types[nid]].penalised and (l1 or l2)]
        self._fused = (self.loss.fused_with is not None
                       and self.types[self.output_id] == self.loss.fused_with)
        self.reset(seed)
        self.activations = {}

    # -- parameters and state --------------------------------------------------------
    def reset(self, seed=0):
        """Fresh initial weights (and statistics) from ``seed``."""
        rng = np.random.default_rng(seed)
        for nid in self.order:
            self.layers[nid].initialize(rng)

    @property
    def state(self):
        """Non-trainable state: ``"<id>.running_mean"``/``"<id>.running_var"`` for BatchNorm."""
        out = {}
        for nid in self.order:
            layer = self.layers[nid]
            for name in layer.state_shapes():
                out[f"{nid}.{name}"] = getattr(layer, name)
        return out

    def get_weights(self):
        """A copy of every parameter and statistic (to restore with :meth:`set_weights`)."""
        return self.params.flat.copy(), {k: v.copy() for k, v in self.state.items()}

    def set_weights(self, weights):
        flat, state = weights
        self.params.flat[...] = flat
        for key, arr in self.state.items():
            arr[...] = state[key]

    @property
    def total_params(self):
        return int(self.params.flat.size)

    # -- running -----------------------------------------------------------------------
    def forward(self, x, training=False):
        """Output of the last node; every node's output is kept in ``activations``."""
        x = np.asarray(x, dtype=self.dtype)
        want = self.shapes[self.input_id]
        if x.shape[1:] != want:
            raise ValueError(f"input of shape {fmt_shape(x.shape)} does not fit {self.input_id} (Input): "
                             f"each sample must have shape {fmt_shape(want)}")
        acts = {}
        for nid in self.order:
            if nid in self._merges:
                x = self.layers[nid].forward([acts[i] for i in self._inputs_of[nid]], training)
            else:
                src = self._input_of[nid]
                x = self.layers[nid].forward(acts[src] if src else x, training)
            acts[nid] = x
        self.activations = acts
        return x

    def predict(self, x, batch_size=1024):
        """Inference-mode outputs, in batches."""
        x = np.asarray(x, dtype=self.dtype)
        if len(x) <= batch_size:
            return self.forward(x, training=False)
        return np.concatenate([self.forward(x[i:i + batch_size]) for i in range(0, len(x), batch_size)])

    def compute_loss(self, x, t):
        """Training-mode forward plus the design's loss (mean over the batch) and penalties."""
        y = self.forward(x, training=True)
        z = self.activations[self._input_of[self.output_id]] if self._fused else y
        value = self.loss.forward(y, z, t)
        for layer in self._penalised:
            value += layer.penalty()
        return value

    def backward(self, keep_output_grads=False):
        """Gradients of the last :meth:`compute_loss` into ``grads`` (views of ``grads.flat``).

        With ``keep_output_grads``, ``output_grads[node id]`` keeps the gradient of the
        loss with respect to each node's output (the gradient *reaching* the node).
        """
        start = self.output_id
        if self._fused:  # the loss's gradient is already with respect to the logits
            start = self._input_of[start]
        pending = {start: self.loss.backward()}
        if keep_output_grads:
            self.output_grads = {}
        for nid in reversed(self.order):
            dout = pending.pop(nid, None)
            if dout is None:
                continue
            if keep_output_grads:
                self.output_grads[nid] = dout
            layer = self.layers[nid]
            if not self._wants_grad[nid]:
                continue
            dx = layer.backward(dout)
            if dx is None or not layer.needs_input_grad:
                continue
            # A merge returns one gradient per input, in the order of its inputs.
            for src, g in zip(self._inputs_of[nid], dx if nid in self._merges else [dx]):
                if self._wants_grad[src]:
                    # A node feeding several others receives the sum of their gradients (micrograd's +=).
                    pending[src] = pending[src] + g if src in pending else g
        return self.grads

    def evaluate(self, x, t, batch_size=1024):
        """Inference-mode outputs and mean loss, penalties included (as Keras reports val_loss)."""
        x = np.asarray(x, dtype=self.dtype)
        outputs, total = [], 0.0
        for i in range(0, len(x), batch_size):
            y = self.forward(x[i:i + batch_size], training=False)
            z = self.activations[self._input_of[self.output_id]] if self._fused else y
            total += self.loss.forward(y, z, t[i:i + batch_size]) * len(y)
            outputs.append(y)
        value = total / len(x)
        for layer in self._penalised:
            value += layer.penalty()
        return (outputs[0] if len(outputs) == 1 else np.concatenate(outputs)), value

    def summary_rows(self):
        """``(node id, type, output shape, parameters)`` per node, in order."""
        return [(nid, self.types[nid], self.shapes[nid], self.param_counts[nid]) for nid in self.order]


def build_network(design, seed=0, dtype=np.float32):
    """A :class:`Network` for ``design``, or DesignError with the first problem found."""
    a = analyze(design)
    if not a.ok:
        err = DesignError(a.errors[0])
        err.errors = list(a.errors)
        raise err
    return Network(design, a, seed=seed, dtype=dtype)
