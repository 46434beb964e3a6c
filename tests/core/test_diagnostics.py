"""Warnings that teach: a layer in trouble is named, with the measured value, the cause and what to try."""
import os

import pytest
from designs import moons_stack

from core import load_design
from core.diagnostics import (
    DEAD_RELU,
    DEAD_SHARE,
    SATURATED,
    SATURATION_SHARE,
    VANISHING,
    VANISHING_RATIO,
    by_node,
    probe_warnings,
)
from core.training import Trainer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "resources", "examples")


def warnings_after_training(design):
    trainer = Trainer(design, seed=0)
    trainer.fit()
    return probe_warnings(trainer.net, trainer.x_probe, trainer.t_probe)


def codes(warnings):
    return {(w.code, w.node_id) for w in warnings}


def test_a_learning_rate_that_kills_relus_is_named_with_its_cause_and_cures():
    warnings = warnings_after_training(moons_stack("ReLU", lr=3.0))
    dead = [w for w in warnings if w.code == DEAD_RELU]
    assert [w.node_id for w in dead] == ["relu2"]
    assert dead[0].value == pytest.approx(0.75)  # 12 of its 16 units are zero on every probe sample
    message, cause, advice = dead[0].explanation()
    assert message == "75% of the units of relu2 are dead: zero on every probe sample"
    assert "negative" in cause and "learning rate" in cause
    assert any("He initialisation" in a for a in advice) and any("LeakyReLU" in a for a in advice)
    assert any("Lower the learning rate" in a for a in advice)


@pytest.mark.parametrize("fix", ["LeakyReLU", "lower learning rate"])
def test_the_fixed_design_has_no_dead_relu_warning(fix):
    design = moons_stack("LeakyReLU", lr=3.0) if fix == "LeakyReLU" else moons_stack("ReLU", lr=1.0)
    assert warnings_after_training(design) == []


def test_a_hand_set_negative_bias_kills_every_unit_and_stops_the_gradient_below():
    design = moons_stack("ReLU", lr=0.1)
    trainer = Trainer(design, seed=0)
    trainer.net.params["dense1.b"][...] = -10.0
    warnings = probe_warnings(trainer.net, trainer.x_probe, trainer.t_probe)
    # relu1 passes only zeros, so dense2 outputs just its bias (0) and relu2 is dead too;
    # no gradient gets below relu2.
    assert codes(warnings) == {(DEAD_RELU, "relu1"), (VANISHING, "dense1"), (DEAD_RELU, "relu2"),
                               (VANISHING, "dense2")}
    assert by_node(warnings)["relu1"][0].value == 1.0
    assert by_node(warnings)["dense1"][0].value == 0.0
    # He initialisation, as the advice says, leaves no dead layer
    fresh = Trainer(design, seed=0)
    assert probe_warnings(fresh.net, fresh.x_probe, fresh.t_probe) == []


def test_vanishing_sigmoid_example_warns_about_its_first_layer():
    trainer = Trainer(load_design(os.path.join(EXAMPLES, "vanishing_sigmoid.layerlab")), seed=0)
    warnings = probe_warnings(trainer.net, trainer.x_probe, trainer.t_probe)
    # Measured: the gradient reaching dense1 is 4.4e-4 of dense7's (dense2 gets 1.8e-3, above the line).
    # Its Xavier-initialised Sigmoids are not saturated (0% of outputs near 0 or 1): the gradient
    # shrinks by the Sigmoid's slope, at most 0.25, at every layer.
    assert codes(warnings) == {(VANISHING, "dense1")}
    assert warnings[0].value == pytest.approx(4.4e-4, rel=0.1)
    assert warnings[0].value < VANISHING_RATIO
    assert warnings[0].text() == "The gradient reaching dense1 is 4.4e-04 of the top layer's: its weights barely learn"


def test_sigmoids_with_weights_of_std_1_are_saturated_and_xavier_fixes_it():
    trainer = Trainer(load_design(os.path.join(EXAMPLES, "init_std_1.layerlab")), seed=0)
    warnings = probe_warnings(trainer.net, trainer.x_probe, trainer.t_probe)
    saturated = [w for w in warnings if w.code == SATURATED]
    assert [w.node_id for w in saturated] == [f"sigmoid{i}" for i in range(1, 6)]
    # Measured: 64% to 68% of their outputs lie within 0.05 of 0 or 1.
    assert all(0.6 < w.value < 0.72 for w in saturated) and all(w.value >= SATURATION_SHARE for w in saturated)
    assert "flat" in saturated[0].text() and "Sigmoid" in saturated[0].text()
    xavier = Trainer(load_design(os.path.join(EXAMPLES, "init_xavier.layerlab")), seed=0)
    assert [w for w in probe_warnings(xavier.net, xavier.x_probe, xavier.t_probe) if w.code == SATURATED] == []


def test_a_healthy_network_has_no_warnings_and_the_thresholds_are_the_issues():
    trainer = Trainer(load_design(os.path.join(EXAMPLES, "xor.layerlab")), seed=0)
    assert probe_warnings(trainer.net, trainer.x_probe, trainer.t_probe) == []
    assert (VANISHING_RATIO, DEAD_SHARE, SATURATION_SHARE) == (1e-3, 0.5, 0.5)


def test_templates_translate_with_their_arguments():
    design = moons_stack("ReLU", lr=0.1)
    trainer = Trainer(design, seed=0)
    trainer.net.params["dense1.b"][...] = -10.0
    dead = by_node(probe_warnings(trainer.net, trainer.x_probe, trainer.t_probe))["relu1"][0]
    korean = {dead.message: "{layer} 층의 유닛 {share:.0%}가 죽었습니다"}
    assert dead.text(lambda s: korean.get(s, s)) == "relu1 층의 유닛 100%가 죽었습니다"
    assert dead.args == {"layer": "relu1", "share": 1.0}
