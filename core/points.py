"""Painted data: a design's own 2-D points, ``{"source": "points", "task": ..., "points": [[x1, x2, y], ...]}``.

The points live in the design file as readable JSON. They come from strangers like the rest
of a design, so they are checked where they enter: a list of at most :data:`MAX_POINTS`
triples of finite numbers within :data:`COORDINATE_LIMIT`, the third an integer class from 0
to ``MAX_CLASSES - 1`` for classification or a value for regression.
"""
import math

import numpy as np

from .errors import DataError, DesignError
from .messages import msg
from .registry import _show

#: A painting is drawn by hand: a few hundred points. 5,000 leaves room for a toy set as a start
#: and keeps a stranger's file from holding millions (a design file is read whole into memory).
MAX_POINTS = 5000
#: Painted coordinates and values sit around -3…3; anything beyond a million is a typo or an attack
#: (and float32 squares of larger numbers lose all precision).
COORDINATE_LIMIT = 1e6
#: As for the toy sets' ``classes``: a Softmax of up to 8 outputs.
MAX_CLASSES = 8
#: Training needs a few points of each kind: one for the training split and one to validate.
MIN_POINTS = 4

TASKS = ("classification", "regression")


def _number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) \
        and abs(v) <= COORDINATE_LIMIT


def check_points(points, task, path="training.data.points"):
    """Raise DesignError naming the first bad point (``training.data.points[3]: expected ...``)."""
    if not isinstance(points, list):
        raise DesignError(msg("{where}: must be a list of points like [[0.5, -1.0, 1], ...], got {value}",
                              code="points.not_list", where=path, value=_show(points)))
    if len(points) > MAX_POINTS:
        raise DesignError(msg("{where}: at most {limit} points, got {count}", code="points.too_many",
                              where=path, limit=MAX_POINTS, count=len(points)))
    classes = task == "classification"
    for i, p in enumerate(points):
        if not (isinstance(p, list) and len(p) == 3 and all(_number(v) for v in p)):
            raise DesignError(msg("{where}: expected [x1, x2, class], three numbers within +-{limit}, got {value}"
                                  if classes else
                                  "{where}: expected [x1, x2, value], three numbers within +-{limit}, got {value}",
                                  code="points.bad_point", where=f"{path}[{i}]", limit=f"{COORDINATE_LIMIT:g}",
                                  value=_show(p)))
        if classes and not (isinstance(p[2], int) and 0 <= p[2] < MAX_CLASSES):
            raise DesignError(msg("{where}: expected [x1, x2, class], the class an integer from 0 to {top}, got {value}",
                                  code="points.bad_class", where=f"{path}[{i}]", top=MAX_CLASSES - 1, value=_show(p)))


def points_arrays(data):
    """(x (N, 2) float64, y, class labels) of a points source; labels empty for regression.

    Raises DataError when there are too few points to train on."""
    points, task = data.get("points", []), data.get("task", "classification")
    if len(points) < MIN_POINTS:
        raise DataError(msg("training.data.points: paint at least {least} points to train on (there are {count})",
                            code="points.too_few", least=MIN_POINTS, count=len(points)))
    arr = np.array(points, dtype=np.float64).reshape(-1, 3)
    if task == "regression":
        return arr[:, :2].copy(), arr[:, 2].copy(), []
    y = arr[:, 2].astype(np.int64)
    return arr[:, :2].copy(), y, [str(i) for i in range(max(2, int(y.max()) + 1))]


def points_from_arrays(x, y, task="classification", decimals=3):
    """A points list (JSON-ready, rounded for a readable file) from features and targets."""
    x = np.round(np.asarray(x, dtype=np.float64), decimals)
    if task == "classification":
        return [[float(a), float(b), int(c)] for (a, b), c in zip(x, y)]
    y = np.round(np.asarray(y, dtype=np.float64), decimals)
    return [[float(a), float(b), float(c)] for (a, b), c in zip(x, y)]
