"""The trainer: Keras' ``fit`` for a design, with reports for the dashboard.

Epochs of seeded, shuffled mini-batches; a seeded, stratified validation split;
loss and accuracy (or MAE) per epoch for training and validation; early
stopping with Keras' meaning; a ``history`` like Keras' ``History.history``.

After every epoch (and every ``report_every`` batches, if asked) the callback
receives a :class:`Report` of plain data: the metrics and, for a fixed probe
batch of validation samples, per layer, histograms of activations, of the
gradient reaching the layer, of weights and of weight gradients; the probe's
warnings (core.diagnostics); for data with two features, each hidden unit's
picture over the input plane (core.neurons); for Conv2D layers, the first
FILTERS_SHOWN filters and their feature maps of one validation image. All are
copies, safe to hand to another thread. Bins are fixed per layer for the whole run. With ``stats_budget`` (a fraction of the training
time, for live views) the layer statistics come only as often as that budget
allows, always with the first and the last epoch; other reports have no layers. The probe pass leaves the training untouched
(BatchNorm statistics and dropout's random stream are restored), so a run
with reports gives the same history as one without.

With early stopping and ``restore_best_weights``, the best epoch's weights come back when the run
ends, whether or not patience ran out (Keras 3); the run's last report, of kind "restored",
then describes that network (metrics, confusion matrix, layers) and names its ``best_epoch``.

Stop and pause may be requested from another thread; they are honoured
between batches. So is ``step_aside``: a thread sharing the interpreter with the run (the
app's window, while it draws a report) may have it wait between batches for a few
milliseconds, at most ``STEP_ASIDE_SECONDS`` at a time.
"""
import math
import threading
import time

import numpy as np
from threadpoolctl import threadpool_limits

from .data import Scaler, load_dataset, model_inputs, run_seeds, split_indices
from .errors import DataError, DesignError
from .fileio import check_cancel
from .histograms import LOG_BINS, Histogram, histogram, log_histogram, nice_ceil  # noqa: F401 (LOG_BINS for callers)
from .layers import fmt_shape
from .messages import msg, plural
from .network import build_network
from .probe import Probe
from .reports import (  # noqa: F401 (re-exported: the reports are core.training's interface)
    FEATURE_SAMPLE,
    FILTERS_SHOWN,
    GRADIENT_HISTOGRAM_CAPTION,
    SURFACE_POINTS,
    LayerReport,
    Report,
    Surface,
    TrainResult,
)

PROBE_SIZE = 64  # two batches of work: the probe pass is compute-bound, an epoch of digits is 45

#: Multiply-adds per training batch (parameters x batch size) from which two BLAS threads are
#: used. Digits (64-128-64-10, batch 32 to 64: 0.5-1.1 million) trains 3x faster with one
#: thread, 2.6x next to a busy process (tests/benchmarks/bench_training.py --threads); two
#: are faster from MNIST size (784-256-128-10, batch 128: 30 million) on an idle machine
#: (DESIGN.md's measurement). On the loaded 2-core machine of 2026-11-27 one thread won at
#: every size up to 86 million, so the crossover is placed between the two sizes (their
#: geometric mean), not measured: re-run the benchmark on an idle machine to place it.
TWO_THREADS_FROM = 6_000_000

# The longest a run waits between two batches for a thread that asked it to step aside: a
# thread that never says it is done slows the run, it cannot stop it.
STEP_ASIDE_SECONDS = 0.1


def blas_threads(net, batch_size):
    """The BLAS thread count for training ``net``: 1 up to digits size, 2 from MNIST size."""
    return 2 if net.total_params * batch_size >= TWO_THREADS_FROM else 1


