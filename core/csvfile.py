"""CSV import: a header row, then rows of numbers (and a target column of labels or values).

CSV files come from strangers and from Excel, so reading is careful about what it is given:

- only a regular file is opened (a device such as ``/dev/zero``, a pipe or a folder is
  refused before opening), and at most :data:`MAX_CSV_BYTES` are read;
- reading and parsing go in chunks, calling ``cancel()`` between them: a loader on a worker
  thread stops within one chunk (a few milliseconds) of the user closing the window;
- fields are read as the ``csv`` module reads them (``"1.5"``, ``"Seoul, Korea"``), with
  any line ending (``\\n``, ``\\r\\n``, or an old Mac's lone ``\\r``);
- a cell that is not a number is named by line and column (1-based) with the header's name.

The common case (plain numbers) is parsed by NumPy's C reader; the ``csv`` module reads the
rest, and finds the first bad cell when there is one.
"""
import csv
import io
import os
import re
import warnings

import numpy as np

from .errors import DataError
from .fileio import check_cancel, read_file_bytes
from .messages import msg

#: The largest CSV read. MNIST's 60,000-row training set is ~110 MB as CSV; 200 MB keeps it
#: (and its ~380 MB of float64 features) within reach while /dev/zero or a runaway export is
#: refused with a message instead of filling the memory.
MAX_CSV_BYTES = 200 * 2**20
PARSE_CHUNK_BYTES = 1 << 20    # parse this much text between two looks at cancel()
_ROWS_PER_CHECK = 5_000        # rows of the csv module between two looks at cancel()

# What a spreadsheet writes as a number: no "1_000", no "0x10", no Python-only spellings.
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_NON_FINITE = {"nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"}


def read_csv_bytes(path, label, cancel=None):
    """The bytes of a regular file of at most MAX_CSV_BYTES, read in chunks (cancellable)."""
    try:
        return read_file_bytes(path, MAX_CSV_BYTES, what=msg("CSV file", code="noun.csv_file"), error=DataError, cancel=cancel)
    except FileNotFoundError:
        raise DataError(msg("{path}: no such file (the data of this design)", code="csv.missing", path=path)) from None
    except IsADirectoryError:
        raise DataError(msg("{file}: is a folder; choose a CSV file", code="csv.folder", file=label)) from None
    except OSError as e:
        raise DataError(msg("{path}: cannot be read ({reason})", code="file.unreadable", path=path,
                             reason=e.strerror or str(e))) from None
    except DataError as e:
        raise DataError(msg("{file}: {error}", code="file.error", file=label, error=e.args[0])) from None


def _decode(raw, label):
    for encoding in ("utf-8-sig", "cp949"):  # cp949: what Korean Excel saves
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            pass
    raise DataError(msg("{file}: is not text in UTF-8", code="csv.not_utf8", file=label))


def _sniff_delimiter(header_line):
    counts = {d: header_line.count(d) for d in ",;\t"}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _where(label, line, header, j):
    return msg("{file}, line {line}, column {column} ({name!r})", code="csv.where", file=label, line=line, column=j + 1,
               name=header[j])


