"""Reading and writing LayerLab's files with care: strict JSON in, atomic writes out.

Files come from strangers (a design downloaded from a forum, a runs file swapped in
class), so reading refuses what Python's ``json`` would let through: NaN and Infinity,
repeated keys, absurd nesting, integers of over 4,300 digits (Python raises a bare
``ValueError`` for those), and text that is not UTF-8. Every failure is the caller's
``error`` class with a message that says where.

Every writer (design, model, runs, export, metrics, autosave) goes through
:func:`atomic_write`: a temporary file in the target's folder, fsync'd, renamed over
the target. A failure halfway leaves the old file intact and no temporary file behind;
an existing file keeps its mode (a new one gets the umask's), and a symlink is written
through to its target rather than replaced by a regular file.
"""
import json
import os
import re
import stat
import tempfile

from .errors import Cancelled, DesignError
from .messages import msg

DESIGN_NOUN = msg("design", code="noun.design")

MAX_DEPTH = 32  # a real design nests 5 levels deep
CHUNK_BYTES = 1 << 20


def _refuse_constant(name):
    raise DesignError(msg("the file contains {name}, which is not a number in JSON", code="json.constant", name=name))


def _no_duplicate_keys(pairs):
    d = {}
    for k, v in pairs:
        if k in d:
            raise DesignError(msg("the file repeats the key {key!r} in one object", code="json.duplicate_key", key=k))
        d[k] = v
    return d


def _depth(obj):
    """Nesting depth of parsed JSON, without recursion."""
    deepest, stack = 0, [(obj, 1)]
    while stack:
        o, d = stack.pop()
        deepest = max(deepest, d)
        if deepest > MAX_DEPTH:
            break
        if isinstance(o, dict):
            stack.extend((v, d + 1) for v in o.values())
        elif isinstance(o, list):
            stack.extend((v, d + 1) for v in o)
    return deepest


def _int(text):
    # Python refuses integers over 4,300 digits with a ValueError that names no place; no
    # count in any LayerLab file needs more than 20 digits, so longer ones are refused here.
    if len(text.lstrip("-")) > 20:
        raise DesignError(msg("the file holds an integer of {digits:,} digits ({start}...); "
                              "no number in a LayerLab file has more than 20", code="json.huge_int",
                              digits=len(text.lstrip("-")), start=text[:12]))
    return int(text)


def _with_place(text, message):
    """A huge integer's message with its line and column (the parser's hook does not know them)."""
    huge = re.search(r"(?<![\w.\"])-?\d{21,}", text) if "digits" in message else None
    if huge is None:
        return message
    line = text.count("\n", 0, huge.start()) + 1
    column = huge.start() - text.rfind("\n", 0, huge.start())
    return msg("line {line}, column {column}: {error}", code="json.at", line=line, column=column, error=message)


def strict_json(text, what=DESIGN_NOUN, error=DesignError):
    """Parse JSON as LayerLab's files need it: no NaN or Infinity, no repeated keys, no huge
    integers, no deeper nesting than MAX_DEPTH. Every failure is an ``error`` that says where."""
    try:
        data = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_no_duplicate_keys,
                          parse_int=_int)
    except json.JSONDecodeError as e:
        raise error(msg("not valid JSON at line {line}, column {column}: {reason}", code="json.syntax",
                        line=e.lineno, column=e.colno, reason=JSON_REASONS.get(e.msg, e.msg))) from None
    except RecursionError:
        raise error(_too_deep(what)) from None
    except DesignError as e:  # NaN, a repeated key, a huge integer
        raise error(_with_place(text, e.args[0])) from None
    if _depth(data) > MAX_DEPTH:
        raise error(_too_deep(what))
    where = _surrogate_at(data)
    if where is not None:
        raise error(msg("{where}: holds a lone surrogate (a \\ud800-\\udfff escape that is half a character), "
                        "which is not text; fix it in a text editor", code="json.surrogate", where=where))
    return data


