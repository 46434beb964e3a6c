"""Merge layers: several inputs, one output (residual connections, branches joined).

A merge's ``forward`` takes the list of its inputs' outputs, in the order their edges
appear in the design, and ``backward(dout)`` returns one gradient per input in that
order. Shape inference gets the list of input shapes. When two inputs do not fit,
:class:`InputMismatch` says which two (by position), so the network can name both
nodes, both edges and both shapes.
"""
import numpy as np

from .errors import ShapeError
from .messages import msg
from .layers import Layer, fmt_shape


class InputMismatch(ShapeError):
    """Inputs ``first`` and ``second`` (positions in the input list) do not fit: ``need`` says why."""

    def __init__(self, first, second, need):
        super().__init__(need)
        self.first, self.second, self.need = first, second, need


class Add(Layer):
    """The sum of two or more inputs of one shape (Keras' ``Add``): the residual connection."""

    @staticmethod
    def output_shape(p, in_shapes):
        for j, shape in enumerate(in_shapes[1:], start=1):
            if tuple(shape) != tuple(in_shapes[0]):
                raise InputMismatch(0, j, msg("Add needs inputs of one shape", code="merge.add_shapes"))
        return tuple(in_shapes[0])

    def forward(self, xs, training=False):
        out = xs[0] + xs[1]
        for x in xs[2:]:
            out += x
        return out

    def backward(self, dout):
        # d(a + b)/da = 1: every input gets the whole gradient (never changed in place downstream).
        return [dout] * len(self.in_shape)


def concat_axis(axis, rank):
    """The sample axis (0-based, batch excluded) that Keras' ``axis`` (batch included) names, or None."""
    ax = axis - 1 if axis > 0 else rank + axis
    return ax if 0 <= ax < rank else None


class Concatenate(Layer):
    """Joins two or more inputs along ``axis`` (Keras' meaning: -1 the last, 1 the first after the batch)."""

    def __init__(self, p, in_shapes, dtype):
        super().__init__(p, in_shapes, dtype)
        self.axis = concat_axis(p["axis"], len(in_shapes[0])) + 1  # + 1: the batch axis
        self.splits = np.cumsum([s[self.axis - 1] for s in in_shapes])[:-1]

    @staticmethod
    def output_shape(p, in_shapes):
        first = tuple(in_shapes[0])
        ax = concat_axis(p["axis"], len(first))
        if p["axis"] == 0:
            raise ShapeError(msg("axis 0 is the batch axis; join samples' features with -1 (the last axis) or 1, 2, 3",
                                 code="merge.batch_axis"))
        if ax is None:
            raise ShapeError(msg("axis {axis} does not exist for inputs of shape {shape}", code="merge.no_axis",
                                 axis=p["axis"], shape=fmt_shape(first)))
        for j, shape in enumerate(in_shapes[1:], start=1):
            shape = tuple(shape)
            if len(shape) != len(first):
                raise InputMismatch(0, j, msg("Concatenate needs inputs with the same number of axes",
                                              code="merge.rank"))
            if shape[:ax] + shape[ax + 1:] != first[:ax] + first[ax + 1:]:
                raise InputMismatch(0, j, msg("Concatenate on axis {axis} needs inputs that agree on every other axis",
                                              code="merge.other_axes", axis=p["axis"]))
        return first[:ax] + (sum(s[ax] for s in in_shapes),) + first[ax + 1:]

    def forward(self, xs, training=False):
        return np.concatenate(xs, axis=self.axis)

    def backward(self, dout):
        return np.split(dout, self.splits, axis=self.axis)
