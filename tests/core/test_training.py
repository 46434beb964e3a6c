"""The trainer, as a Keras user would try it."""
import os
import threading
import time

import numpy as np
import pytest

from core import Design, DesignError, load_design, make_optimizer
from core.data import DataError
import core.training
from core.training import LOG_BINS, Trainer

EXAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "examples")


def example(name):
    return load_design(os.path.join(EXAMPLES, name + ".layerlab"))


def test_xor_example_reaches_100_percent_training_accuracy():
    result = Trainer(example("xor")).fit()
    assert result.stopped_because == "completed" and result.epochs_run == 200
    assert result.history["accuracy"][-1] == 1.0


def test_digits_example_reaches_95_percent_validation_accuracy():
    result = Trainer(example("digits")).fit()
    assert result.history["val_accuracy"][-1] >= 0.95


def test_history_has_keras_keys_per_epoch():
    result = Trainer(example("xor"), epochs=5).fit()
    assert list(result.history) == ["loss", "accuracy", "val_loss", "val_accuracy"]
    assert all(len(v) == 5 for v in result.history.values())
    regression = Trainer(example("sine"), epochs=3).fit()
    assert list(regression.history) == ["loss", "mae", "val_loss", "val_mae"]


def test_same_seed_gives_the_same_history_to_the_bit():
    a = Trainer(example("spiral"), epochs=15).fit().history
    b = Trainer(example("spiral"), epochs=15).fit().history
    c = Trainer(example("spiral"), epochs=15, seed=1).fit().history
    assert a == b
    assert a != c


def test_reports_do_not_change_the_training():
    design = example("overfit_dropout")  # dropout and its random masks: the hardest case
    quiet = Trainer(design, epochs=10).fit().history
    reports = []
    loud = Trainer(design, epochs=10, callback=reports.append, report_every=1).fit().history
    assert loud == quiet
    assert len([r for r in reports if r.kind == "epoch"]) == 10


def test_early_stopping_stops_after_patience_and_restores_the_best_weights():
    design = example("overfit_early_stopping")
    trainer = Trainer(design)
    result = trainer.fit()
    es = design.settings()["early_stopping"]
    val = result.history["val_loss"]
    best = int(np.argmin(val)) + 1
    assert result.stopped_because == "early_stopping"
    assert result.best_epoch == best
    assert result.epochs_run == best + es["patience"] < design.settings()["epochs"]
    assert f"best was epoch {best}" in result.message
    # The restored network scores the best epoch's validation loss again, not the last one's.
    _, now = trainer.net.evaluate(trainer.x_val, trainer.t_val)
    assert now == pytest.approx(val[best - 1], rel=1e-5)
    assert now < val[-1]


def test_patience_that_never_runs_out_still_leaves_the_best_epoch_as_keras_3_does():
    design = example("overfit_early_stopping")
    design.training["early_stopping"]["patience"] = 1000
    design.training["epochs"] = 60
    reports = []
    trainer = Trainer(design, callback=reports.append)
    result = trainer.fit()
    val = result.history["val_loss"]
    best = int(np.argmin(val)) + 1
    assert result.stopped_because == "completed" and result.epochs_run == 60
    assert result.best_epoch == best < 60 and result.restored
    assert f"epoch {best}'s weights, the best, are restored" in result.message
    _, now = trainer.net.evaluate(trainer.x_val, trainer.t_val)
    assert now == pytest.approx(val[best - 1], rel=1e-5) and now < val[-1]
    # The run's last report describes the restored network, so every view shows the same model.
    last = reports[-1]
    assert last.kind == "restored" and last.best_epoch == best and last.epoch == 60
    assert last.metrics["val_loss"] == pytest.approx(val[best - 1], rel=1e-5)
    assert last.metrics["loss"] == result.history["loss"][best - 1]
    assert result.metrics == last.metrics
    assert (last.confusion.diagonal().sum() / last.confusion.sum()
            == pytest.approx(result.history["val_accuracy"][best - 1]))
    assert last.layers and [lr.node_id for lr in last.layers] == [lr.node_id for lr in reports[-2].layers]
    # Epoch reports carry the best epoch so far, for the curves' mark.
    assert [r.best_epoch for r in reports if r.kind == "epoch"][best - 1] == best