#: The json module's reasons (English, from the standard library), as messages that translate.
JSON_REASONS = {
    "Expecting value": msg("Expecting value", code="json.reason.value"),
    "Expecting ',' delimiter": msg("Expecting ',' delimiter", code="json.reason.comma"),
    "Expecting ':' delimiter": msg("Expecting ':' delimiter", code="json.reason.colon"),
    "Expecting property name enclosed in double quotes":
        msg("Expecting property name enclosed in double quotes", code="json.reason.key"),
    "Extra data": msg("Extra data", code="json.reason.extra"),
    "Unterminated string starting at": msg("Unterminated string starting at", code="json.reason.unterminated"),
    "Invalid control character at": msg("Invalid control character at", code="json.reason.control"),
    "Invalid \\escape": msg("Invalid \\escape", code="json.reason.escape"),
    "Invalid \\uXXXX escape": msg("Invalid \\uXXXX escape", code="json.reason.unicode_escape"),
    "Illegal trailing comma before end of object":
        msg("Illegal trailing comma before end of object", code="json.reason.trailing_comma"),
    "Illegal trailing comma before end of array":
        msg("Illegal trailing comma before end of array", code="json.reason.trailing_comma"),
    "Unexpected UTF-8 BOM (decode using utf-8-sig)":
        msg("Unexpected UTF-8 BOM (decode using utf-8-sig)", code="json.reason.bom"),
}


def _too_deep(what):
    return msg("the file nests deeper than any {what} ({depth} levels)", code="json.too_deep", what=what,
               depth=MAX_DEPTH)


def _is_text(s):
    try:
        s.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def _surrogate_at(data):
    """The field (``name``, ``nodes[2].id``) of the first string or key that is not valid text, or None."""
    stack = [(data, "")]
    while stack:
        o, path = stack.pop()
        if isinstance(o, str) and not _is_text(o):
            return path or "the file"
        if isinstance(o, dict):
            bad = next((k for k in o if not _is_text(k)), None)
            if bad is not None:
                return f"{path}.{bad!a}" if path else f"{bad!a}"
            stack.extend(reversed([(v, f"{path}.{k}" if path else k) for k, v in o.items()]))  # in file order
        elif isinstance(o, list):
            stack.extend(reversed([(v, f"{path}[{i}]") for i, v in enumerate(o)]))
    return None


