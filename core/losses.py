"""Losses, as Keras and torch define them: the mean over the batch (and, for
``mse``, over the outputs too). ``sum_squared_error`` is Deep Learning from
Scratch's SSE, ½·Σ(y − t)² per sample, averaged over the batch like the rest.

The cross-entropies are fused with their output activation and computed from
the logits ``z`` (the input of the last Sigmoid/Softmax) with log-sum-exp, so
they stay finite for logits of +-1000. Their gradient with respect to ``z`` is
the famous ``(y - t) / N``; backward then starts below the output activation.
"""
import numpy as np

from .layers import fmt_shape


class Loss:
    #: The last layer's type this loss is fused with (None: plain loss on the output).
    fused_with = None

    def forward(self, y, z, t):
        """Loss value (float) for output ``y`` (logits ``z`` when fused) and targets ``t``."""
        raise NotImplementedError

    def backward(self):
        """Gradient with respect to ``z`` when fused, otherwise with respect to ``y``."""
        return self.grad


class MeanSquaredError(Loss):
    name = "mse"

    def forward(self, y, z, t):
        t = match_targets(t, y)
        diff = y - t
        self.grad = diff * (2.0 / diff.size)
        return float(np.vdot(diff, diff)) / diff.size


class SumSquaredError(Loss):
    """½·Σ(y − t)² over a sample's outputs, averaged over the batch; gradient (y − t) / N."""

    name = "sum_squared_error"

    def forward(self, y, z, t):
        t = match_targets(t, y)
        diff = y - t
        n = y.shape[0]
        self.grad = diff * (1.0 / n)
        return 0.5 * float(np.vdot(diff, diff)) / n


class BinaryCrossEntropy(Loss):
    """Sigmoid + binary cross-entropy on logits: mean(max(z, 0) - z t + log(1 + exp(-|z|)))."""

    name = "binary_crossentropy"
    fused_with = "Sigmoid"

    def forward(self, y, z, t):
        t = match_targets(t, y)
        losses = np.maximum(z, 0) - z * t + np.log1p(np.exp(-np.abs(z)))
        self.grad = (y - t) * (1.0 / y.size)
        return float(np.add.reduce(losses, axis=None, dtype=np.float64)) / y.size


class CategoricalCrossEntropy(Loss):
    """Softmax + categorical cross-entropy on logits; targets are class indices or one-hot."""

    name = "categorical_crossentropy"
    fused_with = "Softmax"

    def forward(self, y, z, t):
        t = one_hot_targets(t, y)
        m = np.maximum.reduce(z, axis=-1, keepdims=True)
        lse = m[:, 0] + np.log(np.add.reduce(np.exp(z - m), axis=-1))
        n = y.shape[0]
        self.grad = (y - t) * (1.0 / n)
        return float(np.add.reduce(lse - np.add.reduce(t * z, axis=-1), dtype=np.float64)) / n


LOSSES = {cls.name: cls for cls in (MeanSquaredError, SumSquaredError, BinaryCrossEntropy, CategoricalCrossEntropy)}


def make_loss(name):
    try:
        return LOSSES[name]()
    except KeyError:
        raise ValueError(f"unknown loss {name!r}; expected one of {', '.join(LOSSES)}") from None


def match_targets(t, y):
    """``t`` as an array of ``y``'s shape and dtype ((N,) targets fit (N, 1) outputs)."""
    t = np.asarray(t)
    if t.shape != y.shape:
        if t.size == y.size and t.shape[:1] == y.shape[:1]:
            t = t.reshape(y.shape)
        else:
            raise ValueError(
                f"targets of shape {fmt_shape(t.shape)} do not fit the output of shape {fmt_shape(y.shape)}")
    return t.astype(y.dtype, copy=False)


def one_hot_targets(t, y):
    """Class indices of shape (N,) become one-hot rows; one-hot targets pass through."""
    t = np.asarray(t)
    if t.ndim == 1 and y.ndim == 2 and t.shape[0] == y.shape[0] and y.shape[1] > 1:
        if not np.issubdtype(t.dtype, np.integer):
            if not np.all(t == np.round(t)):
                raise ValueError("class-index targets must be whole numbers")
            t = t.astype(np.int64)
        k = y.shape[1]
        if t.size and (t.min() < 0 or t.max() >= k):
            raise ValueError(f"class indices must be in [0, {k}), got {t.min()}..{t.max()}")
        out = np.zeros_like(y)
        out[np.arange(t.shape[0]), t] = 1.0
        return out
    return match_targets(t, y)
