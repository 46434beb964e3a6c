"""Every figure the README and the example descriptions quote, computed by the engine.

    python tools/lesson_figures.py            # compute and print them
    python tools/lesson_figures.py --write    # also write docs/lesson_figures.json, the README's
                                              # figures block and the examples (tools/make_examples.py)
    python tools/lesson_figures.py --only scaling   # recompute one group into docs/lesson_figures.json

A lesson's sentence is a claim: the examples' descriptions and the README's table are templates whose
``{group.name:format}`` fields are filled from docs/lesson_figures.json, and
tests/core/test_teaching_examples.py recomputes the figures and checks each claim against them.
Every figure comes from training an example exactly as shipped (its seed, its epochs).
"""
import contextlib
import json
import os
import re
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from core import load_design
from core.experiments import variants
from core.training import Trainer

EXAMPLES = os.path.join(ROOT, "resources", "examples")
FIGURES_JSON = os.path.join(ROOT, "docs", "lesson_figures.json")
README = os.path.join(ROOT, "README.md")
START, END = "<!-- lesson-figures:start -->", "<!-- lesson-figures:end -->"
OPTIMIZERS = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
FIG_6_14 = ("normal", "xavier_normal", "he_normal")  # Deep Learning from Scratch, fig. 6-14


def one_blas_thread():
    """Small networks train fastest on one BLAS thread; the figures do not depend on it."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return contextlib.nullcontext()
    return threadpool_limits(1)


def example(name):
    return load_design(os.path.join(EXAMPLES, name + ".layerlab"))


def fit(design):
    trainer = Trainer(design, layer_stats=False)
    return trainer, trainer.fit()


def final(result, key):
    return float(result.history[key][-1])


# -- the figures, one group per lesson ---------------------------------------------------------------
def xor():
    return {"accuracy": final(fit(example("xor"))[1], "accuracy"),
            "single_layer_accuracy": final(fit(example("xor_single_layer"))[1], "accuracy")}


def _median(hist):
    """The median of a Histogram's non-zero values (bin centre), in its own units."""
    mids = (hist.edges[:-1] + hist.edges[1:]) / 2
    cum = np.cumsum(hist.counts)
    return float(mids[np.searchsorted(cum, cum[-1] / 2)])


def _gradients(name):
    trainer, result = fit(example(name))
    layers = {lr.node_id: lr for lr in trainer.layer_report() if lr.grad is not None}
    dense = [nid for nid in layers if trainer.net.types[nid] == "Dense"]
    first, top = layers[dense[0]], layers[dense[-1]]
    return {"first_norm": first.grad_norm, "top_norm": top.grad_norm, "ratio": first.grad_norm / top.grad_norm,
            "first_hist_median": _median(first.grad), "val_accuracy": final(result, "val_accuracy")}


def vanishing():
    """At the end of training, on the probe batch: the gradient reaching the first and the last Dense."""
    out = {}
    for act in ("sigmoid", "relu"):
        out.update({f"{act}_{k}": v for k, v in _gradients(f"vanishing_{act}").items()})
    return out


def _start(name):
    """The network as initialised, on the whole validation set: Sigmoid/ReLU outputs and gradient norms."""
    trainer = Trainer(example(name), layer_stats=False)
    net = trainer.net
    net.forward(trainer.x_val, training=False)
    acts = [net.activations[nid] for nid in net.order if net.types[nid] in ("Sigmoid", "ReLU")]
    norms = {lr.node_id: lr.grad_norm for lr in trainer.layer_report()}
    dense = [nid for nid in net.order if net.types[nid] == "Dense"]
    return trainer, acts, norms[dense[0]], norms[dense[-1]]


def initialisation():
    out = {}
    for name, key in (("init_std_1", "std1"), ("init_std_001", "std001"), ("init_xavier", "xavier")):
        trainer, acts, first, top = _start(name)
        saturated = [float(((a < 0.05) | (a > 0.95)).mean()) for a in acts]
        middle = [float(((a > 0.45) & (a < 0.55)).mean()) for a in acts]
        spread = [float(a.std()) for a in acts]
        out.update({f"{key}_saturated_lo": min(saturated), f"{key}_saturated_hi": max(saturated),
                    f"{key}_middle_lo": min(middle), f"{key}_middle_hi": max(middle),
                    f"{key}_std_lo": min(spread), f"{key}_std_hi": max(spread),
                    f"{key}_first_grad": first, f"{key}_top_grad": top,
                    f"{key}_val_accuracy": final(trainer.fit(), "val_accuracy")})
    _, acts, _, _ = _start("init_relu_he")
    out["he_std_first"], out["he_std_last"] = float(acts[0].std()), float(acts[-1].std())
    for label, design in variants(example("init_relu_he"), "initialiser", FIG_6_14):
        result = fit(design)[1]
        key = label.split(" = ")[1]
        out[f"fig614_{key}_loss"] = final(result, "loss")
        out[f"fig614_{key}_val_accuracy"] = final(result, "val_accuracy")
    return out


