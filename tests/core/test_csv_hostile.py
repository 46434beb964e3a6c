"""CSV files from strangers: devices, pipes and folders are refused, size is capped, loading can be
cancelled, and every cell that is not a number is named by line and column."""
import os
import threading
import time

import numpy as np
import pytest

from core import csvfile
from core.data import Cancelled, load_csv
from core.errors import DataError


def write(tmp_path, text, name="data.csv", **kw):
    path = tmp_path / name
    path.write_text(text, **kw)
    return str(path)


def finishes_within(seconds, fn):
    """Run fn on a thread; (finished in time, what it returned or raised)."""
    box = {}

    def target():
        try:
            box["value"] = fn()
        except BaseException as e:  # noqa: BLE001 - handed to the test to assert on
            box["value"] = e
    t = threading.Thread(target=target, daemon=True)
    t.start()
    t.join(seconds)
    return not t.is_alive(), box.get("value")


# -- 13.5: not a regular file, too large, cancelled -----------------------------------------------
def test_dev_zero_is_refused_before_reading():
    done, result = finishes_within(5, lambda: load_csv("/dev/zero", "y"))
    assert done and isinstance(result, DataError)
    assert str(result) == "zero: is a device or a pipe, not a regular file; a CSV file is a file"


def test_a_fifo_is_refused_and_never_hangs(tmp_path):
    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)   # nobody ever writes: opening it would block forever
    done, result = finishes_within(5, lambda: load_csv(str(fifo), "y"))
    assert done and isinstance(result, DataError) and "is a device or a pipe, not a regular file" in str(result)


def test_a_folder_is_refused(tmp_path):
    (tmp_path / "data.csv").mkdir()
    with pytest.raises(DataError, match=r"^data.csv: is a folder; choose a CSV file$"):
        load_csv(str(tmp_path / "data.csv"), "y")


def test_a_file_over_the_cap_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as f:
        f.write(b"a,y\n")
        f.truncate(csvfile.MAX_CSV_BYTES + 1)   # sparse: takes no disk, but claims 200 MB
    done, result = finishes_within(1, lambda: load_csv(str(path), "y"))
    assert done and isinstance(result, DataError)
    assert str(result) == "huge.csv: the file is 200 MB; a CSV file is at most 200 MB"


