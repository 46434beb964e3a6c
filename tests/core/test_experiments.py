"""Experiments: variants of a design, what differs between runs, and the runs file."""
import json
import os

import pytest

from core import load_design
from core.experiments import (Run, RunsFileError, differences, load_runs, parse_learning_rates, parse_runs_text,
                              runs_path_for, runs_to_json, save_runs, valid_losses, variants)
from core.training import Trainer

EXAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "examples")


def example(name):
    return load_design(os.path.join(EXAMPLES, name + ".layerlab"))


def test_an_activation_sweep_swaps_every_hidden_activation_and_keeps_the_softmax():
    design = example("vanishing_sigmoid")
    made = variants(design, "activation", ["ReLU", "Tanh"])
    assert [label for label, _ in made] == ["activation = ReLU", "activation = Tanh"]
    relu = made[0][1]
    types = [n.type for n in relu.nodes]
    assert types.count("ReLU") == 6 and "Sigmoid" not in types and types[-1] == "Softmax"
    assert differences(design.to_dict(), relu.to_dict()) == "Sigmoid → ReLU (6 layers)"
    assert [n.type for n in design.nodes].count("Sigmoid") == 6  # the original is untouched


def test_optimizer_and_learning_rate_sweeps_change_only_the_optimizer():
    design = example("optimizer_race")
    (label, adam), = variants(design, "optimizer", ["adam"])
    assert adam.training["optimizer"] == {"type": "adam", "lr": 0.05}
    rates = variants(design, "learning rate", parse_learning_rates("0.001, 0.01 0.1"))
    assert [v.training["optimizer"]["lr"] for _, v in rates] == [0.001, 0.01, 0.1]
    assert differences(design.to_dict(), rates[0][1].to_dict()) == "optimizer.lr 0.05 → 0.001"


def test_loss_and_scaling_sweeps_change_only_that_setting_and_offer_the_losses_the_output_fits():
    softmax = example("xor")
    assert valid_losses(softmax) == ("mse", "sum_squared_error", "categorical_crossentropy")
    made = variants(softmax, "loss", ["mse", "categorical_crossentropy"])
    assert [label for label, _ in made] == ["loss = mse", "loss = categorical_crossentropy"]
    assert made[0][1].settings()["loss"] == "mse"
    assert differences(softmax.to_dict(), made[0][1].to_dict()).startswith("loss ")
    with pytest.raises(ValueError, match=r"loss: 'binary_crossentropy' does not fit this design's last layer "
                                         r"\(Softmax\); choose one of mse, sum_squared_error, categorical"):
        variants(softmax, "loss", ["binary_crossentropy"])
    assert valid_losses(example("gate_and")) == ("mse", "sum_squared_error", "binary_crossentropy")
    scaled = variants(softmax, "scaling", ["none", "minmax", "standard"])
    assert [v.settings()["scaling"] for _, v in scaled] == ["none", "minmax", "standard"]
    with pytest.raises(ValueError, match="scaling: 'log' is not one of none, minmax, standard"):
        variants(softmax, "scaling", ["log"])


def test_every_loss_a_sweep_offers_trains_the_design():
    design = example("xor")
    for label, variant in variants(design, "loss", valid_losses(design)):
        loss = Trainer(variant, epochs=2, layer_stats=False).fit().history["loss"]
        assert len(loss) == 2 and all(v == v for v in loss), label


def test_bad_sweeps_say_what_was_expected():
    design = example("xor")
    with pytest.raises(ValueError, match="learning rates: 'fast' is not a number"):
        parse_learning_rates("0.1, fast")
    with pytest.raises(ValueError, match="must be a positive number"):
        parse_learning_rates("-1")
    with pytest.raises(ValueError, match="activation: 'Softmax' is not one of Sigmoid, Tanh, ReLU, LeakyReLU"):
        variants(design, "activation", ["Softmax"])
    with pytest.raises(ValueError, match="choose at least one"):
        variants(design, "optimizer", [])
    single = example("xor_single_layer")
    with pytest.raises(ValueError, match="no Sigmoid, Tanh, ReLU or LeakyReLU layer to swap"):
        variants(single, "activation", ["ReLU"])


