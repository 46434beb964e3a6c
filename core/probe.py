"""The trainer's look at its network on the probe batch: per-layer histograms and gradient
norms, the warnings they raise, neuron and convolution pictures, the decision surface.

Mixed into :class:`core.training.Trainer`, whose network, probe batch and data it reads
(``net``, ``x_probe``, ``t_probe``, ``x_train``, ``scaler``, ``task``, ``_plane``, ``_ranges``,
``_neuron_plane``). Training is left untouched: BatchNorm statistics, dropout's random
streams and the gradients are put back after each look.
"""
from dataclasses import replace

import numpy as np

from .diagnostics import diagnose
from .histograms import histogram, log_histogram, nice_ceil
from .neurons import NeuronPlane
from .registry import LAYERS
from .reports import FEATURE_SAMPLE, FILTERS_SHOWN, LayerReport, Surface


class Probe:
    """The statistics and pictures of the trainer's reports (see the module docstring)."""

    def layer_report(self):
        """Per-layer histograms and gradient norms on the probe batch, the warnings it raises,
        convolution pictures and, for data with two features, neuron pictures; training untouched."""
        net = self.net
        saved_stats = {k: v.copy() for k, v in net.state.items()}
        saved_rngs = {nid: layer.rng.bit_generator.state for nid, layer in net.layers.items()
                      if hasattr(layer, "rng")}
        saved_grads = net.grads.flat.copy()
        try:
            net.compute_loss(self.x_probe, self.t_probe)
            net.backward(keep_output_grads=True)
            warnings = {}
            for w in diagnose(net):
                warnings.setdefault(w.node_id, []).append(w)
            top = self._top_scale()
            reports = [self._layer(nid, top, tuple(warnings.get(nid, ())))
                       for nid in net.order if nid != net.input_id]
            if self._neuron_plane is None:
                self._neuron_plane = NeuronPlane(self.x_train)
            if self._neuron_plane.planar:  # its forward pass replaces the probe's activations: put back
                probe = net.activations
                pictures = self._neuron_plane.pictures(net)
                net.activations = probe
                reports = [replace(r, pictures=pictures.get(r.node_id)) for r in reports]
        finally:
            for key, arr in net.state.items():
                arr[...] = saved_stats[key]
            for nid, state in saved_rngs.items():
                net.layers[nid].rng.bit_generator.state = state
            net.grads.flat[...] = saved_grads
        return tuple(reports)

    def _conv_pictures(self, nid):
        """(filters, feature maps, input image) of Conv2D ``nid`` from the probe pass, as copies."""
        net = self.net
        k = min(FILTERS_SHOWN, net.shapes[nid][-1])
        w = net.params[nid + ".W"]  # (kh, kw, in channels, filters)
        filters = np.ascontiguousarray(w[:, :, :, :k].mean(axis=2).transpose(2, 0, 1), dtype=np.float32)
        maps = np.ascontiguousarray(net.activations[nid][FEATURE_SAMPLE, :, :, :k].transpose(2, 0, 1),
                                    dtype=np.float32)
        source = net._input_of.get(nid)
        x = net.activations.get(source) if source is not None else None
        sample = None if x is None or x.ndim != 4 else np.array(x[FEATURE_SAMPLE].mean(axis=-1), dtype=np.float32)
        return filters, maps, sample

    @property
    def planar(self):
        """True when the data has two features, so a decision boundary can be drawn."""
        return self._plane is not None

    def surface(self, resolution=64):
        """The prediction over the plane the training data spans (plus a margin), or None
        for data without two features. Runs in inference mode; training is untouched."""
        if self._plane is None:
            return None
        points, labels = self._plane
        lo, hi = points.min(axis=0), points.max(axis=0)
        pad = np.where(hi > lo, 0.1 * (hi - lo), 1.0)
        xs = np.linspace(lo[0] - pad[0], hi[0] + pad[0], resolution)
        ys = np.linspace(lo[1] - pad[1], hi[1] + pad[1], resolution)
        grid = np.stack(np.meshgrid(xs, ys), axis=-1).reshape(-1, 2)
        shape = (-1,) + tuple(self.net.shapes[self.net.input_id])
        x = np.ascontiguousarray(self.scaler.transform(grid).reshape(shape), dtype=self.net.dtype)
        y = self.net.predict(x).reshape(len(grid), -1)
        if self.task == "regression":
            values, confidence, classes = y[:, 0], np.ones(len(y)), 0
        elif y.shape[1] == 1:
            values = (y[:, 0] > 0.5).astype(np.int64)
            confidence, classes = np.where(values == 1, y[:, 0], 1.0 - y[:, 0]), 2
        else:
            values, confidence, classes = y.argmax(axis=1), y.max(axis=1), y.shape[1]
        square = (resolution, resolution)
        return Surface(xs, ys, values.reshape(square), np.asarray(confidence, dtype=float).reshape(square),
                       points.copy(), labels.copy(), classes)

    @staticmethod
    def _relative(g, top):
        """``g`` per sample relative to the top layer's gradient for that sample."""
        scale, has = top
        g = g.reshape(len(g), -1)[has]
        return g * scale[has, None]

    def _range(self, key, values, kind):
        """Fixed for the whole run: the layer type's declared output range, else from the first look."""
        r = self._ranges.get(key)
        if r is None:
            known = LAYERS[kind].output_range if kind in LAYERS else None
            if known is not None and known[1] is not None:
                r = known
            else:
                top = nice_ceil(2.0 * float(np.abs(values).max()) if values.size else 1.0)
                r = (known[0], top) if known is not None else (-top, top)
            self._ranges[key] = r
        return r

    def _top_scale(self):
        """Per sample of the probe, 1 / the RMS of the gradient reaching the top layer (the last one
        that gets a gradient), and which samples have one at all (a perfectly fitted one may not)."""
        net = self.net
        top = next(net.output_grads[nid] for nid in reversed(net.order) if nid in net.output_grads)
        g = top.reshape(len(top), -1).astype(np.float64)
        rms = np.sqrt(np.einsum("ij,ij->i", g, g) / g.shape[1])
        has = rms > 0
        return np.divide(1.0, rms, out=np.zeros_like(rms), where=has), has

    def _layer(self, nid, top, warnings=()):
        net = self.net
        kind = net.types[nid]
        act = net.activations[nid]
        lo, hi = self._range(nid, act, kind)
        g = net.output_grads.get(nid)
        weights, wgrads, wnorms = {}, {}, {}
        prefix = nid + "."
        for key, w in net.params.items():
            if key.startswith(prefix):
                name = key[len(prefix):]
                wlo, whi = self._range(key, np.maximum(np.abs(w), 0.05), "weights")
                weights[name] = histogram(w, wlo, whi)
                gw = net.grads[key]
                wgrads[name] = log_histogram(gw)
                wnorms[name] = float(np.sqrt(np.vdot(gw, gw)))
        filters = maps = sample = None
        if kind == "Conv2D":
            filters, maps, sample = self._conv_pictures(nid)
        return LayerReport(
            nid, kind, histogram(act, lo, hi),
            None if g is None else float(np.sqrt(np.vdot(g, g))),
            None if g is None else log_histogram(self._relative(g, top)),
            weights, wgrads, wnorms, warnings, None, filters, maps, sample)
