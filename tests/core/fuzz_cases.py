"""Hostile files for the fuzzers: design files, CSVs and trained-model .npz files.

Each ``*_case`` strategy draws one file's bytes; each ``try_*`` function puts them through
what the app and the CLI do with such a file and returns "ok" or the clean message. Anything
other than success or the expected error class propagates: that is the bug a fuzzer finds.
Used by tests/core/test_fuzz_files.py (fixed seed, small budget) and
tests/benchmarks/fuzz_files.py (a longer run).
"""
import copy
import io
import json
import os

import numpy as np
from hypothesis import strategies as st

from core import build_network, load_design
from core.cli import summary_table, visible
from core.csvfile import load_csv
from core.design import design_to_json, parse_design_bytes
from core.errors import DataError, DesignError
from core.modelio import read_model, save_model

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "resources", "examples")
SEED_DESIGNS = [load_design(os.path.join(EXAMPLES, n)).to_dict()
                for n in ("xor.layerlab", "deep_batchnorm.layerlab", "sine.layerlab")]

# -- values a stranger's file may hold ---------------------------------------------------------------
HOSTILE_TEXT = st.sampled_from([
    "", " ", "\x00", "a\nb", "\x1b[2J\x1b[31m", "\u202e", "\ud800", "\udfff", "a\ud83dz", "x\"\"\"y", "\\",
    "\\N{BULLET}", "\\x41", "\u2028", "ｄ1", "a²", "in", "d1", "../../etc/passwd", "/dev/zero", "C:\\x.csv",
    "9" * 300, "é" * 70, "he_normal", "adam", "csv", "toy", "Dense", "Input", "Softmax", "BatchNorm",
])
HOSTILE_NUMBERS = st.one_of(
    st.sampled_from([0, -1, 1, 2**31, 2**63, 2**64, -2**63 - 1, 10**30, 65536, 65537, 1e308, -1e308,
                     1e-320, 0.5, float("nan"), float("inf"), float("-inf"), True, False]),
    st.integers(), st.floats(allow_nan=True, allow_infinity=True))
SCALARS = st.one_of(HOSTILE_TEXT, st.text(max_size=20), HOSTILE_NUMBERS, st.none())
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(HOSTILE_TEXT | st.text(max_size=8),
                                                                        inner, max_size=4)),
                      max_leaves=12)


def _paths(obj, prefix=()):
    """Every (path, value) in a JSON object, the object itself first."""
    yield prefix, obj
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _paths(v, prefix + (i,))


def _set(obj, path, value):
    for key in path[:-1]:
        obj = obj[key]
    obj[path[-1]] = value


@st.composite
def design_case(draw):
    """The bytes of a design file: an example with hostile values put in, then maybe bytes spoilt."""
    d = copy.deepcopy(draw(st.sampled_from(SEED_DESIGNS)))
    for _ in range(draw(st.integers(0, 2))):
        paths = [p for p, _ in _paths(d) if p]
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        parent = d
        for key in path[:-1]:
            parent = parent[key]
        if action == "delete":
            del parent[path[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(HOSTILE_TEXT | st.text(max_size=8))] = draw(VALUES)
        else:
            parent[path[-1]] = draw(VALUES)
    text = json.dumps(d, allow_nan=True, ensure_ascii=draw(st.booleans()))
    text = draw(st.sampled_from([text, text, text.replace("0", "9" * 4400, 1), text.replace("[", "[" * 40, 1)]))
    raw = text.encode("utf-8", "surrogatepass")
    return _spoil(draw, raw) if draw(st.integers(0, 3)) == 0 else raw


def _spoil(draw, raw):
    """Maybe flip, cut or splice a few bytes."""
    raw = bytearray(raw)
    for _ in range(draw(st.integers(0, 3))):
        if not raw:
            break
        at = draw(st.integers(0, len(raw) - 1))
        kind = draw(st.sampled_from(["flip", "cut", "insert"]))
        if kind == "flip":
            raw[at] ^= draw(st.integers(1, 255))
        elif kind == "cut":
            del raw[at:at + draw(st.integers(1, 64))]
        else:
            raw[at:at] = draw(st.binary(min_size=1, max_size=8))
    return bytes(raw)


def try_design(raw):
    """What `check` does with a design file's bytes: load, summarise, print-safe text, save."""
    try:
        design = parse_design_bytes(raw)
        table = summary_table(design)
    except DesignError as e:
        return _clean(str(e))
    assert all(visible(line) == line for line in table.splitlines()), table  # check prints it safely
    text = design_to_json(design)          # saving never fails...
    text.encode("utf-8")                   # ...and encodes
    return "ok"


# -- CSV -----------------------------------------------------------------------------------------------
CELLS = st.one_of(
    st.sampled_from(["1", "-2.5", "1e5", ".5", "5.", "1_000", "0x10", "nan", "inf", "-Infinity", "", " ",
                     '"1.5"', '" 2 "', '"a,b"', '"x""y"', '"', '""', "1,5", "１", "٣", "\x00", "é", "\ud800",
                     "1e999", "-0", "+3", "1 2", "\t4", "cat", "dog", "남", "\u2028", "\r", "\n"]),
    st.text(max_size=6), st.floats().map(repr), st.integers().map(str))


PLAIN = st.one_of(st.integers(-999, 999).map(str), st.floats(-1e6, 1e6).map(lambda v: f"{v:.6g}"))


@st.composite
def csv_case(draw):
    """(bytes of a CSV file, target column, task): mostly a good table with a few hostile cells."""
    width = draw(st.integers(2, 5))
    names = draw(st.lists(st.sampled_from(["a", "b", "y", "x y", '"q,r"', "é", "", "키"]) | st.text(max_size=4),
                          min_size=width, max_size=width, unique=draw(st.booleans())))
    n = draw(st.integers(0, 12))
    labels = draw(st.sampled_from([["0", "1"], ["cat", "dog"], ['"a,b"', "c"], ["1.5", "2"]]))
    tcol = draw(st.integers(0, width - 1))
    rows = [[draw(PLAIN) for _ in range(width)] for _ in range(n)]
    for r in rows:
        r[tcol] = draw(st.sampled_from(labels))
    for _ in range(draw(st.integers(0, 3))):   # a few hostile cells, short or long rows
        if rows:
            r = draw(st.sampled_from(rows))
            kind = draw(st.sampled_from(["cell", "cell", "cell", "drop", "extra"]))
            if kind == "cell":
                r[draw(st.integers(0, len(r) - 1))] = draw(CELLS)
            elif kind == "drop" and len(r) > 1:
                r.pop()
            else:
                r.append(draw(CELLS))
    delim = draw(st.sampled_from([",", ",", ";", "\t"]))
    eol = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = eol.join([delim.join(names)] + [delim.join(r) for r in rows]) + draw(st.sampled_from(["", eol]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "cp949", "utf-16"]))
    raw = text.encode(encoding, "surrogatepass" if encoding == "utf-8" else "replace")
    if draw(st.integers(0, 3)) == 0:
        raw = _spoil(draw, raw)
    target = draw(st.sampled_from([names[tcol], names[tcol], "y", "missing"]))
    return raw, target, draw(st.sampled_from(["classification", "regression"]))