def test_a_step_before_the_end_is_not_the_end_and_keeps_training_from_the_last_weights():
    design = example("overfit_early_stopping")
    design.training["early_stopping"]["patience"] = 1000
    design.training["epochs"] = 40
    trainer = Trainer(design)
    first = trainer.fit(30)
    assert not first.restored and first.metrics["val_loss"] == first.history["val_loss"][-1]
    _, now = trainer.net.evaluate(trainer.x_val, trainer.t_val)
    assert now == pytest.approx(first.history["val_loss"][-1], rel=1e-5)
    assert trainer.fit(10).restored  # the planned 40 are done: the run ends, the best comes back


def test_without_early_stopping_the_final_metrics_are_the_last_epoch():
    result = Trainer(example("xor"), epochs=5).fit()
    assert result.best_epoch is None and not result.restored
    assert result.metrics == {k: v[-1] for k, v in result.history.items()}


def test_early_stopping_without_restore_keeps_the_last_weights():
    d = example("overfit_early_stopping")
    d.training["early_stopping"]["restore_best_weights"] = False
    trainer = Trainer(d)
    result = trainer.fit()
    _, now = trainer.net.evaluate(trainer.x_val, trainer.t_val)
    assert now == pytest.approx(result.history["val_loss"][-1], rel=1e-5)


def test_an_absurd_learning_rate_diverges_with_a_reason_and_finite_weights():
    d = example("sine")  # regression with mse: nothing bounds the loss
    d.training["optimizer"] = {"type": "sgd", "lr": 10.0}
    trainer = Trainer(d)
    result = trainer.fit()
    assert result.stopped_because == "diverged"
    assert result.message.startswith("training diverged: the loss became ")
    assert "The learning rate (10) is probably too high; try 1." in result.message
    assert np.isfinite(trainer.net.params.flat).all()
    assert all(np.isfinite(v).all() for v in result.history.values())


def test_divergence_restores_the_last_finite_epoch():
    d = example("sine")
    trainer = Trainer(d)
    trainer.fit(epochs=3)
    after_three = trainer.net.params.flat.copy()
    trainer.optimizer = make_optimizer({"type": "sgd", "lr": 10.0})  # turned up mid-run
    result = trainer.fit(epochs=5)
    assert result.stopped_because == "diverged" and result.epochs_run == 3
    assert "learning rate (10)" in result.message and "back to their state after epoch 3" in result.message
    np.testing.assert_array_equal(trainer.net.params.flat, after_three)


def test_monitoring_validation_without_a_split_is_refused():
    d = example("overfit_early_stopping")
    d.training["validation_split"] = 0.0
    with pytest.raises(DesignError, match=r"early_stopping.monitor: 'val_loss' needs a validation split above 0"):
        Trainer(d)


def test_data_that_does_not_fit_the_design_is_named():
    d = example("xor")
    d.training["data"] = {"source": "builtin", "name": "iris"}
    with pytest.raises(DataError, match=r"the data has 4 features, but in \(Input\) expects shape \(2,\); "
                                        r"set its shape to \[4\]"):
        Trainer(d)
    d.nodes[0].params["shape"] = [4]
    with pytest.raises(DataError, match=r"the data has 3 classes, but out \(Softmax\) outputs 2 values; "
                                        r"give the last Dense layer 3 units"):
        Trainer(d)
    d.nodes[3].params["units"] = 3
    assert Trainer(d, epochs=1).fit().epochs_run == 1


def test_digits_as_8x8_images_through_a_flatten():
    d = Design.sequential([8, 8], ["Flatten", ("Dense", {"units": 10}), "Softmax"],
                          {"data": {"source": "builtin", "name": "digits"}, "epochs": 2})
    assert Trainer(d).fit().epochs_run == 2


