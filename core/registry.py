"""One declaration per layer type: the only place layer types are listed.

The palette, the properties form, design validation, the file format and the
exporters all read :data:`LAYERS`. Adding a layer type means one declaration
here plus its class (forward/backward) in :mod:`core.layers`. A declaration also
says what the rest of the engine needs to know about the type: its output range
(for histograms), its roles (see :data:`ROLES`), which weights L1/L2 penalise, and
its PyTorch and Keras equivalents (see :mod:`core.equivalents`).
"""
import math
import re
from dataclasses import dataclass

from . import conv, layers, merge
from .equivalents import STEP_TORCH, Code, Keras, Torch, const, in_dim, keras_initializer, param
from .equivalents import (ADD_TORCH, CHANNELS_FIRST, CONCATENATE_TORCH, PADDED_CONV_TORCH, RESHAPE_TORCH,
                          same_pad)
from .errors import DesignError
from .initializers import INITIALIZERS
from .messages import msg

REQUIRED = object()  # marks a parameter without a default

MAX_UNITS = 65536
#: At most this many hand-set numbers in a Dense layer's ``weights`` (they are typed in, not trained).
MAX_HAND_WEIGHTS = 4096


@dataclass(frozen=True)
class ParamSpec:
    """A typed parameter: ``kind`` is int, float, bool, choice, shape, str or weights."""

    name: str
    kind: str
    default: object = REQUIRED
    minimum: float | None = None
    maximum: float | None = None
    min_exclusive: bool = False
    max_exclusive: bool = False
    choices: tuple = ()
    help: str = ""
    #: True when ``None`` (JSON ``null``) is also valid, meaning what ``help`` says (a pool's strides).
    nullable: bool = False

    @property
    def required(self):
        return self.default is REQUIRED

    def rule(self):
        """The rule in words, as error messages state it (``an integer from 1 to 65536``): a Message."""
        if self.nullable:
            return msg("{rule}, or null", code="rule.nullable", rule=self._rule())
        return self._rule()

    def _rule(self):
        if self.kind == "bool":
            return msg("true or false", code="rule.bool")
        if self.kind == "choice":
            return msg("one of {choices}", code="rule.choice", choices=", ".join(repr(c) for c in self.choices))
        if self.kind == "str":
            return msg("a non-empty string", code="rule.str")
        if self.kind == "shape":
            return msg("a list of 1 to 3 integers from 1 to {most}", code="rule.shape", most=MAX_UNITS)
        if self.kind == "weights":
            return msg('null or {{"W": [[...], ...], "b": [...]}} with at most {most} finite numbers, '
                       "W a list of equal rows", code="rule.weights", most=MAX_HAND_WEIGHTS)
        integer = self.kind == "int"
        lo, hi = self.minimum, self.maximum
        if integer and lo is not None and hi is not None:
            return msg("an integer from {lo} to {hi}", code="rule.int_range", lo=_num(lo), hi=_num(hi))
        if lo is not None and hi is not None:
            left = "(" if self.min_exclusive else "["
            right = ")" if self.max_exclusive else "]"
            return msg("an integer in {interval}" if integer else "a number in {interval}", code="rule.interval",
                       interval=f"{left}{_num(lo)}, {_num(hi)}{right}")
        if lo is not None:
            return msg(("an integer > {value}" if integer else "a number > {value}") if self.min_exclusive
                       else ("an integer >= {value}" if integer else "a number >= {value}"),
                       code="rule.min", value=_num(lo))
        if hi is not None:
            return msg(("an integer < {value}" if integer else "a number < {value}") if self.max_exclusive
                       else ("an integer <= {value}" if integer else "a number <= {value}"),
                       code="rule.max", value=_num(hi))
        return msg("an integer" if integer else "a number", code="rule.number")

    def check(self, value, path):
        """Return ``value`` if it obeys the rule, else raise DesignError naming ``path``."""
        if not self._ok(value):
            raise DesignError(msg("{where}: must be {rule}, got {value}", code="param.invalid", where=path,
                                  rule=self.rule(), value=_show(value)))
        return value

    def _ok(self, v):
        if v is None and self.nullable:
            return True
        if self.kind == "bool":
            return isinstance(v, bool)
        if self.kind == "choice":
            return isinstance(v, str) and v in self.choices
        if self.kind == "str":
            return isinstance(v, str) and v.strip() != ""
        if self.kind == "shape":
            return (isinstance(v, list) and 1 <= len(v) <= 3
                    and all(isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= MAX_UNITS
                            for s in v))
        if self.kind == "weights":
            return _hand_weights_ok(v)
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            return False
        if self.kind == "int" and not isinstance(v, int):
            return False
        if isinstance(v, float) and not math.isfinite(v):
            return False
        lo, hi = self.minimum, self.maximum
        if lo is not None and (v < lo or (self.min_exclusive and v == lo)):
            return False
        if hi is not None and (v > hi or (self.max_exclusive and v == hi)):
            return False
        return True