def load_csv(path, target, task="classification", name=None, cancel=None):
    """Read a CSV with a header row; ``target`` names the target column.

    Raises :class:`DataError` naming the file, line and column of the first problem, or
    :class:`Cancelled` as soon as ``cancel()`` (called between chunks) returns true.
    """
    from .data import Dataset
    label = os.path.basename(path)
    # Between the chunked steps, each whole-text step is one copy of the text (about 50 ms for
    # 100 MB idle, up to 0.4 s on a busy machine) and cancel() is looked at between them: closing
    # the window mid-load returns within a second. (isspace() stops at the first character;
    # strip() copied it all.)
    text = _decode(read_csv_bytes(path, label, cancel), label)
    check_cancel(cancel)
    if "\r" in text:  # Windows' \r\n and old Macs' lone \r both end a line
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        check_cancel(cancel)
    if not text or text.isspace():
        raise DataError(msg("{file}: the file is empty; expected a header row and rows of data", code="csv.empty",
                             file=label))
    first_line, _, body = text.partition("\n")
    del text
    check_cancel(cancel)
    delim = _sniff_delimiter(first_line)
    header = [h.strip() for h in next(csv.reader([first_line], delimiter=delim))]
    if len(header) < 2:
        raise DataError(msg("{file}: the header has one column; expected features and a target column "
                            "separated by commas", code="csv.one_column", file=label))
    if target not in header:
        raise DataError(msg("{file}: no column named {target!r}; the columns are: {columns}", code="csv.no_target",
                            file=label, target=target, columns=", ".join(header)))
    if len(set(header)) != len(header):
        dup = next(h for h in header if header.count(h) > 1)
        raise DataError(msg("{file}: the header names the column {name!r} twice", code="csv.duplicate_column",
                            file=label, name=dup))
    if not body or body.isspace():
        raise DataError(msg("{file}: has a header but no rows of data", code="csv.no_rows", file=label))
    tcol = header.index(target)
    fcols = [j for j in range(len(header)) if j != tcol]

    parsed = None if '"' in body else _fast(body, delim, header, tcol, fcols, cancel)
    if parsed is None:
        x, ycol, lines = _careful(label, body, delim, header, tcol, fcols, task, cancel)
    else:
        x, ycol = parsed
        lines = None

    def line_of(i):
        return lines[i] if lines is not None else _line_of(body, i)

    check_cancel(cancel)

    bad = ~np.isfinite(x)
    if bad.any():
        i, j = np.argwhere(bad)[0]
        raise DataError(msg("{where}: missing or not a finite number ({value})", code="csv.not_finite",
                            where=_where(label, line_of(i), header, fcols[j]), value=x[i, j]))
    features = [header[j] for j in fcols]
    if ycol.dtype.kind == "f":
        if not np.isfinite(ycol).all():
            i = int(np.argmax(~np.isfinite(ycol)))
            raise DataError(msg("{where}: missing or not a finite number", code="csv.not_finite",
                                where=_where(label, line_of(i), header, tcol)))
        if task == "regression":
            return Dataset(name or label, x, ycol, "regression", feature_names=features)
        check_cancel(cancel)
        values, y = np.unique(ycol, return_inverse=True)
        labels = [f"{v:g}" for v in values]
    else:
        empty = ycol == ""
        if empty.any():
            i = int(np.argmax(empty))
            raise DataError(msg("{where}: missing value", code="csv.missing_value", where=_where(label, line_of(i), header, tcol)))
        if task == "regression":
            i = next(i for i, v in enumerate(ycol) if not _NUMBER.fullmatch(str(v)))
            raise DataError(msg("{where}: {value!r} is not a number (the task is regression)", code="csv.not_number",
                                where=_where(label, line_of(i), header, tcol), value=str(ycol[i])[:30]))
        labels, y = np.unique(ycol, return_inverse=True)
        labels = [str(v) for v in labels]
    if len(labels) < 2:
        raise DataError(msg("{file}: the target column {target!r} has only one class ({label!r}); "
                            "classification needs at least two", code="csv.one_class", file=label, target=target,
                            label=labels[0]))
    return Dataset(name or label, x, y.astype(np.int64), "classification", classes=labels, feature_names=features)


def _pieces(body):
    """``body`` cut at line ends into pieces of about PARSE_CHUNK_BYTES."""
    start = 0
    while start < len(body):
        end = body.find("\n", start + PARSE_CHUNK_BYTES)
        end = len(body) if end < 0 else end + 1
        yield body[start:end]
        start = end


def _fast(body, delim, header, tcol, fcols, cancel):
    """``(x, ycol)`` by NumPy's C reader, piece by piece; None if any piece needs the careful reader."""
    read = {"delimiter": delim, "ndmin": 2, "comments": None}
    xs, ys = [], []
    for piece in _pieces(body):
        check_cancel(cancel)
        with warnings.catch_warnings():  # NumPy notes blank lines it skipped: so do we
            warnings.simplefilter("ignore", UserWarning)
            parsed = _fast_piece(piece, read, header, tcol, fcols, delim)
        if parsed is None:
            return None
        x, y = parsed
        if x.shape[1] != len(fcols) or (ys and ys[0].dtype.kind != y.dtype.kind):
            return None
        xs.append(x)
        ys.append(y)
    if len(xs) == 1:
        return xs[0], ys[0]
    return np.concatenate(xs), np.concatenate(ys)


