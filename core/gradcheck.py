"""Numerical gradient checks: backpropagation against central differences.

The relative error of an array is ``|a - n| / (|a| + |n|)`` in the 2-norm.
In float64 a correct backward pass gives about 1e-9.
"""
import numpy as np


#: Central differences in float64 cannot resolve a gradient smaller than this
#: (rounding noise is about 1e-16 * |loss| / eps = 1e-11 per element).
ZERO = 1e-8


def relative_error(analytic, numeric):
    """``|a - n| / (|a| + |n|)``; 0 when both are zero to within what differences resolve
    (a bias feeding a BatchNorm has an exactly zero gradient, for example)."""
    a, n = np.linalg.norm(analytic), np.linalg.norm(numeric)
    if a < ZERO and n < ZERO:
        return 0.0
    return float(np.linalg.norm(analytic - numeric) / (a + n))


# eps = 1e-5 balances rounding noise (1e-16 / eps) against truncation (eps**2 * f'''):
# with 1e-6 a BatchNorm gamma whose gradient was 5e-5 showed a relative error of 1.2e-6 that
# was pure rounding noise (3.8e-8 with 1e-5), found by the random-network property test.
EPS = 1e-5
# But a step of 1e-5 can carry a ReLU input across its kink, where the function has no
# derivative: a BatchNorm over 8 samples amplified a nudge of dense1.W enough to move a ReLU
# input 0.005 from zero across it (relative error 2e-3 with 1e-5, 1e-9 with 1e-6). Each
# parameter is therefore checked with both steps and the better agreement counts: a wrong
# backward pass disagrees with both, a kink or rounding noise spoils only one.
SECOND_EPS = 1e-6


def numerical_gradient(f, arr, eps=EPS):
    """d f() / d arr by central differences, nudging ``arr`` in place (restored after)."""
    grad = np.zeros_like(arr, dtype=np.float64)
    flat, gflat = arr.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + eps
        up = f()
        flat[i] = old - eps
        down = f()
        flat[i] = old
        gflat[i] = (up - down) / (2 * eps)
    return grad


def freeze_dropout(net):
    """Make every Dropout reuse the mask of the last training forward pass."""
    for layer in net.layers.values():
        if hasattr(layer, "fixed_mask"):
            layer.fixed_mask = layer.mask


def release_dropout(net):
    for layer in net.layers.values():
        if hasattr(layer, "fixed_mask"):
            layer.fixed_mask = None


def check_network(net, x, t, eps=(EPS, SECOND_EPS)):
    """Relative error of every parameter's gradient: ``{"d1.W": 3e-10, ...}``, the smaller
    of the errors with central differences of each step in ``eps`` (see SECOND_EPS).

    Use a float64 network. Dropout masks are frozen for the check.
    """
    if net.dtype is not np.float64:
        raise ValueError("gradient checks need a float64 network: build_network(design, dtype=np.float64)")
    net.compute_loss(x, t)
    freeze_dropout(net)
    try:
        net.compute_loss(x, t)
        net.backward()
        analytic = {k: g.copy() for k, g in net.grads.items()}
        steps = (eps,) if np.isscalar(eps) else tuple(eps)
        return {key: min(relative_error(analytic[key], numerical_gradient(lambda: net.compute_loss(x, t), arr, h))
                         for h in steps)
                for key, arr in net.params.items()}
    finally:
        release_dropout(net)
