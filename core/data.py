"""Datasets: toy generators, painted points, the bundled real sets, CSV import, splits and scalers.

A :class:`Dataset` holds features ``x`` (float64, one row per sample) and
targets ``y`` (class indices for classification, values for regression).
Scalers are fitted on the training split only and applied to the rest, so
nothing of the validation data leaks into training.
"""
import os
from dataclasses import dataclass, field

import numpy as np

from .csvfile import MAX_CSV_BYTES, load_csv  # noqa: F401 (re-exported)
from .errors import Cancelled, DataError  # noqa: F401 (Cancelled: re-exported)
from .messages import msg
from .points import points_arrays

RESOURCES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources")
DATASETS_DIR = os.path.join(RESOURCES, "datasets")


@dataclass
class Dataset:
    name: str
    x: np.ndarray                      # (N, features) float64
    y: np.ndarray                      # (N,) int64 class indices, or (N,) / (N, k) float64 values
    task: str                          # "classification" or "regression"
    classes: list = field(default_factory=list)        # class labels, by index
    feature_names: list = field(default_factory=list)

    @property
    def n_features(self):
        return self.x.shape[1]

    @property
    def n_classes(self):
        return len(self.classes)

    def __len__(self):
        return len(self.x)


# -- toy datasets (2-D classification, and sine regression) -------------------------------
def xor(n, noise, rng, classes=2):
    """Four clusters at (+-1, +-1); the class is 1 where the signs differ."""
    signs = rng.choice([-1.0, 1.0], size=(n, 2))
    x = signs + rng.normal(0, noise, (n, 2))
    return x, (signs[:, 0] != signs[:, 1]).astype(np.int64)


def circles(n, noise, rng, classes=2):
    """A ring of radius 1 (class 0) around a ring of radius 0.5 (class 1)."""
    y = np.arange(n) % 2
    angle = rng.uniform(0, 2 * np.pi, n)
    radius = np.where(y == 0, 1.0, 0.5)
    x = np.c_[radius * np.cos(angle), radius * np.sin(angle)] + rng.normal(0, noise, (n, 2))
    return x, y.astype(np.int64)


def moons(n, noise, rng, classes=2):
    """Two interleaving half circles (scikit-learn's make_moons)."""
    y = np.arange(n) % 2
    t = rng.uniform(0, np.pi, n)
    x = np.where(y[:, None] == 0, np.c_[np.cos(t), np.sin(t)], np.c_[1 - np.cos(t), 0.5 - np.sin(t)])
    return x + rng.normal(0, noise, (n, 2)), y.astype(np.int64)


def spiral(n, noise, rng, classes=2):
    """``classes`` interleaved spiral arms, each winding 1.5 turns out from the centre."""
    y = np.arange(n) % classes
    r = rng.uniform(0.05, 1.0, n)
    theta = 3 * np.pi * r + 2 * np.pi * y / classes
    x = np.c_[r * np.cos(theta), r * np.sin(theta)] + rng.normal(0, noise, (n, 2)) * r[:, None]
    return x, y.astype(np.int64)


def gaussians(n, noise, rng, classes=2):
    """``classes`` round blobs with centres on a circle of radius 2, spread 0.5 + noise."""
    y = np.arange(n) % classes
    angle = 2 * np.pi * y / classes
    x = 2 * np.c_[np.cos(angle), np.sin(angle)] + rng.normal(0, 0.5 + noise, (n, 2))
    return x, y.astype(np.int64)


def sine(n, noise, rng, classes=None):
    """Regression: y = sin(x) + noise for x in [-pi, pi]."""
    x = rng.uniform(-np.pi, np.pi, (n, 1))
    return x, np.sin(x[:, 0]) + rng.normal(0, noise, n)


# The logic gates: the four corner points (0, 0), (0, 1), (1, 0), (1, 1), repeated to n samples,
# plus noise. Each generator stands alone so an exported script can carry it.
def gate_and(n, noise, rng, classes=2):
    """Logic AND of the four corner points: class 1 only at (1, 1)."""
    corners = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])[np.arange(n) % 4]
    y = (corners.sum(axis=1) == 2).astype(np.int64)
    return corners + rng.normal(0, noise, (n, 2)), y


def gate_or(n, noise, rng, classes=2):
    """Logic OR of the four corner points: class 0 only at (0, 0)."""
    corners = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])[np.arange(n) % 4]
    y = (corners.sum(axis=1) >= 1).astype(np.int64)
    return corners + rng.normal(0, noise, (n, 2)), y


def gate_nand(n, noise, rng, classes=2):
    """Logic NAND of the four corner points: class 0 only at (1, 1)."""
    corners = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])[np.arange(n) % 4]
    y = (corners.sum(axis=1) < 2).astype(np.int64)
    return corners + rng.normal(0, noise, (n, 2)), y


def gate_xor(n, noise, rng, classes=2):
    """Logic XOR of the four corner points: class 1 where exactly one input is 1."""
    corners = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])[np.arange(n) % 4]
    y = (corners.sum(axis=1) == 1).astype(np.int64)
    return corners + rng.normal(0, noise, (n, 2)), y


GATES = {"gate_and": gate_and, "gate_or": gate_or, "gate_nand": gate_nand, "gate_xor": gate_xor}

TOY = {"xor": xor, "circles": circles, "moons": moons, "spiral": spiral, "gaussians": gaussians, "sine": sine, **GATES}


def toy_classes(name, classes=2):
    """The class labels of a toy dataset ("0", "1", ...); none for the regression one."""
    if name == "sine":
        return []
    return [str(i) for i in range(classes if name in ("spiral", "gaussians") else 2)]


