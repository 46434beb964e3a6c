"""The digits example: LayerLab's trainer against scikit-learn's MLPClassifier.

Same layers (64-128-64-10, ReLU), optimizer (Adam, lr 0.001), batch size, epochs,
split sizes, split, scaling, and initial weights (scikit-learn is handed LayerLab's;
with its own Glorot-uniform initialisation it is printed too, for reference). LayerLab runs with its per-epoch reports on at
their default rate (histograms and gradient norms for every layer); their cost
is measured against the same run with reports off. Accuracies differ by a few
samples from seed to seed, so each side runs --seeds seeds (seed i for both:
LayerLab's design seed, scikit-learn's random_state, on LayerLab's split for
that seed): median times, mean accuracies, and the accuracy difference paired by seed
with its standard error ("at least the same" = not lower by more than two standard errors).
Run: python tests/benchmarks/bench_training.py [--seeds 5]

With --threads: the BLAS thread count instead. The digits example's training seconds with
1 and 2 threads and the trainer's automatic choice, alone and next to a busy process (a
second Python process spinning on one core, as a painting GUI thread or a browser would);
then the time of a training step with 1 and 2 threads for networks from digits to MNIST
size, which places core.training.TWO_THREADS_FROM.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time
import warnings

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

from core import load_design  # noqa: E402
from core.training import Trainer  # noqa: E402

DIGITS = os.path.join(ROOT, "resources", "examples", "digits.layerlab")


def layerlab_run(design, seed, reports):
    trainer = Trainer(design, seed=seed, callback=(lambda r: None) if reports else None)
    initial = {k: v.astype(np.float64) for k, v in trainer.net.params.items()}
    start = time.perf_counter()
    result = trainer.fit()
    return time.perf_counter() - start, result.history["val_accuracy"][-1], trainer, initial


def sklearn_run(trainer, settings, seed, initial=None):
    """MLPClassifier on the same split; with ``initial``, from the same initial weights."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier
    epochs = settings["epochs"]
    clf = MLPClassifier(hidden_layer_sizes=(128, 64), activation="relu", solver="adam", alpha=0.0,
                        batch_size=settings["batch_size"], learning_rate_init=settings["optimizer"]["lr"],
                        max_iter=epochs, n_iter_no_change=epochs + 1, tol=0.0, shuffle=True, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        if initial is not None:
            # A one-epoch fit sets sklearn up (untimed); then its weights are replaced by LayerLab's
            # initial ones and warm_start trains from there with a fresh Adam.
            clf.set_params(max_iter=1, warm_start=True)
            clf.fit(trainer.x_train, trainer.y_train)
            dense = [k[:-2] for k in initial if k.endswith(".W")]
            clf.coefs_ = [initial[k + ".W"].copy() for k in dense]
            clf.intercepts_ = [initial[k + ".b"].copy() for k in dense]
            clf.set_params(max_iter=epochs)
        start = time.perf_counter()
        clf.fit(trainer.x_train, trainer.y_train)  # the same scaled training split
        seconds = time.perf_counter() - start
    return seconds, clf.score(trainer.x_val, trainer.y_val)


def busy_process():
    """A second process spinning on one core until it is killed."""
    return subprocess.Popen([sys.executable, "-c", "while True: pass"])


def digits_seconds(design, threads, epochs, rounds):
    """Best of ``rounds`` for training the digits example ``epochs`` epochs (reports off)."""
    best = float("inf")
    for _ in range(rounds):
        trainer = Trainer(design, epochs=epochs, threads=threads)
        start = time.perf_counter()
        trainer.fit()
        best = min(best, time.perf_counter() - start)
    return best, trainer.threads


def step_seconds(width, batch, threads, steps=30):
    """Seconds per training step of a 784-width-width-10 network, best of three runs."""
    from threadpoolctl import threadpool_limits
    from core import Design, build_network, make_optimizer
    design = Design.sequential([784], [("Dense", {"units": width}), "ReLU", ("Dense", {"units": width}), "ReLU",
                                       ("Dense", {"units": 10}), "Softmax"])
    net = build_network(design)
    opt = make_optimizer({"type": "adam", "lr": 0.001})
    rng = np.random.default_rng(0)
    x = rng.normal(size=(batch, 784)).astype(np.float32)
    t = np.eye(10, dtype=np.float32)[rng.integers(0, 10, batch)]
    best = float("inf")
    with threadpool_limits(threads, user_api="blas"):
        for _ in range(3):
            start = time.perf_counter()
            for _ in range(steps):
                net.compute_loss(x, t)
                net.backward()
                opt.step(net.params, net.grads)
            best = min(best, (time.perf_counter() - start) / steps)
    return best, net.total_params * batch


def thread_figures(epochs, rounds):
    from core.training import TWO_THREADS_FROM
    design = load_design(DIGITS)
    print(f"digits example, {epochs} epochs, best of {rounds} (seconds); automatic choice for "
          f"TWO_THREADS_FROM = {TWO_THREADS_FROM:,} multiply-adds per batch")
    for busy in (False, True):
        other = busy_process() if busy else None
        try:
            figures = {label: digits_seconds(design, threads, epochs, rounds)
                       for label, threads in (("1 thread", 1), ("2 threads", 2), ("automatic", None))}
        finally:
            if other is not None:
                other.kill()
                other.wait()
        line = "   ".join(f"{label} {s:6.3f}" for label, (s, _) in figures.items())
        print(f"  {'with a busy process' if busy else 'alone':20s} {line}   (automatic = {figures['automatic'][1]})")
    print("training step, 784-w-w-10, batch 128 (ms): 1 thread / 2 threads")
    for width in (16, 32, 64, 128, 256, 512):
        one, macs = step_seconds(width, 128, 1)
        two, _ = step_seconds(width, 128, 2)
        print(f"  w {width:4d}  {macs:12,d} multiply-adds  {1e3 * one:7.3f} / {1e3 * two:7.3f}  "
              f"{'2 faster' if two < one else '1 faster'}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--threads", action="store_true", help="measure BLAS thread counts instead")
    ap.add_argument("--epochs", type=int, default=10, help="epochs of the digits example for --threads")
    ap.add_argument("--rounds", type=int, default=3, help="rounds per figure for --threads")
    args = ap.parse_args()
    if args.threads:
        thread_figures(args.epochs, args.rounds)
        return
    design = load_design(DIGITS)
    settings = design.settings()
    try:
        import sklearn  # noqa: F401
        have_sklearn = True
    except ImportError:
        have_sklearn = False
    runs = {"on": [], "off": [], "sk": [], "sk_own": []}
    for seed in range(args.seeds):
        for key in ("off", "on"):
            seconds, acc, trainer, initial = layerlab_run(design, seed, reports=(key == "on"))
            runs[key].append((seconds, acc))
        if have_sklearn:
            runs["sk"].append(sklearn_run(trainer, settings, seed, initial))
            runs["sk_own"].append(sklearn_run(trainer, settings, seed))
    n_train, n_val = len(trainer.x_train), len(trainer.x_val)
    med = {k: statistics.median(s for s, _ in v) for k, v in runs.items() if v}
    acc = {k: statistics.mean(a for _, a in v) for k, v in runs.items() if v}
    print(f"digits 64-128-64-10 ReLU, Adam lr {settings['optimizer']['lr']}, batch {settings['batch_size']}, "
          f"{settings['epochs']} epochs, {n_train} training / {n_val} validation samples, {args.seeds} seeds")
    print(f"  LayerLab, reports on      {med['on']:6.3f} s   mean val_accuracy {acc['on']:.4f}")
    print(f"  LayerLab, reports off     {med['off']:6.3f} s   mean val_accuracy {acc['off']:.4f}")
    print(f"  cost of the reports       {100 * (med['on'] - med['off']) / med['on']:5.1f} % of the training time "
          f"(target <= 10%)")
    if have_sklearn:
        print(f"  scikit-learn MLPClassifier {med['sk']:6.3f} s  mean val_accuracy {acc['sk']:.4f}   "
              "(from LayerLab's initial weights)")
        print(f"  scikit-learn MLPClassifier {med['sk_own']:6.3f} s  mean val_accuracy {acc['sk_own']:.4f}   "
              "(its own initialisation: Glorot-uniform weights and biases)")
        ratio = med["on"] / med["sk"]
        # Paired by seed (same split, same start): the difference and its standard error.
        diffs = [a - b for (_, a), (_, b) in zip(runs["on"], runs["sk"])]
        mean_diff = statistics.mean(diffs)
        se = statistics.stdev(diffs) / len(diffs) ** 0.5 if len(diffs) > 1 else float("inf")
        same = mean_diff >= -2 * se
        print(f"  accuracy difference LayerLab - scikit-learn, paired by seed: {100 * mean_diff:+.2f} points "
              f"(standard error {100 * se:.2f}): {'the same within noise or better' if same else 'LOWER'}")
        verdict = "ok" if ratio <= 0.5 and same else "MISSED"
        print(f"  time ratio LayerLab (reports on) / scikit-learn {ratio:.2f} (target <= 0.5); "
              f"accuracy at least the same: {verdict}")
    else:
        print("  scikit-learn is not installed: no comparison (pip install scikit-learn)")


if __name__ == "__main__":
    main()
