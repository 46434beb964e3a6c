"""Image layers, channels last as in Keras: inputs are (N, height, width, channels).

Convolution is im2col: the input's patches (``sliding_window_view``, strided) are copied
once into a matrix of shape (N * out_h * out_w, kh * kw * in_c) and multiplied by the
kernel seen as (kh * kw * in_c, filters) — one large matrix product. The backward pass
multiplies the other way and adds the patch gradients back with one strided slice-add
per kernel offset (kh * kw calls, never ``np.add.at``). Pools work the same way.
"""
import math

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from .errors import ShapeError
from .initializers import initialize
from .layers import Layer, fmt_shape
from .messages import msg


KERNEL = msg("a kernel_size", code="noun.kernel_size")
POOL = msg("a pool_size", code="noun.pool_size")


def _image(in_shape, kind):
    if len(in_shape) != 3:
        raise ShapeError(msg("{kind} expects images of shape (height, width, channels), got {shape}; "
                             "give the Input a shape such as [8, 8, 1], or add a Reshape", code="shape.not_image",
                             kind=kind, shape=fmt_shape(in_shape)))
    return in_shape


def same_padding(size, k, s):
    """Keras/TensorFlow 'same': out = ceil(size / s); the padding total is split with the odd
    pixel at the end (bottom, right): ``(before, after)``."""
    out = -(-size // s)
    total = max((out - 1) * s + k - size, 0)
    return total // 2, total - total // 2


def window_out(size, k, s, padding, what):
    """Output length along one axis, or ShapeError when the window does not fit ('valid')."""
    if padding == "same":
        return -(-size // s)
    if size < k:
        raise ShapeError(msg("{what} of {k} does not fit an input of {size} pixels with padding 'valid'; "
                             "use a smaller one or padding 'same'", code="shape.window", what=what, k=k, size=size))
    return (size - k) // s + 1


def add_windows(dx, d, k, s, oh, ow):
    """Adds ``d`` (k * k, N, oh, ow, C), the gradient at each window offset, into ``dx`` (N, H, W, C)
    in place: one strided slice-add per offset (col2im)."""
    for i in range(k):
        for j in range(k):
            dx[:, i:i + s * (oh - 1) + 1:s, j:j + s * (ow - 1) + 1:s, :] += d[i * k + j]


class Conv2D(Layer):
    """2-D convolution (cross-correlation, as Keras and PyTorch compute it):
    ``out[n, y, x, f] = sum(patch(n, y, x) * W[..., f]) + b[f]``, ``W`` of shape (kh, kw, in_c, filters)."""

    def __init__(self, p, in_shape, dtype):
        super().__init__(p, in_shape, dtype)
        self.k, self.s, self.use_bias = p["kernel_size"], p["strides"], p["use_bias"]
        h, w, _ = in_shape
        self.oh, self.ow, _ = self.output_shape(p, in_shape)
        if p["padding"] == "same":
            (self.top, bottom), (self.left, right) = same_padding(h, self.k, self.s), same_padding(w, self.k, self.s)
            self.padded = (h + self.top + bottom, w + self.left + right)
        else:
            self.top = self.left = 0
            self.padded = (h, w)
        self._xp = None  # the zero-padded input buffer, kept between batches of one size

    @staticmethod
    def output_shape(p, in_shape):
        h, w, _ = _image(in_shape, "Conv2D")
        k, s = p["kernel_size"], p["strides"]
        return (window_out(h, k, s, p["padding"], KERNEL), window_out(w, k, s, p["padding"], KERNEL),
                p["filters"])

    @staticmethod
    def param_shapes(p, in_shape):
        shapes = {"W": (p["kernel_size"], p["kernel_size"], in_shape[2], p["filters"])}
        if p["use_bias"]:
            shapes["b"] = (p["filters"],)
        return shapes

    def initialize(self, rng):
        kh, kw, c, f = self.W.shape  # Keras' fans: the receptive field times the channels
        self.W[...] = initialize(self.p["init"], rng, self.W.shape, kh * kw * c, kh * kw * f, self.p["std"])
        if self.use_bias:
            self.b[...] = 0.0

    def _pad(self, x):
        if self.padded == x.shape[1:3]:
            return x
        shape = (len(x),) + self.padded + (x.shape[3],)
        if self._xp is None or self._xp.shape != shape or self._xp.dtype != x.dtype:
            self._xp = np.zeros(shape, dtype=x.dtype)  # the border stays zero; only the inside is rewritten
        h, w = x.shape[1:3]
        self._xp[:, self.top:self.top + h, self.left:self.left + w] = x
        return self._xp

    def _im2col(self, xp):
        """The patches as a (N * oh * ow, kh * kw * C) matrix, columns in the order of W's first three axes."""
        k, s, n, oh, ow = self.k, self.s, len(xp), self.oh, self.ow
        if xp.shape[3] == 1:
            # One channel (the first layer on grey images): copying window by window would move one
            # value at a time; offset by offset moves whole rows, and the transpose is free for matmul.
            cols = np.empty((k, k, n, oh, ow), dtype=xp.dtype)
            for i in range(k):
                for j in range(k):
                    cols[i, j] = xp[:, i:i + s * (oh - 1) + 1:s, j:j + s * (ow - 1) + 1:s, 0]
            return cols.reshape(k * k, -1).T
        win = sliding_window_view(xp, (k, k), axis=(1, 2))[:, ::s, ::s][:, :oh, :ow]
        # (N, oh, ow, C, kh, kw) -> rows of (kh, kw, C)
        return np.ascontiguousarray(win.transpose(0, 1, 2, 4, 5, 3)).reshape(n * oh * ow, -1)

    def forward(self, x, training=False):
        n = len(x)
        self.cols = self._im2col(self._pad(x))
        out = self.cols @ self.W.reshape(-1, self.W.shape[3])
        if self.use_bias:
            out += self.b
        return out.reshape(n, self.oh, self.ow, -1)

    def backward(self, dout):
        f = self.W.shape[3]
        d2 = dout.reshape(-1, f)
        np.matmul(self.cols.T, d2, out=self.dW.reshape(-1, f))
        if self.use_bias:
            np.add.reduce(d2, axis=0, out=self.db)
        if not self.needs_input_grad:
            return None
        n, (h, w, c) = len(dout), self.in_shape
        k, s, oh, ow = self.k, self.s, self.oh, self.ow
        dxp = np.zeros((n,) + self.padded + (c,), dtype=dout.dtype)
        # col2im, offset by offset: the gradient of the pixels under kernel offset (i, j) is one matrix
        # product, added into a strided slice (kh * kw products and adds, each over the whole batch).
        for i in range(k):
            for j in range(k):
                g = d2 @ self.W[i, j].T
                dxp[:, i:i + s * (oh - 1) + 1:s, j:j + s * (ow - 1) + 1:s] += g.reshape(n, oh, ow, c)
        return dxp[:, self.top:self.top + h, self.left:self.left + w]


class _Pool(Layer):
    """Square windows of ``pool_size`` every ``strides`` pixels (default: ``pool_size``), padding 'valid'."""

    def __init__(self, p, in_shape, dtype):
        super().__init__(p, in_shape, dtype)
        self.k = p["pool_size"]
        self.s = p["strides"] or p["pool_size"]
        self.oh, self.ow, _ = self.output_shape(p, in_shape)

    @classmethod
    def output_shape(cls, p, in_shape):
        h, w, c = _image(in_shape, cls.__name__)
        k, s = p["pool_size"], p["strides"] or p["pool_size"]
        return window_out(h, k, s, "valid", POOL), window_out(w, k, s, "valid", POOL), c

    def _windows(self, x):
        """(k * k, N, oh, ow, C): the pixel at each window offset, window by window (one copy)."""
        s, k = self.s, self.k
        win = sliding_window_view(x, (k, k), axis=(1, 2))[:, ::s, ::s][:, :self.oh, :self.ow]
        return win.transpose(4, 5, 0, 1, 2, 3).reshape(k * k, len(x), self.oh, self.ow, x.shape[3])

    def _scatter(self, d):
        """The input gradient from ``d`` (k * k, N, oh, ow, C), the gradient at each window offset."""
        k, s, oh, ow = self.k, self.s, self.oh, self.ow
        n, (h, w, c) = d.shape[1], self.in_shape
        if s == k:  # windows side by side: one transposed copy puts every pixel in its place
            tiles = d.reshape(k, k, n, oh, ow, c).transpose(2, 3, 0, 4, 1, 5).reshape(n, oh * k, ow * k, c)
            if (oh * k, ow * k) == (h, w):
                return tiles
            dx = np.zeros((n, h, w, c), dtype=d.dtype)
            dx[:, :oh * k, :ow * k] = tiles
            return dx
        dx = np.zeros((n, h, w, c), dtype=d.dtype)
        add_windows(dx, d, k, s, oh, ow)
        return dx


class MaxPool2D(_Pool):
    """The largest value of each window; the gradient goes to it (the first one, on ties, as in PyTorch)."""

    def forward(self, x, training=False):
        self.cols = self._windows(x)
        self.out = self.cols.max(axis=0)
        return self.out

    def backward(self, dout):
        hit = self.cols == self.out  # (k * k, ...): where each window's maximum is
        taken = hit[0].copy()
        for h in hit[1:]:  # on ties only the first maximum counts (argmax over axis 0 is 6x slower)
            h &= ~taken
            taken |= h
        return self._scatter(hit * dout)


class AveragePool2D(_Pool):
    """The mean of each window; each pixel of it gets 1 / pool_size² of the gradient."""

    def forward(self, x, training=False):
        s, k = self.s, self.k
        win = sliding_window_view(x, (k, k), axis=(1, 2))[:, ::s, ::s][:, :self.oh, :self.ow]
        return win.mean(axis=(4, 5), dtype=x.dtype)

    def backward(self, dout):
        share = dout * dout.dtype.type(1.0 / (self.k * self.k))
        return self._scatter(np.broadcast_to(share, (self.k * self.k,) + share.shape))


class Reshape(Layer):
    """Gives each sample the shape ``target_shape`` (same number of values), row by row as Keras does."""

    @staticmethod
    def output_shape(p, in_shape):
        target = tuple(p["target_shape"])
        if math.prod(target) != math.prod(in_shape):
            raise ShapeError(msg("cannot reshape {shape} ({count} values) into {target} ({want} values)",
                                 code="shape.reshape", shape=fmt_shape(in_shape), count=math.prod(in_shape),
                                 target=fmt_shape(target), want=math.prod(target)))
        return target

    def forward(self, x, training=False):
        return x.reshape((len(x),) + tuple(self.p["target_shape"]))

    def backward(self, dout):
        return dout.reshape((len(dout),) + self.in_shape)
