"""Histograms for the trainer's reports: counts over fixed bins, cheap enough for every report.

Bins are fixed per layer for a run; at most MAX_HIST_VALUES values (a regular subsample) are
counted. Gradients are counted over log10|g|, with the exact zeros apart.
"""
import math
from dataclasses import dataclass

import numpy as np

HIST_BINS = 40
LOG_LO, LOG_HI, LOG_BINS = -12.0, 2.0, 56  # gradient histograms: log10|g|, a quarter decade a bin
MAX_HIST_VALUES = 2048


@dataclass(frozen=True)
class Histogram:
    """Counts over uniform bins from ``lo`` to ``hi``; with ``log``, the bins are over
    log10|value| and ``zeros`` counts the exact zeros, which have no logarithm."""

    counts: np.ndarray
    lo: float
    hi: float
    log: bool = False
    zeros: int = 0

    @property
    def edges(self):
        return np.linspace(self.lo, self.hi, len(self.counts) + 1)



def _subsample(a):
    v = a.reshape(-1)
    if v.size > MAX_HIST_VALUES:
        v = v[::-(-v.size // MAX_HIST_VALUES)]
    return v


def _bin_counts(v, bins):
    """Counts of ``v`` (already scaled so bin i covers [i, i + 1)) with the ends clamped."""
    np.maximum(v, 0.0, out=v)
    np.minimum(v, bins - 1, out=v)
    return np.bincount(v.astype(np.intp), minlength=bins)


def histogram(values, lo, hi, bins=HIST_BINS):
    """Counts over fixed uniform bins; values outside fall into the end bins."""
    v = _subsample(values) - lo
    v *= bins / (hi - lo)
    return Histogram(_bin_counts(v, bins), lo, hi)


def log_histogram(values):
    """Counts of log10|v| over fixed bins from 1e-12 to 1e2; zeros counted apart."""
    v = np.abs(_subsample(values))
    zeros = v.size - np.count_nonzero(v)
    with np.errstate(divide="ignore"):
        np.log10(v, out=v)  # zeros become -inf and land in the first bin, taken out below
    v -= LOG_LO
    v *= LOG_BINS / (LOG_HI - LOG_LO)
    counts = _bin_counts(v, LOG_BINS)
    counts[0] -= zeros
    return Histogram(counts, LOG_LO, LOG_HI, log=True, zeros=int(zeros))


def nice_ceil(x):
    """The smallest 1, 2 or 5 times a power of ten that is >= x: a histogram range or an axis top
    that reads well (the dashboard's axes use it too)."""
    if not x > 0 or not math.isfinite(x):
        return 1.0
    p = 10.0 ** math.floor(math.log10(x))
    for m in (1, 2, 5, 10):
        if m * p >= x * (1 - 1e-12):
            return m * p
    return 10 * p
