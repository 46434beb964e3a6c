"""Trained models: one ``.npz`` with the design and every parameter and statistic.

Layout (a contract): one array per entry of ``net.params`` under the same key,
BatchNorm running statistics as ``<id>.running_mean`` / ``<id>.running_var``,
and the design as JSON text in a 0-d string array under ``__design__``.

Loading never unpickles: the archive's members are inspected (names, declared
sizes, ``.npy`` headers: dtype and shape) against the design *before* any array
is read, and every array is read with ``allow_pickle=False``. Mismatches are
reported by name as :class:`ModelFileError` (a DesignError).
"""
import io
import os
import stat
import tokenize
import zipfile
import zlib

import numpy as np

from .design import MAX_FILE_BYTES, atomic_write, design_to_json, parse_design_text
from .errors import DesignError, ModelFileError
from .layers import Layer, fmt_shape
from .network import analyze, build_network
from .registry import LAYERS

#: What reading a member can raise when the archive lies about it (bad CRC, truncated or
#: undecompressable data, a compression method zipfile does not know).
_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError)
FLOAT32_MAX = float(np.finfo(np.float32).max)
#: What NumPy's .npy header parser raises on a damaged header (it tokenizes a Python literal).
_BAD_HEADER = (ValueError, SyntaxError, tokenize.TokenError, KeyError, TypeError, UnicodeDecodeError)

DESIGN_KEY = "__design__"


def save_model(net, design, path):
    """Write ``net``'s parameters and statistics with ``design`` (atomically)."""
    arrays = {k: np.asarray(v) for k, v in net.params.items()}
    arrays.update({k: np.asarray(v) for k, v in net.state.items()})
    arrays[DESIGN_KEY] = np.array(design_to_json(design))
    buf = io.BytesIO()
    np.savez(buf, allow_pickle=False, **arrays)
    atomic_write(path, buf.getvalue())


def _header(zf, info, where):
    """dtype and shape from a member's .npy header, without reading its data."""
    try:
        return _read_header(zf, info, where)
    except _DAMAGE as e:
        raise ModelFileError(f"{where}: is damaged ({e})") from None


