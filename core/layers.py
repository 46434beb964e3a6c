"""The layers: each has ``forward(x, training)`` and ``backward(dout) -> dx``.

The shape follows *Deep Learning from Scratch*: ``forward`` keeps what
``backward`` needs; parameters (``W``, ``b``, ...) and their gradients
(``dW``, ``db``, ...) live on the layer. Unlike that book, ``dout`` is never
changed in place, and parameters are views into the network's flat buffers
(bound by :meth:`Layer.bind`), so gradients are written with ``out=``.

Shape inference without data is a static method, ``output_shape(p, in_shape)``,
that raises :class:`ShapeError` with a reason (the network adds the node's name).
Layers are declared, with their parameters, in :mod:`core.registry`.
"""
import math

import numpy as np

from .errors import ShapeError
from .initializers import initialize
from .messages import msg


def fmt_shape(shape):
    """``(8, 8)``, ``(64,)``: how shapes are written in messages and on the canvas (Python's
    tuple form); ``?`` for a shape not known (None)."""
    if shape is None:
        return "?"
    return str(tuple(int(s) for s in shape))


class Layer:
    """Base class: no parameters, shape-preserving, elementwise."""

    #: False for a layer fed by the Input node: nobody needs its input gradient.
    needs_input_grad = True

    def __init__(self, p, in_shape, dtype):
        self.p = p
        self.in_shape = tuple(in_shape)
        self.dtype = dtype

    @staticmethod
    def output_shape(p, in_shape):
        return tuple(in_shape)

    @staticmethod
    def param_shapes(p, in_shape):
        """Trainable parameters: ``{name: shape}``."""
        return {}

    def state_shapes(self):
        """Non-trainable state saved with a model (BatchNorm's running statistics)."""
        return {}

    def bind(self, params, grads):
        """Attach views into the network's flat buffers: ``W``/``dW`` and so on."""
        for name, arr in params.items():
            setattr(self, name, arr)
        for name, arr in grads.items():
            setattr(self, "d" + name, arr)

    def initialize(self, rng):
        pass

    def forward(self, x, training=False):
        raise NotImplementedError

    def backward(self, dout):
        raise NotImplementedError


class Input(Layer):
    @staticmethod
    def output_shape(p, in_shape):
        return tuple(p["shape"])

    def forward(self, x, training=False):
        return x


class Dense(Layer):
    """Fully connected: ``out = x @ W + b`` with ``W`` of shape (in, out)."""

    def __init__(self, p, in_shape, dtype):
        super().__init__(p, in_shape, dtype)
        self.use_bias = p["use_bias"]
        self.l1 = 0.0
        self.l2 = 0.0
        self.x = None

    @staticmethod
    def output_shape(p, in_shape):
        if len(in_shape) != 1:
            raise ShapeError(msg("expects 1-D input, got {shape}; add a Flatten", code="shape.not_flat",
                                  shape=fmt_shape(in_shape)))
        hand = p.get("weights")
        if hand is not None:
            want = (in_shape[0], p["units"])
            got = (len(hand["W"]), len(hand["W"][0]))
            if got != want:
                raise ShapeError(msg("weights.W has shape {got}, but this layer needs {want} (inputs, units)",
                                     code="shape.hand_weights", got=fmt_shape(got), want=fmt_shape(want)))
            bias = hand.get("b", [])
            if len(bias) != (p["units"] if p["use_bias"] else 0):
                raise ShapeError(msg("weights.b has {count} values, but this layer needs {units}", code="shape.hand_bias",
                                     count=len(bias), units=p["units"]) if p["use_bias"] else
                                 msg("weights.b has {count} values, but this layer needs none (use_bias is off)",
                                     code="shape.hand_bias", count=len(bias)))
        return (p["units"],)

    @staticmethod
    def param_shapes(p, in_shape):
        shapes = {"W": (in_shape[0], p["units"])}
        if p["use_bias"]:
            shapes["b"] = (p["units"],)
        return shapes

    def initialize(self, rng):
        fan_in, fan_out = self.W.shape
        # Drawn even when hand-set, so the layers after this one get the same weights either way.
        self.W[...] = initialize(self.p["init"], rng, self.W.shape, fan_in, fan_out, self.p["std"])
        if self.use_bias:
            self.b[...] = 0.0
        hand = self.p.get("weights")
        if hand is not None:  # the perceptron lessons' weights, typed in by hand
            self.W[...] = hand["W"]
            if self.use_bias:
                self.b[...] = hand["b"]

    def forward(self, x, training=False):
        self.x = x
        out = x @ self.W
        if self.use_bias:
            out += self.b
        return out

    def backward(self, dout):
        np.matmul(self.x.T, dout, out=self.dW)
        if self.l2:
            self.dW += (2.0 * self.l2) * self.W
        if self.l1:
            self.dW += self.l1 * np.sign(self.W)
        if self.use_bias:
            np.add.reduce(dout, axis=0, out=self.db)
        if self.needs_input_grad:
            return dout @ self.W.T
        return None

    def penalty(self):
        """Keras' regularizer terms: ``l2 * sum(W**2) + l1 * sum(|W|)`` (biases are not penalised)."""
        total = 0.0
        if self.l2:
            total += self.l2 * float(np.vdot(self.W, self.W))
        if self.l1:
            total += self.l1 * float(np.abs(self.W).sum())
        return total


