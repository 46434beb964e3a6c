"""Weight initialisers, resolved by name through one table (as Keras does).

Each takes ``(rng, shape, fan_in, fan_out, std)`` and returns a float64 array;
the caller casts into the network's dtype.
"""
import numpy as np


def zeros(rng, shape, fan_in, fan_out, std):
    return np.zeros(shape)


def normal(rng, shape, fan_in, fan_out, std):
    """N(0, std^2): the 'weight_init_std' of Deep Learning from Scratch."""
    return rng.normal(0.0, std, size=shape)


def xavier_normal(rng, shape, fan_in, fan_out, std):
    """Glorot normal: std = sqrt(2 / (fan_in + fan_out))."""
    return rng.normal(0.0, np.sqrt(2.0 / (fan_in + fan_out)), size=shape)


def xavier_uniform(rng, shape, fan_in, fan_out, std):
    """Glorot uniform (Keras' default for Dense): U(-a, a), a = sqrt(6 / (fan_in + fan_out))."""
    limit = np.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, size=shape)


def he_normal(rng, shape, fan_in, fan_out, std):
    """He normal: std = sqrt(2 / fan_in), for ReLU networks."""
    return rng.normal(0.0, np.sqrt(2.0 / fan_in), size=shape)


def he_uniform(rng, shape, fan_in, fan_out, std):
    """He uniform: U(-a, a), a = sqrt(6 / fan_in)."""
    limit = np.sqrt(6.0 / fan_in)
    return rng.uniform(-limit, limit, size=shape)


INITIALIZERS = {
    "zeros": zeros,
    "normal": normal,
    "xavier_normal": xavier_normal,
    "xavier_uniform": xavier_uniform,
    "he_normal": he_normal,
    "he_uniform": he_uniform,
}


def initialize(name, rng, shape, fan_in, fan_out, std=0.01):
    """Draw an array of ``shape`` with the initialiser called ``name``."""
    try:
        fn = INITIALIZERS[name]
    except KeyError:
        raise ValueError(
            f"unknown initializer {name!r}; expected one of {', '.join(INITIALIZERS)}"
        ) from None
    return fn(rng, shape, fan_in, fan_out, std)
