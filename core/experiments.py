"""Experiments: the runs of a session, what differs between them, variants, and their file.

A :class:`Run` keeps what it was trained from (the design as a plain dict, training
settings included) and what came of it: Keras' ``history``, the gradient norm reaching
each layer over the epochs, each layer's last activation histogram, and how it ended.

:func:`variants` makes one design per choice of a single setting (every activation, every
initialiser, the optimizer, the learning rate, the loss or the feature scaling) for a sweep. Runs are saved together in a
``.layerlab-runs`` file: JSON without NaN, written atomically, and read with the same care
as design files (size, depth, duplicate keys, every field checked, errors say where).
"""
import json
import math
import os
import sys
from dataclasses import dataclass, field

from .design import Design
from .errors import DesignError
from .fileio import _stable_json, atomic_write, decode_text, read_file_bytes, strict_json
from .messages import Joined, msg, plural
from .optimizers import OPTIMIZER_PARAMS as OPTIMIZERS
from .registry import LAYERS, with_role

RUNS_FORMAT = "layerlab-runs"
RUNS_VERSION = 1
MAX_RUNS_BYTES = 64 * 2**20
#: The activations a sweep swaps between (Softmax stays: it is the output's).
SWAPPABLE = with_role("activation")
INITIALISERS = ("xavier_uniform", "xavier_normal", "he_uniform", "he_normal", "normal")
LOSS_CHOICES = ("mse", "sum_squared_error", "categorical_crossentropy", "binary_crossentropy")
SCALINGS = ("none", "minmax", "standard")
SWEEPS = ("activation", "initialiser", "optimizer", "learning rate", "loss", "scaling")
#: A sweep's name as a variant's label shows it ("activation = ReLU").
SWEEP_NAMES = {"activation": msg("activation", code="sweep.activation"),
               "initialiser": msg("initialiser", code="sweep.initialiser"),
               "optimizer": msg("optimizer", code="sweep.optimizer"),
               "learning rate": msg("learning rate", code="sweep.learning_rate"),
               "loss": msg("loss", code="sweep.loss"),
               "scaling": msg("scaling", code="sweep.scaling")}

RUNS_NOUN = msg("runs file", code="noun.runs_file")
#: What a runs file's field should have been, as its messages say it.
_TEXT = msg("text", code="noun.text")
_DESIGN_OBJECT = msg("a design object", code="noun.design_object")
_OBJECT_OF_LISTS = msg("an object of lists", code="noun.object_of_lists")
_NUMBERS = msg("a list of numbers", code="noun.number_list")
_OBJECT = msg("an object", code="noun.object")
_PAIRS = msg("a list of [epoch, norm] pairs", code="noun.pair_list")
_LAYER_TYPE = msg("a layer type", code="noun.layer_type")
_RUN_LIST = msg("a list of runs", code="noun.run_list")
_COUNTS = msg("a list of counts", code="noun.counts")
_HISTOGRAM = msg("an object with type, counts, lo and hi", code="noun.histogram")


class RunsFileError(DesignError):
    """A ``.layerlab-runs`` file is not valid; the message says where."""


@dataclass
class Run:
    name: str
    design: dict                  # Design.to_dict() of what was trained
    history: dict                 # Keras' History.history: {"loss": [...], "val_loss": [...], ...}
    grad_norms: dict = field(default_factory=dict)   # node id -> [[epoch, norm], ...]
    activations: dict = field(default_factory=dict)  # node id -> {"type", "counts", "lo", "hi"}
    stopped_because: str = "completed"
    message: str = ""
    seconds: float = 0.0
    changes: str = ""             # what differs from the run before it
    restored_epoch: int | None = None  # early stopping put this epoch's weights back at the end (from 1)

    @property
    def epochs(self):
        return len(self.history.get("loss", ()))

    def final(self):
        """The metrics of the network the run left, e.g. ``{"loss": 0.02, "val_accuracy": 1.0}``: the last
        epoch's, or the restored epoch's (TrainResult.metrics)."""
        at = -1 if self.restored_epoch is None else self.restored_epoch - 1
        return {k: v[at] for k, v in self.history.items() if len(v) > at}

    def layer_order(self):
        """Node ids in network order, as the reports gave them."""
        return list(self.activations) or list(self.grad_norms)

    def to_dict(self):
        return {"name": self.name, "design": self.design, "history": self.history,
                "grad_norms": self.grad_norms, "activations": self.activations,
                "stopped_because": self.stopped_because, "message": self.message,
                "seconds": self.seconds, "changes": self.changes,
                **({} if self.restored_epoch is None else {"restored_epoch": self.restored_epoch})}

    def history_csv(self):
        """The history as CSV text: one row per epoch, Keras' keys as columns (loss first,
        validation last)."""
        keys = sorted(self.history, key=lambda k: (k.startswith("val_"), k.removeprefix("val_") != "loss", k))
        rows = [",".join(["epoch"] + keys)]
        for i in range(self.epochs):
            rows.append(",".join([str(i + 1)] + [repr(float(self.history[k][i])) if i < len(self.history[k]) else ""
                                                 for k in keys]))
        return "\n".join(rows) + "\n"