def optimizer_race():
    return {label.split(" = ")[1]: final(fit(design)[1], "loss")
            for label, design in variants(example("optimizer_race"), "optimizer", OPTIMIZERS)}


def overfitting():
    plain = fit(example("overfit"))[1]
    val = plain.history["val_loss"]
    stopped = fit(example("overfit_early_stopping"))[1]
    return {"loss": final(plain, "loss"), "val_loss": final(plain, "val_loss"),
            "best_val_epoch": int(np.argmin(val)) + 1, "best_val_loss": float(min(val)),
            "dropout_val_loss": final(fit(example("overfit_dropout"))[1], "val_loss"),
            "l2_val_loss": final(fit(example("overfit_l2"))[1], "val_loss"),
            "early_stopping_best_epoch": stopped.best_epoch, "early_stopping_epochs": stopped.epochs_run,
            "early_stopping_val_loss": float(stopped.metrics["val_loss"])}


def batch_normalisation():
    plain = fit(example("deep_plain"))[1]
    return {"plain_val_accuracy": final(plain, "val_accuracy"), "plain_loss": final(plain, "loss"),
            "batchnorm_val_accuracy": final(fit(example("deep_batchnorm"))[1], "val_accuracy")}


def scaling():
    """Breast cancer with plain SGD: the final validation accuracy with each scaling (Run variants)."""
    return {label.split(" = ")[1]: final(fit(design)[1], "val_accuracy")
            for label, design in variants(example("breast_cancer_scaling"), "scaling", ("none", "minmax", "standard"))}


def others():
    return {"digits_val_accuracy": final(fit(example("digits"))[1], "val_accuracy"),
            "spiral_val_accuracy": final(fit(example("spiral"))[1], "val_accuracy"),
            "sine_val_mae": final(fit(example("sine"))[1], "val_mae")}


GROUPS = {"xor": xor, "vanishing": vanishing, "init": initialisation, "optimizers": optimizer_race,
          "overfit": overfitting, "batchnorm": batch_normalisation, "scaling": scaling, "others": others}


def compute(groups=None):
    with one_blas_thread():
        return {name: GROUPS[name]() for name in (groups or GROUPS)}


# -- templates -------------------------------------------------------------------------------------------
def _sci(x):
    mantissa, exponent = f"{x:.1e}".split("e")
    return f"{mantissa}e{int(exponent)}"


FORMATS = {
    "pct": lambda x: f"{100 * x:.0f}%",      # 0.537 -> 54%
    "num": lambda x: f"{100 * x:.0f}",       # a percentage without its sign, for ranges: 64–68%
    "sci": _sci,                             # 3.49e-05 -> 3.5e-5
    "f2": lambda x: f"{x:.2f}",
    "g2": lambda x: f"{x:.2g}",              # two significant digits: 0.27, 0.015
    "int": lambda x: f"{round(x):d}",
}
FIELD = re.compile(r"\{(\w+)\.(\w+):(\w+)\}")


def render(template, figures):
    """``template`` with every ``{group.name:format}`` replaced by that figure, formatted."""
    return FIELD.sub(lambda m: FORMATS[m.group(3)](figures[m.group(1)][m.group(2)]), template)


def fields(template):
    """The ``(group, name)`` pairs a template quotes."""
    return [(m.group(1), m.group(2)) for m in FIELD.finditer(template)]


