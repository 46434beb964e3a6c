"""The session's runs: the one under way, fed by the trainer's reports, and the finished ones.

Reports flow one way: the trainer's reports go into a :class:`RunLog`, which grows the
current run's history (:class:`LiveRun`) and, when the run ends, keeps it as a
:class:`~core.experiments.Run`. Views (the dashboard, the Runs table) subscribe with plain
callbacks and read what they show from the log; they keep no history of their own.
"""
from .experiments import Run, differences, load_runs, save_runs
from .messages import msg

#: What listeners can subscribe to, and what they are called with.
EVENTS = {
    "started": "(live run)",                   # a new run, or the current one continues
    "reports": "(epochs, latest, surface)",    # the current run grew
    "cleared": "()",                           # no current run (another design was opened)
    "runs": "()",                              # the list of finished runs changed
}


class LiveRun:
    """The run under way: what the reports have said so far.

    ``epochs`` and ``metrics`` are columns (an epoch number and a value per epoch);
    ``norms`` is the gradient norm reaching each layer, on the epochs that carried layer
    statistics; ``layers``, ``confusion`` and ``surface`` are the newest of each.
    """

    def __init__(self, name, design, planned=None):
        self.name, self.design, self.planned = name, design, planned
        self.epochs, self.metrics, self.norms = [], {}, {}
        self.layers, self.confusion, self.confusion_epoch, self.surface = (), None, 0, None
        self.best_epoch, self.restored = None, False  # early stopping: its best epoch; restored at the end

    def add(self, epochs, latest, surface=None):
        """Take a batch of epoch records ``[(epoch, metrics, norms, weight histograms)]`` and
        the newest report and decision surface (either may be None)."""
        # Hundreds of records a batch on a fast network: column by column, not record by record.
        self.epochs.extend(record[0] for record in epochs)
        for key in (epochs[0][1] if epochs else ()):
            self.metrics.setdefault(key, []).extend(record[1][key] for record in epochs)
        for epoch, _, norms, _ in epochs:
            for nid, norm in (norms or {}).items():
                if norm is not None:
                    self.norms.setdefault(nid, []).append((epoch, norm))
        if latest is not None:
            self.planned = latest.epochs
            if latest.layers:
                self.layers = latest.layers
            self.best_epoch = latest.best_epoch
            self.restored = latest.kind == "restored"  # from here on the views show the best epoch's network
            if latest.confusion is not None:
                self.confusion = latest.confusion
                self.confusion_epoch = latest.best_epoch if self.restored else latest.epoch
        if surface is not None:
            self.surface = surface

    def metric_key(self):
        """"accuracy" or "mae", whichever the run reports; None before the first epoch."""
        return next((k for k in self.metrics if k in ("accuracy", "mae")), None)

    def input_features(self):
        return input_features(self.design)


def input_features(design):
    """How many values one sample has, from a design dict's Input layer (None if unknown)."""
    for node in (design or {}).get("nodes", ()):
        if node.get("type") == "Input":
            size = 1
            for n in node.get("params", {}).get("shape", ()):
                size *= n if isinstance(n, int) else 1
            return size
    return None


class RunLog:
    """The runs of a session, with listeners (plain callables, no Qt)."""

    def __init__(self):
        self.runs = []        # finished runs, oldest first
        self.current = None   # the LiveRun under way or last shown, or None
        self.design = None    # with no current run: the design in front of the user (a dict), if known
        self._continues = False
        self._listeners = {event: [] for event in EVENTS}
        self.modified = False  # runs made, renamed or deleted since the last save (quitting asks)

    # -- listening -----------------------------------------------------------------------------
    def subscribe(self, event, callback):
        """Call ``callback`` on ``event`` (one of EVENTS)."""
        if event not in self._listeners:
            raise ValueError(f"event: {event!r} is not one of {', '.join(EVENTS)}")
        self._listeners[event].append(callback)

    def _emit(self, event, *args):
        if event == "runs":
            self.modified = True
        for callback in list(self._listeners[event]):
            callback(*args)

    # -- the run under way ----------------------------------------------------------------------
    def start(self, name, design, planned=None, continues=False):
        """A run begins (``continues``: it goes on from the last one, e.g. Step, and its
        history keeps growing). ``design`` is the plain dict of what is trained."""
        self._continues = continues and self.current is not None
        if not self._continues:
            self.current = LiveRun(name, design, planned)
        else:
            self.current.design = design
        self._emit("started", self.current)
        return self.current

    def add_reports(self, epochs, latest, surface=None):
        if self.current is None:
            return
        self.current.add(epochs, latest, surface)
        self._emit("reports", epochs, latest, surface)

    def clear_current(self, design=None):
        """Nothing is under way or shown (another design, ``design``, was opened); finished runs stay."""
        self.current, self.design = None, design
        self._emit("cleared")

    def finish(self, result, changes=None):
        """Keep the current run, ended with ``result`` (a TrainResult), as a :class:`Run`; a run
        that continued the last one replaces it. ``changes`` says what differs from the run
        before (by default computed from the designs). None if nothing was learnt."""
        live = self.current
        if live is None or not result.history.get("loss"):
            return None  # stopped before its first epoch: nothing to keep
        replace = self._continues and bool(self.runs)
        name = self.runs[-1].name if replace else live.name
        if changes is None:
            before = self.runs[-2 if replace else -1].design if len(self.runs) > replace else None
            changes = self.runs[-1].changes if replace else differences(before, live.design)
        run = Run(name, live.design, {k: [float(v) for v in vals] for k, vals in result.history.items()},
                  {nid: [[int(e), float(n)] for e, n in points] for nid, points in live.norms.items()},
                  {lr.node_id: {"type": lr.type, "counts": lr.activation.counts.tolist(),
                                "lo": float(lr.activation.lo), "hi": float(lr.activation.hi)} for lr in live.layers},
                  result.stopped_because, result.message, float(result.seconds), changes,
                  result.best_epoch if getattr(result, "restored", False) else None)
        if replace:
            self.runs[-1] = run
        else:
            self.runs.append(run)
        self._emit("runs")
        return run

    def unique_name(self, name):
        """``name``, or ``name (2)``, ``name (3)`` … if a run already has it."""
        taken = {r.name for r in self.runs}
        if name not in taken:
            return name
        n = 2
        while f"{name} ({n})" in taken:
            n += 1
        return msg("{name} ({n})", code="run.numbered", name=name, n=n)  # a variant's label stays translatable

    # -- the finished runs ----------------------------------------------------------------------
    def rename(self, row, name):
        """A run keeps a name: a blank one is refused (False)."""
        name = name.strip()
        if not name or not 0 <= row < len(self.runs):
            return False
        self.runs[row].name = name
        self._emit("runs")
        return True

    def delete(self, rows):
        rows = sorted({r for r in rows if 0 <= r < len(self.runs)}, reverse=True)
        for row in rows:
            del self.runs[row]
        if rows:
            self._continues = False  # the run Step would continue may be gone
            self._emit("runs")
        return len(rows)

    def extend(self, runs):
        self.runs.extend(runs)
        self._continues = False
        self._emit("runs")

    def load(self, path):
        """Add the runs of a ``.layerlab-runs`` file (RunsFileError or OSError if it is not one);
        returns how many."""
        runs = load_runs(path)
        was = self.modified
        self.extend(runs)
        self.modified = was  # runs read from a file are saved in it
        return len(runs)

    def save(self, path):
        save_runs(self.runs, path)
        self.modified = False
