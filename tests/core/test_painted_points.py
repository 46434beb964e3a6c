"""A student paints 2-D points by hand: they are kept in the design file as readable JSON, train like
any dataset, and a stranger's bad point list is refused with a message that names the point."""
import json

import numpy as np
import pytest

from core import Design, DesignError, load_design, save_design
from core.data import load_dataset
from core.errors import DataError
from core.points import MAX_POINTS
from core.training import Trainer


def painted_design(points, task="classification", **training):
    last = [("Dense", {"units": 2}), "Softmax"] if task == "classification" else [("Dense", {"units": 1})]
    settings = {"data": {"source": "points", "task": task, "points": points},
                "loss": "categorical_crossentropy" if task == "classification" else "mse", **training}
    return Design.sequential([2], [("Dense", {"units": 8}), "Tanh"] + last, settings)


def two_blobs(n=60, seed=1):
    """Class 0 painted on the left, class 1 on the right: a line separates them."""
    rng = np.random.default_rng(seed)
    left = [[round(float(a), 3), round(float(b), 3), 0] for a, b in rng.normal([-1, 0], 0.3, (n // 2, 2))]
    right = [[round(float(a), 3), round(float(b), 3), 1] for a, b in rng.normal([1, 0], 0.3, (n // 2, 2))]
    return left + right


def test_painted_points_round_trip_through_save_and_open_as_readable_json(tmp_path):
    points = two_blobs(20)
    design = painted_design(points)
    path = tmp_path / "mine.layerlab"
    save_design(design, str(path))
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    assert on_disk["training"]["data"] == {"source": "points", "task": "classification", "points": points}
    assert load_design(str(path)).to_dict() == design.to_dict()


def test_a_separable_painting_trains_well_above_chance():
    design = painted_design(two_blobs(), epochs=40, validation_split=0.25,
                            optimizer={"type": "adam", "lr": 0.05}, batch_size=8)
    result = Trainer(design, seed=0).fit()
    assert result.history["val_accuracy"][-1] >= 0.9  # chance is 0.5


def test_painted_regression_values_are_targets():
    points = [[0.1 * i, 0.0, 2.0 * 0.1 * i] for i in range(-20, 21)]
    ds = load_dataset({"source": "points", "task": "regression", "points": points})
    assert ds.task == "regression" and ds.x.shape == (41, 2)
    np.testing.assert_allclose(ds.y, ds.x[:, 0] * 2.0)
    result = Trainer(painted_design(points, "regression", epochs=60, optimizer={"type": "adam", "lr": 0.05},
                                    batch_size=8)).fit()
    assert result.history["val_loss"][-1] < 0.1 * np.var(ds.y)


def test_three_painted_classes_make_three_classes():
    points = [[float(i), 0.0, i % 3] for i in range(9)]
    ds = load_dataset({"source": "points", "points": points})
    assert ds.classes == ["0", "1", "2"] and list(ds.y[:3]) == [0, 1, 2]


@pytest.mark.parametrize("points, message", [
    ("lots", "training.data.points: must be a list of points"),
    ([[0, 0, 1], [1, 2]], "training.data.points[1]: expected [x1, x2, class]"),
    ([[0, 0, 1], [0, 0, 0], [0, 0, 0], [1.5, "2", 0]], "training.data.points[3]: expected [x1, x2, class]"),
    ([[0, float("nan"), 1]], "training.data.points[0]: expected [x1, x2, class]"),
    ([[1e300, 0, 1]], "training.data.points[0]: expected [x1, x2, class], three numbers within +-1e+06"),
    ([[0, 0, True]], "training.data.points[0]: expected [x1, x2, class]"),
    ([[0, 0, 0.5]], "training.data.points[0]: expected [x1, x2, class], the class an integer from 0 to 7"),
    ([[0, 0, 9]], "the class an integer from 0 to 7"),
    ([[0, 0, 0]] * (MAX_POINTS + 1), f"training.data.points: at most {MAX_POINTS} points, got {MAX_POINTS + 1}"),
])
def test_bad_point_lists_are_refused_naming_the_point(points, message):
    d = painted_design([]).to_dict()
    d["training"]["data"]["points"] = points
    with pytest.raises(DesignError) as err:
        Design.from_dict(d)
    assert message in str(err.value)


def test_a_regression_painting_names_the_value_and_a_task_typo_is_refused():
    d = painted_design([], "regression").to_dict()
    d["training"]["data"]["points"] = [[0, 0, 0.5], [0, 0, None]]
    with pytest.raises(DesignError, match=r"training\.data\.points\[1\]: expected \[x1, x2, value\]"):
        Design.from_dict(d)
    d["training"]["data"]["task"] = "clasification"
    with pytest.raises(DesignError, match=r"training\.data\.task: must be one of"):
        Design.from_dict(d)


def test_a_nan_in_the_file_text_is_refused(tmp_path):
    d = painted_design([[0, 0, 1]]).to_dict()
    text = json.dumps(d).replace("[0, 0, 1]", "[0, NaN, 1]")
    path = tmp_path / "nan.layerlab"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DesignError):
        load_design(str(path))


def test_an_empty_painting_saves_but_training_asks_for_points():
    design = painted_design([])
    assert Design.from_dict(design.to_dict()).to_dict() == design.to_dict()
    with pytest.raises(DataError, match=r"training\.data\.points: paint at least 4 points"):
        Trainer(design)


def test_comparing_two_paintings_names_their_sizes_not_every_point():
    from core.experiments import differences
    before, after = painted_design(two_blobs(40)).to_dict(), painted_design(two_blobs(60)).to_dict()
    assert differences(before, after) == "data.points (40 entries) → (60 entries)"


def test_a_bad_point_is_explained_in_korean():
    from core.messages import translate
    d = painted_design([]).to_dict()
    d["training"]["data"]["points"] = [[0, 0, 1], [0, 0, 12]]
    with pytest.raises(DesignError) as err:
        Design.from_dict(d)
    assert translate(err.value, "ko") == ("training.data.points[1]: [x1, x2, 클래스] 형태이고 클래스는 0부터 7까지의 "
                                          "정수여야 합니다. 받은 값: [0, 0, 12]")
