"""Losses: Keras' and torch's values, and finite at extreme logits."""
import numpy as np
import pytest

from core import Design, build_network


def net_for(loss, units, last):
    layers = [("Dense", {"units": units})] + ([last] if last else [])
    return build_network(Design.sequential([2], layers, {"loss": loss}), dtype=np.float64)


def set_logits(net, z):
    """Make the Dense layer output exactly ``z`` for the input [[1, 0], [0, 1], ...]."""
    net.params["dense1.W"][...] = 0.0
    net.params["dense1.b"][...] = z


@pytest.mark.parametrize("logit", [1000.0, -1000.0, 88.0, -745.0])
def test_binary_crossentropy_is_finite_at_extreme_logits(logit):
    net = net_for("binary_crossentropy", 1, "Sigmoid")
    set_logits(net, [logit])
    x = np.zeros((2, 2))
    for target in (0, 1):
        loss = net.compute_loss(x, np.array([target, target]))
        net.backward()
        assert np.isfinite(loss) and np.all(np.isfinite(net.grads.flat))
        wrong = (target == 1) != (logit > 0)
        # A confident wrong answer costs about |logit|; a confident right one about 0.
        assert loss == pytest.approx(abs(logit) if wrong else 0.0, abs=1e-6)


@pytest.mark.parametrize("scale", [1.0, 1000.0, -1000.0])
def test_categorical_crossentropy_is_finite_at_extreme_logits(scale):
    net = net_for("categorical_crossentropy", 3, "Softmax")
    set_logits(net, np.array([1.0, 0.0, -1.0]) * scale)
    x = np.zeros((4, 2))
    loss = net.compute_loss(x, np.array([0, 1, 2, 2]))
    net.backward()
    assert np.isfinite(loss) and np.all(np.isfinite(net.grads.flat))
    z = np.array([1.0, 0.0, -1.0]) * scale
    lse = z.max() + np.log(np.exp(z - z.max()).sum())
    expected = np.mean([lse - z[0], lse - z[1], lse - z[2], lse - z[2]])
    assert loss == pytest.approx(expected, rel=1e-12)


def test_categorical_crossentropy_gradient_is_y_minus_t_over_n():
    net = net_for("categorical_crossentropy", 3, "Softmax")
    set_logits(net, [0.2, -0.3, 0.5])
    x = np.zeros((2, 2))
    net.compute_loss(x, np.array([2, 0]))
    net.backward()
    y = np.exp([0.2, -0.3, 0.5]) / np.exp([0.2, -0.3, 0.5]).sum()
    expected_db = ((y - [0, 0, 1]) + (y - [1, 0, 0])) / 2
    np.testing.assert_allclose(net.grads["dense1.b"], expected_db, atol=1e-15)


def test_mse_is_the_mean_over_batch_and_outputs():
    net = net_for("mse", 2, None)
    set_logits(net, [1.0, -1.0])
    x = np.zeros((2, 2))
    t = np.array([[0.0, 0.0], [1.0, 1.0]])
    # squared errors: [1, 1] and [0, 4]: mean over 4 numbers = 1.5 (Keras and torch agree)
    assert net.compute_loss(x, t) == pytest.approx(1.5)


def test_sum_squared_error_reproduces_deep_learning_from_scratch():
    # Section 4.2.1: the '2' is the answer; the network says 0.6 for it. SSE = 0.0975.
    y = np.array([[0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]])
    t = np.eye(10)[[2]]
    net = net_for("sum_squared_error", 10, None)
    set_logits(net, y[0])
    assert net.compute_loss(np.zeros((1, 2)), t) == pytest.approx(0.0975, abs=1e-12)
    # The book's second guess, 0.6 on the '7', costs 0.5975; mse on the same numbers is 0.0195 (2/10 of SSE).
    wrong = np.array([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0])
    set_logits(net, wrong)
    assert net.compute_loss(np.zeros((1, 2)), t) == pytest.approx(0.5975, abs=1e-12)
    mse = net_for("mse", 10, None)
    set_logits(mse, y[0])
    assert mse.compute_loss(np.zeros((1, 2)), t) == pytest.approx(0.0975 * 2 / 10, abs=1e-12)


def test_sum_squared_error_is_averaged_over_the_batch_not_summed():
    net = net_for("sum_squared_error", 2, None)
    set_logits(net, [1.0, -1.0])
    t = np.array([[0.0, 0.0], [1.0, 1.0]])
    # per sample: 0.5 * (1 + 1) = 1 and 0.5 * (0 + 4) = 2; their mean is 1.5
    assert net.compute_loss(np.zeros((2, 2)), t) == pytest.approx(1.5)
    net.backward()
    np.testing.assert_allclose(net.grads["dense1.b"], ((np.array([1.0, -1.0]) - t) / 2).sum(axis=0))


def test_targets_that_do_not_fit_the_output_are_named():
    net = net_for("mse", 2, None)
    with pytest.raises(ValueError, match=r"targets of shape \(3,\) do not fit the output of shape \(3, 2\)"):
        net.compute_loss(np.zeros((3, 2)), np.zeros(3))
    with pytest.raises(ValueError, match=r"input of shape \(3, 5\) does not fit in \(Input\)"):
        net.forward(np.zeros((3, 5)))
