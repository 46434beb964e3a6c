"""A design's lesson: what to press and where to look, as data the GUI follows in one click.

An example carries, besides its description, a route to the view that shows its point::

    "lesson": {
      "text": "Train, then compare with the ReLU version: Runs → Gradients by layer",
      "action": {"kind": "compare", "with": ["vanishing_relu.layerlab"], "view": "runs.gradients"}
    }

Kinds of action (every key below is required unless marked optional; unknown keys are errors):

- ``{"kind": "train", "view": V}``: train this design, then show view V.
- ``{"kind": "compare", "with": [FILE, ...], "view": V}``: train this design and each FILE (a plain
  ``.layerlab`` file name, found beside this design), then compare their runs in view V.
- ``{"kind": "variants", "sweep": S, "choices": [...] (optional), "view": V}``: Run variants on setting
  S (``activation``, ``initialiser``, ``optimizer``, ``learning rate``, ``loss`` or ``scaling``, as
  :func:`core.experiments.variants` takes them), with these choices or the dialog's own, then show V.

V is one of :data:`VIEWS`: a tab of the Training dock (``dashboard.*``) or of the Runs dock's
comparison (``runs.*``). Nothing in a route runs code or names a path outside the design's folder.
"""
import math
import re

from .errors import DesignError
from .messages import msg
from .registry import _show

KINDS = ("train", "compare", "variants")
VIEWS = ("dashboard.curves", "dashboard.gradients", "dashboard.activations", "dashboard.weights",
         "dashboard.boundary", "dashboard.confusion",
         "runs.loss", "runs.accuracy", "runs.gradients", "runs.gradients_over_time", "runs.activations")
MAX_TEXT = 500
MAX_ITEMS = 10
_FILE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}\.layerlab$")
_KEYS = {"train": ("kind", "view"), "compare": ("kind", "with", "view"), "variants": ("kind", "sweep", "view")}
_OPTIONAL = {"variants": ("choices",)}


def _one_of(value, choices, path):
    if not isinstance(value, str) or value not in choices:
        raise DesignError(msg("{where}: must be one of {choices}, got {value}", code="param.choice", where=path,
                              choices=", ".join(map(repr, choices)), value=_show(value)))
    return value


def _list(value, path):
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_ITEMS:
        raise DesignError(msg("{where}: must be a list of 1 to {most} items, got {value}", code="lesson.list", where=path,
                              most=MAX_ITEMS, value=_show(value)))
    return value


def _sweep_choices(sweep):
    # Imported here: experiments imports design, which imports this module.
    from .experiments import INITIALISERS, LOSS_CHOICES, SCALINGS, SWAPPABLE
    from .optimizers import OPTIMIZER_PARAMS
    return {"activation": SWAPPABLE, "initialiser": INITIALISERS, "optimizer": tuple(OPTIMIZER_PARAMS),
            "loss": LOSS_CHOICES, "scaling": SCALINGS}.get(sweep)


def check_lesson(lesson, path="lesson"):
    """Validate a design's ``lesson``; raise DesignError naming the field."""
    from .design import _check_keys as _keys  # design imports this module
    _keys(lesson, path, ("text", "action"))
    text = lesson["text"]
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
        raise DesignError(msg("{where}: must be a non-empty string of at most {most} characters, got {value}",
                              code="lesson.text", where=f"{path}.text", most=MAX_TEXT, value=_show(text)))
    action, where = lesson["action"], f"{path}.action"
    if not isinstance(action, dict):
        raise DesignError(msg("{where}: must be an object, got {value}", code="lesson.action", where=where,
                              value=_show(action)))
    kind = _one_of(action.get("kind"), KINDS, f"{where}.kind")
    _keys(action, where, _KEYS[kind], _OPTIONAL.get(kind, ()))
    _one_of(action["view"], VIEWS, f"{where}.view")
    if kind == "compare":
        for i, name in enumerate(_list(action["with"], f"{where}.with")):
            if not isinstance(name, str) or not _FILE.fullmatch(name):
                raise DesignError(msg("{where}: must be a .layerlab file name beside the design (no folders), "
                                      "got {value}", code="lesson.with", where=f"{where}.with[{i}]",
                                      value=_show(name)))
    elif kind == "variants":
        from .experiments import SWEEPS
        sweep = _one_of(action["sweep"], SWEEPS, f"{where}.sweep")
        if "choices" in action:
            allowed = _sweep_choices(sweep)
            for i, choice in enumerate(_list(action["choices"], f"{where}.choices")):
                at = f"{where}.choices[{i}]"
                if allowed is not None:
                    _one_of(choice, allowed, at)
                elif (isinstance(choice, bool) or not isinstance(choice, (int, float)) or not math.isfinite(choice)
                      or not 0 < choice <= 10):
                    raise DesignError(msg("{where}: must be a learning rate in (0, 10], got {value}", code="lesson.lr", where=at,
                                      value=_show(choice)))
