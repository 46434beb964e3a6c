"""Datasets, CSV import and its errors, splits and scalers."""
import os

import numpy as np
import pytest

from core import Design, save_design, load_design
from core.data import DataError, Dataset, Scaler, load_csv, load_dataset, run_seeds, split_indices, toy_dataset, TOY
from core.training import Trainer


def write(tmp_path, text, name="data.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


@pytest.mark.parametrize("name", sorted(TOY))
def test_toy_datasets_are_seeded_and_shaped(name):
    a = toy_dataset(name, samples=120, noise=0.1, classes=3, seed=4)
    b = toy_dataset(name, samples=120, noise=0.1, classes=3, seed=4)
    np.testing.assert_array_equal(a.x, b.x)
    assert a.x.shape == ((120, 1) if name == "sine" else (120, 2))
    if a.task == "classification":
        assert set(np.unique(a.y)) == set(range(a.n_classes))


@pytest.mark.parametrize("name, n, features, classes", [
    ("digits", 1797, 64, 10), ("iris", 150, 4, 3), ("breast_cancer", 569, 30, 2)])
def test_bundled_datasets(name, n, features, classes):
    d = load_dataset({"source": "builtin", "name": name})
    assert d.x.shape == (n, features) and d.n_classes == classes and len(d.y) == n


def test_csv_with_string_labels_and_a_target_in_the_middle(tmp_path):
    path = write(tmp_path, "a,species,b\n1,cat,2\n3,dog,4\n5,cat,6\n")
    d = load_csv(path, "species")
    assert d.classes == ["cat", "dog"]
    np.testing.assert_array_equal(d.y, [0, 1, 0])
    np.testing.assert_array_equal(d.x, [[1, 2], [3, 4], [5, 6]])
    assert d.feature_names == ["a", "b"]


def test_csv_numeric_labels_sort_as_numbers_and_semicolons_work(tmp_path):
    path = write(tmp_path, "x;label\n1;10\n2;9\n3;10\n")
    d = load_csv(path, "label")
    assert d.classes == ["9", "10"]
    np.testing.assert_array_equal(d.y, [1, 0, 1])


def test_csv_regression(tmp_path):
    d = load_csv(write(tmp_path, "x,y\n1,0.5\n2,1.5\n"), "y", "regression")
    assert d.task == "regression"
    np.testing.assert_array_equal(d.y, [0.5, 1.5])


def test_csv_from_korean_excel(tmp_path):
    d = load_csv(write(tmp_path, "키,몸무게,성별\n170,65,남\n160,50,여\n", encoding="cp949"), "성별")
    assert d.classes == ["남", "여"]


@pytest.mark.parametrize("text, target, message", [
    ("", "y", r"data.csv: the file is empty; expected a header row and rows of data"),
    ("a,b,y\n", "y", r"data.csv: has a header but no rows of data"),
    ("a,b,y\n1,2,0\n3,4,1\n", "label", r"data.csv: no column named 'label'; the columns are: a, b, y"),
    ("a,b,y\n1,2,0\n3,oops,1\n", "y", r"data.csv, line 3, column 2 \('b'\): 'oops' is not a number"),
    ("a,b,y\n1,2,0\n3,,1\n", "y", r"data.csv, line 3, column 2 \('b'\): missing value"),
    ("a,b,y\n1,2,0\n3,4\n", "y", r"data.csv, line 3: has 2 values, the header has 3"),
    ("a,b,y\n1,2,0\n\n3,4,5,6\n", "y", r"data.csv, line 4: has 4 values, the header has 3"),
    ("a,b,y\n1,2,0\n3,4,0\n", "y", r"data.csv: the target column 'y' has only one class \('0'\); "
                                   r"classification needs at least two"),
    ("a,b,y\n1,2,0\n3,nan,1\n", "y", r"data.csv, line 3, column 2 \('b'\): missing or not a finite number"),
    ("a,b,y\n1,2,x\n3,4,\n", "y", r"data.csv, line 3, column 3 \('y'\): missing value"),
    ("a,y\n1,2\n", "y", None),
])
def test_each_bad_csv_gets_one_line_naming_row_and_column(tmp_path, text, target, message):
    path = write(tmp_path, text)
    if message is None:
        with pytest.raises(DataError, match="only one class"):
            load_csv(path, target)
        return
    with pytest.raises(DataError, match="^" + message):
        load_csv(path, target)


def test_regression_target_must_be_numeric(tmp_path):
    with pytest.raises(DataError, match=r"line 3, column 2 \('y'\): 'big' is not a number \(the task is regression\)"):
        load_csv(write(tmp_path, "x,y\n1,2\n2,big\n"), "y", "regression")


def test_missing_file_is_named(tmp_path):
    with pytest.raises(DataError, match=r"nope.csv: no such file"):
        load_csv(str(tmp_path / "nope.csv"), "y")


def test_relative_csv_path_is_taken_from_the_design_folder(tmp_path, monkeypatch):
    folder = tmp_path / "project"
    folder.mkdir()
    rng = np.random.default_rng(0)
    rows = ["u,v,kind"] + [f"{a:.3f},{b:.3f},{'yes' if a > b else 'no'}" for a, b in rng.normal(size=(60, 2))]
    (folder / "points.csv").write_text("\n".join(rows) + "\n")
    design = Design.sequential([2], [("Dense", {"units": 2}), "Softmax"],
                               {"data": {"source": "csv", "path": "points.csv", "target": "kind"}, "epochs": 2})
    save_design(design, folder / "model.layerlab")
    monkeypatch.chdir(tmp_path)  # somewhere else entirely
    trainer = Trainer(load_design(folder / "model.layerlab"))
    assert trainer.dataset.classes == ["no", "yes"]
    assert trainer.fit().epochs_run == 2


def test_validation_split_is_stratified_even_on_data_sorted_by_class():
    y = np.repeat([0, 1, 2], [50, 30, 20])  # sorted by class, as many CSV files are
    d = Dataset("sorted", np.arange(100.0)[:, None], y, "classification", classes=["a", "b", "c"])
    train, val = split_indices(d.y, d.n_classes, 0.2, seed=0)
    assert sorted(np.concatenate([train, val])) == list(range(100))
    assert np.bincount(y[val]).tolist() == [10, 6, 4]  # each class keeps its share
    again, _ = split_indices(d.y, d.n_classes, 0.2, seed=0)
    np.testing.assert_array_equal(train, again)


def test_scalers_are_fitted_on_training_rows_only():
    x = np.r_[np.zeros((80, 1)) + np.arange(80)[:, None] % 2, np.full((20, 1), 1000.0)]
    y = np.r_[np.arange(80) % 2, np.arange(20) % 2]
    d = Dataset("leaky", x, y, "classification", classes=["0", "1"])
    design = Design.sequential([1], [("Dense", {"units": 2}), "Softmax"], {"scaling": "minmax", "epochs": 1})
    trainer = Trainer(design, dataset=d)
    train, _ = split_indices(d.y, d.n_classes, 0.2, seed=run_seeds(0)[3])
    assert trainer.scaler.shift[0] == x[train].min()
    assert trainer.scaler.scale[0] == x[train].max() - x[train].min()
    assert trainer.x_train.max() <= 1.0  # training rows land in [0, 1]; the held-out ones need not


@pytest.mark.parametrize("kind", ["minmax", "standard"])
def test_scaler_values(kind):
    x = np.array([[1.0, 5.0], [3.0, 5.0], [5.0, 5.0]])
    out = Scaler(kind).fit(x).transform(x)
    if kind == "minmax":
        np.testing.assert_allclose(out[:, 0], [0, 0.5, 1])
    else:
        np.testing.assert_allclose(out[:, 0], [-1.224744871391589, 0, 1.224744871391589])
    np.testing.assert_array_equal(out[:, 1], 0)  # a constant column does not divide by zero


def test_a_large_csv_loads(tmp_path):
    rng = np.random.default_rng(0)
    table = np.c_[rng.integers(0, 256, (2000, 784)), rng.integers(0, 10, 2000)]
    path = tmp_path / "mnist_like.csv"
    with open(path, "w") as f:
        f.write(",".join([f"p{i}" for i in range(784)] + ["label"]) + "\n")
        np.savetxt(f, table, fmt="%d", delimiter=",")
    d = load_csv(str(path), "label")
    np.testing.assert_array_equal(d.x, table[:, :784])
    assert os.path.getsize(path) > 3_000_000