README_BLOCK = """| example | what it shows |
| --- | --- |
| XOR, one hidden layer / XOR, no hidden layer | one hidden layer learns XOR ({xor.accuracy:pct}); a single layer cannot ({xor.single_layer_accuracy:pct}) |
| Vanishing gradients: 6 Sigmoid layers / 6 ReLU layers | the same network; after training, the gradient norm reaching the first Dense layer is {vanishing.sigmoid_first_norm:sci} against {vanishing.sigmoid_top_norm:sci} at the top with Sigmoid ({vanishing.sigmoid_val_accuracy:pct} validation accuracy), {vanishing.relu_first_norm:g2} against {vanishing.relu_top_norm:g2} with ReLU and He initialisation ({vanishing.relu_val_accuracy:pct}) |
| Initialisation: std 1 / std 0.01 / Xavier / ReLU with He | 5 layers of 100 units at epoch 0: with std 1, {init.std1_saturated_lo:num}–{init.std1_saturated_hi:pct} of each Sigmoid layer's outputs sit below 0.05 or above 0.95; with std 0.01, {init.std001_middle_lo:num}–{init.std001_middle_hi:pct} between 0.45 and 0.55; Xavier keeps them spread (standard deviation {init.xavier_std_lo:f2}–{init.xavier_std_hi:f2}) but five Sigmoids leave the first layer {init.xavier_first_grad:sci} of gradient against {init.xavier_top_grad:sci} at the top. Deep Learning from Scratch's fig. 6-14 as Run variants → initialiser on ReLU: after 10 epochs of SGD the loss is {init.fig614_normal_loss:f2} with std 0.01, {init.fig614_xavier_normal_loss:f2} with Xavier, {init.fig614_he_normal_loss:f2} with He |
| Optimizer race | one network for Run variants → optimizer: after 100 epochs SGD's loss is {optimizers.sgd:f2}, Momentum's {optimizers.momentum:f2}, Nesterov's {optimizers.nesterov:f2}, AdaGrad's {optimizers.adagrad:f2}, RMSprop's {optimizers.rmsprop:f2}, Adam's {optimizers.adam:f2} |
| Overfitting, and Overfitting tamed: dropout / L2 / early stopping | a large network trained on 50 samples ends at validation loss {overfit.val_loss:f2} (training {overfit.loss:f2}); dropout ends at {overfit.dropout_val_loss:f2}, L2 at {overfit.l2_val_loss:f2}, early stopping restores epoch {overfit.early_stopping_best_epoch:int}'s {overfit.early_stopping_val_loss:f2} |
| Deep Sigmoid network without / with batch normalisation | after 20 epochs on the digits: {batchnorm.plain_val_accuracy:pct} validation accuracy (chance) without, {batchnorm.batchnorm_val_accuracy:pct} with |
| Three spirals, Sine regression, Handwritten digits (8x8) | a harder 2-D set ({others.spiral_val_accuracy:pct}), regression (validation MAE {others.sine_val_mae:f2}), and real 8x8 images ({others.digits_val_accuracy:pct}) |

These figures are computed by `python tools/lesson_figures.py --write` (into `docs/lesson_figures.json`)
and checked by `tests/core/test_teaching_examples.py`."""


def rewrite_readme(figures, path=README):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    start, end = text.index(START) + len(START), text.index(END)
    text = text[:start] + "\n" + render(README_BLOCK, figures) + "\n" + text[end:]
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def update(groups):
    """Recompute only ``groups`` (e.g. after adding an example) into docs/lesson_figures.json and
    rewrite the examples' descriptions from it (not the README's block: the lead merges README text)."""
    with open(FIGURES_JSON, encoding="utf-8") as f:
        figures = json.load(f)
    with one_blas_thread():
        figures.update({name: GROUPS[name]() for name in groups})
    with open(FIGURES_JSON, "w", encoding="utf-8") as f:
        f.write(json.dumps(figures, indent=2, sort_keys=True) + "\n")
    return figures


def main(argv):
    if argv[:1] == ["--only"]:  # python tools/lesson_figures.py --only scaling [group ...]
        print(json.dumps(update(argv[1:]), indent=2))
        return
    write = "--write" in argv
    if write:  # the examples' settings first: the figures come from training them
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import make_examples
        make_examples.main(figures=None)
    figures = compute()
    print(json.dumps(figures, indent=2))
    if write:
        os.makedirs(os.path.dirname(FIGURES_JSON), exist_ok=True)
        with open(FIGURES_JSON, "w", encoding="utf-8") as f:
            f.write(json.dumps(figures, indent=2, sort_keys=True) + "\n")
        rewrite_readme(figures)
        make_examples.main(figures)


if __name__ == "__main__":
    main(sys.argv[1:])