def _finite_numbers(row):
    return isinstance(row, list) and all(
        isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x) for x in row)


def _hand_weights_ok(v):
    """``None``, or ``{"W": [[...], ...], "b": [...]}``: rows of one length, finite numbers."""
    if v is None:
        return True
    if not isinstance(v, dict) or "W" not in v or not set(v) <= {"W", "b"}:
        return False
    rows, bias = v["W"], v.get("b", [])
    if not isinstance(rows, list) or not rows or len(rows) > MAX_HAND_WEIGHTS:
        return False
    if not all(_finite_numbers(r) and r and len(r) == len(rows[0]) for r in rows):
        return False
    return _finite_numbers(bias) and len(rows) * len(rows[0]) + len(bias) <= MAX_HAND_WEIGHTS


def _num(x):
    return str(int(x)) if float(x).is_integer() else repr(x)


_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,40}$")


def _key(k):
    """A key as a message shows it: plain names as they are, anything odd quoted (never a newline)."""
    return k if isinstance(k, str) and _PLAIN_KEY.fullmatch(k) else _show(k)  # match() lets "A\n" through


def _show(v):
    """A short rendering of a bad value for a message."""
    text = repr(v)
    return text if len(text) <= 40 else text[:37] + "..."


#: What a layer type may be, beyond its category.
ROLES = {
    "input": "the network's input; exporters write it as the model's input, not as a layer",
    "activation": "an elementwise activation of hidden layers: a sweep may swap it for another",
    "random": "draws random numbers in training (a gradient check freezes them: ``fixed_mask``)",
}


@dataclass(frozen=True)
class LayerSpec:
    """A layer type: its name, palette category, class, parameters and help."""

    name: str
    category: str
    cls: type
    help: str
    params: tuple = ()
    #: Parameters worth showing on the canvas node.
    key_params: tuple = ()
    #: Number of inputs the layer takes: 0 for the Input, 1, or 2 for a merge, which takes two or more.
    inputs: int = 1
    #: Where the outputs lie whatever the input: (lo, hi), hi None for unbounded above; None if unknown.
    output_range: tuple | None = None
    #: Some of :data:`ROLES`.
    roles: frozenset = frozenset()
    #: Weights that the design's L1/L2 penalties apply to (Keras' kernel_regularizer).
    penalised: tuple = ()
    #: The PyTorch and Keras equivalents (see :mod:`core.equivalents`); None only for Input.
    torch: Torch | None = None
    keras: Keras | None = None

    def param(self, name):
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    def resolve(self, given):
        """The full parameter dict: given values, defaults for the rest."""
        out = {}
        for p in self.params:
            out[p.name] = given.get(p.name, p.default)
        return out


def _pool_stride(p, in_shape):
    return p["strides"] or p["pool_size"]  # torch's default (None) is also the pool size; said explicitly


_POOL_PARAMS = (ParamSpec("pool_size", "int", 2, minimum=1, maximum=64,
                          help="Height and width of each window, e.g. 2 for 2x2."),
                ParamSpec("strides", "int", None, minimum=1, maximum=64, nullable=True,
                          help="Step between windows; empty (null, the default) means pool_size."))


CATEGORIES = ("core", "activations", "regularisation", "output", "image", "merge")

_ACTIVATION = frozenset({"activation"})

