"""Each teaching example teaches what its description says, on the numbers."""
import os

from core import load_design
from core.experiments import variants
from core.training import Trainer

EXAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "examples")


def fit(name):
    return Trainer(load_design(os.path.join(EXAMPLES, name + ".layerlab")), layer_stats=False).fit()


def test_a_single_layer_cannot_learn_xor_and_one_hidden_layer_can():
    assert fit("xor_single_layer").history["accuracy"][-1] < 0.7  # about chance: 54%
    assert fit("xor").history["accuracy"][-1] == 1.0


def test_the_large_network_overfits_and_dropout_l2_and_early_stopping_tame_it():
    overfit = fit("overfit").history
    assert overfit["loss"][-1] < 0.05 and overfit["val_loss"][-1] > 10 * overfit["loss"][-1]
    assert overfit["val_loss"][-1] > 2 * min(overfit["val_loss"])  # validation loss turned back up
    for cure in ("overfit_dropout", "overfit_l2"):
        assert fit(cure).history["val_loss"][-1] < 0.7 * overfit["val_loss"][-1], cure
    stopped = fit("overfit_early_stopping")
    assert stopped.stopped_because == "early_stopping" and stopped.epochs_run < 100
    assert stopped.message.endswith("(its weights are restored)")


def test_batch_normalisation_trains_the_deep_sigmoid_network_the_plain_one_cannot():
    plain = fit("deep_plain").history["val_accuracy"][-1]
    normalised = fit("deep_batchnorm").history["val_accuracy"][-1]
    assert plain < 0.2 and normalised > 0.9  # 10% (chance on digits) against 96% in 20 epochs


def test_in_the_optimizer_race_momentum_and_adam_leave_plain_sgd_behind():
    race = load_design(os.path.join(EXAMPLES, "optimizer_race.layerlab"))
    final = {label: Trainer(design, layer_stats=False).fit().history["loss"][-1]
             for label, design in variants(race, "optimizer", ["sgd", "momentum", "adam"])}
    assert final["optimizer = adam"] < final["optimizer = sgd"] / 3
    assert final["optimizer = momentum"] < final["optimizer = sgd"] / 3
