"""Numerical gradient checks: backpropagation against central differences.

The relative error of an array is ``|a - n| / (|a| + |n|)`` in the 2-norm.
In float64 a correct backward pass gives about 1e-9.
"""
import time
from dataclasses import dataclass

import numpy as np

from .registry import LAYERS


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
# And a gradient that has vanished (5 layers of std 0.01 weights: 1e-9 an entry at the first
# layer) is below what a 2-point difference resolves next to a loss of 2.3 (relative errors of
# 1e-3 with any step). A 4-point difference, accurate to h**4, can take steps a thousand times
# larger and so divides the rounding noise by a thousand: 8e-7 at h = 0.03 for that layer.
#: The differences tried for every parameter: (order, step). The best agreement counts.
STEPS = ((2, EPS), (2, SECOND_EPS), (4, 1e-2), (4, 3e-2))


def numerical_gradient(f, arr, eps=EPS, entries=None, order=2):
    """d f() / d arr by central differences, nudging ``arr`` in place (restored after):
    ``order`` 2 is (f(w + h) - f(w - h)) / 2h, ``order`` 4 the 4-point stencil
    (f(w - 2h) - 8 f(w - h) + 8 f(w + h) - f(w + 2h)) / 12h. With ``entries`` (flat
    indices), only those, as a 1-D array."""
    stencil = {2: ((1, 1.0), (-1, -1.0)), 4: ((-2, 1.0), (-1, -8.0), (1, 8.0), (2, -1.0))}[order]
    scale = 2 * eps if order == 2 else 12 * eps
    flat = arr.reshape(-1)
    indices = range(flat.size) if entries is None else entries
    grad = np.zeros(flat.size if entries is None else len(entries), dtype=np.float64)
    for j, i in enumerate(indices):
        old = flat[i]
        total = 0.0
        for k, weight in stencil:
            flat[i] = old + k * eps
            total += weight * f()
        flat[i] = old
        grad[j] = total / scale
    return grad.reshape(arr.shape) if entries is None else grad


def _random_layers(net):
    """The layers whose type has the role "random" (they keep a ``fixed_mask``)."""
    return [net.layers[nid] for nid in net.order if "random" in LAYERS[net.types[nid]].roles]


def freeze_dropout(net):
    """Make every Dropout reuse the mask of the last training forward pass."""
    for layer in _random_layers(net):
        layer.fixed_mask = layer.mask


def release_dropout(net):
    for layer in _random_layers(net):
        layer.fixed_mask = None


def check_network(net, x, t, steps=STEPS, max_entries=None, seed=0, progress=None):
    """Relative error of every parameter's gradient: ``{"d1.W": 3e-10, ...}``, the smallest
    of the errors with the differences in ``steps`` (see STEPS); a number is one 2-point step.

    With ``max_entries``, a larger array is checked on that many of its entries drawn at
    random (``seed``), as cs231n's sparse check does: two loss evaluations per entry and
    step make a full check of a 100x100 layer 40,000 forward passes.
    Use a float64 network. Dropout masks are frozen for the check. ``progress(done, total)``,
    if given, is called before the first parameter array and after each (an exception it
    raises, to cancel, ends the check with the network's parameters restored).
    """
    if net.dtype is not np.float64:
        raise ValueError("gradient checks need a float64 network: build_network(design, dtype=np.float64)")
    net.compute_loss(x, t)
    freeze_dropout(net)
    try:
        net.compute_loss(x, t)
        net.backward()
        analytic = {k: g.copy() for k, g in net.grads.items()}
        steps = ((2, steps),) if np.isscalar(steps) else tuple(steps)
        rng = np.random.default_rng(seed)
        errors = {}
        total = len(net.params)
        if progress is not None:
            progress(0, total)
        for done, (key, arr) in enumerate(net.params.items(), 1):
            entries = None
            if max_entries is not None and arr.size > max_entries:
                entries = np.sort(rng.choice(arr.size, max_entries, replace=False))
            a = analytic[key] if entries is None else analytic[key].reshape(-1)[entries]
            errors[key] = min(relative_error(a, numerical_gradient(lambda: net.compute_loss(x, t), arr, h, entries,
                                                                   order))
                              for order, h in steps)
            if progress is not None:
                progress(done, total)
        return errors
    finally:
        release_dropout(net)


@dataclass(frozen=True)
class Timing:
    """How long one full gradient took each way: the notes' point that backprop is far faster."""

    backprop_seconds: float    # one forward + backward pass
    numerical_seconds: float   # central differences, two forward passes per parameter entry
    entries: int               # parameter entries differentiated numerically

    @property
    def ratio(self):
        return self.numerical_seconds / self.backprop_seconds if self.backprop_seconds > 0 else float("inf")


def backprop_seconds(net, x, t, repeats=5):
    """The best of ``repeats`` timings of one forward and backward pass on ``x``, ``t``."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        net.compute_loss(x, t)
        net.backward()
        best = min(best, time.perf_counter() - start)
    return best


def time_gradients(net, x, t, eps=EPS, repeats=5):
    """Seconds for the whole gradient by backpropagation (the best of ``repeats``) and by
    2-point central differences over every parameter entry (once), on the same batch."""
    best = backprop_seconds(net, x, t, repeats)
    freeze_dropout(net)
    try:
        start = time.perf_counter()
        for arr in net.params.values():
            numerical_gradient(lambda: net.compute_loss(x, t), arr, eps)
        numerical = time.perf_counter() - start
    finally:
        release_dropout(net)
    return Timing(best, numerical, int(net.params.flat.size))