def try_csv(folder, raw, target, task):
    path = os.path.join(folder, "data.csv")
    with open(path, "wb") as f:
        f.write(raw)
    try:
        d = load_csv(path, target, task)
    except DataError as e:
        return _clean(str(e))
    assert d.x.dtype == np.float64 and np.isfinite(d.x).all() and len(d.x) == len(d.y)
    return "ok"


# -- trained models ------------------------------------------------------------------------------------
def _model_bytes():
    design = load_design(os.path.join(EXAMPLES, "deep_batchnorm.layerlab"))
    buf = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"fuzz-model-{os.getpid()}.npz")
    save_model(build_network(design), design, buf)
    with open(buf, "rb") as f:
        raw = f.read()
    os.remove(buf)
    return raw


_MODEL = None


def model_bytes():
    global _MODEL
    if _MODEL is None:
        _MODEL = _model_bytes()
    return _MODEL


ARRAYS = st.one_of(
    st.sampled_from([np.zeros(3), np.zeros((2, 8), np.float32), np.full((64, 64), 1e300), np.array(np.nan),
                     np.array("text"), np.array([b"x"]), np.zeros((0,)), np.zeros((10**5,), np.float16),
                     np.array([None, 1], dtype=object), np.zeros(3, dtype=[("a", "f4")]),
                     np.zeros(3, dtype=complex), np.zeros(3, dtype=np.int8)]),
    st.builds(lambda s: np.ones(s), st.lists(st.integers(0, 9), max_size=3).map(tuple)))


@st.composite
def model_case(draw):
    """The bytes of a .npz: a real model with members replaced, added or dropped, and maybe spoilt."""
    with np.load(io.BytesIO(model_bytes()), allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    keys = sorted(arrays)
    for _ in range(draw(st.integers(0, 3))):
        key = draw(st.sampled_from(keys + ["__design__", "extra", "d1.W", "../x"]))
        kind = draw(st.sampled_from(["replace", "drop", "design"]))
        if kind == "drop":
            arrays.pop(key, None)
        elif kind == "design":
            arrays["__design__"] = np.array(draw(design_case()).decode("utf-8", "replace"))
        else:
            arrays[key] = draw(ARRAYS)
    buf = io.BytesIO()
    if draw(st.booleans()):
        np.savez_compressed(buf, **arrays)   # object arrays are pickled here: the reader must refuse them
    else:
        np.savez(buf, **arrays)
    raw = buf.getvalue()
    if draw(st.booleans()):
        raw = _spoil(draw, raw)
    return raw


def try_model(folder, raw):
    path = os.path.join(folder, "model.npz")
    with open(path, "wb") as f:
        f.write(raw)
    try:
        _, arrays = read_model(path)
    except DesignError as e:   # ModelFileError is one
        return _clean(str(e))
    for v in arrays.values():
        assert v.dtype.kind == "f" and np.isfinite(v).all()
    return "ok"


def _clean(message):
    """A clean message: one line of text, said without a traceback's words."""
    assert message and "\n" not in message, message
    assert "Traceback" not in message
    message.encode("utf-8", "backslashreplace")
    return "refused"