def test_epoch_reports_carry_fixed_bins_and_every_layer():
    reports = []
    trainer = Trainer(example("vanishing_sigmoid"), epochs=3, callback=reports.append)
    trainer.fit()
    first, last = reports[0], reports[-1]
    assert [layer.node_id for layer in first.layers] == trainer.net.order[1:]
    for a, b in zip(first.layers, last.layers):
        assert (a.activation.lo, a.activation.hi) == (b.activation.lo, b.activation.hi)
        assert a.activation.counts.sum() == trainer.net.activations[a.node_id].size  # probe: 80 samples
        for name in a.weights:
            assert (a.weights[name].lo, a.weights[name].hi) == (b.weights[name].lo, b.weights[name].hi)
            assert len(a.weight_grads[name].counts) == LOG_BINS
    sig = next(layer for layer in first.layers if layer.type == "Sigmoid")
    assert (sig.activation.lo, sig.activation.hi) == (0.0, 1.0)
    assert first.confusion.shape == (2, 2) and first.confusion.sum() == len(trainer.x_val)


def test_gradient_histograms_are_per_sample_and_relative_to_the_top_layer():
    trainer = Trainer(example("vanishing_sigmoid"), epochs=1)
    trainer.fit()
    layers = {lr.node_id: lr for lr in trainer.layer_report()}
    top, first = layers["dense7"].grad, layers["dense1"].grad
    centres = (top.edges[:-1] + top.edges[1:]) / 2
    # At the top every sample's gradient is, by definition, of its own size: log10 near 0.
    assert abs(np.average(centres, weights=top.counts)) < 0.5
    # Far below it, Sigmoid's first layer gets thousandths or less: far to the left.
    assert np.average(centres, weights=first.counts) < -2
    assert top.counts.sum() + top.zeros == trainer.net.output_grads["dense7"].size


def test_vanishing_gradients_are_in_the_reports():
    def gradient_reaching_first_and_last_dense(name):
        reports = []
        Trainer(example(name), epochs=1, callback=reports.append).fit()
        norms = [layer.grad_norm for layer in reports[-1].layers if layer.type == "Dense"]
        return norms[0], norms[-1]
    first, last = gradient_reaching_first_and_last_dense("vanishing_sigmoid")
    assert first < last / 1000  # three orders of magnitude lost on the way down six Sigmoids
    first, last = gradient_reaching_first_and_last_dense("vanishing_relu")
    assert last / 3 < first < last * 3  # ReLU with He: the same order of magnitude all the way


def test_batch_reports_every_k_batches():
    reports = []
    Trainer(example("digits"), epochs=1, callback=reports.append, report_every=10).fit()
    kinds = [(r.kind, r.batch) for r in reports]
    assert kinds == [("batch", 10), ("batch", 20), ("batch", 30), ("batch", 40), ("epoch", 45)]
    assert set(reports[0].metrics) == {"loss", "accuracy"}


def test_stop_and_pause_from_another_thread():
    reports = []
    arrived = threading.Event()

    def on_report(r):
        reports.append(r)
        arrived.set()

    trainer = Trainer(example("digits"), epochs=100000, callback=on_report, report_every=1, layer_stats=False)
    result = {}
    thread = threading.Thread(target=lambda: result.update(r=trainer.fit()))
    thread.start()
    assert arrived.wait(10)
    trainer.pause()
    quiet = threading.Event()
    for _ in range(100):  # the batch under way may still report; then nothing
        n = len(reports)
        if quiet.wait(0.05) or len(reports) == n:
            break
    n = len(reports)
    assert not quiet.wait(0.3) and len(reports) == n, "reports kept coming while paused"
    arrived.clear()
    trainer.resume()
    assert arrived.wait(10), "no report after resuming"
    trainer.stop()
    thread.join(5)
    assert not thread.is_alive()
    assert result["r"].stopped_because == "stopped"


