"""What the trainer reports: plain, frozen data, safe to hand to another thread.

A :class:`Report` after every epoch (and every ``report_every`` batches) with the metrics and,
for the probe batch, one :class:`LayerReport` per layer; a :class:`Surface` of the network's
answer over the input plane for data with two features; a :class:`TrainResult` at the end.
"""
from dataclasses import dataclass, field

import numpy as np

from .histograms import Histogram
from .messages import msg

#: Convolution pictures: the first filters of each Conv2D layer and their feature maps for one
#: validation image. Eight fit a row of the view, as eight neuron pictures fit a node.
FILTERS_SHOWN = 8
#: The validation image whose feature maps are shown: the probe batch's first, the same every report.
FEATURE_SAMPLE = 0

#: What the gradient histograms show, for the caption over them (translated at the edge).
#: After training most samples are fitted and bring almost no gradient to any layer, so raw
#: values would put a well-trained network's layers furthest left; relative to what the same
#: sample brings to the top layer, the histograms show what the norm curves show: the gradient
#: lost on the way down.
GRADIENT_HISTOGRAM_CAPTION = msg(
    "Now: the gradient reaching each layer, per sample of a probe batch of validation samples, as log10 of "
    "its size relative to the same sample's gradient at the top layer (0: as large as at the top, -3: a "
    "thousandth). Far to the left means vanishing.", code="dashboard.gradient_caption")


@dataclass(frozen=True)
class LayerReport:
    node_id: str
    type: str
    activation: Histogram
    grad_norm: float | None            # |dL/d(output)| over the probe batch
    grad: Histogram | None             # log10 of |dL/d(output)| per sample, relative to the top layer's
                                       # (see GRADIENT_HISTOGRAM_CAPTION)
    weights: dict = field(default_factory=dict)        # "W" -> Histogram
    weight_grads: dict = field(default_factory=dict)   # "W" -> Histogram (log10)
    weight_grad_norms: dict = field(default_factory=dict)  # "W" -> float
    warnings: tuple = ()               # core.diagnostics.LayerWarning for this layer, from the probe pass
    pictures: object = None            # core.neurons.Pictures (data with two features, hidden layers)
    filters: np.ndarray | None = None  # Conv2D: (k, kh, kw) the first k filters, averaged over input channels
    feature_maps: np.ndarray | None = None  # Conv2D: (k, h, w) their outputs for the FEATURE_SAMPLE image
    sample: np.ndarray | None = None   # Conv2D: (h, w) that image as the layer's input sees it (channel mean)


@dataclass(frozen=True)
class Report:
    kind: str                  # "epoch", "batch", "start" (the network as initialised, epoch 0), or
                               # "restored" (the run's end, after restore_best_weights: see best_epoch)
    epoch: int                 # epochs completed ("epoch") or the epoch under way ("batch"), from 1
    epochs: int                # epochs planned
    batch: int                 # batches done in this epoch
    batches: int               # batches per epoch
    metrics: dict              # epoch: the epoch's metrics; batch: running training loss/metric
    layers: tuple = ()
    confusion: np.ndarray | None = None  # validation confusion matrix (rows: true class)
    seconds: float = 0.0
    samples_per_second: float = 0.0
    best_epoch: int | None = None        # early stopping's best epoch so far, from 1 (None without it)

    @property
    def warnings(self):
        """Every layer's warnings (core.diagnostics.LayerWarning), in the network's order."""
        return tuple(w for layer in self.layers for w in layer.warnings)

    @property
    def pictures(self):
        """{node id: core.neurons.Pictures} for the layers that have them (2-feature data)."""
        return {layer.node_id: layer.pictures for layer in self.layers if layer.pictures is not None}


@dataclass(frozen=True)
class Surface:
    """The network's answer over a grid of the input plane (data with two features):
    ``values[i, j]`` is for the point (xs[j], ys[i]), in the data's own units."""

    xs: np.ndarray
    ys: np.ndarray
    values: np.ndarray        # predicted class (classification) or value (regression)
    confidence: np.ndarray    # the predicted class's probability; 1 for regression
    points: np.ndarray        # (n, 2) training samples, at most SURFACE_POINTS
    labels: np.ndarray        # their classes or targets
    classes: int              # 0 for regression


SURFACE_POINTS = 400


@dataclass
class TrainResult:
    history: dict
    epochs_run: int
    stopped_because: str       # completed, early_stopping, diverged, stopped
    message: str
    seconds: float
    best_epoch: int | None = None
    #: The metrics of the network fit() leaves: the last epoch's, or the best epoch's when its
    #: weights were restored (validation recomputed on the restored weights).
    metrics: dict = field(default_factory=dict)
    restored: bool = False     # the best epoch's weights were put back at the end
