"""Each optimizer's first updates, worked out by hand from its formula.

One parameter vector p = [1, -2] and a constant gradient g = [0.5, 0.1].
"""
import numpy as np
import pytest

from core import DesignError, make_optimizer
from core.network import ParamDict

G = np.array([0.5, 0.1])


def run(settings, steps, p0=(1.0, -2.0), grad=G):
    opt = make_optimizer(settings)
    p = {"w": np.array(p0)}
    trail = []
    for _ in range(steps):
        opt.step(p, {"w": grad.copy()})
        trail.append(p["w"].copy())
    return trail


def test_sgd_steps_against_the_gradient():
    # p - lr * g = [1 - 0.05, -2 - 0.01]
    (p1,) = run({"type": "sgd", "lr": 0.1}, 1)
    np.testing.assert_allclose(p1, [0.95, -2.01], rtol=0, atol=1e-15)


def test_sgd_default_lr_is_torchs():
    (p1,) = run({"type": "sgd"}, 1)
    np.testing.assert_allclose(p1, [1 - 0.001 * 0.5, -2 - 0.001 * 0.1], atol=1e-15)


def test_momentum_accumulates_velocity():
    # buf1 = g = 0.5 -> p1 = 1 - 0.1*0.5 = 0.95
    # buf2 = 0.9*0.5 + 0.5 = 0.95 -> p2 = 0.95 - 0.095 = 0.855
    # buf3 = 0.9*0.95 + 0.5 = 1.355 -> p3 = 0.855 - 0.1355 = 0.7195
    p1, p2, p3 = run({"type": "momentum", "lr": 0.1, "momentum": 0.9}, 3)
    assert [p1[0], p2[0], p3[0]] == pytest.approx([0.95, 0.855, 0.7195], abs=1e-14)


def test_nesterov_looks_ahead():
    # buf1 = 0.5, step = g + 0.9*buf1 = 0.95 -> p1 = 1 - 0.095 = 0.905
    # buf2 = 0.95, step = 0.5 + 0.855 = 1.355 -> p2 = 0.905 - 0.1355 = 0.7695
    p1, p2 = run({"type": "nesterov", "lr": 0.1, "momentum": 0.9}, 2)
    assert [p1[0], p2[0]] == pytest.approx([0.905, 0.7695], abs=1e-14)


def test_adagrad_divides_by_accumulated_squares():
    # sum1 = 0.25 -> p1 = 1 - 0.1 * 0.5 / (0.5 + 1e-10)
    # sum2 = 0.5  -> p2 = p1 - 0.1 * 0.5 / (sqrt(0.5) + 1e-10)
    p1, p2 = run({"type": "adagrad", "lr": 0.1}, 2)
    e1 = 1 - 0.1 * 0.5 / (0.5 + 1e-10)
    e2 = e1 - 0.1 * 0.5 / (np.sqrt(0.5) + 1e-10)
    assert [p1[0], p2[0]] == pytest.approx([e1, e2], abs=1e-14)


def test_rmsprop_uses_a_moving_average_of_squares():
    # v1 = 0.01 * 0.25 = 0.0025 -> p1 = 1 - 0.01 * 0.5 / (0.05 + 1e-8)
    # v2 = 0.99 * 0.0025 + 0.0025 = 0.004975 -> p2 = p1 - 0.01 * 0.5 / (sqrt(0.004975) + 1e-8)
    p1, p2 = run({"type": "rmsprop", "lr": 0.01}, 2)
    e1 = 1 - 0.01 * 0.5 / (0.05 + 1e-8)
    e2 = e1 - 0.01 * 0.5 / (np.sqrt(0.004975) + 1e-8)
    assert [p1[0], p2[0]] == pytest.approx([e1, e2], abs=1e-14)


def test_adam_first_step_is_about_lr_times_sign_and_bias_corrected():
    # m1 = 0.1*0.5 = 0.05, v1 = 0.001*0.25 = 0.00025
    # p1 = 1 - 0.1/(1-0.9) * 0.05 / (sqrt(0.00025)/sqrt(1-0.999) + 1e-8) = 1 - 0.1 * 0.5/(0.5 + 1e-8)
    # m2 = 0.9*0.05 + 0.05 = 0.095, v2 = 0.999*0.00025 + 0.00025 = 0.00049975
    # p2 = p1 - 0.1/(1-0.81) * 0.095 / (sqrt(0.00049975)/sqrt(1-0.998001) + 1e-8)
    p1, p2 = run({"type": "adam", "lr": 0.1}, 2)
    e1 = 1 - 0.1 * 0.5 / (0.5 + 1e-8)
    e2 = e1 - 0.1 / 0.19 * 0.095 / (np.sqrt(0.00049975) / np.sqrt(1 - 0.998001) + 1e-8)
    assert [p1[0], p2[0]] == pytest.approx([e1, e2], abs=1e-14)
    # The second coordinate's gradient is 5x smaller, yet Adam's first step is the same size.
    assert 1 - p1[0] == pytest.approx(-2.0 - p1[1], rel=1e-6)


def test_weight_decay_adds_decay_times_weight_to_the_gradient():
    # torch: g' = g + wd * p = [0.5 + 0.1*1, 0.1 + 0.1*(-2)] = [0.6, -0.1]
    (p1,) = run({"type": "sgd", "lr": 0.1, "weight_decay": 0.1}, 1)
    np.testing.assert_allclose(p1, [1 - 0.06, -2 + 0.01], atol=1e-15)


@pytest.mark.parametrize("kind", ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"])
def test_flat_buffers_and_plain_dicts_give_the_same_updates(kind):
    rng = np.random.default_rng(0)
    shapes = {"a.W": (3, 4), "a.b": (4,), "c.W": (4, 2)}
    flat_p = rng.normal(size=sum(int(np.prod(s)) for s in shapes.values()))
    flat_g = np.zeros_like(flat_p)

    def views(flat):
        out, o = {}, 0
        for k, s in shapes.items():
            n = int(np.prod(s))
            out[k] = flat[o:o + n].reshape(s)
            o += n
        return out

    params, grads = ParamDict(flat_p, views(flat_p)), ParamDict(flat_g, views(flat_g))
    plain = {k: v.copy() for k, v in params.items()}
    settings = {"type": kind, "lr": 0.05, "weight_decay": 0.01}
    fast, slow = make_optimizer(settings), make_optimizer(settings)
    for _ in range(5):
        flat_g[...] = rng.normal(size=flat_g.size)
        fast.step(params, grads)
        slow.step(plain, {k: v.copy() for k, v in grads.items()})
    for k in shapes:
        np.testing.assert_allclose(params[k], plain[k], rtol=0, atol=1e-15)


def test_bad_optimizer_settings_say_what_was_expected():
    with pytest.raises(DesignError, match=r"optimizer.type: must be one of 'sgd'.*got 'adamw'"):
        make_optimizer({"type": "adamw"})
    with pytest.raises(DesignError, match=r"optimizer.lr: must be a number in \(0, 10\], got -1"):
        make_optimizer({"type": "adam", "lr": -1})
    with pytest.raises(DesignError, match=r"optimizer.beta3: unknown setting of adam"):
        make_optimizer({"type": "adam", "beta3": 0.5})
