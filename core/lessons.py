"""The curriculum's small computations, made by the engine's own classes.

Activation curves and slopes come from :mod:`core.layers` (forward, then backward
of ones), optimizer paths from :mod:`core.optimizers`, loss curves from
:mod:`core.losses`, so what a lesson shows is what training does. The
computational graph lives in :mod:`core.compgraph`.
"""
import numpy as np

from .data import Scaler, load_dataset, run_seeds, split_indices
from .losses import LOSSES, make_loss
from .optimizers import make_optimizer
from .registry import LAYERS

#: A slope below this is "flat": the gradient passing through is cut to under a twentieth.
SLOW_SLOPE = 0.05

ACTIVATIONS = ("Step", "Sigmoid", "Tanh", "ReLU", "LeakyReLU", "Softmax")

#: Softmax is drawn over a small vector: the first logit varies, the others stay at these values.
SOFTMAX_OTHERS = (1.0, -1.0)


# -- activation functions -----------------------------------------------------------------------
def _layer(type_name, alpha=0.01, width=1):
    spec = LAYERS[type_name]
    params = spec.resolve({"alpha": alpha} if type_name == "LeakyReLU" else {})
    return spec.cls(params, (width,), np.float64)


def activation_curve(type_name, x=None, alpha=0.01):
    """``(x, y, slope)`` of an activation layer, by its own forward and backward.

    Softmax: ``y`` is the first output of softmax([x, 1, -1]) and ``slope`` its derivative in x.
    """
    if type_name not in ACTIVATIONS:
        raise ValueError(f"unknown activation {type_name!r}; expected one of {', '.join(ACTIVATIONS)}")
    x = np.linspace(-6.0, 6.0, 601) if x is None else np.asarray(x, dtype=np.float64).ravel()
    if type_name == "Softmax":
        layer = _layer("Softmax", width=1 + len(SOFTMAX_OTHERS))
        z = np.column_stack([x] + [np.full_like(x, v) for v in SOFTMAX_OTHERS])
        y = layer.forward(z)[:, 0]
        dout = np.zeros_like(z)
        dout[:, 0] = 1.0
        return x, y, layer.backward(dout)[:, 0]
    layer = _layer(type_name, alpha)
    y = layer.forward(x[:, None])[:, 0]
    return x, y, layer.backward(np.ones((len(x), 1)))[:, 0]


def flat_regions(x, slope, threshold=SLOW_SLOPE):
    """Intervals ``[(x0, x1), ...]`` of ``x`` where ``|slope| < threshold``."""
    flat = np.abs(slope) < threshold
    regions, start = [], None
    for i, f in enumerate(flat):
        if f and start is None:
            start = i
        if start is not None and (not f or i == len(flat) - 1):
            end = i if f else i - 1
            regions.append((float(x[start]), float(x[end])))
            start = None
    return regions


def max_slope(type_name, alpha=0.01):
    return float(np.max(np.abs(activation_curve(type_name, alpha=alpha)[2])))


def input_summary(type_name, values, alpha=0.01):
    """What the slope is where a layer's inputs actually sit (pre-activations ``values``).

    Returns a dict: ``n``, ``median_slope``, ``max_slope`` (the curve's largest),
    ``flat_fraction`` (share of inputs with slope below SLOW_SLOPE) and ``shrink``,
    the factor by which a gradient passing the layer at the median slope shrinks.
    """
    values = np.asarray(values, dtype=np.float64).ravel()
    values = values[np.isfinite(values)]
    if type_name == "Softmax" or not len(values):
        raise ValueError("input_summary takes the finite inputs of an elementwise activation")
    slopes = np.abs(activation_curve(type_name, values, alpha)[2])
    median = float(np.median(slopes))
    return {"n": len(values), "median_slope": median, "max_slope": max_slope(type_name, alpha),
            "flat_fraction": float(np.mean(slopes < SLOW_SLOPE)),
            "shrink": float(1.0 / median) if median > 0 else float("inf")}


# -- optimizer paths -----------------------------------------------------------------------------
def _f_bowl(x, y):
    return x * x / 20.0 + y * y, (x / 10.0, 2.0 * y)


def _f_rosenbrock(x, y):
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2, (-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x))


def _f_saddle(x, y):
    return x * x - y * y, (2.0 * x, -2.0 * y)


