"""Optimizers with torch.optim's update rules and default hyperparameters.

``opt.step(params, grads)`` updates the arrays of ``params`` in place. When
both dicts are a network's :class:`ParamDict` (views into one flat buffer),
the update runs once over the flat buffer: a handful of NumPy calls whatever
the number of layers. The arithmetic is the same either way.
"""
import numpy as np

from .errors import DesignError
from .messages import msg
from .registry import ParamSpec, _key, _show


def _lr(default):
    return ParamSpec("lr", "float", default, minimum=0.0, maximum=10.0, min_exclusive=True,
                     help="Learning rate.")


_WD = ParamSpec("weight_decay", "float", 0.0, minimum=0.0, maximum=1.0,
                help="Adds weight_decay * w to every gradient (torch's meaning, biases included); the training "
                     "setting l2 adds 2 * l2 * W, twice as much for the same number.")
_MOMENTUM = ParamSpec("momentum", "float", 0.9, minimum=0.0, maximum=1.0, max_exclusive=True,
                      help="Fraction of the previous step kept.")

#: Hyperparameters per optimizer type, with torch.optim's defaults.
OPTIMIZER_PARAMS = {
    "sgd": (_lr(0.001), _WD),
    "momentum": (_lr(0.001), _MOMENTUM, _WD),
    "nesterov": (_lr(0.001), _MOMENTUM, _WD),
    "adagrad": (_lr(0.01), ParamSpec("eps", "float", 1e-10, minimum=0.0, maximum=1.0,
                                     help="Added to the denominator."), _WD),
    "rmsprop": (_lr(0.01),
                ParamSpec("alpha", "float", 0.99, minimum=0.0, maximum=1.0, max_exclusive=True,
                          help="Smoothing constant of the squared-gradient average."),
                ParamSpec("eps", "float", 1e-8, minimum=0.0, maximum=1.0, help="Added to the denominator."),
                _WD),
    "adam": (_lr(0.001),
             ParamSpec("beta1", "float", 0.9, minimum=0.0, maximum=1.0, max_exclusive=True,
                       help="Decay of the gradient average."),
             ParamSpec("beta2", "float", 0.999, minimum=0.0, maximum=1.0, max_exclusive=True,
                       help="Decay of the squared-gradient average."),
             ParamSpec("eps", "float", 1e-8, minimum=0.0, maximum=1.0, help="Added to the denominator."),
             _WD),
}


def check_optimizer(settings, path="optimizer"):
    """Validate an optimizer settings dict; raise DesignError naming the field."""
    if not isinstance(settings, dict):
        raise DesignError(msg('{where}: must be an object like {{"type": "adam", "lr": 0.001}}', code="optimizer.not_object",
                              where=path))
    kind = settings.get("type", "adam")
    if not isinstance(kind, str) or kind not in OPTIMIZER_PARAMS:
        raise DesignError(msg("{where}: must be one of {choices}, got {value}", code="param.choice",
                              where=f"{path}.type", choices=", ".join(map(repr, OPTIMIZER_PARAMS)), value=_show(kind)))
    specs = {p.name: p for p in OPTIMIZER_PARAMS[kind]}
    for key, value in settings.items():
        if key == "type":
            continue
        if key not in specs:
            raise DesignError(msg("{where}: unknown setting of {kind}; expected {allowed}", code="optimizer.unknown_key",
                                  where=f"{path}.{_key(key)}", kind=kind, allowed=", ".join(specs)))
        specs[key].check(value, f"{path}.{key}")


def resolve_optimizer(settings):
    """Settings with every hyperparameter filled in from the defaults."""
    kind = settings.get("type", "adam")
    out = {"type": kind}
    for p in OPTIMIZER_PARAMS[kind]:
        out[p.name] = settings.get(p.name, p.default)
    return out


class Optimizer:
    def __init__(self, lr, weight_decay=0.0):
        self.lr = lr
        self.weight_decay = weight_decay
        self.t = 0
        self.state = {}

    def step(self, params, grads):
        self.t += 1
        flat_p = getattr(params, "flat", None)
        flat_g = getattr(grads, "flat", None)
        if flat_p is not None and flat_g is not None:
            self._step_array("__flat__", flat_p, flat_g)
        else:
            for key, p in params.items():
                self._step_array(key, p, grads[key])

    def _step_array(self, key, p, g):
        bufs = self.state.get(key)
        if bufs is None:
            # The rule's state arrays, then two scratch arrays (decayed gradient, work).
            bufs = self.state[key] = [np.zeros_like(p) for _ in range(self.n_state + 2)]
        *state, decayed, tmp = bufs
        if self.weight_decay:  # torch's weight decay: g + weight_decay * p
            np.multiply(p, self.weight_decay, out=decayed)
            decayed += g
            g = decayed
        self._update(p, g, tmp, *state)

    n_state = 0

    def _update(self, p, g, tmp, *state):
        raise NotImplementedError