LAYERS = {spec.name: spec for spec in (
    LayerSpec("Input", "core", layers.Input,
              "The network's input: one sample's shape (features, or rows and columns).",
              (ParamSpec("shape", "shape", help="Shape of one sample, e.g. [2] or [8, 8]."),),
              key_params=("shape",), inputs=0, roles=frozenset({"input"})),
    LayerSpec("Dense", "core", layers.Dense,
              "Fully connected layer: x @ W + b.",
              (ParamSpec("units", "int", minimum=1, maximum=MAX_UNITS,
                         help="Number of output units (neurons)."),
               ParamSpec("init", "choice", "xavier_uniform", choices=tuple(INITIALIZERS),
                         help="How W is initialised. xavier_*: Glorot's std sqrt(2 / (fan_in + fan_out)), Keras' "
                              "'glorot_*' (Deep Learning from Scratch's 'Xavier' is 1 / sqrt(fan_in)); he_*: "
                              "std sqrt(2 / fan_in), for ReLU; normal: the std below. Keras' default is "
                              "xavier_uniform."),
               ParamSpec("std", "float", 0.01, minimum=0.0, maximum=100.0, min_exclusive=True,
                         help="Standard deviation for the 'normal' initialiser."),
               ParamSpec("use_bias", "bool", True, help="Add a bias vector b."),
               ParamSpec("weights", "weights", None,
                         help="Hand-set starting weights {\"W\": [[...]], \"b\": [...]} (W of shape (inputs, units)); "
                              "null draws them with init.")),
              key_params=("units", "init"), penalised=("W",),
              torch=Torch("nn.Linear", (in_dim(0), param("units")), (("bias", param("use_bias")),),
                          weights=(("W", "weight", (1, 0)), ("b", "bias", None)), init=(("weight", "init"),)),
              keras=Keras("layers.Dense", (param("units"),),
                          (("use_bias", param("use_bias")), ("kernel_initializer", keras_initializer())),
                          weights=("W", "b"), regularizers=(("W", "kernel_regularizer"),))),
    LayerSpec("Flatten", "core", layers.Flatten,
              "Flattens each sample to one dimension, e.g. (8, 8) to (64,).",
              torch=Torch("nn.Flatten"), keras=Keras("layers.Flatten")),
    LayerSpec("Sigmoid", "activations", layers.Sigmoid,
              "1 / (1 + exp(-x)): squashes to (0, 1); its gradient is at most 0.25.",
              output_range=(0.0, 1.0), roles=_ACTIVATION,
              torch=Torch("nn.Sigmoid"), keras=Keras("layers.Activation", (const("sigmoid"),))),
    LayerSpec("Tanh", "activations", layers.Tanh, "tanh(x): squashes to (-1, 1), centred on 0.",
              output_range=(-1.0, 1.0), roles=_ACTIVATION,
              torch=Torch("nn.Tanh"), keras=Keras("layers.Activation", (const("tanh"),))),
    LayerSpec("ReLU", "activations", layers.ReLU, "max(0, x): the default for hidden layers.",
              output_range=(0.0, None), roles=_ACTIVATION,
              torch=Torch("nn.ReLU"), keras=Keras("layers.ReLU")),
    LayerSpec("LeakyReLU", "activations", layers.LeakyReLU,
              "x for x > 0, alpha * x otherwise: never quite switches off.",
              (ParamSpec("alpha", "float", 0.01, minimum=0.0, maximum=1.0,
                         help="Slope for x < 0 (PyTorch's default 0.01; Keras' is 0.3)."),),
              key_params=("alpha",), roles=_ACTIVATION,
              torch=Torch("nn.LeakyReLU", kwargs=(("negative_slope", param("alpha")),)),
              keras=Keras("layers.LeakyReLU", kwargs=(("negative_slope", param("alpha")),))),
    # Not swapped by sweeps: it cannot learn by gradient descent.
    LayerSpec("Step", "activations", layers.Step,
              "The perceptron's step: 1 for x > 0, else 0. Its gradient is zero, so it cannot learn by gradient descent.",
              output_range=(0.0, 1.0),
              torch=Torch("Step", source=STEP_TORCH),
              keras=Keras("layers.Lambda", (const(Code("lambda x: keras.ops.cast(x > 0, x.dtype)")),))),
    LayerSpec("Dropout", "regularisation", layers.Dropout,
              "In training, drops a fraction of the units at random and scales the rest by 1 / (1 - rate) "
              "(inverted dropout, as Keras and torch do); does nothing in inference. Deep Learning from Scratch "
              "scales by (1 - rate) at test time instead: the same expected output.",
              (ParamSpec("rate", "float", 0.5, minimum=0.0, maximum=1.0, max_exclusive=True,
                         help="Fraction of units dropped, as in Keras."),),
              key_params=("rate",), roles=frozenset({"random"}),
              torch=Torch("nn.Dropout", kwargs=(("p", param("rate")),)),
              keras=Keras("layers.Dropout", (param("rate"),))),
    LayerSpec("BatchNorm", "regularisation", layers.BatchNorm,
              "Normalises each feature over the batch, then scales by gamma and shifts by beta.",
              (ParamSpec("momentum", "float", 0.9, minimum=0.0, maximum=1.0, max_exclusive=True,
                         help="running = momentum * running + (1 - momentum) * batch (Keras' meaning)."),
               ParamSpec("eps", "float", 1e-5, minimum=0.0, maximum=1.0, min_exclusive=True,
                         help="Added to the variance so it never divides by zero.")),
              key_params=("momentum",),
              # torch's momentum weighs the batch: running = (1 - momentum) * running + momentum * batch
              torch=Torch("nn.BatchNorm1d", (in_dim(0),),
                          (("eps", param("eps")), ("momentum", param("momentum", lambda m: round(1.0 - m, 12)))),
                          weights=(("gamma", "weight", None), ("beta", "bias", None),
                                   ("running_mean", "running_mean", None), ("running_var", "running_var", None))),
              keras=Keras("layers.BatchNormalization", kwargs=(("momentum", param("momentum")),
                                                                 ("epsilon", param("eps"))),
                          weights=("gamma", "beta", "running_mean", "running_var"))),
    LayerSpec("Softmax", "output", layers.Softmax,
              "exp(x) / sum(exp(x)): class probabilities; pair it with categorical_crossentropy.",
              output_range=(0.0, 1.0),
              torch=Torch("nn.Softmax", kwargs=(("dim", const(-1)),)), keras=Keras("layers.Softmax")),
    # ---- image and merge layers (issue 18): Keras' names and meaning, channels last --------------------
    LayerSpec("Conv2D", "image", conv.Conv2D,
              "Slides filters over the image: each output pixel is a weighted sum of a small window "
              "of every input channel.",
              (ParamSpec("filters", "int", minimum=1, maximum=4096,
                         help="Number of filters (output channels)."),
               ParamSpec("kernel_size", "int", 3, minimum=1, maximum=64,
                         help="Height and width of each filter's window, e.g. 3 for 3x3."),
               ParamSpec("strides", "int", 1, minimum=1, maximum=64,
                         help="Step between windows: 2 halves the height and width."),
               ParamSpec("padding", "choice", "valid", choices=("valid", "same"),
                         help="'valid': windows stay inside the image (it shrinks); 'same': zeros around "
                              "it keep ceil(size / strides), the odd pixel at the bottom and right (Keras')."),
               ParamSpec("init", "choice", "xavier_uniform", choices=tuple(INITIALIZERS),
                         help="How W is initialised; fans count the window: kh * kw * channels."),
               ParamSpec("std", "float", 0.01, minimum=0.0, maximum=100.0, min_exclusive=True,
                         help="Standard deviation for the 'normal' initialiser."),
               ParamSpec("use_bias", "bool", True, help="Add a bias vector b.")),
              key_params=("filters", "kernel_size", "strides", "padding"),
              torch=Torch("PaddedConv2d", (in_dim(2), param("filters"), param("kernel_size")),
                          (("stride", param("strides")), ("bias", param("use_bias")), ("pad", same_pad)),
                          weights=(("W", "weight", (3, 2, 0, 1)), ("b", "bias", None)), init=(("weight", "init"),),
                          source=PADDED_CONV_TORCH, apply=CHANNELS_FIRST),
              keras=Keras("layers.Conv2D", (param("filters"), param("kernel_size")),
                          (("strides", param("strides")), ("padding", param("padding")),
                           ("use_bias", param("use_bias")), ("kernel_initializer", keras_initializer())),
                          weights=("W", "b"))),
    LayerSpec("MaxPool2D", "image", conv.MaxPool2D,
              "Keeps the largest value of each window: a smaller image that keeps the strongest responses.",
              _POOL_PARAMS, key_params=("pool_size", "strides"),
              torch=Torch("nn.MaxPool2d", (param("pool_size"),), (("stride", _pool_stride),), apply=CHANNELS_FIRST),
              keras=Keras("layers.MaxPooling2D", (param("pool_size"),), (("strides", param("strides")),))),
    LayerSpec("AveragePool2D", "image", conv.AveragePool2D,
              "Averages each window: a smaller, smoother image.",
              _POOL_PARAMS, key_params=("pool_size", "strides"),
              torch=Torch("nn.AvgPool2d", (param("pool_size"),), (("stride", _pool_stride),), apply=CHANNELS_FIRST),
              keras=Keras("layers.AveragePooling2D", (param("pool_size"),), (("strides", param("strides")),))),
    LayerSpec("Reshape", "image", conv.Reshape,
              "Gives each sample another shape with the same number of values, e.g. (64,) to (8, 8, 1).",
              (ParamSpec("target_shape", "shape", help="The new shape of one sample, e.g. [8, 8, 1]."),),
              key_params=("target_shape",),
              torch=Torch("Reshape", (param("target_shape", tuple),), source=RESHAPE_TORCH),
              keras=Keras("layers.Reshape", (param("target_shape", tuple),))),
    LayerSpec("Add", "merge", merge.Add,
              "Adds two or more inputs of one shape: with a layer's own input, a residual connection.",
              inputs=2, torch=Torch("Add", source=ADD_TORCH, apply="{layer}({inputs})"), keras=Keras("layers.Add")),
    LayerSpec("Concatenate", "merge", merge.Concatenate,
              "Joins two or more inputs along an axis, in the order their connections were made.",
              (ParamSpec("axis", "int", -1, minimum=-3, maximum=3,
                         help="Axis to join along, as in Keras: -1 the last (channels or features), "
                              "1 the first after the batch."),),
              key_params=("axis",), inputs=2,
              torch=Torch("Concatenate", kwargs=(("dim", param("axis")),), source=CONCATENATE_TORCH,
                          apply="{layer}({inputs})"),
              keras=Keras("layers.Concatenate", kwargs=(("axis", param("axis")),))),
)}


