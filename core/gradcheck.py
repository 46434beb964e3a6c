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


def numerical_gradient(f, arr, eps=EPS, entries=None):
    """d f() / d arr by central differences, nudging ``arr`` in place (restored after);
    with ``entries`` (flat indices), only those, as a 1-D array."""
    flat = arr.reshape(-1)
    indices = range(flat.size) if entries is None else entries
    grad = np.zeros(flat.size if entries is None else len(entries), dtype=np.float64)
    gflat = grad
    for j, i in enumerate(indices):
        old = flat[i]
        flat[i] = old + eps
        up = f()
        flat[i] = old - eps
        down = f()
        flat[i] = old
        gflat[j] = (up - down) / (2 * eps)
    return grad.reshape(arr.shape) if entries is None else grad


def freeze_dropout(net):
    """Make every Dropout reuse the mask of the last training forward pass."""
    for layer in net.layers.values():
        if hasattr(layer, "fixed_mask"):
            layer.fixed_mask = layer.mask


def release_dropout(net):
    for layer in net.layers.values():
        if hasattr(layer, "fixed_mask"):
            layer.fixed_mask = None


def check_network(net, x, t, eps=(EPS, SECOND_EPS), max_entries=None, seed=0):
    """Relative error of every parameter's gradient: ``{"d1.W": 3e-10, ...}``, the smaller
    of the errors with central differences of each step in ``eps`` (see SECOND_EPS).

    With ``max_entries``, a larger array is checked on that many of its entries drawn at
    random (``seed``), as cs231n's sparse check does: two loss evaluations per entry and
    step make a full check of a 100x100 layer 40,000 forward passes.
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
        rng = np.random.default_rng(seed)
        errors = {}
        for key, arr in net.params.items():
            entries = None
            if max_entries is not None and arr.size > max_entries:
                entries = np.sort(rng.choice(arr.size, max_entries, replace=False))
            a = analytic[key] if entries is None else analytic[key].reshape(-1)[entries]
            errors[key] = min(relative_error(a, numerical_gradient(lambda: net.compute_loss(x, t), arr, h, entries))
                              for h in steps)
        return errors
    finally:
        release_dropout(net)
