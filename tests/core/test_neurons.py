"""Neuron pictures: every hidden unit's output drawn over the input plane, for 2-feature data."""
import os

import numpy as np

from core import Design, load_design
from core.neurons import GRID, UNITS_SHOWN, NeuronPlane
from core.training import Trainer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "resources", "examples")


def trainer(name):
    return Trainer(load_design(os.path.join(EXAMPLES, name + ".layerlab")), seed=0)


def test_each_hidden_unit_of_xor_gets_a_picture_of_its_output_over_the_plane():
    tr = trainer("xor")  # in -> d1 (8) -> a1 ReLU -> d2 (2) -> out Softmax
    plane = NeuronPlane(tr.x_train)
    pictures = plane.pictures(tr.net)
    assert set(pictures) == {"d1", "a1", "d2"}  # not the Input, not the output
    images, hidden = pictures["a1"]
    assert images.shape == (8, GRID, GRID) and hidden == 0
    # the picture is the unit's output: pixel (i, j) is the point (xs[j], ys[i]), and the ReLU is max(0, Dense)
    i, j, unit = 5, 17, 3
    point = np.array([[plane.xs[j], plane.ys[i]]], dtype=tr.net.dtype)
    tr.net.forward(point)
    assert np.isclose(images[unit, i, j], tr.net.activations["a1"][0, unit], atol=1e-5)
    assert np.allclose(images, np.maximum(pictures["d1"].images, 0))
    # the grid spans the scaled data with a margin
    assert plane.xs[0] < tr.x_train[:, 0].min() and plane.xs[-1] > tr.x_train[:, 0].max()


def test_wide_layers_show_the_first_units_and_say_how_many_are_hidden():
    tr = trainer("spiral")  # two hidden layers of 64 units
    pictures = NeuronPlane(tr.x_train).pictures(tr.net)
    images, hidden = pictures["relu1"]
    assert images.shape == (UNITS_SHOWN, GRID, GRID) and UNITS_SHOWN == 8
    assert hidden == 64 - 8


def test_the_pictures_follow_the_training():
    tr = trainer("xor")
    plane = NeuronPlane(tr.x_train)
    before = plane.pictures(tr.net)["d1"].images.copy()
    tr.fit(epochs=3)
    after = plane.pictures(tr.net)["d1"].images
    assert not np.allclose(before, after)


def test_the_pictures_are_copies_that_the_next_forward_pass_cannot_change():
    # one hidden unit: its column of activations is contiguous, the case where a view would slip through
    design = Design.sequential([2], [("Dense", {"units": 1}), "ReLU", ("Dense", {"units": 2}), "Softmax"],
                               training={"data": {"source": "toy", "name": "xor"}})
    tr = Trainer(design, seed=0)
    plane = NeuronPlane(tr.x_train)
    pictures = plane.pictures(tr.net)
    kept = {nid: p.images.copy() for nid, p in pictures.items()}
    for act in tr.net.activations.values():
        act[...] = 0  # what a layer reusing its buffers would do
    assert all(np.array_equal(pictures[nid].images, kept[nid]) for nid in kept)


def test_data_without_two_features_has_no_pictures():
    tr = trainer("digits")
    plane = NeuronPlane(tr.x_train)
    assert not plane.planar and plane.pictures(tr.net) == {}