def with_role(role):
    """The names of the layer types that have ``role`` (see :data:`ROLES`), in declaration order."""
    return tuple(name for name, spec in LAYERS.items() if role in spec.roles)


def layer_spec(type_name, path="type"):
    """The spec for ``type_name``, or a DesignError listing the known types."""
    try:
        return LAYERS[type_name]
    except (KeyError, TypeError):
        raise DesignError(msg("{where}: unknown layer type {value}; expected one of {types}", code="layer.unknown",
                              where=path, value=_show(type_name), types=", ".join(LAYERS))) from None


def check_params(spec, params, path):
    """Validate a node's ``params`` dict against its spec (unknown keys are errors)."""
    if not isinstance(params, dict):
        raise DesignError(msg("{where}: must be an object of parameters, got {value}", code="param.not_object",
                              where=path, value=_show(params)))
    known = {p.name for p in spec.params}
    for key in params:
        if key not in known:
            expected = ", ".join(sorted(known)) if known else msg("none", code="param.none")
            raise DesignError(msg("{where}: unknown parameter of {layer}; expected {expected}", code="param.unknown",
                                  where=f"{path}.{_key(key)}", layer=spec.name, expected=expected))
    for p in spec.params:
        if p.name in params:
            p.check(params[p.name], f"{path}.{p.name}")
        elif p.required:
            raise DesignError(msg("{where}: missing; {layer} needs it ({rule})", code="param.missing",
                                  where=f"{path}.{p.name}", layer=spec.name, rule=p.rule()))
