"""Datasets: toy generators, the bundled real sets, CSV import, splits and scalers.

A :class:`Dataset` holds features ``x`` (float64, one row per sample) and
targets ``y`` (class indices for classification, values for regression).
Scalers are fitted on the training split only and applied to the rest, so
nothing of the validation data leaks into training.
"""
import csv
import os
from dataclasses import dataclass, field

import numpy as np

from .errors import DataError

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


TOY = {"xor": xor, "circles": circles, "moons": moons, "spiral": spiral, "gaussians": gaussians, "sine": sine}


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


# -- CSV ---------------------------------------------------------------------------------
def _sniff_delimiter(header_line):
    counts = {d: header_line.count(d) for d in ",;\t"}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


def _scan_for_problem(label, rows, header, target_col, task):
    """Slow, careful pass that finds the first bad cell (only run when the fast parse fails)."""
    width = len(header)
    for line_no, row in rows:
        if len(row) != width:
            raise DataError(f"{label}, line {line_no}: has {len(row)} values, the header has {width}")
        for j, cell in enumerate(row):
            if j == target_col and task == "classification":
                if cell.strip() == "":
                    raise DataError(f"{label}, line {line_no}, column {header[j]!r}: missing value")
                continue
            text = cell.strip()
            if text == "":
                raise DataError(f"{label}, line {line_no}, column {header[j]!r}: missing value")
            if not _is_number(text):
                raise DataError(f"{label}, line {line_no}, column {header[j]!r}: {text[:30]!r} is not a number")


def _read_text(path, label):
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        raise DataError(f"{path}: no such file (the data of this design)") from None
    except OSError as e:
        raise DataError(f"{path}: cannot be read ({e.strerror})") from None
    for encoding in ("utf-8-sig", "cp949"):  # cp949: what Korean Excel saves
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    raise DataError(f"{label}: is not text in UTF-8")


def load_csv(path, target, task="classification", name=None):
    """Read a CSV with a header row; ``target`` names the target column.

    Raises :class:`DataError` naming the file, line and column of the first problem.
    """
    label = os.path.basename(path)
    text, encoding = _read_text(path, label)
    if not text.strip():
        raise DataError(f"{label}: the file is empty; expected a header row and rows of data")
    first_line, _, body = text.partition("\n")
    first_line = first_line.rstrip("\r")
    delim = _sniff_delimiter(first_line)
    header = [h.strip() for h in next(csv.reader([first_line], delimiter=delim))]
    if len(header) < 2:
        raise DataError(f"{label}: the header has one column; expected features and a target column "
                        f"separated by commas")
    if target not in header:
        raise DataError(f"{label}: no column named {target!r}; the columns are: {', '.join(header)}")
    if len(set(header)) != len(header):
        dup = next(h for h in header if header.count(h) > 1)
        raise DataError(f"{label}: the header names the column {dup!r} twice")
    if not body.strip():
        raise DataError(f"{label}: has a header but no rows of data")
    tcol = header.index(target)
    fcols = [j for j in range(len(header)) if j != tcol]
    del text

    # Fast paths: NumPy's C parser straight from the file; the careful scan only on failure.
    # (The header line, with any byte-order mark, is skipped: plain utf-8 decodes faster.)
    read = dict(delimiter=delim, skiprows=1, ndmin=2, comments=None,
                encoding="utf-8" if encoding == "utf-8-sig" else encoding)
    try:
        table = np.loadtxt(path, dtype=np.float64, **read)
        # A target at either end leaves the features as a slice: no 400 MB copy for MNIST.
        features = slice(0, -1) if tcol == len(header) - 1 else slice(1, None) if tcol == 0 else fcols
        x, ycol = table[:, features], table[:, tcol]
    except ValueError:
        try:  # string class labels; reading chosen columns would not notice extra values, so count them
            if any(ln.count(delim) != len(header) - 1 for ln in body.split("\n") if ln.strip()):
                raise ValueError("ragged rows")
            x = np.loadtxt(path, dtype=np.float64, usecols=fcols, **read)
            ycol = np.char.strip(np.loadtxt(path, dtype=str, usecols=[tcol], **read)[:, 0])
        except ValueError:
            rows = ((i + 2, next(csv.reader([ln.rstrip("\r")], delimiter=delim)))
                    for i, ln in enumerate(body.split("\n")) if ln.strip())
            _scan_for_problem(label, rows, header, tcol, task)
            raise DataError(f"{label}: could not be read as a table of numbers") from None

    bad = ~np.isfinite(x)
    if bad.any():
        i, j = np.argwhere(bad)[0]
        raise DataError(f"{label}, line {_line_of(body, i)}, column {header[fcols[j]]!r}: "
                        f"missing or not a finite number ({x[i, j]})")
    features = [header[j] for j in fcols]
    if ycol.dtype.kind == "f":
        if not np.isfinite(ycol).all():
            i = int(np.argmax(~np.isfinite(ycol)))
            raise DataError(f"{label}, line {_line_of(body, i)}, column {target!r}: missing or not a finite number")
        if task == "regression":
            return Dataset(name or label, x, ycol, "regression", feature_names=features)
        values, y = np.unique(ycol, return_inverse=True)
        labels = [f"{v:g}" for v in values]
    else:
        empty = ycol == ""
        if empty.any():
            i = int(np.argmax(empty))
            raise DataError(f"{label}, line {_line_of(body, i)}, column {target!r}: missing value")
        if task == "regression":
            i = next(i for i, v in enumerate(ycol) if not _is_number(v))
            raise DataError(f"{label}, line {_line_of(body, i)}, column {target!r}: {str(ycol[i])!r} is not a number "
                            "(the task is regression)")
        labels, y = np.unique(ycol, return_inverse=True)
        labels = [str(v) for v in labels]
    if len(labels) < 2:
        raise DataError(f"{label}: the target column {target!r} has only one class ({labels[0]!r}); "
                        "classification needs at least two")
    return Dataset(name or label, x, y.astype(np.int64), "classification", classes=labels, feature_names=features)


def _line_of(body, row):
    """File line number of data row ``row`` (0-based), skipping blank lines; the header is line 1."""
    seen = -1
    for i, ln in enumerate(body.split("\n")):
        if ln.strip():
            seen += 1
            if seen == row:
                return i + 2
    return row + 2


# -- by settings -----------------------------------------------------------------------------
def load_dataset(data, base_dir=None, seed=0):
    """The dataset described by a design's ``training.data`` settings (defaults filled in)."""
    source = data.get("source", "toy")
    if source == "toy":
        return toy_dataset(data.get("name", "xor"), data.get("samples", 400), data.get("noise", 0.1),
                           data.get("classes", 2), seed=seed)
    path, target, task = csv_source(data, base_dir)
    return load_csv(path, target, task, name=data.get("name") if source == "builtin" else None)


def csv_source(data, base_dir=None):
    """(path, target column, task) of a ``builtin`` or ``csv`` data source; relative paths
    are relative to ``base_dir`` (the design's folder)."""
    if data.get("source") == "builtin":
        return os.path.join(DATASETS_DIR, f"{data.get('name', 'digits')}.csv"), "target", "classification"
    path, target = data.get("path"), data.get("target")
    if not path:
        raise DataError("training.data.path: choose the CSV file to train on")
    if not target:
        raise DataError("training.data.target: name the CSV column to predict")
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