def big_csv(tmp_path, rows=2_000_000, quoted=False):
    row = '"1.5","2","3",0\n' if quoted else "1.5,2,3,0\n"
    return write(tmp_path, "a,b,c,y\n" + row * (rows // 2) + row.replace("0\n", "1\n") * (rows // 2))


@pytest.mark.parametrize("quoted", [False, True], ids=["plain", "quoted"])
def test_closing_mid_load_returns_within_a_second(tmp_path, quoted):
    path = big_csv(tmp_path, quoted=quoted)   # 20-30 MB
    stop = threading.Event()
    box = {}

    def load():
        try:
            box["value"] = load_csv(path, "y", cancel=stop.is_set)
        except Cancelled as e:
            box["value"] = e
    t = threading.Thread(target=load, daemon=True)
    t.start()
    time.sleep(0.05)   # the window closes while the file loads
    asked = time.perf_counter()
    stop.set()
    t.join(5)
    assert not t.is_alive() and time.perf_counter() - asked < 1.0
    assert isinstance(box["value"], Cancelled)


def test_cancel_is_asked_while_reading_and_while_parsing(tmp_path):
    path = big_csv(tmp_path, rows=200_000)
    calls = []
    d = load_csv(path, "y", cancel=lambda: calls.append(1) and False)
    assert len(d) == 200_000 and len(calls) >= 3   # 2 MB: at least 2 chunks read + 1 parsed
    for after in (1, len(calls) - 1):               # a cancel while reading, and one while parsing
        with pytest.raises(Cancelled):
            load_csv(path, "y", cancel=cancel_after(after))


def cancel_after(calls):
    asked = []
    return lambda: asked.append(1) or len(asked) > calls


# -- 13.6: line endings ---------------------------------------------------------------------------------
@pytest.mark.parametrize("eol", ["\r", "\r\n", "\n"], ids=["mac", "windows", "unix"])
def test_any_line_ending_reads(tmp_path, eol):
    d = load_csv(write(tmp_path, eol.join(["a,b,y", "1,2,cat", "3,4,dog", "5,6,cat", ""]), newline=""), "y")
    np.testing.assert_array_equal(d.x, [[1, 2], [3, 4], [5, 6]])
    assert d.classes == ["cat", "dog"]


# -- 13.11: quoted fields, and cells named by line and column -------------------------------------------
def test_quoted_numbers_and_quoted_commas_read_as_the_csv_module_does(tmp_path):
    text = '"a","b, cm","city"\n"1.5","2",Seoul\n3,"4","Busan, Korea"\n" 5 ",6,"Seoul"\n'
    d = load_csv(write(tmp_path, text), "city")
    np.testing.assert_array_equal(d.x, [[1.5, 2], [3, 4], [5, 6]])
    assert d.classes == ["Busan, Korea", "Seoul"] and d.feature_names == ["a", "b, cm"]
    np.testing.assert_array_equal(d.y, [1, 0, 1])


def test_quoted_regression_targets(tmp_path):
    d = load_csv(write(tmp_path, 'x,y\n"1","0.5"\n"2","1.5"\n'), "y", "regression")
    np.testing.assert_array_equal(d.y, [0.5, 1.5])


@pytest.mark.parametrize("text, message", [
    ("a,b,y\n1,2,0\n1_000,2,1\n", "data.csv, line 3, column 1 ('a'): '1_000' is not a number"),
    ("a,b,y\n1,2,0\n0x10,2,1\n", "data.csv, line 3, column 1 ('a'): '0x10' is not a number"),
    ('a,"b, cm",y\n1,2,0\n1,"2,5",1\n', "data.csv, line 3, column 2 ('b, cm'): '2,5' is not a number"),
    ('a,b,y\n"1","x",0\n', "data.csv, line 2, column 2 ('b'): 'x' is not a number"),
    ('a,b,y\n1,2,0\n"1",2,1\n"3",inf,1\n', "data.csv, line 4, column 2 ('b'): missing or not a finite number"),
    ('a,b,y\n1,2,0\n"1",,1\n', "data.csv, line 3, column 2 ('b'): missing value"),
    ('a,b,y\n1,2,0\n"1",2\n', "data.csv, line 3: has 2 values, the header has 3"),
])
def test_a_cell_that_is_not_a_number_is_named(tmp_path, text, message):
    with pytest.raises(DataError) as e:
        load_csv(write(tmp_path, text), "y")
    assert str(e.value).startswith(message), str(e.value)


def test_a_row_shorter_than_the_header_is_named_found_by_the_fuzzer(tmp_path):
    with pytest.raises(DataError, match=r"^data.csv, line 2: has 1 values, the header has 2$"):
        load_csv(write(tmp_path, "a,b\n1"), "b")   # was IndexError from the fast reader


def test_a_trainer_loading_a_csv_stops_when_cancelled(tmp_path):
    from core import Design
    from core.training import Trainer
    path = big_csv(tmp_path, rows=400_000)
    design = Design.sequential([3], [("Dense", {"units": 2}), "Softmax"],
                               {"data": {"source": "csv", "path": path, "target": "y"}})
    stop = threading.Event()
    stop.set()   # the window was closed while Train was starting
    start = time.perf_counter()
    with pytest.raises(Cancelled):
        Trainer(design, cancel=stop.is_set)
    assert time.perf_counter() - start < 1.0


def test_a_trainer_cancelled_just_after_its_data_loaded_stops_between_the_passes_over_it(tmp_path):
    """Splitting, scaling and shaping 2.6 million rows took 0.8 s in one piece: closing the window
    just as a big CSV had loaded waited for all of it (1.4 s in CI). Each pass now asks cancel()."""
    from core import Design
    from core.data import load_dataset
    from core.training import Trainer
    path = big_csv(tmp_path, rows=40_000)
    design = Design.sequential([3], [("Dense", {"units": 2}), "Softmax"],
                               {"data": {"source": "csv", "path": path, "target": "y"}})
    loaded = load_dataset(design.settings()["data"])
    asked = []
    Trainer(design, dataset=loaded, cancel=lambda: asked.append(1) and False)
    assert len(asked) >= 4   # split, scale, the training inputs and targets, the validation part
    for after in range(len(asked)):
        with pytest.raises(Cancelled):
            Trainer(design, dataset=loaded, cancel=cancel_after(after))