# -- what differs --------------------------------------------------------------------------
def _flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_flatten(v, key + "."))
        else:
            out[key] = v
    return out


def _fmt(v):
    if isinstance(v, list) and len(v) > 4:  # painted points: thousands of them in a table cell otherwise
        return msg("({count} entries)", code="runs.list_size", count=len(v))
    return "·" if v is None else (f"{v:g}" if isinstance(v, float) else str(v))


def differences(before, after):
    """What changed from design dict ``before`` to ``after``, briefly, e.g.
    ``"Sigmoid → ReLU (6 layers); optimizer.lr 0.1 → 0.01"``; "" if nothing did."""
    if before is None:
        return ""
    parts = []
    b_nodes = {n["id"]: n for n in before.get("nodes", [])}
    a_nodes = {n["id"]: n for n in after.get("nodes", [])}
    swaps = {}
    for nid in b_nodes.keys() & a_nodes.keys():
        if b_nodes[nid]["type"] != a_nodes[nid]["type"]:
            key = f"{b_nodes[nid]['type']} → {a_nodes[nid]['type']}"
            swaps[key] = swaps.get(key, 0) + 1
    for key, count in sorted(swaps.items()):
        parts.append(plural(count, "{swap} ({n} layer)", "{swap} ({n} layers)", code="differs.swap", swap=key))
    params = {}
    for nid in sorted(b_nodes.keys() & a_nodes.keys()):
        bp, ap = b_nodes[nid].get("params", {}), a_nodes[nid].get("params", {})
        for k in sorted(bp.keys() | ap.keys()):
            if bp.get(k) != ap.get(k):
                params.setdefault((k, _fmt(bp.get(k)), _fmt(ap.get(k))), []).append(nid)
    for (k, old, new), nids in params.items():
        where = nids[0] if len(nids) == 1 else msg("{n} layers", code="differs.layers", n=len(nids))
        parts.append(msg("{key} {old} → {new} ({where})", code="differs.param", key=k, old=old, new=new, where=where))
    added, removed = a_nodes.keys() - b_nodes.keys(), b_nodes.keys() - a_nodes.keys()
    if added:
        parts.append(msg("added {ids}", code="differs.added", ids=", ".join(sorted(added))))
    if removed:
        parts.append(msg("removed {ids}", code="differs.removed", ids=", ".join(sorted(removed))))
    bt, at = _flatten(before.get("training", {})), _flatten(after.get("training", {}))
    for k in sorted(bt.keys() | at.keys()):
        if bt.get(k) != at.get(k):
            parts.append(msg("{key} {old} → {new}", code="differs.setting", key=k, old=_fmt(bt.get(k)),
                             new=_fmt(at.get(k))))
    return Joined(parts, "; ")


# -- variants -----------------------------------------------------------------------------------
def parse_learning_rates(text):
    """``"0.001, 0.01 0.1"`` -> [0.001, 0.01, 0.1]; a ValueError names a bad entry."""
    rates = []
    for part in text.replace(",", " ").split():
        try:
            lr = float(part)
        except ValueError:
            raise ValueError(msg("learning rates: {value!r} is not a number (write e.g. 0.001, 0.01, 0.1)",
                                 code="sweep.lr_not_number", value=part)) from None
        if not (math.isfinite(lr) and lr > 0):
            raise ValueError(msg("learning rates: {value} must be a positive number", code="sweep.lr_positive", value=part))
        rates.append(lr)
    if not rates:
        raise ValueError(msg("learning rates: give at least one, e.g. 0.001, 0.01, 0.1", code="sweep.lr_none"))
    return rates