#: name -> (f(x, y) -> (value, gradient), plot range (x0, x1, y0, y1), a start the notes would use)
FUNCTIONS = {
    "x2/20+y2": (_f_bowl, (-10.0, 10.0, -5.0, 5.0), (-7.0, 2.0)),
    "rosenbrock": (_f_rosenbrock, (-2.0, 2.0, -1.0, 3.0), (-1.5, 2.0)),
    "saddle": (_f_saddle, (-2.0, 2.0, -2.0, 2.0), (-1.5, 0.05)),
}

#: The race of the notes' figure 6-8 plus Nesterov and RMSprop: learning rates that show each rule.
RACE = ({"type": "sgd", "lr": 0.95}, {"type": "momentum", "lr": 0.1}, {"type": "nesterov", "lr": 0.1},
        {"type": "adagrad", "lr": 1.5}, {"type": "rmsprop", "lr": 0.1}, {"type": "adam", "lr": 0.3})

MAX_STEPS = 100000


def _function(name):
    try:
        return FUNCTIONS[name]
    except (KeyError, TypeError):
        raise ValueError(f"unknown function {name!r}; expected one of {', '.join(map(repr, FUNCTIONS))}") from None


def function_value(name, x, y):
    """f on arrays (for contour plots)."""
    return _function(name)[0](np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64))[0]


def optimizer_path(opt_settings, function="x2/20+y2", start=(-7.0, 2.0), steps=30):
    """Positions of an optimizer minimising a 2-D function: ndarray (steps + 1, 2), ``path[0] == start``.

    The optimizer is :func:`core.make_optimizer` of ``opt_settings`` (a design's optimizer
    settings), stepping a 2-element float64 parameter array, as in training.
    A path that diverges continues as inf/nan rather than stopping.
    """
    f = _function(function)[0]
    if isinstance(steps, bool) or not isinstance(steps, (int, np.integer)) or not 0 <= steps <= MAX_STEPS:
        raise ValueError(f"steps: expected an integer from 0 to {MAX_STEPS}, got {steps!r}")
    start = np.asarray(start, dtype=np.float64)
    if start.shape != (2,) or not np.isfinite(start).all():
        raise ValueError(f"start: expected two finite numbers (x, y), got {start.tolist()!r}")
    opt = make_optimizer(opt_settings)
    params = {"xy": start.copy()}
    grads = {"xy": np.zeros(2)}
    path = np.empty((steps + 1, 2))
    path[0] = start
    with np.errstate(all="ignore"):
        for i in range(1, steps + 1):
            grads["xy"][...] = f(*params["xy"])[1]
            opt.step(params, grads)
            path[i] = params["xy"]
    return path


# -- losses -------------------------------------------------------------------------------------
LOSS_CLASSES = 10  # as in the notes' digit example: the other nine classes share what is left


def _sse(y, t):
    """½·Σ(y − t)² per sample: core.losses' sum_squared_error when it exists, else this formula."""
    if "sum_squared_error" in LOSSES:
        loss = make_loss("sum_squared_error")
        return loss.forward(y, y, t), loss.backward()
    diff = y - t  # LOCAL FORMULA (used only while core.losses has no sum_squared_error)
    return 0.5 * float(np.vdot(diff, diff)), diff


def loss_curves(p=None, classes=LOSS_CLASSES):
    """SSE, MSE and cross-entropy of one sample as functions of ``p``, the probability given to
    the true class (the other classes share 1 − p), with the gradient each sends to the true
    class's logit through a Softmax output (what reaches the last Dense layer).

    Returns ``{"p": p, "sse": (loss, grad), "mse": ..., "cross_entropy": ...}``.
    """
    p = np.linspace(0.01, 0.99, 99) if p is None else np.asarray(p, dtype=np.float64).ravel()
    softmax = _layer("Softmax", width=classes)
    mse, ce = make_loss("mse"), make_loss("categorical_crossentropy")
    t = np.zeros((1, classes))
    t[0, 0] = 1.0
    out = {name: (np.empty(len(p)), np.empty(len(p))) for name in ("sse", "mse", "cross_entropy")}
    for i, pi in enumerate(p):
        y = np.full((1, classes), (1.0 - pi) / (classes - 1))
        y[0, 0] = pi
        z = np.log(y)  # logits whose softmax is exactly y
        softmax.forward(z)
        for name, (value, dy) in (("sse", _sse(y, t)), ("mse", (mse.forward(y, y, t), mse.backward()))):
            out[name][0][i] = value
            out[name][1][i] = softmax.backward(dy)[0, 0]
        out["cross_entropy"][0][i] = ce.forward(y, z, t)
        out["cross_entropy"][1][i] = ce.backward()[0, 0]  # fused with the Softmax: y − t
    return {"p": p, **out}