def escape_surrogates(text):
    """JSON text that encodes as UTF-8: a lone surrogate (which can only sit inside a string)
    becomes its ``\\udXXX`` escape, so saving never fails and nothing is lost."""
    return re.sub("[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text)


def read_file_bytes(path, max_bytes, what=DESIGN_NOUN, error=DesignError, cancel=None):
    """The bytes of a regular file of at most ``max_bytes``, read in chunks.

    A device, a pipe (never opened: opening a FIFO blocks) or a file over ``max_bytes`` is an
    ``error``; a folder is IsADirectoryError and a missing file FileNotFoundError, as ``open``
    says them. ``cancel()``, when given, is asked between chunks: true raises :class:`Cancelled`.
    """
    st = os.stat(path)
    _check_regular(st, path, what, error)
    if st.st_size > max_bytes:
        raise error(msg("the file is {size:,.0f} MB; a {what} is at most {limit} MB", code="file.too_big",
                        size=st.st_size / 2**20, what=what, limit=max_bytes // 2**20))
    # O_NONBLOCK: had the file been swapped for a pipe since the stat, opening it cannot hang.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    chunks, total = [], 0
    with os.fdopen(fd, "rb") as f:  # in chunks: read(max_bytes) would allocate all of max_bytes at once
        _check_regular(os.fstat(fd), path, what, error)
        while True:
            check_cancel(cancel)
            chunk = f.read(CHUNK_BYTES)
            if not chunk:
                break
            total += len(chunk)
            if total > max_bytes:  # it grew while we read
                raise error(msg("the file is over {limit} MB; a {what} is at most {limit} MB",
                                code="file.too_big", what=what, limit=max_bytes // 2**20))
            chunks.append(chunk)
    data = b"".join(chunks)
    # Joining 100 MB took 0.4 s on a busy machine (fresh memory): cancel() is asked after it
    # too, so that what follows (decoding, another such copy) does not add to the wait.
    check_cancel(cancel)
    return data


def check_cancel(cancel):
    """Raise :class:`Cancelled` if ``cancel`` (a callable or None) says so: a loader on a worker
    thread asks between chunks, so that closing the window never waits for a whole file."""
    if cancel is not None and cancel():
        raise Cancelled()


def _check_regular(st, path, what, error):
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(21, "Is a directory", path)
    if not stat.S_ISREG(st.st_mode):
        raise error(msg("is a device or a pipe, not a regular file; a {what} is a file", code="file.not_regular",
                        what=what))


def decode_text(raw, error=DesignError):
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise error(msg("the file is not UTF-8 text (bad byte at offset {offset})", code="file.not_utf8",
                        offset=e.start)) from None


def _umask():
    try:  # Linux says it without changing it (os.umask would, briefly, for every thread)
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write(path, data: bytes):
    """Write ``data`` to ``path`` via a temporary file in the same folder, fsync'd,
    then renamed over the old file: a failure halfway leaves the old file intact.

    A symlink is followed (its target is replaced, the link stays); the file keeps
    its permission bits, and a new file gets ``0o666`` minus the umask, as ``open``
    would give it. No temporary file is left behind, whatever fails.
    """
    path = os.path.realpath(os.fspath(path))
    folder = os.path.dirname(path)
    try:
        st = os.stat(path)
        mode = stat.S_IMODE(st.st_mode)
    except FileNotFoundError:
        st, mode = None, 0o666 & ~_umask()
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(21, "Is a directory", path)
    if st is not None and not stat.S_ISREG(st.st_mode):
        # /dev/null, /dev/stdout, a pipe: written into, never replaced by a regular file
        with open(path, "wb") as f:
            f.write(data)
        return
    # A 255-byte name plus the prefix would exceed the file system's limit on names.
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path)[:64] + ".", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), mode)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable; not every platform can open a folder
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


# -- stable JSON out: sorted keys, two-space indents, short values on one line ---------------
_NUMBERS = (int, float, bool)  # their JSON never contains ", ", "[" or "]": a list of them splits exactly
_leaf = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode  # separators ", " and ": "


def _render(value, indent, width):
    """(compact text, text as laid out at ``indent``) of ``value``, each subtree encoded once."""
    if isinstance(value, dict):
        if not value:
            return "{}", "{}"
        keys = sorted(value)
        heads = [_leaf(k) + ": " for k in keys]
        parts = [_render(value[k], indent + 1, width) for k in keys]
        compact = "{" + ", ".join(h + c for h, (c, _) in zip(heads, parts)) + "}"
        if len(compact) + 2 * indent <= width:
            return compact, compact
        inner = "  " * (indent + 1)
        return compact, "{\n" + ",\n".join(inner + h + t for h, (_, t) in zip(heads, parts)) + "\n" + "  " * indent + "}"
    if isinstance(value, list):
        if not value:
            return "[]", "[]"
        if all(v is None or type(v) in _NUMBERS for v in value):
            compact = _leaf(value)  # one call: a number never contains ", "
            if len(compact) + 2 * indent <= width:
                return compact, compact
            leaves = compact[1:-1].split(", ")
            parts = list(zip(leaves, leaves))
        elif not any(isinstance(v, (dict, list)) for v in value):
            leaves = [_leaf(v) for v in value]
            parts = list(zip(leaves, leaves))
        elif all(type(v) is list and all(x is None or type(x) in _NUMBERS for x in v) for v in value):
            compact = _leaf(value)  # rows of numbers ([epoch, value] pairs, weights): one call
            if len(compact) + 2 * indent <= width:
                return compact, compact
            rows = ["[" + r + "]" for r in compact[2:-2].split("], [")]
            parts = [(r, r) if len(r) + 2 * (indent + 1) <= width else _render(v, indent + 1, width)
                     for r, v in zip(rows, value)]
        else:
            parts = [_render(v, indent + 1, width) for v in value]
        compact = "[" + ", ".join(c for c, _ in parts) + "]"
        if len(compact) + 2 * indent <= width:
            return compact, compact
        inner = "  " * (indent + 1)
        return compact, "[\n" + ",\n".join(inner + t for _, t in parts) + "\n" + "  " * indent + "]"
    text = _leaf(value)
    return text, text


def _stable_json(value, indent=0, width=100):
    """Sorted keys, two-space indents; any value whose compact form fits the line stays on it.

    Each subtree is encoded once (bottom-up) and lists of numbers in one call: a session's
    runs (a megabyte of epochs) are laid out in milliseconds, not in a tenth of a second."""
    return _render(value, indent, width)[1]