def output_type(design):
    """The type of the design's last layer (the node no edge leaves), or None if there is no single one."""
    sources = {a for a, _ in design.edges}
    last = [n for n in design.nodes if n.id not in sources]
    return last[0].type if len(last) == 1 else None


def valid_losses(design):
    """The losses the design's last layer can train with: the squared errors for any output,
    categorical cross-entropy after a Softmax, binary cross-entropy after a Sigmoid."""
    fused = {"Softmax": ("categorical_crossentropy",), "Sigmoid": ("binary_crossentropy",)}
    return ("mse", "sum_squared_error") + fused.get(output_type(design), ())


def variants(design, sweep, choices):
    """One ``(label, Design)`` per choice of ``sweep`` (one of SWEEPS), each a copy of ``design``.

    activation: every Sigmoid/Tanh/ReLU/LeakyReLU layer becomes the choice; initialiser:
    every Dense's ``init``; optimizer: the optimizer's type (its learning rate kept);
    learning rate: the optimizer's ``lr``; loss: ``training.loss`` (one of :func:`valid_losses`);
    scaling: ``training.scaling`` (one of SCALINGS).
    """
    if sweep not in SWEEPS:
        raise ValueError(msg("sweep: {sweep!r} is not one of {choices}", code="sweep.unknown", sweep=sweep,
                             choices=", ".join(SWEEPS)))
    if not choices:
        raise ValueError(msg("{sweep}: choose at least one value to try", code="sweep.empty", sweep=SWEEP_NAMES[sweep]))
    base = design.to_dict()
    out = []
    for choice in choices:
        d = json.loads(json.dumps(base))
        opt = d.setdefault("training", {}).setdefault("optimizer", {})
        if sweep == "activation":
            if choice not in SWAPPABLE:
                raise ValueError(msg("{sweep}: {choice!r} is not one of {choices}", code="sweep.choice",
                                     sweep=SWEEP_NAMES[sweep], choice=choice, choices=", ".join(SWAPPABLE)))
            hits = [n for n in d["nodes"] if n["type"] in SWAPPABLE]
            if not hits:
                raise ValueError(msg("activation: the design has no {some} or {last} layer to swap",
                                     code="sweep.no_activation", some=", ".join(SWAPPABLE[:-1]), last=SWAPPABLE[-1]))
            for n in hits:
                n["type"] = choice
                n["params"] = {}
        elif sweep == "initialiser":
            if choice not in INITIALISERS:
                raise ValueError(msg("{sweep}: {choice!r} is not one of {choices}", code="sweep.choice",
                                     sweep=SWEEP_NAMES[sweep], choice=choice, choices=", ".join(INITIALISERS)))
            # every layer with an initialiser (Dense, and any later type that declares "init")
            dense = [n for n in d["nodes"] if n["type"] in LAYERS
                     and any(p.name == "init" for p in LAYERS[n["type"]].params)]
            if not dense:
                raise ValueError(msg("initialiser: the design has no Dense layer", code="sweep.no_dense"))
            for n in dense:
                n["params"]["init"] = choice
        elif sweep == "optimizer":
            if choice not in OPTIMIZERS:
                raise ValueError(msg("{sweep}: {choice!r} is not one of {choices}", code="sweep.choice",
                                     sweep=SWEEP_NAMES[sweep], choice=choice, choices=", ".join(OPTIMIZERS)))
            lr = opt.get("lr")
            d["training"]["optimizer"] = {"type": choice, **({"lr": lr} if lr is not None else {})}
        elif sweep == "loss":
            allowed = valid_losses(design)
            if choice not in allowed:
                raise ValueError(msg("loss: {choice!r} does not fit this design's last layer ({last}); choose one of "
                                     "{choices}", code="sweep.loss_unfit", choice=choice,
                                     last=output_type(design) or "none", choices=", ".join(allowed)))
            d["training"]["loss"] = choice
        elif sweep == "scaling":
            if choice not in SCALINGS:
                raise ValueError(msg("{sweep}: {choice!r} is not one of {choices}", code="sweep.choice",
                                     sweep=SWEEP_NAMES[sweep], choice=choice, choices=", ".join(SCALINGS)))
            d["training"]["scaling"] = choice
        else:
            opt["lr"] = float(choice)
        variant = Design.from_dict(d)
        variant.path = design.path
        out.append((msg("{sweep} = {choice}", code="variant.label", sweep=SWEEP_NAMES[sweep], choice=_fmt(choice)),
                    variant))
    return out