def _fast_piece(piece, read, header, tcol, fcols, delim):
    try:
        table = np.loadtxt(io.StringIO(piece), dtype=np.float64, **read)
        if table.shape[1] != len(header):  # a short or long row: the careful reader names it
            return None
        # A target at either end leaves the features as a slice: no copy of a large table.
        features = slice(0, -1) if tcol == len(header) - 1 else slice(1, None) if tcol == 0 else fcols
        return table[:, features], table[:, tcol]
    except ValueError:
        pass
    try:  # string class labels; reading chosen columns would not notice extra values, so count them
        if any(ln.count(delim) != len(header) - 1 for ln in piece.split("\n") if ln.strip()):
            return None
        x = np.loadtxt(io.StringIO(piece), dtype=np.float64, usecols=fcols, **read)
        y = np.char.strip(np.loadtxt(io.StringIO(piece), dtype=str, usecols=[tcol], **read)[:, 0])
        return x, y
    except ValueError:
        return None


def _careful(label, body, delim, header, tcol, fcols, task, cancel):
    """Read every field as the csv module does; DataError at the first bad cell."""
    width = len(header)
    numeric_target = task == "regression"
    blocks, block, rows_y, lines = [], [], [], []
    numeric_labels = True
    reader = csv.reader(io.StringIO(body), delimiter=delim)
    for row in reader:
        line = reader.line_num + 1  # the header is line 1
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        if len(row) != width:
            raise DataError(msg("{file}, line {line}: has {count} values, the header has {width}", code="csv.row_width",
                                file=label, line=line, count=len(row), width=width))
        block.append([_number(label, line, header, j, row[j]) for j in fcols])
        y = row[tcol].strip()
        if y == "":
            raise DataError(msg("{where}: missing value", code="csv.missing_value", where=_where(label, line, header, tcol)))
        if numeric_target:
            y = _number(label, line, header, tcol, y, regression=True)
        elif numeric_labels and not _NUMBER.fullmatch(y):
            numeric_labels = False
        rows_y.append(y)
        lines.append(line)
        if len(block) == _ROWS_PER_CHECK:  # an array per block: no 2-million-list conversion at the end
            check_cancel(cancel)
            blocks.append(np.array(block, dtype=np.float64))
            block = []
    blocks.append(np.array(block, dtype=np.float64).reshape(len(block), len(fcols)))
    check_cancel(cancel)
    x = blocks[0] if len(blocks) == 1 else np.concatenate(blocks)
    ys = []
    for i in range(0, len(rows_y), _ROWS_PER_CHECK):
        check_cancel(cancel)
        part = rows_y[i:i + _ROWS_PER_CHECK]
        # numeric labels sort as numbers; NumPy reads the strings _NUMBER accepted
        ys.append(np.array(part, dtype=np.float64 if numeric_target or numeric_labels else str))
    ycol = np.concatenate(ys) if ys else np.array([], dtype=np.float64)
    check_cancel(cancel)
    return x, ycol, lines


def _number(label, line, header, j, cell, regression=False):
    text = cell.strip()
    if text == "":
        raise DataError(msg("{where}: missing value", code="csv.missing_value", where=_where(label, line, header, j)))
    if _NUMBER.fullmatch(text):
        return float(text)
    if text.lower() in _NON_FINITE:
        raise DataError(msg("{where}: missing or not a finite number ({value})", code="csv.not_finite",
                             where=_where(label, line, header, j), value=text))
    raise DataError(msg("{where}: {value!r} is not a number (the task is regression)" if regression
                         else "{where}: {value!r} is not a number", code="csv.not_number",
                         where=_where(label, line, header, j), value=text[:30]))


def _line_of(body, row):
    """File line number of data row ``row`` (0-based), skipping blank lines; the header is line 1."""
    seen = -1
    for i, ln in enumerate(body.split("\n")):
        if ln.strip():
            seen += 1
            if seen == row:
                return i + 2
    return row + 2
