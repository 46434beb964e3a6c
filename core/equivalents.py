"""The vocabulary of a layer type's PyTorch and Keras equivalents, as :mod:`core.registry` declares them.

Each layer type in the registry carries a :class:`Torch` and a :class:`Keras` declaration:
the framework class, how its arguments come from the layer's parameters (and its input
shape), and how the trained arrays map onto the framework's weights. The exporters read
nothing else, so a new layer type exports exactly when it declares these.

An argument is a function ``(params, in_shape) -> value``: a plain value (a number, a
string, a bool, a tuple) is written into the script as its ``repr()``; a :class:`Code`
is trusted source written as it is (it never holds text from a design).
"""
from dataclasses import dataclass


class Code(str):
    """Source text written into a script as it is: only the exporters' own, never a design's."""


def param(name, convert=None):
    """The argument is the layer's parameter ``name`` (passed through ``convert`` if given)."""
    if convert is None:
        return lambda p, in_shape: p[name]
    return lambda p, in_shape: convert(p[name])


def in_dim(axis=-1):
    """The argument is the size of the input's axis ``axis`` (per sample): Linear's in_features."""
    return lambda p, in_shape: int(in_shape[axis])


def const(value):
    """The argument is always ``value`` (a plain value, or a :class:`Code`)."""
    return lambda p, in_shape: value


@dataclass(frozen=True)
class Torch:
    """A layer type as PyTorch writes it: ``cls(*args, **kwargs)``.

    ``args``: argument functions; ``kwargs``: ``(keyword, argument function)`` pairs.
    ``weights``: ``(ours, theirs, axes)``: the array ``<id>.<ours>`` of a LayerLab model
    becomes the module's ``<theirs>``, transposed by ``axes`` when not None (``Linear``
    keeps W as (out, in): axes ``(1, 0)``). An array the network does not have (a bias
    switched off) is left out.
    ``init``: ``(theirs, param)``: weight ``theirs`` starts as the layer's initialiser
    parameter ``param`` says (see :data:`TORCH_INITS`); the other ``weights`` that are
    parameters start at zero, as in LayerLab.
    ``source``: a class definition written once into the script, for layers torch lacks
    (then ``cls`` is its name).
    ``apply``: how ``forward`` calls the module on ``x``; torch's image layers take channels
    first where LayerLab (and Keras) keep them last, so a Conv2D would declare
    ``"{layer}(x.permute(0, 3, 1, 2)).permute(0, 2, 3, 1)"``.
    """

    cls: str
    args: tuple = ()
    kwargs: tuple = ()
    weights: tuple = ()
    init: tuple = ()
    source: str = ""
    apply: str = "{layer}(x)"


@dataclass(frozen=True)
class Keras:
    """A layer type as Keras writes it: ``cls(*args, **kwargs, name=...)``.

    ``weights``: our array names in the order of the layer's ``get_weights()`` (arrays the
    network does not have are left out), each transposed by nothing: Keras keeps LayerLab's
    layouts. ``regularizers``: ``(ours, keyword)``: the penalised weight ``ours`` gets the
    design's L1/L2 through the constructor's ``keyword``.
    """

    cls: str
    args: tuple = ()
    kwargs: tuple = ()
    weights: tuple = ()
    regularizers: tuple = ()


#: PyTorch's initialisers for LayerLab's (``{w}`` the weight, ``{std}`` the layer's std).
TORCH_INITS = {
    "zeros": "nn.init.zeros_({w})",
    "normal": "nn.init.normal_({w}, std={std!r})",
    "xavier_normal": "nn.init.xavier_normal_({w})",
    "xavier_uniform": "nn.init.xavier_uniform_({w})",
    "he_normal": "nn.init.kaiming_normal_({w}, nonlinearity='relu')",
    "he_uniform": "nn.init.kaiming_uniform_({w}, nonlinearity='relu')",
}

_KERAS_INITS = {"zeros": "zeros", "xavier_normal": "glorot_normal", "xavier_uniform": "glorot_uniform",
                "he_normal": "he_normal", "he_uniform": "he_uniform"}


def keras_initializer(init_param="init", std_param="std"):
    """The argument is Keras' initialiser for the layer's ``init`` (and ``std``) parameters."""
    def arg(p, in_shape):
        if p[init_param] == "normal":
            return Code(f"keras.initializers.RandomNormal(stddev={float(p[std_param])!r})")
        return _KERAS_INITS[p[init_param]]
    return arg


STEP_TORCH = '''class Step(nn.Module):
    """The perceptron's step: 1 for x > 0, else 0 (its gradient is zero)."""

    def forward(self, x):
        return (x > 0).to(x.dtype)
'''


# Image layers in torch: LayerLab's (and Keras') images are channels last, torch's channels first, so
# a module is called on the transposed input and its output transposed back, in the generated code.
CHANNELS_FIRST = "{layer}(x.permute(0, 3, 1, 2)).permute(0, 2, 3, 1)"

PADDED_CONV_TORCH = '''class PaddedConv2d(nn.Conv2d):
    """nn.Conv2d with zero padding (left, right, top, bottom) first: Keras' 'same' puts the odd pixel
    at the end (bottom, right), which Conv2d's own symmetric padding cannot."""

    def __init__(self, *args, pad=(0, 0, 0, 0), **kwargs):
        super().__init__(*args, **kwargs)
        self.pad = pad

    def forward(self, x):
        return super().forward(nn.functional.pad(x, self.pad))
'''

RESHAPE_TORCH = '''class Reshape(nn.Module):
    """Keras' Reshape: each sample to ``shape``, row by row."""

    def __init__(self, shape):
        super().__init__()
        self.shape = tuple(shape)

    def forward(self, x):
        return x.reshape((len(x),) + self.shape)
'''

ADD_TORCH = '''class Add(nn.Module):
    """Keras' Add: the sum of the inputs."""

    def forward(self, *xs):
        total = xs[0]
        for x in xs[1:]:
            total = total + x
        return total
'''

CONCATENATE_TORCH = '''class Concatenate(nn.Module):
    """Keras' Concatenate: the inputs joined along ``dim`` (the batch is axis 0, as in Keras)."""

    def __init__(self, dim=-1):
        super().__init__()
        self.dim = dim

    def forward(self, *xs):
        return torch.cat(xs, dim=self.dim)
'''


def same_pad(p, in_shape):
    """PaddedConv2d's ``pad`` (left, right, top, bottom) for a Conv2D's parameters and input shape."""
    from .conv import same_padding
    if p["padding"] != "same":
        return (0, 0, 0, 0)
    k, s = p["kernel_size"], p["strides"]
    top, bottom = same_padding(in_shape[0], k, s)
    left, right = same_padding(in_shape[1], k, s)
    return (left, right, top, bottom)
