"""Each teaching example teaches what its description says, on the numbers.

The descriptions and the README's table quote figures that tools/lesson_figures.py computed into
docs/lesson_figures.json. Here the figures are computed again from the examples as shipped, each
claim is checked against them, and every quoted number is checked to be the computed one.
"""
import glob
import json
import os
import sys

import pytest

from core import load_design

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
EXAMPLES = os.path.join(ROOT, "resources", "examples")
sys.path.insert(0, os.path.join(ROOT, "tools"))

import lesson_figures
import examples_beyond_stacks
import make_examples


@pytest.fixture(scope="module")
def figures():
    """Freshly computed from the examples as shipped (about 5 s on one core)."""
    return lesson_figures.compute()


@pytest.fixture(scope="module")
def quoted():
    with open(lesson_figures.FIGURES_JSON, encoding="utf-8") as f:
        return json.load(f)


def test_every_example_has_a_description_with_figures_and_a_lesson_route():
    files = sorted(os.path.basename(p)[:-len(".layerlab")] for p in glob.glob(os.path.join(EXAMPLES, "*.layerlab")))
    assert files == sorted([*make_examples.EXAMPLES, *examples_beyond_stacks.LESSONS])
    for name in files:
        design = load_design(os.path.join(EXAMPLES, name + ".layerlab"))
        assert design.description and design.lesson, name
        for other in design.lesson["action"].get("with", []):
            assert os.path.exists(os.path.join(EXAMPLES, other)), (name, other)


def test_the_quoted_figures_are_the_ones_the_engine_computes(figures, quoted):
    assert quoted.keys() == figures.keys()
    for group, values in figures.items():
        assert quoted[group].keys() == values.keys(), group
        for key, value in values.items():
            assert quoted[group][key] == pytest.approx(value, rel=0.02, abs=0.005), f"{group}.{key}"


def test_every_description_and_the_readme_quote_the_computed_figures(quoted):
    for name, template in make_examples.EXAMPLES.items():
        shipped = load_design(os.path.join(EXAMPLES, name + ".layerlab"))
        assert shipped.description == lesson_figures.render(template.description, quoted), name
        assert "{" not in shipped.description, name
    with open(lesson_figures.README, encoding="utf-8") as f:
        readme = f.read()
    assert lesson_figures.render(lesson_figures.README_BLOCK, quoted) in readme


def test_a_single_layer_cannot_learn_xor_and_one_hidden_layer_can(figures):
    xor = figures["xor"]
    assert xor["accuracy"] == 1.0
    assert xor["single_layer_accuracy"] < 0.7  # about chance


def test_sigmoid_gradients_vanish_on_the_way_down_and_relu_ones_do_not(figures):
    v = figures["vanishing"]
    assert v["sigmoid_ratio"] < 1e-2 and v["relu_ratio"] > 0.5  # a 1e-4 fraction against the same order or more
    assert v["sigmoid_val_accuracy"] <= 0.55 and v["relu_val_accuracy"] > 0.9
    # The histogram view tells the same story as the norms: Sigmoid's first layer sits far left of ReLU's.
    assert v["sigmoid_first_hist_median"] < v["relu_first_hist_median"] - 2


def test_the_initialisation_lesson_holds_sentence_by_sentence(figures):
    i = figures["init"]
    assert i["std1_saturated_lo"] > 0.5                          # std 1: most outputs at 0 or 1
    assert i["std1_first_grad"] > 10 * i["xavier_first_grad"]   # ... yet the first layer gets more than Xavier's
    assert i["std1_val_accuracy"] > 0.15                         # ... and it learns a little: not silent
    assert i["std001_middle_lo"] > 0.95                          # std 0.01: all near 0.5
    assert i["std001_first_grad"] < 1e-6 and i["std001_val_accuracy"] < 0.15
    assert i["xavier_saturated_hi"] < 0.02 and i["xavier_std_lo"] > 0.1   # Xavier: spread, not saturated
    assert i["xavier_first_grad"] < 1e-2 * i["xavier_top_grad"] and i["xavier_val_accuracy"] < 0.15
    assert 0.8 < i["he_std_last"] / i["he_std_first"] < 1.25      # He: the same spread first to last
    # Deep Learning from Scratch, fig. 6-14: std 0.01 does not learn, Xavier and He do, He fastest.
    assert i["fig614_normal_loss"] > 2.2
    assert i["fig614_xavier_normal_loss"] < 1.0 and i["fig614_he_normal_loss"] < i["fig614_xavier_normal_loss"] / 2


def test_in_the_optimizer_race_the_others_leave_plain_sgd_behind(figures):
    race = figures["optimizers"]
    for kind in ("momentum", "nesterov", "adagrad", "rmsprop", "adam"):
        assert race[kind] < race["sgd"] / 3, kind


def test_the_large_network_overfits_and_dropout_l2_and_early_stopping_tame_it(figures):
    o = figures["overfit"]
    assert o["loss"] < 0.05 and o["val_loss"] > 10 * o["loss"]
    assert o["val_loss"] > 2 * o["best_val_loss"]  # validation loss turned back up
    for cure in ("dropout_val_loss", "l2_val_loss"):
        assert o[cure] < 0.7 * o["val_loss"], cure
    assert o["early_stopping_best_epoch"] == o["best_val_epoch"] and o["early_stopping_epochs"] < 100
    assert o["early_stopping_val_loss"] == pytest.approx(o["best_val_loss"], rel=1e-5)


def test_batch_normalisation_trains_the_deep_sigmoid_network_the_plain_one_cannot(figures):
    b = figures["batchnorm"]
    assert b["plain_val_accuracy"] < 0.2 and b["plain_loss"] > 2.2
    assert b["batchnorm_val_accuracy"] > 0.9


def test_scaling_decides_whether_sgd_learns_breast_cancer(figures):
    s = figures["scaling"]
    assert 0.6 < s["none"] < 0.66  # the larger class's share (357 of 569): nothing learned
    assert s["minmax"] > 0.93 and s["standard"] > 0.93
    design = load_design(os.path.join(EXAMPLES, "breast_cancer_scaling.layerlab"))
    assert design.settings()["scaling"] == "none"  # trained as shipped, it shows the failure
    assert design.lesson["action"] == {"kind": "variants", "sweep": "scaling", "choices": ["none", "minmax", "standard"],
                                       "view": "runs.accuracy"}


def test_spirals_digits_and_sine_reach_what_they_say(figures):
    o = figures["others"]
    assert o["spiral_val_accuracy"] > 0.85 and o["digits_val_accuracy"] > 0.95
    assert 0.08 < o["sine_val_mae"] < 0.15  # the noise alone costs 0.08
