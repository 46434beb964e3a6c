"""The lessons' link to the main window: the network in front of the student, for the canvas
tooltip's formula and for the activation lesson's overlay of a layer's inputs.

"The current network" is the one the last run left, while it still matches the document
(the training controller keeps its snapshot), otherwise a freshly built one from the design;
during a run the worker's network is never touched: the overlay then reads the run's newest
report (the per-layer histograms in the RunLog) and the tooltip waits for the run to end.
"""
import json

import numpy as np
from PySide6.QtCore import QCoreApplication

from core.errors import DataError, DesignError
from core.lessons import ACTIVATIONS, formula

#: Activations whose inputs the Activations lesson can overlay (Softmax is not elementwise).
ELEMENTWISE = tuple(a for a in ACTIVATIONS if a != "Softmax")
#: A histogram is turned back into values for the overlay: at most this many.
MAX_VALUES = 100000


def tr(text):
    return QCoreApplication.translate("LessonsWindow", text)


class CurrentNetwork:
    """What the window's design computes now. ``window`` has ``doc``, ``session`` and ``log``."""

    def __init__(self, window):
        self.window = window
        self._fresh_key, self._fresh = None, None

    def _controller(self):
        session = getattr(self.window, "session", None)
        return getattr(session, "trainer", None)

    def running(self):
        ctl = self._controller()
        return bool(ctl is not None and ctl.running)

    def trainer(self):
        """A core Trainer whose ``net`` is the current network, or None (a run is under way, or the
        design cannot be built or its data loaded)."""
        ctl = self._controller()
        design = self.window.doc.design
        snapshot = design.to_dict()
        if ctl is not None:
            if ctl.running:
                return None
            trained = getattr(ctl.worker, "trainer", None)
            if trained is not None and ctl.snapshot == snapshot:
                return trained
        key = json.dumps(snapshot, sort_keys=True, default=str)
        if key != self._fresh_key:
            from core.training import Trainer
            try:
                self._fresh = Trainer(design, dtype=np.float64, epochs=1, layer_stats=False)
            except (DataError, DesignError, ValueError, OSError):
                self._fresh = None
            self._fresh_key = key
        return self._fresh

    # -- the canvas tooltip ------------------------------------------------------------------------
    def formula(self, node_id):
        """``"Training sample 1: y = σ(W·x + b) = … = 0.45"`` for a node, or "" when there is no
        network to compute it with (a run under way, a design that does not build)."""
        trainer = self.trainer()
        if trainer is None or node_id not in trainer.net.types or not len(trainer.x_train):
            return ""
        try:
            text = formula(trainer.net, node_id, trainer.x_train[0])
        except (KeyError, ValueError, TypeError):
            return ""
        return tr("Training sample 1: %1").replace("%1", text)

    # -- the activation overlay --------------------------------------------------------------------
    def source_of(self, node_id):
        sources = [a for a, b in self.window.doc.design.edges if b == node_id]
        return sources[0] if len(sources) == 1 else None

    def inputs(self, node_id):
        """``(type, values)``: the inputs of activation ``node_id`` on the probe batch (its source's
        outputs), from the current run's newest report during a run, else by a forward pass of the
        current network; None if the node is no elementwise activation or nothing is known."""
        node = self.window.doc.design.node(node_id) if self.window.doc.has_node(node_id) else None
        src = self.source_of(node_id)
        if node is None or node.type not in ELEMENTWISE or src is None:
            return None
        if self.running():
            return self._from_report(node.type, src)
        trainer = self.trainer()
        if trainer is None or src not in trainer.net.types:
            return self._from_report(node.type, src)
        trainer.net.forward(trainer.x_probe, training=False)
        return node.type, np.array(trainer.net.activations[src], dtype=np.float64)

    def _from_report(self, type_name, src):
        live = getattr(getattr(self.window, "log", None), "current", None)
        for layer in getattr(live, "layers", ()) or ():
            if layer.node_id == src and not layer.activation.log and layer.activation.counts.sum():
                return type_name, histogram_values(layer.activation)
        return None


def histogram_values(hist):
    """Values that make ``hist`` (a core Histogram): each bin's centre, as often as it counts
    (scaled down to at most MAX_VALUES)."""
    counts = np.asarray(hist.counts, dtype=np.float64)
    if counts.sum() > MAX_VALUES:
        counts = np.round(counts * MAX_VALUES / counts.sum())
    edges = hist.edges
    return np.repeat((edges[:-1] + edges[1:]) / 2, counts.astype(np.int64))