# -- the file ------------------------------------------------------------------------------------
def run_signature(run):
    """What can change in a finished run (its name, its note; a Step adds epochs): equal
    signatures of the same Run object mean the same file text (the autosave writes a run again
    only when its signature changed)."""
    return (run.name, run.changes, run.stopped_because, run.message, run.seconds, run.restored_epoch,
            run.epochs)


def runs_to_json(runs):
    """The text of a ``.layerlab-runs`` file; a ValueError if a number is NaN or infinite."""
    doc = {"format": RUNS_FORMAT, "version": RUNS_VERSION, "runs": [r.to_dict() for r in runs]}
    try:
        return _stable_json(doc) + "\n"
    except ValueError:
        raise ValueError(msg("a run holds a NaN or infinite number, which JSON cannot store",
                             code="runs.not_finite")) from None


def save_runs(runs, path):
    atomic_write(os.fspath(path), runs_to_json(runs).encode("utf-8"))


#: Integers (epochs, counts) above this would lose their exactness as floats, and plotting
#: libraries fail on them (an integer of 2**64 crashed pyqtgraph).
MAX_INTEGER = 2**53


def _number(v, where, lo=None, integer=False):
    """A finite number within float64's range (an ``integer`` within ±2**53), else a
    RunsFileError that says where; numbers that are not ``integer`` come back as floats."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise RunsFileError(msg("{where}: expected a finite number, found {value}", code="runs.number", where=where,
                                value=json.dumps(v)[:40]))
    if isinstance(v, int) and (integer and abs(v) > MAX_INTEGER or abs(v) > sys.float_info.max):
        text = str(v) if len(str(v)) < 30 else msg("an integer of {n} digits", code="runs.long_int", n=len(str(v)))
        raise RunsFileError(msg("{where}: {value} is out of range (at most {most})", code="runs.out_of_range",
                                where=where, value=text, most=MAX_INTEGER if integer else "1.8e308"))
    if not math.isfinite(v):
        raise RunsFileError(msg("{where}: expected a finite number, found {value}", code="runs.number", where=where,
                                value=json.dumps(v)[:40]))
    if lo is not None and v < lo:
        raise RunsFileError(msg("{where}: must be at least {lo}", code="runs.min", where=where, lo=lo))
    return v if integer and isinstance(v, int) else float(v)


def _kind(v, kinds, where, what):
    if not isinstance(v, kinds) or isinstance(v, bool):
        raise RunsFileError(msg("{where}: expected {what}", code="runs.kind", where=where, what=what))
    return v


def _parse_run(raw, where):
    _kind(raw, dict, where, _OBJECT)
    known = {"name", "design", "history", "grad_norms", "activations", "stopped_because", "message", "seconds",
             "changes", "restored_epoch"}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise RunsFileError(msg("{where}: unknown field {field!r}", code="runs.unknown", where=where, field=unknown[0]))
    for key in ("name", "design", "history"):
        if key not in raw:
            raise RunsFileError(msg("{where}: missing field {field!r}", code="runs.missing", where=where, field=key))
    name = _kind(raw["name"], str, f"{where}.name", _TEXT)
    _kind(raw["design"], dict, f"{where}.design", _DESIGN_OBJECT)
    try:
        Design.from_dict(raw["design"])
    except DesignError as e:
        raise RunsFileError(msg("{where}: {error}", code="runs.design", where=f"{where}.design", error=e.args[0])) from None
    history = {}
    for key, values in _kind(raw["history"], dict, f"{where}.history", _OBJECT_OF_LISTS).items():
        _kind(values, list, f"{where}.history.{key}", _NUMBERS)
        history[key] = [_number(v, f"{where}.history.{key}[{i}]") for i, v in enumerate(values)]
    grad_norms = {}
    for nid, points in _kind(raw.get("grad_norms", {}), dict, f"{where}.grad_norms", _OBJECT).items():
        _kind(points, list, f"{where}.grad_norms.{nid}", _PAIRS)
        pts = []
        for i, p in enumerate(points):
            w = f"{where}.grad_norms.{nid}[{i}]"
            if not isinstance(p, list) or len(p) != 2:
                raise RunsFileError(msg("{where}: expected an [epoch, norm] pair", code="runs.pair", where=w))
            pts.append([_number(p[0], w + "[0]", 0, integer=True), _number(p[1], w + "[1]", 0)])
        grad_norms[nid] = pts
    activations = {}
    for nid, h in _kind(raw.get("activations", {}), dict, f"{where}.activations", _OBJECT).items():
        w = f"{where}.activations.{nid}"
        _kind(h, dict, w, _HISTOGRAM)
        if set(h) != {"type", "counts", "lo", "hi"}:
            raise RunsFileError(msg("{where}: expected exactly the fields type, counts, lo and hi", code="runs.histogram",
                                    where=w))
        raw_counts = _kind(h["counts"], list, f"{w}.counts", _COUNTS)
        counts = [_number(c, f"{w}.counts[{i}]", 0, integer=True) for i, c in enumerate(raw_counts)]
        lo, hi = _number(h["lo"], f"{w}.lo"), _number(h["hi"], f"{w}.hi")
        if not hi > lo:
            raise RunsFileError(msg("{where}: hi must be above lo", code="runs.range", where=w))
        activations[nid] = {"type": _kind(h["type"], str, f"{w}.type", _LAYER_TYPE), "counts": counts,
                            "lo": lo, "hi": hi}
    return Run(name, raw["design"], history, grad_norms, activations,
               _kind(raw.get("stopped_because", "completed"), str, f"{where}.stopped_because", _TEXT),
               _kind(raw.get("message", ""), str, f"{where}.message", _TEXT),
               _number(raw.get("seconds", 0.0), f"{where}.seconds", 0),
               _kind(raw.get("changes", ""), str, f"{where}.changes", _TEXT),
               _restored_epoch(raw.get("restored_epoch"), history, f"{where}.restored_epoch"))


def _restored_epoch(v, history, where):
    if v is None:
        return None
    epochs = len(history.get("loss", ()))
    if not isinstance(v, int) or isinstance(v, bool) or not 1 <= v <= epochs:
        raise RunsFileError(msg("{where}: expected an epoch from 1 to {epochs}, found {value}", code="runs.epoch",
                                where=where, epochs=epochs, value=json.dumps(v)[:40]))
    return v


def parse_runs_text(text):
    data = strict_json(text, RUNS_NOUN, RunsFileError)
    if not isinstance(data, dict) or data.get("format") != RUNS_FORMAT:
        raise RunsFileError(msg("format: expected {format!r}; this is not a LayerLab runs file", code="runs.format",
                                format=RUNS_FORMAT))
    if data.get("version") != RUNS_VERSION:
        raise RunsFileError(msg("version: {version!r} is not a version LayerLab wrote (expected 1)", code="runs.version",
                                version=data.get("version")))
    runs = _kind(data.get("runs"), list, "runs", _RUN_LIST)
    return [_parse_run(r, f"runs[{i}]") for i, r in enumerate(runs)]


def load_runs(path):
    """Read a ``.layerlab-runs`` file. Raises RunsFileError (or OSError)."""
    raw = read_file_bytes(os.fspath(path), MAX_RUNS_BYTES, RUNS_NOUN, RunsFileError)
    return parse_runs_text(decode_text(raw, RunsFileError))


def runs_path_for(design_path):
    """The runs file beside a design: ``xor.layerlab`` -> ``xor.layerlab-runs``."""
    base, ext = os.path.splitext(design_path)
    return (base if ext == ".layerlab" else design_path) + ".layerlab-runs"


# -- comparing runs of different designs ---------------------------------------------------------
def _role(type_name):
    """What a layer does, for pairing: its activations are one role, every other type its own."""
    spec = LAYERS.get(type_name)
    return "activation" if spec is not None and spec.category == "activations" else type_name


def layer_roles(run):
    """``{node id: (role, k)}`` for a run's layers in network order: the k-th Dense, the k-th
    activation (any activation type), …"""
    types = {n.get("id"): n.get("type") for n in run.design.get("nodes", ())}
    for nid, h in run.activations.items():
        types.setdefault(nid, h.get("type"))
    seen, roles = {}, {}
    for nid in run.layer_order():
        role = _role(types.get(nid))
        roles[nid] = (role, seen.get(role, 0))
        seen[role] = seen.get(role, 0) + 1
    return roles


def pair_layers(runs):
    """Rows of node ids, one column per run, pairing layers by position and role, never by id:
    the first Dense with the first Dense, the first activation with the first activation.
    A run without a layer in that place has None there."""
    rows, where = [], {}
    for col, run in enumerate(runs):
        for nid, key in layer_roles(run).items():
            if key not in where:
                where[key] = len(rows)
                rows.append([None] * len(runs))
            rows[where[key]][col] = nid
    return rows