def test_a_run_steps_aside_for_the_window_between_batches_and_never_for_long(monkeypatch):
    monkeypatch.setattr(core.training, "STEP_ASIDE_SECONDS", 1.0)  # room for a loaded machine's sleeps
    batches = []
    trainer = Trainer(example("digits"), epochs=100000, callback=lambda r: batches.append(time.monotonic()),
                      report_every=1, layer_stats=False)
    thread = threading.Thread(target=trainer.fit)
    thread.start()
    try:
        while len(batches) < 3:
            time.sleep(0.01)
        trainer.step_aside()  # the window draws: the run waits at its next batch
        time.sleep(0.05)
        n = len(batches)
        time.sleep(0.05)
        assert len(batches) == n, "batches went on while the run stood aside"
        trainer.step_back_in()
        time.sleep(0.05)
        assert len(batches) > n, "no batch after stepping back in"
        # Asked and never told to go on, the run waits at most STEP_ASIDE_SECONDS, once.
        trainer.step_aside()
        time.sleep(core.training.STEP_ASIDE_SECONDS + 0.2)
        n = len(batches)
        time.sleep(0.05)
        assert len(batches) > n + 1
    finally:
        trainer.stop()
        thread.join(5)
    assert not thread.is_alive()


def test_step_trains_one_more_epoch_at_a_time():
    trainer = Trainer(example("xor"))
    assert trainer.fit(epochs=1).epochs_run == 1
    assert trainer.fit(epochs=1).epochs_run == 2
    assert len(trainer.history["loss"]) == 2


def test_the_decision_surface_of_a_trained_xor_network_agrees_with_its_data():
    trainer = Trainer(example("xor"))
    trainer.fit()
    before = trainer.net.params.flat.copy()
    s = trainer.surface(resolution=50)
    assert s.values.shape == s.confidence.shape == (50, 50) and s.classes == 2
    # The grid spans the data with a margin, in the data's own units.
    assert s.xs[0] < s.points[:, 0].min() and s.xs[-1] > s.points[:, 0].max()
    assert s.ys[0] < s.points[:, 1].min() and s.ys[-1] > s.points[:, 1].max()
    # Each training point's nearest grid cell predicts its class (the run reached 100%).
    j = np.abs(s.xs[None, :] - s.points[:, :1]).argmin(axis=1)
    i = np.abs(s.ys[None, :] - s.points[:, 1:]).argmin(axis=1)
    agree = np.mean(s.values[i, j] == s.labels)
    assert agree > 0.95
    assert ((s.confidence >= 0.5) & (s.confidence <= 1.0)).all()
    assert np.array_equal(before, trainer.net.params.flat)


def test_there_is_no_decision_surface_without_two_features():
    trainer = Trainer(example("digits"), epochs=1)
    assert not trainer.planar and trainer.surface() is None
    sine = Trainer(example("sine"), epochs=1)
    assert not sine.planar  # one feature: a curve, not a plane


def test_a_stats_budget_spaces_out_the_layer_statistics_without_changing_the_training():
    reports = []
    spaced = Trainer(example("xor"), callback=reports.append, stats_budget=0.05).fit()
    with_layers = [r.epoch for r in reports if r.layers]
    assert with_layers[0] == 1 and with_layers[-1] == 200  # the first and the last epoch always
    assert len(with_layers) < 100  # 5% of the time buys far fewer than one an epoch
    assert spaced.history == Trainer(example("xor"), callback=lambda r: None).fit().history


def test_a_stop_asked_before_fit_stops_that_fit_only():
    trainer = Trainer(example("xor"), epochs=5)
    trainer.stop()  # e.g. the window closes while the run is being set up
    first = trainer.fit()
    assert first.stopped_because == "stopped" and first.epochs_run == 0
    assert trainer.fit().epochs_run == 5


def test_the_start_report_shows_the_network_as_initialised_and_changes_nothing():
    trainer = Trainer(example("xor"))
    start = trainer.start_report()
    assert (start.kind, start.epoch, start.epochs, start.batches) == ("start", 0, 200, 10)  # 320 samples, 32 a batch
    assert [lr.node_id for lr in start.layers] == ["d1", "a1", "d2", "out"]
    assert trainer.fit().history == Trainer(example("xor")).fit().history