def toy_dataset(name, samples=400, noise=0.1, classes=2, seed=0):
    rng = np.random.default_rng(seed)
    x, y = TOY[name](samples, noise, rng, classes)
    if name == "sine":
        return Dataset(name, x, y, "regression", feature_names=["x"])
    return Dataset(name, x, y, "classification", classes=toy_classes(name, classes), feature_names=["x1", "x2"])


# -- CSV: core/csvfile.py (load_csv, MAX_CSV_BYTES, Cancelled are re-exported here) --------------


# -- by settings -----------------------------------------------------------------------------
def check_csv_source(data):
    """A CSV source needs ``path`` and ``target`` (a design may be saved without them; training
    and export ask for them). Raises DataError naming the setting."""
    if data.get("source") != "csv":
        return
    if not data.get("path"):
        raise DataError(msg("training.data.path: choose the CSV file to train on", code="data.no_path"))
    if not data.get("target"):
        raise DataError(msg("training.data.target: name the CSV column to predict", code="data.no_target"))


def load_dataset(data, base_dir=None, seed=0, cancel=None):
    """The dataset described by a design's ``training.data`` settings (defaults filled in).

    ``cancel`` (a callable, e.g. ``threading.Event().is_set``) is asked between chunks of a CSV;
    when it returns true, :class:`Cancelled` is raised within a few milliseconds.
    """
    source = data.get("source", "toy")
    if source == "toy":
        return toy_dataset(data.get("name", "xor"), data.get("samples", 400), data.get("noise", 0.1),
                           data.get("classes", 2), seed=seed)
    if source == "points":
        x, y, classes = points_arrays(data)
        return Dataset("points", x, y, data.get("task", "classification"), classes=classes,
                       feature_names=["x1", "x2"])
    path, target, task = csv_source(data, base_dir)
    return load_csv(path, target, task, name=data.get("name") if source == "builtin" else None, cancel=cancel)


def csv_source(data, base_dir=None):
    """(path, target column, task) of a ``builtin`` or ``csv`` data source; relative paths
    are relative to ``base_dir`` (the design's folder)."""
    if data.get("source") == "builtin":
        return os.path.join(DATASETS_DIR, f"{data.get('name', 'digits')}.csv"), "target", "classification"
    check_csv_source(data)
    path, target = data["path"], data["target"]
    if not os.path.isabs(path):
        path = os.path.join(base_dir or os.getcwd(), path)
    return path, target, data.get("task", "classification")


# -- seeds, splits and scaling ------------------------------------------------------------------
# The functions from here on are copied verbatim into exported scripts (core.export), so a
# script trains on exactly the app's data: they use NumPy only and nothing else of LayerLab.
def run_seeds(seed):
    """The four seeds a run draws from its design's one seed: network, data, shuffle, split."""
    return [int(s) for s in np.random.SeedSequence(seed).generate_state(4)]


def split_indices(y, n_classes, validation_split, seed=0):
    """A seeded random split into (train, validation) index arrays, stratified for classification
    (``y`` class indices below ``n_classes``; ``n_classes`` 0 for regression).

    Keras' ``validation_split`` takes the *last* samples before shuffling; on data sorted
    by class that gives a validation set of one class. LayerLab draws it at random instead,
    keeping each class's share the same in both parts.
    """
    n = len(y)
    rng = np.random.default_rng(seed)
    if validation_split <= 0:
        return rng.permutation(n), np.array([], dtype=np.int64)
    if n_classes:
        val = []
        for c in range(n_classes):
            idx = rng.permutation(np.flatnonzero(y == c))
            k = int(round(len(idx) * validation_split))
            if len(idx) >= 2:
                k = min(max(k, 1), len(idx) - 1)
            else:
                k = 0
            val.append(idx[:k])
        val = np.concatenate(val) if val else np.array([], dtype=np.int64)
    else:
        val = rng.permutation(n)[:int(round(n * validation_split))]
    mask = np.ones(n, dtype=bool)
    mask[val] = False
    train = rng.permutation(np.flatnonzero(mask))
    return train, rng.permutation(val)


class Scaler:
    """``none``, ``minmax`` (to [0, 1]) or ``standard`` (zero mean, unit variance), per feature."""

    def __init__(self, kind="standard"):
        if kind not in ("none", "minmax", "standard"):
            raise ValueError(f"unknown scaling {kind!r}; expected none, minmax or standard")
        self.kind = kind
        self.shift = None
        self.scale = None

    def fit(self, x):
        if self.kind == "minmax":
            lo, hi = x.min(axis=0), x.max(axis=0)
            self.shift, self.scale = lo, np.where(hi > lo, hi - lo, 1.0)
        elif self.kind == "standard":
            mean, std = x.mean(axis=0), x.std(axis=0)
            self.shift, self.scale = mean, np.where(std > 0, std, 1.0)
        return self

    def transform(self, x):
        if self.kind == "none":
            return x
        return (x - self.shift) / self.scale


def split_and_scale(x, y, n_classes, validation_split, scaling, seed):
    """(train indices, validation indices, scaler fitted on the training part; None if that is empty)."""
    train, val = split_indices(y, n_classes, validation_split, seed)
    return train, val, Scaler(scaling).fit(x[train]) if len(train) else None


def model_inputs(scaler, x, shape, dtype):
    """Samples ``x`` scaled and shaped as the network's input (``shape`` per sample)."""
    return np.ascontiguousarray(scaler.transform(x).reshape((-1,) + tuple(shape)), dtype=dtype)
