"""Warnings that teach: what the probe batch says about each layer's health.

After a probe pass (``net.compute_loss(x, t)`` then ``net.backward(keep_output_grads=True)``,
as :meth:`core.training.Trainer.layer_report` does), :func:`diagnose` reads
``net.activations`` and ``net.output_grads`` and returns a list of :class:`LayerWarning`:

- ``saturated``: a Sigmoid/Tanh layer whose outputs sit in the flat ends of the curve;
- ``dead_relu``: a ReLU layer whose units are zero on every probe sample;
- ``vanishing_gradient``: a layer with weights that the gradient barely reaches.

Each warning is data (Django's ValidationError is the model): a stable code, the layer, the
measured value, and English templates with named arguments for the message, the cause and
what to try, which the GUI translates and the CLI prints.
"""
from dataclasses import dataclass, field

import numpy as np

SATURATED = "saturated"
DEAD_RELU = "dead_relu"
VANISHING = "vanishing_gradient"

# Within 0.05 of its limits a Sigmoid's slope y(1 - y) is under 0.048, a fifth of its peak of
# 0.25 (Tanh's 1 - y² under 0.098 of its 1): a gradient passing there is cut at least fivefold
# more than in the middle of the curve.
SATURATION_MARGIN = 0.05
# A layer is flagged when most of its outputs sit there: then most of its units pass almost
# no gradient for most samples. Xavier-initialised Sigmoids measure 0%, weights of std 1
# (Deep Learning from Scratch, ch. 6) 64-68%.
SATURATION_SHARE = 0.5
# Some dead units are normal (a healthy ReLU stack measures up to about 20% after training);
# when half the layer is dead, half its capacity is gone for good: a dead unit gets no gradient
# and never comes back.
DEAD_SHARE = 0.5
# A layer whose weights get a thousandth of the gradient the top layer gets learns a thousand
# times slower with the same learning rate: in practice, not at all.
VANISHING_RATIO = 1e-3

LIMITS = {"Sigmoid": (0.0, 1.0), "Tanh": (-1.0, 1.0)}
DEAD_TYPES = ("ReLU",)
WEIGHTED_TYPES = ("Dense", "Conv2D", "BatchNorm")  # the layers whose learning a vanished gradient stops


@dataclass(frozen=True)
class LayerWarning:
    """One problem with one layer: ``message``, ``cause`` and each of ``advice`` are English
    templates; ``args`` fills them (``str.format``). Compare on ``code``, never on text."""

    code: str
    node_id: str
    value: float
    message: str
    args: dict = field(default_factory=dict)
    cause: str = ""
    advice: tuple = ()

    def text(self, translate=None):
        """The message in words, each template passed through ``translate`` first (default: English)."""
        t = translate or (lambda s: s)
        return t(self.message).format(**self.args)

    def explanation(self, translate=None):
        """(message, cause, [what to try, ...]) in words."""
        t = translate or (lambda s: s)
        return (self.text(translate), t(self.cause).format(**self.args),
                [t(a).format(**self.args) for a in self.advice])


TEMPLATES = {
    SATURATED: (
        "{share:.0%} of the outputs of {layer} are within {margin} of the {kind}'s limits, where it is flat",
        ("Where a {kind} is flat its slope is almost zero, so almost no gradient passes back through it. "
        "Weights that are too large (or inputs that are not scaled) push its inputs there."),
        ("Use Xavier initialisation (xavier_normal) in the Dense layer before it.",
         "Add batch normalisation before the activation.",
         "Try ReLU with He initialisation instead.",
         "Lower the learning rate.")),
    DEAD_RELU: (
        "{share:.0%} of the units of {layer} are dead: zero on every probe sample",
        ("A ReLU whose input is negative for every sample outputs 0 and passes no gradient back, so the "
        "weights feeding it never change again. Large negative biases and a learning rate that is too "
        "high cause it."),
        ("Use He initialisation (he_normal) in the Dense layer before it.",
         "Use LeakyReLU, which keeps a small slope below 0.",
         "Lower the learning rate.",
         "Add batch normalisation before the activation.")),
    VANISHING: (
        "The gradient reaching {layer} is {ratio:.1e} of the top layer's: its weights barely learn",
        ("On the way down every Sigmoid or Tanh multiplies the gradient by its slope (at most 0.25 for a "
        "Sigmoid), and a dead or saturated layer passes almost none, so the lower layers get almost "
        "nothing to learn from."),
        ("Use ReLU with He initialisation (he_normal).",
         "Add batch normalisation between the layers.",
         "Use LeakyReLU if ReLUs are dying.",
         "Use fewer layers.")),
}


def _warning(code, node_id, value, **args):
    message, cause, advice = TEMPLATES[code]
    return LayerWarning(code, node_id, float(value), message, {"layer": node_id, **args}, cause, advice)


def saturated_share(kind, outputs):
    """The share of a Sigmoid's or Tanh's outputs within SATURATION_MARGIN of its limits."""
    lo, hi = LIMITS[kind]
    return float(np.mean((outputs <= lo + SATURATION_MARGIN) | (outputs >= hi - SATURATION_MARGIN)))


def dead_share(outputs):
    """The share of units (the last axis: units or channels) that are zero on every sample."""
    units = outputs.reshape(-1, outputs.shape[-1])
    return float(np.mean(~np.any(units > 0, axis=0)))


def gradient_ratios(net):
    """node id -> |gradient reaching it| / |gradient reaching the top layer that has one|."""
    grads = getattr(net, "output_grads", {}) or {}
    norms = {nid: float(np.sqrt(np.vdot(g, g))) for nid, g in grads.items()}
    tops = [nid for nid in net.order if nid in norms]
    if not tops or norms[tops[-1]] == 0:
        return {}
    top = norms[tops[-1]]
    return {nid: norms[nid] / top for nid in tops}


def diagnose(net):
    """The warnings for ``net``'s last probe pass, in the network's order (see the module's note)."""
    warnings = []
    ratios = gradient_ratios(net)
    for nid in net.order:
        kind = net.types[nid]
        out = net.activations.get(nid)
        if out is None or out.size == 0:
            continue
        if kind in LIMITS and nid != net.output_id:  # a confident output layer is meant to sit at its limits
            share = saturated_share(kind, out)
            if share >= SATURATION_SHARE:
                warnings.append(_warning(SATURATED, nid, share, share=share, kind=kind, margin=SATURATION_MARGIN))
        if kind in DEAD_TYPES:
            share = dead_share(out)
            if share >= DEAD_SHARE:
                warnings.append(_warning(DEAD_RELU, nid, share, share=share))
        ratio = ratios.get(nid)
        if kind in WEIGHTED_TYPES and ratio is not None and ratio < VANISHING_RATIO:
            warnings.append(_warning(VANISHING, nid, ratio, ratio=ratio))
    return warnings


def probe_warnings(net, x, t):
    """Run the probe pass on ``(x, t)`` and diagnose it. The pass writes the gradients; use it on
    a network that is not training (the trainer's ``layer_report`` runs the pass itself)."""
    net.compute_loss(x, t)
    net.backward(keep_output_grads=True)
    return diagnose(net)


def by_node(warnings):
    """{node id: [warning, ...]}: what the canvas shows."""
    out = {}
    for w in warnings:
        out.setdefault(w.node_id, []).append(w)
    return out
