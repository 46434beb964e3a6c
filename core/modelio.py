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
from .messages import msg
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
        raise ModelFileError(msg("{where}: is damaged ({reason})", code="model.damaged", where=where, reason=str(e))) from None


def _read_header(zf, info, where):
    with zf.open(info) as f:
        try:
            version = np.lib.format.read_magic(f)
            if version == (1, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_1_0(f)
            elif version == (2, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_2_0(f)
            else:
                raise ModelFileError(msg("{where}: .npy format version {version} is not supported", code="model.npy_version",
                                         where=where, version=version))
        except _BAD_HEADER as e:
            raise ModelFileError(msg("{where}: not a NumPy array ({reason})", code="model.not_array", where=where,
                                     reason=str(e))) from None
    return dtype, shape


def _read(zf, info, where):
    try:
        with zf.open(info) as f:
            return np.lib.format.read_array(f, allow_pickle=False)
    except _BAD_HEADER as e:
        raise ModelFileError(msg("{where}: cannot be read ({reason})", code="file.unreadable", where=where,
                                 reason=str(e))) from None
    except _DAMAGE as e:
        raise ModelFileError(msg("{where}: is damaged ({reason})", code="model.damaged", where=where,
                                 reason=str(e))) from None


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
        raise ModelFileError(msg("{file}: no such file", code="file.missing", file=label)) from None
    except OSError as e:
        raise ModelFileError(msg("{file}: cannot be read ({reason})", code="file.unreadable", file=label,
                                 reason=e.strerror or str(e))) from None
    if stat.S_ISDIR(mode):
        raise ModelFileError(msg("{file}: is a folder, not a trained-model file (.npz)", code="model.folder", file=label))
    if not stat.S_ISREG(mode):
        raise ModelFileError(msg("{file}: is not a regular file; a trained model is an .npz file", code="model.not_regular",
                                 file=label))
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise ModelFileError(msg("{file}: is not a trained-model file (.npz)", code="model.not_npz", file=label)) from None
    except OSError as e:
        raise ModelFileError(msg("{file}: cannot be read ({reason})", code="file.unreadable", file=label,
                                 reason=e.strerror or str(e))) from None


def read_model(path):
    """``(design, arrays)`` from a trained-model file, every array checked against the design."""
    label = os.path.basename(os.fspath(path))
    with _open(path, label) as zf:
        infos = {}
        for info in zf.infolist():
            if not info.filename.endswith(".npy"):
                raise ModelFileError(msg("{file}: unexpected member {member!r}; a model holds only arrays",
                                         code="model.member", file=label, member=info.filename))
            infos[info.filename[:-4]] = info
        if DESIGN_KEY not in infos:
            raise ModelFileError(msg("{file}: has no {key}; it was not written by LayerLab", code="model.no_design",
                                     file=label, key=DESIGN_KEY))
        dinfo = infos.pop(DESIGN_KEY)
        if dinfo.file_size > MAX_FILE_BYTES:
            raise ModelFileError(msg("{file}: {key} declares {size:,} bytes; a design is at most {limit:,}",
                                     code="model.design_size", file=label, key=DESIGN_KEY, size=dinfo.file_size,
                                     limit=MAX_FILE_BYTES))
        dtype, shape = _header(zf, dinfo, f"{label}: {DESIGN_KEY}")
        if dtype.kind != "U" or shape != ():
            raise ModelFileError(msg("{file}: {key} must be a 0-d string array, got {dtype} {shape}",
                                     code="model.design_type", file=label, key=DESIGN_KEY, dtype=str(dtype),
                                     shape=fmt_shape(shape)))
        try:
            design = parse_design_text(str(_read(zf, dinfo, f"{label}: {DESIGN_KEY}")[()]))
            expected = declared_shapes(design)
        except DesignError as e:
            raise ModelFileError(msg("{file}: its design: {error}", code="model.design", file=label, error=e.args[0])) from None
        for key in infos:
            if key not in expected:
                raise ModelFileError(msg("{file}: {key!r} is not a parameter of its design", code="model.extra",
                                         file=label, key=key))
        for key in expected:
            if key not in infos:
                raise ModelFileError(msg("{file}: {key!r} is missing", code="model.missing", file=label, key=key))
        arrays = {}
        for key, want in expected.items():
            info, where = infos[key], f"{label}: {key}"
            # Declared size first: no member may unpack to more than its design says.
            limit = int(np.prod(want)) * 8 + 4096
            if info.file_size > limit:
                raise ModelFileError(msg("{where}: declares {size:,} bytes, more than its shape {shape} can hold",
                                         code="model.member_size", where=where, size=info.file_size,
                                         shape=fmt_shape(want)))
            dtype, shape = _header(zf, info, where)
            if dtype.kind != "f" or dtype.hasobject:
                raise ModelFileError(msg("{where}: must be a float array, got dtype {dtype}", code="model.dtype", where=where,
                                         dtype=str(dtype)))
            if tuple(shape) != tuple(want):
                raise ModelFileError(msg("{where}: has shape {shape}, the design needs {want}", code="model.shape",
                                         where=where, shape=fmt_shape(shape), want=fmt_shape(want)))
            arr = _read(zf, info, where)
            if not np.isfinite(arr).all():
                raise ModelFileError(msg("{where}: contains NaN or infinite values", code="model.not_finite", where=where))
            if arr.size and np.abs(arr).max() > FLOAT32_MAX:  # would load as inf and predict NaN
                raise ModelFileError(msg("{where}: holds values beyond float32's range (+-{limit:.4g}); "
                                         "LayerLab's weights are float32", code="model.range", where=where,
                                         limit=FLOAT32_MAX))
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