class SGD(Optimizer):
    """p -= lr * g"""

    def _update(self, p, g, tmp):
        np.multiply(g, self.lr, out=tmp)
        p -= tmp


class Momentum(Optimizer):
    """buf = momentum * buf + g;  p -= lr * buf   (torch's SGD with momentum, dampening 0)."""

    n_state = 1

    def __init__(self, lr, momentum=0.9, weight_decay=0.0):
        super().__init__(lr, weight_decay)
        self.momentum = momentum

    def _update(self, p, g, tmp, buf):
        buf *= self.momentum
        buf += g
        np.multiply(buf, self.lr, out=tmp)
        p -= tmp


class Nesterov(Momentum):
    """buf = momentum * buf + g;  p -= lr * (g + momentum * buf)."""

    def _update(self, p, g, tmp, buf):
        buf *= self.momentum
        buf += g
        np.multiply(buf, self.momentum, out=tmp)
        tmp += g
        tmp *= self.lr
        p -= tmp


class AdaGrad(Optimizer):
    """sum += g^2;  p -= lr * g / (sqrt(sum) + eps)."""

    n_state = 1

    def __init__(self, lr, eps=1e-10, weight_decay=0.0):
        super().__init__(lr, weight_decay)
        self.eps = eps

    def _update(self, p, g, tmp, acc):
        np.multiply(g, g, out=tmp)
        acc += tmp
        np.sqrt(acc, out=tmp)
        tmp += self.eps
        np.divide(g, tmp, out=tmp)
        tmp *= self.lr
        p -= tmp


class RMSprop(Optimizer):
    """v = alpha * v + (1 - alpha) * g^2;  p -= lr * g / (sqrt(v) + eps)."""

    n_state = 1

    def __init__(self, lr, alpha=0.99, eps=1e-8, weight_decay=0.0):
        super().__init__(lr, weight_decay)
        self.alpha = alpha
        self.eps = eps

    def _update(self, p, g, tmp, v):
        np.multiply(g, g, out=tmp)
        tmp *= 1.0 - self.alpha
        v *= self.alpha
        v += tmp
        np.sqrt(v, out=tmp)
        tmp += self.eps
        np.divide(g, tmp, out=tmp)
        tmp *= self.lr
        p -= tmp


class Adam(Optimizer):
    """m = b1 m + (1 - b1) g;  v = b2 v + (1 - b2) g^2;
    p -= lr / (1 - b1^t) * m / (sqrt(v) / sqrt(1 - b2^t) + eps)   (torch's placement of eps)."""

    n_state = 2

    def __init__(self, lr, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0):
        super().__init__(lr, weight_decay)
        self.beta1 = beta1
        self.beta2 = beta2
        self.eps = eps

    def _update(self, p, g, tmp, m, v):
        b1, b2 = self.beta1, self.beta2
        np.multiply(g, 1.0 - b1, out=tmp)
        m *= b1
        m += tmp
        np.multiply(g, g, out=tmp)
        tmp *= 1.0 - b2
        v *= b2
        v += tmp
        np.sqrt(v, out=tmp)
        tmp *= 1.0 / np.sqrt(1.0 - b2 ** self.t)
        tmp += self.eps
        np.divide(m, tmp, out=tmp)
        tmp *= self.lr / (1.0 - b1 ** self.t)
        p -= tmp


OPTIMIZERS = {"sgd": SGD, "momentum": Momentum, "nesterov": Nesterov,
              "adagrad": AdaGrad, "rmsprop": RMSprop, "adam": Adam}


def make_optimizer(settings):
    """An optimizer from the design's settings, e.g. ``{"type": "adam", "lr": 0.01}``."""
    check_optimizer(settings)
    resolved = resolve_optimizer(settings)
    kind = resolved.pop("type")
    return OPTIMIZERS[kind](**resolved)