# -- scaling ------------------------------------------------------------------------------------
def scaling_views(design, kinds=("none", "minmax", "standard")):
    """The training split of the design's data, raw and scaled each way (fitted on that split).

    Returns ``(feature_names, {kind: (N, features) array})``.
    """
    s = design.settings()
    seeds = run_seeds(s["seed"])  # the trainer's: the same split
    ds = load_dataset(s["data"], design.base_dir, seed=seeds[1])
    train, _ = split_indices(ds.y, ds.n_classes, s["validation_split"], seeds[3])
    x = ds.x[train]
    names = ds.feature_names or [f"x{i + 1}" for i in range(x.shape[1])]
    return names, {kind: Scaler(kind).fit(x).transform(x) for kind in kinds}


def box_stats(x):
    """Per feature (columns): min, lower quartile, median, upper quartile, max: shape (5, features)."""
    return np.percentile(np.asarray(x, dtype=np.float64), [0, 25, 50, 75, 100], axis=0)


# -- the computational graph ----------------------------------------------------------------------
class GraphNode:
    """One operation: ``value`` after forward, ``grad`` (dL/d value) after backward, or None."""

    def __init__(self, id, op, inputs=(), value=None, grad=None, layer=None):
        self.id, self.op, self.inputs, self.layer = id, op, list(inputs), layer
        # Copies: the network's arrays change with the next pass.
        self.value = None if value is None else np.array(value, dtype=np.float64)
        self.grad = None if grad is None else np.array(grad, dtype=np.float64)

    def __repr__(self):
        return f"GraphNode({self.id!r}, {self.op!r})"


def computational_graph(net, x, t):
    """The graph of one sample through ``net``: multiply, add, activation and loss nodes.

    Runs ``net.compute_loss`` and ``net.backward`` on the sample; every node carries its
    forward value and the gradient of the loss with respect to it, as the engine computed
    them (the gradient an edge carries backward is its source node's ``grad``). Parameters
    are nodes of op ``param`` whose ``grad`` is ``net.grads``'s entry. With a loss fused to
    the output activation (cross-entropy), the engine starts backward at the logits, so the
    output activation's ``grad`` is None and the logits' is ``(y - t) / N``.
    Returns the nodes in forward order (the loss last).
    """
    x = np.asarray(x, dtype=net.dtype).reshape((1,) + tuple(net.shapes[net.input_id]))
    t = np.asarray(t)
    loss = net.compute_loss(x, t.reshape((1,) + t.shape))
    net.backward(keep_output_grads=True)
    grads, acts = net.output_grads, net.activations
    nodes, tail = [], {}
    for nid in net.order:
        kind = net.types[nid]
        src = net._input_of[nid]
        if kind == "Input":
            nodes.append(GraphNode(nid, "input", [], x[0], None, nid))
            tail[nid] = nid
            continue
        g = grads.get(nid)
        g = None if g is None else g[0]
        if kind == "Dense":
            layer = net.layers[nid]
            for name in ("W", "b") if layer.use_bias else ("W",):
                key = f"{nid}.{name}"
                nodes.append(GraphNode(key, "param", [], net.params[key], net.grads[key], nid))
            mul = GraphNode(f"{nid}:mul", "multiply", [tail[src], f"{nid}.W"], (acts[src] @ layer.W)[0], g, nid)
            nodes.append(mul)
            tail[nid] = mul.id
            if layer.use_bias:
                nodes.append(GraphNode(f"{nid}:add", "add", [mul.id, f"{nid}.b"], acts[nid][0], g, nid))
                tail[nid] = f"{nid}:add"
            continue
        op = "activation" if kind in ACTIVATIONS else kind.lower()
        nodes.append(GraphNode(nid, op, [tail[src]], acts[nid][0], g, nid))
        tail[nid] = nid
    nodes.append(GraphNode("loss", "loss", [tail[net.output_id]], np.float64(loss), np.float64(1.0)))
    return nodes


