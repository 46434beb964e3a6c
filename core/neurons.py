"""Neuron pictures: each hidden unit's output over the input plane (data with two features).

As TensorFlow Playground draws its neurons: one forward pass of a grid over the plane the
data spans (in the scaled space the network sees), then every hidden layer's activations,
reshaped to one small image per unit. Cheap enough to run with every layer report::

    plane = NeuronPlane(trainer.x_train)          # once per run: the grid
    pictures = plane.pictures(trainer.net)        # {node id: Pictures(images, hidden)}
    scene.set_neuron_images(pictures)             # the canvas draws them in the nodes
"""
from typing import NamedTuple

import numpy as np

GRID = 24            # pixels a side: enough to see a unit's boundary bend, small enough to cost ~0.1 ms
UNITS_SHOWN = 8      # a node is 190 px wide: eight 20 px pictures fit in a row
MARGIN = 0.1         # the grid reaches 10% past the data on every side, as the decision boundary does


class Pictures(NamedTuple):
    """``images[k, i, j]``: unit k's output at the grid point (xs[j], ys[i]) (row 0 at the bottom of
    the plane, the lowest y); ``hidden``: how many more units the layer has than are shown."""

    images: np.ndarray
    hidden: int


class NeuronPlane:
    """The grid over the plane of 2-feature inputs ``x`` (already scaled, shape (N, 2) or (N, *shape)
    with two values per sample); ``None`` pictures for any other data."""

    def __init__(self, x, resolution=GRID, margin=MARGIN):
        x = np.asarray(x, dtype=np.float64)
        self.resolution = resolution
        self.grid = None
        if x.ndim < 2 or x[0].size != 2 or len(x) == 0:
            return
        points = x.reshape(len(x), 2)
        lo, hi = points.min(axis=0), points.max(axis=0)
        pad = np.where(hi > lo, margin * (hi - lo), 1.0)
        self.xs = np.linspace(lo[0] - pad[0], hi[0] + pad[0], resolution)
        self.ys = np.linspace(lo[1] - pad[1], hi[1] + pad[1], resolution)
        self.grid = np.stack(np.meshgrid(self.xs, self.ys), axis=-1).reshape((-1,) + x.shape[1:])
        self._cast = {}

    @property
    def planar(self):
        return self.grid is not None

    def pictures(self, net, units=UNITS_SHOWN):
        """{node id: Pictures} for every hidden layer of ``net`` with one axis of units (not the
        Input, not the output). One inference-mode forward pass; it replaces ``net.activations``."""
        if self.grid is None:
            return {}
        grid = self._cast.get(net.dtype)
        if grid is None:
            grid = self._cast[net.dtype] = self.grid.astype(net.dtype)
        net.forward(grid, training=False)
        side = self.resolution
        out = {}
        for nid in net.order:
            if nid in (net.input_id, net.output_id):
                continue
            act = net.activations[nid]
            if act.ndim != 2:  # images and feature maps have pictures of their own
                continue
            shown = min(units, act.shape[1])
            # a copy, always: the pictures leave for the GUI thread while the network trains on
            images = np.array(act[:, :shown].T, dtype=np.float32, order="C").reshape(shown, side, side)
            out[nid] = Pictures(images, act.shape[1] - shown)
        return out