def _read_header(zf, info, where):
    with zf.open(info) as f:
        try:
            version = np.lib.format.read_magic(f)
            if version == (1, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_1_0(f)
            elif version == (2, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_2_0(f)
            else:
                raise ModelFileError(f"{where}: .npy format version {version} is not supported")
        except _BAD_HEADER as e:
            raise ModelFileError(f"{where}: not a NumPy array ({e})") from None
    return dtype, shape


def _read(zf, info, where):
    try:
        with zf.open(info) as f:
            return np.lib.format.read_array(f, allow_pickle=False)
    except _BAD_HEADER as e:
        raise ModelFileError(f"{where}: cannot be read ({e})") from None
    except _DAMAGE as e:
        raise ModelFileError(f"{where}: is damaged ({e})") from None


def declared_shapes(design):
    """``{key: shape}`` of every parameter and statistic the design declares, found by shape
    inference alone: nothing of the network's size is allocated (a 2 KB file may declare 10^8)."""
    a = analyze(design)
    if not a.ok:
        raise DesignError(a.errors[0])
    nodes = {n.id: n for n in design.nodes}
    shapes = {}
    for nid in a.order:
        node, ins = nodes[nid], a.inputs[nid]
        in_shape = a.shapes[ins[0]] if ins else ()
        params, cls = node.resolved(), LAYERS[node.type].cls
        for name, shape in cls.param_shapes(params, in_shape).items():
            shapes[f"{nid}.{name}"] = tuple(shape)
        if cls.state_shapes is not Layer.state_shapes:  # only a layer with state is built (BatchNorm: 2 vectors)
            for name, shape in cls(params, in_shape, np.float32).state_shapes().items():
                shapes[f"{nid}.{name}"] = tuple(shape)
    return shapes


def _open(path, label):
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise ModelFileError(f"{label}: no such file") from None
    except OSError as e:
        raise ModelFileError(f"{label}: cannot be read ({e.strerror})") from None
    if stat.S_ISDIR(mode):
        raise ModelFileError(f"{label}: is a folder, not a trained-model file (.npz)")
    if not stat.S_ISREG(mode):
        raise ModelFileError(f"{label}: is not a regular file; a trained model is an .npz file")
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise ModelFileError(f"{label}: is not a trained-model file (.npz)") from None
    except OSError as e:
        raise ModelFileError(f"{label}: cannot be read ({e.strerror or e})") from None


def read_model(path):
    """``(design, arrays)`` from a trained-model file, every array checked against the design."""
    label = os.path.basename(os.fspath(path))
    with _open(path, label) as zf:
        infos = {}
        for info in zf.infolist():
            if not info.filename.endswith(".npy"):
                raise ModelFileError(f"{label}: unexpected member {info.filename!r}; a model holds only arrays")
            infos[info.filename[:-4]] = info
        if DESIGN_KEY not in infos:
            raise ModelFileError(f"{label}: has no {DESIGN_KEY}; it was not written by LayerLab")
        dinfo = infos.pop(DESIGN_KEY)
        if dinfo.file_size > MAX_FILE_BYTES:
            raise ModelFileError(f"{label}: {DESIGN_KEY} declares {dinfo.file_size:,} bytes; a design is at most "
                                 f"{MAX_FILE_BYTES:,}")
        dtype, shape = _header(zf, dinfo, f"{label}: {DESIGN_KEY}")
        if dtype.kind != "U" or shape != ():
            raise ModelFileError(f"{label}: {DESIGN_KEY} must be a 0-d string array, got {dtype} {fmt_shape(shape)}")
        try:
            design = parse_design_text(str(_read(zf, dinfo, f"{label}: {DESIGN_KEY}")[()]))
            expected = declared_shapes(design)
        except DesignError as e:
            raise ModelFileError(f"{label}: its design: {e}") from None
        for key in infos:
            if key not in expected:
                raise ModelFileError(f"{label}: {key!r} is not a parameter of its design")
        for key in expected:
            if key not in infos:
                raise ModelFileError(f"{label}: {key!r} is missing")
        arrays = {}
        for key, want in expected.items():
            info, where = infos[key], f"{label}: {key}"
            # Declared size first: no member may unpack to more than its design says.
            limit = int(np.prod(want)) * 8 + 4096
            if info.file_size > limit:
                raise ModelFileError(f"{where}: declares {info.file_size:,} bytes, more than its shape "
                                     f"{fmt_shape(want)} can hold")
            dtype, shape = _header(zf, info, where)
            if dtype.kind != "f" or dtype.hasobject:
                raise ModelFileError(f"{where}: must be a float array, got dtype {dtype}")
            if tuple(shape) != tuple(want):
                raise ModelFileError(f"{where}: has shape {fmt_shape(shape)}, the design needs {fmt_shape(want)}")
            arr = _read(zf, info, where)
            if not np.isfinite(arr).all():
                raise ModelFileError(f"{where}: contains NaN or infinite values")
            if arr.size and np.abs(arr).max() > FLOAT32_MAX:  # would load as inf and predict NaN
                raise ModelFileError(f"{where}: holds values beyond float32's range (+-{FLOAT32_MAX:.4g}); "
                                     "LayerLab's weights are float32")
            arrays[key] = arr
    return design, arrays


def load_model(path, dtype=np.float32):
    """A :class:`Network` built from a model file's design, with its trained weights."""
    design, arrays = read_model(path)
    net = build_network(design, dtype=dtype)
    apply_arrays(net, arrays)
    return design, net


def apply_arrays(net, arrays):
    for key, arr in net.params.items():
        arr[...] = arrays[key]
    for key, arr in net.state.items():
        arr[...] = arrays[key]