SYMBOLS = {"Sigmoid": "σ", "Tanh": "tanh", "ReLU": "ReLU", "LeakyReLU": "LeakyReLU", "Step": "step",
           "Softmax": "softmax"}


def _n(v):
    return f"{float(v):.3g}".replace("-", "−")


def _vec(v, most=4):
    v = np.ravel(v)
    items = [_n(a) for a in v[:most]] + (["…"] if len(v) > most else [])
    return items[0] if len(v) == 1 else "[" + ", ".join(items) + "]"


def _weighted_sum(layer, x):
    """``0.5·0 + 0.5·1 − 0.7`` for one unit with a few inputs, else None."""
    if layer.W.shape[1] != 1 or layer.W.shape[0] > 4:
        return None
    text = " + ".join(f"{_n(w)}·{_n(a)}" for w, a in zip(layer.W[:, 0], x))
    if layer.use_bias:
        b = float(layer.b[0])
        text += f" − {_n(-b)}" if b < 0 else f" + {_n(b)}"
    return text


def formula(net, node_id, sample):
    """The node's formula with the numbers of one sample, e.g. ``y = σ(W·x + b) = σ(−0.2) = 0.45``."""
    x = np.asarray(sample, dtype=net.dtype).reshape((1,) + tuple(net.shapes[net.input_id]))
    net.forward(x, training=False)
    acts = {k: v[0] for k, v in net.activations.items()}
    kind = net.types[node_id]
    src = net._input_of[node_id]
    out = _vec(acts[node_id])
    if kind == "Input":
        return f"x = {out}"
    if kind == "Dense":
        layer = net.layers[node_id]
        inner = "W·x + b" if layer.use_bias else "W·x"
        expanded = _weighted_sum(layer, acts[src])
        return f"y = {inner} = " + (f"{expanded} = " if expanded else "") + out
    symbol = SYMBOLS.get(kind, kind)
    below = net._input_of[src] if net.types.get(src) == "Dense" else None
    if below is not None:
        layer = net.layers[src]
        inner = "W·x + b" if layer.use_bias else "W·x"
        expanded = _weighted_sum(layer, acts[below])
        steps = f"{symbol}({expanded}) = " if expanded else ""
        return f"y = {symbol}({inner}) = {steps}{symbol}({_vec(acts[src])}) = {out}"
    return f"y = {symbol}(x) = {symbol}({_vec(acts[src])}) = {out}"


def gradient_timing(design, samples=32):
    """Backpropagation against numerical differentiation on the design's first ``samples``
    training samples in float64: a :class:`core.gradcheck.Timing`."""
    from .gradcheck import time_gradients
    from .training import Trainer
    trainer = Trainer(design, dtype=np.float64, epochs=1)
    return time_gradients(trainer.net, trainer.x_train[:samples], trainer.t_train[:samples])


#: Numerical differentiation is timed on at most this many parameter entries, then scaled to all:
#: two forward passes per entry make the whole of a large network's gradient take minutes.
TIMED_ENTRIES = 1000


def timed_gradients(net, x, t, max_entries=TIMED_ENTRIES, repeats=5):
    """``(Timing, measured)``: backpropagation's seconds for the whole gradient (the best of
    ``repeats``) and numerical differentiation's, measured on ``measured`` entries spread evenly
    over every parameter array (all of them when there are at most ``max_entries``) and scaled
    to all entries."""
    import time

    from .gradcheck import (EPS, Timing, backprop_seconds, freeze_dropout, numerical_gradient, release_dropout,
                            time_gradients)
    total = int(net.params.flat.size)
    if total <= max_entries:
        return time_gradients(net, x, t, repeats=repeats), total
    best = backprop_seconds(net, x, t, repeats)
    measured = 0
    freeze_dropout(net)
    try:
        start = time.perf_counter()
        for arr in net.params.values():
            n = max(1, round(arr.size * max_entries / total))
            entries = np.unique(np.linspace(0, arr.size - 1, n).astype(int))
            numerical_gradient(lambda: net.compute_loss(x, t), arr, EPS, entries=entries)
            measured += len(entries)
        numerical = (time.perf_counter() - start) * total / measured
    finally:
        release_dropout(net)
    return Timing(best, numerical, total), measured