class Trainer(Probe):
    """Trains a design's network on its data (see the module's docstring).

    ``fit()`` may be called again to continue (the GUI's "Step" runs one epoch).
    """

    def __init__(self, design, *, dataset=None, epochs=None, seed=None, dtype=np.float32,
                 callback=None, report_every=0, layer_stats=True, stats_budget=None, cancel=None, threads=None):
        settings = design.settings()
        if epochs is not None:
            settings["epochs"] = epochs
        if seed is not None:
            settings["seed"] = seed
        self.settings = settings
        self.design = design
        seed = settings["seed"]
        seeds = run_seeds(seed)  # network, data, shuffle, split
        self.net = build_network(design, seed=seeds[0], dtype=dtype)
        from .optimizers import make_optimizer
        self.optimizer = make_optimizer(settings["optimizer"])
        # cancel(): asked while a CSV loads; true raises core.errors.Cancelled (closing mid-load)
        self.dataset = dataset if dataset is not None else load_dataset(settings["data"], design.base_dir,
                                                                         seed=seeds[1], cancel=cancel)
        self.callback = callback
        self.report_every = report_every
        self.layer_stats = layer_stats
        self.stats_budget = stats_budget
        self._stats_at = self._stats_cost = None
        self._neuron_plane = None  # built at the first layer report (the grid over x_train)
        self._shuffle_rng = np.random.default_rng(seeds[2])
        self._prepare_data(seeds[3], cancel)
        #: BLAS threads while fitting: given, or sized to the network (:func:`blas_threads`).
        self.threads = threads or blas_threads(self.net, min(settings["batch_size"], len(self.x_train)))
        self._check_early_stopping()
        self.history = {k: [] for k in self.metric_names}
        self.epoch = 0
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()
        # Cleared by step_aside(), set again by step_back_in() (any thread).
        self._unobstructed = threading.Event()
        self._unobstructed.set()
        self._ranges = {}
        self._last_good = self.net.get_weights()
        es = settings["early_stopping"]
        self._es_best = None
        self._es_wait = 0
        self._es_weights = None
        self._es_best_epoch = None
        self._es_sign = 1.0 if es["monitor"].endswith("accuracy") else -1.0  # maximise accuracy
        self.seconds = 0.0

    # -- data ---------------------------------------------------------------------------
    def _prepare_data(self, split_seed, cancel=None):
        """Split, scale and shape the data; ``cancel()`` is asked between the steps (each a pass
        over the data: 0.1-0.15 s for a 100 MB CSV's 2.6 million rows), so closing the window
        just after a big CSV has loaded does not wait for them all."""
        ds, net = self.dataset, self.net
        want = net.shapes[net.input_id]
        size = int(np.prod(want))
        if ds.n_features != size:
            raise DataError(msg("the data has {features} features, but {node} (Input) expects shape {shape}; "
                                "set its shape to [{features}]", code="train.input_features",
                                features=ds.n_features, node=net.input_id, shape=fmt_shape(want)))
        out_shape = net.shapes[net.output_id]
        units = int(np.prod(out_shape))
        last = f"{net.output_id} ({net.types[net.output_id]})"
        loss = self.settings["loss"]
        self.task = ds.task
        if ds.task == "classification":
            k = ds.n_classes
            binary_single = loss == "binary_crossentropy" and units == 1
            if binary_single and k != 2:
                raise DataError(msg("binary_crossentropy with 1 output unit needs 2 classes, but the data has {k}; "
                                    "use {k} units with Softmax and categorical_crossentropy",
                                    code="train.binary_classes", k=k))
            if not binary_single and units != k:
                raise DataError(msg("the data has {k} classes, but {last} outputs {units} values; "
                                    "give the last Dense layer {k} units", code="train.output_classes",
                                    k=k, last=last, units=units))
        elif units != 1:
            raise DataError(msg("the data is regression with one target, but {last} outputs {units} values; "
                                "give the last Dense layer 1 unit", code="train.output_regression",
                                last=last, units=units))
        if ds.task == "regression" and loss not in ("mse", "sum_squared_error"):
            raise DesignError(msg("training.loss: {loss} is for classification; this data is regression, use mse",
                                  code="train.loss_task", loss=loss))

        # data.split_and_scale's two steps (exported scripts call it), with a look at cancel() after each
        train, val = split_indices(ds.y, ds.n_classes, self.settings["validation_split"], split_seed)
        if len(train) == 0:
            raise DataError(msg("the validation split leaves no training samples; lower it", code="train.no_samples"))
        check_cancel(cancel)
        scaler = Scaler(self.settings["scaling"]).fit(ds.x[train])
        check_cancel(cancel)
        dtype = net.dtype

        def inputs(idx):
            return model_inputs(scaler, ds.x[idx], want, dtype)

        def targets(idx):
            y = ds.y[idx]
            if ds.task == "regression":
                return y.reshape(-1, 1).astype(dtype)
            if loss == "binary_crossentropy" and units == 1:
                return y.reshape(-1, 1).astype(dtype)
            return np.eye(units, dtype=dtype)[y]  # one-hot once, not every batch

        self.scaler = scaler
        self._plane = (ds.x[train[:SURFACE_POINTS]], ds.y[train[:SURFACE_POINTS]]) if ds.n_features == 2 else None
        self.x_train = inputs(train)
        check_cancel(cancel)
        self.t_train, self.y_train = targets(train), ds.y[train]
        check_cancel(cancel)
        self.x_val, self.t_val, self.y_val = inputs(val), targets(val), ds.y[val]
        check_cancel(cancel)
        self.has_val = len(val) > 0
        probe_x = self.x_val if self.has_val else self.x_train
        probe_t = self.t_val if self.has_val else self.t_train
        self.x_probe, self.t_probe = probe_x[:PROBE_SIZE], probe_t[:PROBE_SIZE]
        metric = "accuracy" if ds.task == "classification" else "mae"
        self.metric = metric
        self.metric_names = ["loss", metric] + (["val_loss", f"val_{metric}"] if self.has_val else [])

    def _check_early_stopping(self):
        es = self.settings["early_stopping"]
        if not es["enabled"]:
            return
        monitor = es["monitor"]
        where = "training.early_stopping.monitor"
        if monitor.startswith("val_") and not self.has_val:
            raise DesignError(msg("{where}: {monitor!r} needs a validation split above 0", code="train.monitor_val",
                                  where=where, monitor=monitor))
        if monitor.endswith("accuracy") and self.task != "classification":
            raise DesignError(msg("{where}: {monitor!r} is for classification; this data is regression (use mae)",
                                  code="train.monitor_task", where=where, monitor=monitor))
        if monitor.endswith("mae") and self.task != "regression":
            raise DesignError(msg("{where}: {monitor!r} is for regression; this data is classification",
                                  code="train.monitor_task", where=where, monitor=monitor))

    # -- metrics ----------------------------------------------------------------------------
    def _metric(self, y, t_onehot, labels):
        """Accuracy (classification) or mean absolute error (regression) of outputs ``y``."""
        if self.task == "regression":
            return float(np.abs(y - t_onehot).mean())
        if y.shape[1] == 1:
            return int(np.count_nonzero((y[:, 0] > 0.5) == (labels == 1))) / len(y)
        return int(np.count_nonzero(y.argmax(axis=1) == labels)) / len(y)

    # -- control ------------------------------------------------------------------------------
    def stop(self):
        """Ask the run to end after the current batch (any thread). Asked before ``fit()``,
        that fit stops before its first batch; the fit after it trains again."""
        self._stop.set()
        self._running.set()

    def pause(self):
        self._running.clear()

    def resume(self):
        self._running.set()

    @property
    def paused(self):
        return not self._running.is_set()

    def step_aside(self):
        """Wait between batches until ``step_back_in()`` (or ``STEP_ASIDE_SECONDS``), so that
        another thread of this interpreter has it to itself meanwhile (any thread)."""
        self._unobstructed.clear()

    def step_back_in(self):
        self._unobstructed.set()

    # -- the loop -------------------------------------------------------------------------------
    def fit(self, epochs=None):
        """Train up to ``epochs`` more epochs (default: up to the design's total)."""
        # Overflow on the way to divergence is expected; it is caught and reported, not warned about.
        with np.errstate(over="ignore", invalid="ignore"), threadpool_limits(self.threads, user_api="blas"):
            try:
                return self._fit(epochs)
            finally:
                self._stop.clear()  # a stop ends one run, not the next

    def _fit(self, epochs):
        total = self.settings["epochs"]
        target = total if epochs is None else self.epoch + epochs
        net, opt = self.net, self.optimizer
        x, t, labels = self.x_train, self.t_train, self.y_train
        n = len(x)
        bs = min(self.settings["batch_size"], n)
        batches = self.batches_per_epoch
        start = time.perf_counter()
        seen = 0
        reason, message = "completed", ""
        es = self.settings["early_stopping"]
        while self.epoch < target:
            if self._stop.is_set():  # before the shuffle: a pass over the data (0.1 s for millions of rows)
                reason, message = "stopped", self._stopped_message()
                break
            # Shuffle once per epoch; every batch is then a view, not a gather.
            order = self._shuffle_rng.permutation(n)
            xs, ts, ls = x[order], t[order], labels[order]
            loss_sum = metric_sum = 0.0
            done = 0
            for b in range(batches):
                if not self._running.is_set():
                    self._running.wait()
                if not self._unobstructed.is_set() and not self._unobstructed.wait(STEP_ASIDE_SECONDS):
                    self._unobstructed.set()  # asked and never told: the run goes on
                if self._stop.is_set():
                    break
                lo, hi = b * bs, min((b + 1) * bs, n)
                xb, tb = xs[lo:hi], ts[lo:hi]
                loss = net.compute_loss(xb, tb)
                if not math.isfinite(loss):
                    net.set_weights(self._last_good)
                    reason, message = "diverged", self._diverged_message(loss, b + 1)
                    break
                net.backward()
                opt.step(net.params, net.grads)
                k = hi - lo
                loss_sum += loss * k
                metric_sum += self._metric(net.activations[net.output_id], tb, ls[lo:hi]) * k
                done += k
                seen += k
                if self.report_every and (b + 1) % self.report_every == 0 and b + 1 < batches and self.callback:
                    self._emit("batch", b + 1, batches, {"loss": loss_sum / done, self.metric: metric_sum / done},
                               start, seen, target)
            if reason == "diverged":
                break
            if self._stop.is_set():
                reason, message = "stopped", self._stopped_message()
                break
            if not np.isfinite(net.params.flat).all():
                net.set_weights(self._last_good)
                reason, message = "diverged", self._diverged_message(float("nan"), batches, weights=True)
                break
            self.epoch += 1
            self._last_good = net.get_weights()
            metrics = {"loss": loss_sum / done, self.metric: metric_sum / done}
            confusion = None
            if self.has_val:
                yv, val_loss = net.evaluate(self.x_val, self.t_val)
                metrics["val_loss"] = val_loss
                metrics[f"val_{self.metric}"] = self._metric(yv, self.t_val, self.y_val)
                if self.task == "classification" and self.callback:
                    confusion = self._confusion(yv)
            for key in self.metric_names:
                self.history[key].append(metrics[key])
            patience_out = es["enabled"] and self._early_stop(metrics[es["monitor"]], es)
            if self.callback:
                self._emit("epoch", batches, batches, metrics, start, seen, target, confusion)
            if patience_out:
                reason = "early_stopping"
                message = plural(es["patience"],
                                 "early stopping: {monitor} did not improve for {n} epoch; best was epoch {best}",
                                 "early stopping: {monitor} did not improve for {n} epochs; best was epoch {best}",
                                 code="train.early_stopping", monitor=es["monitor"], best=self._es_best_epoch)
                break
        if reason == "completed":
            message = plural(self.epoch, "completed {n} epoch", "completed {n} epochs", code="train.completed")
        restored = False
        # Keras 3 restores the best weights when training ends, whether or not patience ran out;
        # a Step that has not reached the planned epochs is not the end.
        if reason == "early_stopping" or (reason == "completed" and self.epoch >= total):
            restored = self._restore_best()
            if restored:
                message = msg("{message} (epoch {best}'s weights, the best, are restored)" if reason == "completed"
                              else "{message} (its weights are restored)", code="train.restored",
                              message=message, best=self._es_best_epoch)
        self.seconds += time.perf_counter() - start
        final = self._restored_metrics() if restored else {k: v[-1] for k, v in self.history.items() if v}
        if restored and self.callback:
            self._emit_restored(final, batches, target)
        return TrainResult({k: list(v) for k, v in self.history.items()}, self.epoch, reason, message,
                           self.seconds, self._es_best_epoch, final, restored)

    def _stopped_message(self):
        return msg("stopped by the user during epoch {epoch}", code="train.stopped", epoch=self.epoch + 1)

    def _restore_best(self):
        """Put the best epoch's weights back (early stopping with restore_best_weights)."""
        es = self.settings["early_stopping"]
        if not (es["enabled"] and es["restore_best_weights"]) or self._es_weights is None:
            return False
        self.net.set_weights(self._es_weights)
        self._last_good = self._es_weights
        return True

    def _restored_metrics(self):
        """The restored network's metrics: its epoch's training figures (they were measured
        while it trained) and validation recomputed on the restored weights."""
        metrics = {k: v[self._es_best_epoch - 1] for k, v in self.history.items()}
        if self.has_val:
            yv, val_loss = self.net.evaluate(self.x_val, self.t_val)
            metrics["val_loss"] = val_loss
            metrics[f"val_{self.metric}"] = self._metric(yv, self.t_val, self.y_val)
        return metrics

    def _emit_restored(self, metrics, batches, target):
        """The run's last report: the restored network, with its layers and confusion matrix."""
        confusion = None
        if self.has_val and self.task == "classification":
            confusion = self._confusion(self.net.evaluate(self.x_val, self.t_val)[0])
        layers = self.layer_report() if self.layer_stats else ()
        self.callback(Report("restored", self.epoch, target, batches, batches, dict(metrics), layers, confusion,
                             self.seconds, 0.0, self._es_best_epoch))

    def _diverged_message(self, loss, batch, weights=False):
        """What happened and what to try; the caller has put the last finite weights back."""
        lr = self.optimizer.lr
        what = (msg("a weight became NaN or infinite", code="train.weight_nan") if weights
                else msg("the loss became NaN", code="train.loss_nan") if math.isnan(loss)
                else msg("the loss became infinite", code="train.loss_inf"))
        state = (msg("their state after epoch {epoch}", code="train.state_epoch", epoch=self.epoch) if self.epoch
                 else msg("their initial values", code="train.state_initial"))
        return msg("training diverged: {what} in epoch {epoch}, batch {batch}. "
                   "The learning rate ({lr:g}) is probably too high; try {try_lr:g}. "
                   "The weights are back to {state}, the last finite ones.", code="train.diverged",
                   what=what, epoch=self.epoch + 1, batch=batch, lr=lr, try_lr=lr / 10, state=state)

    def _early_stop(self, current, es):
        """Keras' EarlyStopping: improvement means beating the best by more than min_delta."""
        if self._es_best is None or self._es_sign * (current - self._es_best) > es["min_delta"]:
            self._es_best = current
            self._es_wait = 0
            self._es_best_epoch = self.epoch
            if es["restore_best_weights"]:
                self._es_weights = self.net.get_weights()
            return False
        self._es_wait += 1
        return self._es_wait >= es["patience"] and self.epoch > 1

    def _confusion(self, y):
        k = max(2, y.shape[1])
        pred = (y[:, 0] > 0.5).astype(np.int64) if y.shape[1] == 1 else y.argmax(axis=1)
        return np.bincount(self.y_val * k + pred, minlength=k * k).reshape(k, k)

    # -- reports ----------------------------------------------------------------------------------
    def _emit(self, kind, batch, batches, metrics, start, seen, target, confusion=None):
        elapsed = time.perf_counter() - start
        layers = ()
        if self._stats_due(kind, target):
            t = time.perf_counter()
            layers = self.layer_report()
            self._stats_at = time.perf_counter()
            self._stats_cost = self._stats_at - t
        epoch = self.epoch if kind == "epoch" else self.epoch + 1
        self.callback(Report(kind, epoch, target, batch, batches, dict(metrics), layers, confusion,
                             self.seconds + elapsed, seen / elapsed if elapsed > 0 else 0.0, self._es_best_epoch))

    @property
    def batches_per_epoch(self):
        n = len(self.x_train)
        return -(-n // min(self.settings["batch_size"], n))

    def start_report(self):
        """The network as initialised, before any epoch: a Report of kind "start", epoch 0."""
        return Report("start", 0, self.settings["epochs"], 0, self.batches_per_epoch, {}, self.layer_report())

    def _stats_due(self, kind, target):
        """Every report has layer statistics, unless a budget spaces them out."""
        if not self.layer_stats:
            return False
        if self.stats_budget is None or self._stats_at is None or (kind == "epoch" and self.epoch >= target):
            return True
        return time.perf_counter() - self._stats_at >= self._stats_cost / self.stats_budget
