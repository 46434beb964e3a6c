"""The trainer's reports carry what the canvas and the views show: the warnings of the probe
pass, neuron pictures for data with two features, and convolution filters and feature maps."""
import dataclasses
import os

import numpy as np
import pytest
from designs import moons_stack

from core import load_design
from core.diagnostics import DEAD_RELU, probe_warnings
from core.neurons import NeuronPlane
from core.training import FEATURE_SAMPLE, FILTERS_SHOWN, Trainer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "resources", "examples")


def reports_of(design, **kwargs):
    reports = []
    trainer = Trainer(design, seed=0, callback=reports.append, **kwargs)
    trainer.fit()
    return trainer, reports


def test_the_last_report_names_the_dead_relus_as_diagnose_does():
    trainer, reports = reports_of(moons_stack("ReLU", lr=3.0))
    last = reports[-1]
    assert [(w.code, w.node_id) for w in last.warnings] == [(DEAD_RELU, "relu2")]
    relu2 = next(lr for lr in last.layers if lr.node_id == "relu2")
    assert relu2.warnings == last.warnings
    assert probe_warnings(trainer.net, trainer.x_probe, trainer.t_probe) == list(last.warnings)


def test_a_healthy_run_reports_no_warnings():
    _, reports = reports_of(moons_stack("LeakyReLU", lr=3.0))
    assert all(r.warnings == () for r in reports)


def test_neuron_pictures_of_every_hidden_layer_come_with_the_layer_statistics():
    design = load_design(os.path.join(EXAMPLES, "spiral.layerlab"))
    trainer, reports = reports_of(design, epochs=3)
    pictures = reports[-1].pictures
    assert set(pictures) == {"dense1", "relu1", "dense2", "relu2", "dense3"}  # not the output
    assert pictures["relu1"].images.shape == (8, 24, 24) and pictures["relu1"].hidden == 56
    expected = NeuronPlane(trainer.x_train).pictures(trainer.net)
    np.testing.assert_allclose(pictures["relu1"].images, expected["relu1"].images, rtol=1e-5, atol=1e-6)
    first = reports[0].pictures["relu1"].images
    assert not np.allclose(first, pictures["relu1"].images)  # they follow the learning
    assert not np.shares_memory(first, trainer.net.activations.get("relu1", np.zeros(1)))


def test_pictures_and_warnings_leave_the_training_as_it_was():
    design = moons_stack("ReLU", lr=3.0)
    with_reports = Trainer(design, seed=0, callback=lambda r: None).fit()
    without = Trainer(design, seed=0).fit()
    assert with_reports.history == without.history


def test_data_without_two_features_has_no_neuron_pictures():
    _, reports = reports_of(load_design(os.path.join(EXAMPLES, "digits.layerlab")), epochs=1)
    assert reports[-1].pictures == {}


def test_a_conv_layer_reports_its_first_filters_and_the_feature_maps_of_one_validation_image():
    trainer, reports = reports_of(load_design(os.path.join(EXAMPLES, "digits_cnn.layerlab")), epochs=1)
    conv1, conv2 = [lr for lr in reports[-1].layers if lr.type == "Conv2D"]
    net = trainer.net
    w = net.params["conv2d1.W"]  # (3, 3, 1, 16)
    assert conv1.filters.shape == (FILTERS_SHOWN, 3, 3)
    np.testing.assert_allclose(conv1.filters[2], w[:, :, 0, 2], rtol=1e-6)
    assert conv2.filters.shape == (FILTERS_SHOWN, 3, 3)
    np.testing.assert_allclose(conv2.filters[0], net.params["conv2d2.W"][:, :, :, 0].mean(axis=2), rtol=1e-5)
    net.forward(trainer.x_probe, training=False)
    np.testing.assert_allclose(conv1.feature_maps, np.moveaxis(net.activations["conv2d1"][FEATURE_SAMPLE, :, :, :8], -1, 0),
                               rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(conv1.sample, trainer.x_probe[FEATURE_SAMPLE, :, :, 0], rtol=1e-6)
    assert conv2.feature_maps.shape == (8, 4, 4) and conv2.sample.shape == (4, 4)
    with pytest.raises(dataclasses.FrozenInstanceError):
        conv1.filters = None
    assert all(lr.filters is None for lr in reports[-1].layers if lr.type != "Conv2D")