def trained_run(name="first"):
    design = example("xor")
    reports = []
    result = Trainer(design, epochs=5, callback=reports.append).fit()
    grad_norms = {}
    for report in reports:
        for lr in report.layers:
            if lr.grad_norm is not None:
                grad_norms.setdefault(lr.node_id, []).append([report.epoch, lr.grad_norm])
    activations = {lr.node_id: {"type": lr.type, "counts": lr.activation.counts.tolist(),
                                "lo": lr.activation.lo, "hi": lr.activation.hi} for lr in reports[-1].layers}
    return Run(name, design.to_dict(), result.history, grad_norms, activations,
               result.stopped_because, result.message, result.seconds)


def test_runs_save_and_load_exactly(tmp_path):
    runs = [trained_run("sigmoid"), trained_run("relu")]
    runs[1].changes = "Sigmoid → ReLU (6 layers)"
    path = tmp_path / "xor.layerlab-runs"
    save_runs(runs, path)
    again = load_runs(path)
    assert [r.to_dict() for r in again] == [r.to_dict() for r in runs]
    assert again[0].final()["loss"] == runs[0].history["loss"][-1]  # floats survive to the bit
    assert runs_path_for("/a/xor.layerlab") == "/a/xor.layerlab-runs"


def test_a_run_whose_best_epoch_was_restored_reports_that_epoch_and_keeps_it_in_its_file(tmp_path):
    design = example("overfit_early_stopping")
    design.training["early_stopping"]["patience"] = 1000
    design.training["epochs"] = 40
    result = Trainer(design, layer_stats=False).fit()
    run = Run("patient", design.to_dict(), result.history, stopped_because=result.stopped_because,
              restored_epoch=result.best_epoch if result.restored else None)
    assert run.restored_epoch == result.best_epoch < 40
    assert run.final() == pytest.approx(result.metrics, rel=1e-5)  # the Runs result is the restored model's
    assert run.final()["val_loss"] < result.history["val_loss"][-1]
    save_runs([run], tmp_path / "r.layerlab-runs")
    assert load_runs(tmp_path / "r.layerlab-runs")[0].restored_epoch == run.restored_epoch
    doc = json.loads(runs_to_json([run]))
    doc["runs"][0]["restored_epoch"] = 41
    with pytest.raises(RunsFileError, match=r"runs\[0\]\.restored_epoch: expected an epoch from 1 to 40, found 41"):
        parse_runs_text(json.dumps(doc))


def test_a_run_with_nan_is_refused_on_save_not_written_as_invalid_json():
    run = trained_run()
    run.history["loss"][2] = float("nan")
    with pytest.raises(ValueError, match="NaN or infinite"):
        runs_to_json([run])


def test_the_history_exports_as_csv_with_keras_keys():
    run = trained_run()
    lines = run.history_csv().splitlines()
    assert lines[0] == "epoch,loss,accuracy,val_loss,val_accuracy"
    assert len(lines) == 6 and lines[1].startswith("1,") and float(lines[5].split(",")[1]) == run.history["loss"][4]


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d.update(format="layerlab-design"), "format: expected 'layerlab-runs'"),
    (lambda d: d.update(version=7), "version: 7 is not a version LayerLab wrote"),
    (lambda d: d["runs"][0]["history"]["loss"].__setitem__(1, "x"), r"runs\[0\]\.history\.loss\[1\]: expected a finite"),
    (lambda d: d["runs"][0].pop("design"), r"runs\[0\]: missing field 'design'"),
    (lambda d: d["runs"][0].update(extra=1), r"runs\[0\]: unknown field 'extra'"),
    (lambda d: d["runs"][0]["design"]["nodes"][1]["params"].update(units=0), r"runs\[0\]\.design: nodes\[1\]"),
    (lambda d: d["runs"][0]["activations"]["d1"].update(hi=d["runs"][0]["activations"]["d1"]["lo"]),
     r"runs\[0\]\.activations\.d1: hi must be above lo"),
])
def test_a_damaged_runs_file_says_what_and_where(mutate, message):
    doc = json.loads(runs_to_json([trained_run()]))
    mutate(doc)
    with pytest.raises(RunsFileError, match=message):
        parse_runs_text(json.dumps(doc))


def test_nan_and_duplicate_keys_in_a_runs_file_are_refused():
    text = runs_to_json([trained_run()])
    with pytest.raises(RunsFileError, match="NaN"):
        parse_runs_text(text.replace('"seconds": ', '"seconds": NaN, "x": ', 1))
    with pytest.raises(RunsFileError, match="repeats the key"):
        parse_runs_text('{"format": "layerlab-runs", "format": "layerlab-runs"}')