class ReLU(Layer):
    def forward(self, x, training=False):
        self.mask = x > 0
        return x * self.mask

    def backward(self, dout):
        return dout * self.mask


class LeakyReLU(Layer):
    def forward(self, x, training=False):
        self.slope = np.where(x > 0, self.dtype(1), self.dtype(self.p["alpha"]))
        return x * self.slope

    def backward(self, dout):
        return dout * self.slope


class Sigmoid(Layer):
    def forward(self, x, training=False):
        # 0.5 * (1 + tanh(x / 2)) is the logistic function without exp overflow.
        out = np.tanh(x * 0.5)
        out += 1.0
        out *= 0.5
        self.out = out
        return out

    def backward(self, dout):
        return dout * self.out * (1.0 - self.out)


class Tanh(Layer):
    def forward(self, x, training=False):
        self.out = np.tanh(x)
        return self.out

    def backward(self, dout):
        return dout * (1.0 - self.out * self.out)


class Softmax(Layer):
    """Softmax over the last axis (shifted by the row maximum, so it never overflows)."""

    def forward(self, x, training=False):
        e = np.exp(x - np.maximum.reduce(x, axis=-1, keepdims=True))
        e /= np.add.reduce(e, axis=-1, keepdims=True)
        self.out = e
        return e

    def backward(self, dout):
        y = self.out
        return y * (dout - (dout * y).sum(axis=-1, keepdims=True))


class Step(Layer):
    """The perceptron's step function. Its gradient is zero almost everywhere,
    which is exactly why it cannot be trained by gradient descent."""

    def forward(self, x, training=False):
        return (x > 0).astype(self.dtype)

    def backward(self, dout):
        return np.zeros_like(dout)


class Dropout(Layer):
    """Inverted dropout: in training, drop a fraction ``rate`` and scale the rest
    by 1 / (1 - rate); in inference, the identity. Backward uses the same mask."""

    def __init__(self, p, in_shape, dtype):
        super().__init__(p, in_shape, dtype)
        self.rate = p["rate"]
        self.rng = np.random.default_rng(0)
        self.mask = None
        #: When set (gradient checks), training forward uses this mask instead of drawing one.
        self.fixed_mask = None

    def initialize(self, rng):
        self.rng = np.random.default_rng(rng.integers(2**63))

    def forward(self, x, training=False):
        if not training or self.rate == 0.0:
            self.mask = None
            return x
        if self.fixed_mask is not None:
            self.mask = self.fixed_mask
        else:
            keep = self.rng.random(x.shape, dtype=self.dtype) >= self.rate
            self.mask = keep * self.dtype(1.0 / (1.0 - self.rate))
        return x * self.mask

    def backward(self, dout):
        if self.mask is None:
            return dout
        return dout * self.mask


class BatchNorm(Layer):
    """Batch normalisation over the batch axis, per feature.

    Training: batch mean and biased variance; running statistics follow Keras:
    ``running = momentum * running + (1 - momentum) * batch``.
    Inference: the running statistics.
    """

    def __init__(self, p, in_shape, dtype):
        super().__init__(p, in_shape, dtype)
        self.momentum = p["momentum"]
        self.eps = p["eps"]
        n = in_shape[0]
        self.running_mean = np.zeros(n, dtype=dtype)
        self.running_var = np.ones(n, dtype=dtype)

    @staticmethod
    def output_shape(p, in_shape):
        if len(in_shape) != 1:
            raise ShapeError(msg("expects 1-D input, got {shape}; add a Flatten", code="shape.not_flat",
                                  shape=fmt_shape(in_shape)))
        return tuple(in_shape)

    @staticmethod
    def param_shapes(p, in_shape):
        return {"gamma": (in_shape[0],), "beta": (in_shape[0],)}

    def state_shapes(self):
        return {"running_mean": self.running_mean.shape, "running_var": self.running_var.shape}

    def initialize(self, rng):
        self.gamma[...] = 1.0
        self.beta[...] = 0.0
        self.running_mean[...] = 0.0
        self.running_var[...] = 1.0

    def forward(self, x, training=False):
        if not training:
            return (x - self.running_mean) / np.sqrt(self.running_var + self.eps) * self.gamma + self.beta
        mu = x.mean(axis=0)
        xc = x - mu
        var = (xc * xc).mean(axis=0)
        self.inv_std = 1.0 / np.sqrt(var + self.eps)
        self.xn = xc * self.inv_std
        m = self.momentum
        self.running_mean *= m
        self.running_mean += (1.0 - m) * mu
        self.running_var *= m
        self.running_var += (1.0 - m) * var
        return self.xn * self.gamma + self.beta

    def backward(self, dout):
        xn = self.xn
        n = dout.shape[0]
        np.sum(dout, axis=0, out=self.dbeta)
        np.sum(dout * xn, axis=0, out=self.dgamma)
        dxn = dout * self.gamma
        return (self.inv_std / n) * (n * dxn - dxn.sum(axis=0) - xn * (dxn * xn).sum(axis=0))


class Flatten(Layer):
    @staticmethod
    def output_shape(p, in_shape):
        return (math.prod(in_shape),)  # exact: np.prod wraps past 2**63

    def forward(self, x, training=False):
        return x.reshape(x.shape[0], -1)

    def backward(self, dout):
        return dout.reshape((dout.shape[0],) + self.in_shape)
