"""Write the example designs under resources/examples/ (run again after changing them).

Each example is a design with a description that says what it teaches and a lesson: what to
press and where to look (see core/lesson_route.py). The numbers in the descriptions are
``{group.name:format}`` fields filled from docs/lesson_figures.json, which
tools/lesson_figures.py computes: run ``python tools/lesson_figures.py --write`` after changing an
example, which also runs this script.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core.design import Design, save_design  # noqa: E402

OUT = os.path.join(ROOT, "resources", "examples")
KO_CATALOG = os.path.join(ROOT, "resources", "i18n", "examples_ko.json")


def dense(units, init="xavier_uniform", **extra):
    return ("Dense", {"units": units, "init": init, **extra})


def stack(hidden, act, units, init, head):
    layers = []
    for _ in range(hidden):
        layers += [dense(units, init), act]
    return layers + head


SOFTMAX2 = [dense(2), "Softmax"]
MOONS = {"source": "toy", "name": "moons", "samples": 400, "noise": 0.15}
DIGITS = {"source": "builtin", "name": "digits"}
OVERFIT_DATA = {"source": "toy", "name": "moons", "samples": 100, "noise": 0.3}


def lesson(text, kind, view, **more):
    return {"text": text, "action": {"kind": kind, **more, "view": view}}


def compare(text, others, view):
    return lesson(text, "compare", view, **{"with": [o + ".layerlab" for o in others]})


INIT_TRIO = ("init_std_1", "init_std_001", "init_xavier")
INIT_ROUTE = "Train all three Sigmoid initialisations, then compare them: Runs → Activation histograms (and Gradients by layer)"
OVERFIT_FAMILY = ("overfit", "overfit_dropout", "overfit_l2", "overfit_early_stopping")


def gate_training(name):
    """The four corner points without noise or scaling, so hand-set weights see exactly (0, 1)."""
    return {"data": {"source": "toy", "name": name, "samples": 40, "noise": 0.0}, "scaling": "none",
            "validation_split": 0.25, "loss": "binary_crossentropy", "optimizer": {"type": "sgd", "lr": 0.1},
            "batch_size": 4, "epochs": 100}


def perceptron(w, b):
    """One unit with the notes' weights; Sigmoid(z) > 0.5 exactly where the step's z > 0."""
    return [dense(1, weights={"W": [[w[0]], [w[1]]], "b": [b]}), "Sigmoid"]


GATE_LESSON = lesson("Open Lessons → Perceptrons and logic gates, type other weights and watch the line move; "
                     "or press Train and look at the decision boundary", "train", "dashboard.boundary")
GATE_NOTE = (" The output is a Sigmoid (so the trainer can use binary cross-entropy); it says class 1 exactly "
             "where w1*x1 + w2*x2 + b is above 0, the step function's line.")

EXAMPLES = {
    # The design-file contract's own example, node ids and all.
    "xor": Design.from_dict({
        "format": "layerlab-design", "version": 1, "name": "XOR, one hidden layer",
        "description": "XOR: the points of a class sit in opposite corners, so no single straight line "
                       "separates them. One hidden layer of 8 ReLU units bends the plane and reaches "
                       "{xor.accuracy:pct} training accuracy. Compare with 'XOR, no hidden layer'.",
        "lesson": compare("Train, then compare with the single layer: Runs → Accuracy", ["xor_single_layer"],
                          "runs.accuracy"),
        "nodes": [
            {"id": "in", "type": "Input", "params": {"shape": [2]}, "pos": [0, 0]},
            {"id": "d1", "type": "Dense", "params": {"units": 8, "init": "he_normal"}, "pos": [0, 90]},
            {"id": "a1", "type": "ReLU", "params": {}, "pos": [0, 180]},
            {"id": "d2", "type": "Dense", "params": {"units": 2}, "pos": [0, 270]},
            {"id": "out", "type": "Softmax", "params": {}, "pos": [0, 360]}],
        "edges": [["in", "d1"], ["d1", "a1"], ["a1", "d2"], ["d2", "out"]],
        "training": {
            "data": {"source": "toy", "name": "xor", "samples": 400, "noise": 0.1},
            "scaling": "standard", "validation_split": 0.2, "loss": "categorical_crossentropy",
            "optimizer": {"type": "adam", "lr": 0.01}, "batch_size": 32, "epochs": 200, "seed": 0,
            "l1": 0.0, "l2": 0.0,
            "early_stopping": {"enabled": False, "monitor": "val_loss", "patience": 10,
                               "restore_best_weights": True}}}),
    "xor_single_layer": Design.sequential(
        [2], SOFTMAX2,
        {"data": {"source": "toy", "name": "xor", "samples": 400, "noise": 0.1},
         "optimizer": {"type": "adam", "lr": 0.01}, "epochs": 200},
        name="XOR, no hidden layer",
        description="A single Dense layer draws one straight line, and XOR needs two: training accuracy ends at "
                    "{xor.single_layer_accuracy:pct} after 200 epochs. This is Minsky and Papert's objection to the "
                    "perceptron; 'XOR, one hidden layer' answers it.",
        lesson=lesson("Train, then look at the Decision boundary: one straight line", "train", "dashboard.boundary")),
    "spiral": Design.sequential(
        [2], [dense(64, "he_normal"), "ReLU", dense(64, "he_normal"), "ReLU", dense(3), "Softmax"],
        {"data": {"source": "toy", "name": "spiral", "samples": 900, "noise": 0.1, "classes": 3},
         "optimizer": {"type": "adam", "lr": 0.01}, "epochs": 300},
        name="Three spirals",
        description="Three interleaved spiral arms: a boundary no line or circle can draw. Two hidden layers "
                    "of ReLU units learn it ({others.spiral_val_accuracy:pct} validation accuracy); watch the "
                    "decision boundary wind itself around the arms.",
        lesson=lesson("Train and watch the Decision boundary", "train", "dashboard.boundary")),
    "digits": Design.sequential(
        [64], [dense(128, "he_normal"), "ReLU", dense(64, "he_normal"), "ReLU", dense(10), "Softmax"],
        {"data": DIGITS, "optimizer": {"type": "adam", "lr": 0.001}, "epochs": 30, "batch_size": 32},
        name="Handwritten digits (8x8)",
        description="1,797 handwritten digits of 8x8 pixels, 10 classes. A 64-128-64-10 ReLU network, "
                    "Keras' classic MNIST recipe at small scale, reaches {others.digits_val_accuracy:pct} validation "
                    "accuracy in seconds; the confusion matrix shows which digits it mixes up.",
        lesson=lesson("Train, then look at the Confusion matrix", "train", "dashboard.confusion")),
    "sine": Design.sequential(
        [1], [dense(32), "Tanh", dense(32), "Tanh", dense(1)],
        {"data": {"source": "toy", "name": "sine", "samples": 400, "noise": 0.1}, "loss": "mse",
         "optimizer": {"type": "adam", "lr": 0.01}, "epochs": 200},
        name="Sine regression",
        description="Regression: fit y = sin(x) from noisy samples with mean squared error. The metric is the "
                    "mean absolute error (MAE); noise of standard deviation 0.1 alone costs 0.08, and the network "
                    "ends at {others.sine_val_mae:f2} on the validation samples.",
        lesson=lesson("Train and watch the MAE in Loss and accuracy", "train", "dashboard.curves")),
    "vanishing_sigmoid": Design.sequential(
        [2], stack(6, "Sigmoid", 32, "xavier_normal", SOFTMAX2),
        {"data": MOONS, "optimizer": {"type": "sgd", "lr": 0.1}, "epochs": 100},
        name="Vanishing gradients: 6 Sigmoid layers",
        description="Six Sigmoid layers trained by plain SGD. A Sigmoid's slope is at most 0.25, so the gradient "
                    "shrinks at every layer on its way down: after training, the first layer's gradient norm is "
                    "{vanishing.sigmoid_first_norm:sci} against {vanishing.sigmoid_top_norm:sci} at the top, and the "
                    "network stays at {vanishing.sigmoid_val_accuracy:pct} validation accuracy (chance). Compare "
                    "with 'Vanishing gradients: 6 ReLU layers'.",
        lesson=compare("Train, then compare with the ReLU version: Runs → Gradients by layer", ["vanishing_relu"],
                       "runs.gradients")),
    "vanishing_relu": Design.sequential(
        [2], stack(6, "ReLU", 32, "he_normal", SOFTMAX2),
        {"data": MOONS, "optimizer": {"type": "sgd", "lr": 0.1}, "epochs": 100},
        name="Vanishing gradients: 6 ReLU layers",
        description="The same six layers with ReLU and He initialisation. ReLU's slope is 1 where it is active, "
                    "so the gradient does not shrink on its way down: after training the first layer's gradient "
                    "norm is {vanishing.relu_first_norm:g2} against {vanishing.relu_top_norm:g2} at the top, and "
                    "the network reaches {vanishing.relu_val_accuracy:pct} validation accuracy on the moons.",
        lesson=compare("Train, then compare with the Sigmoid version: Runs → Gradients by layer",
                       ["vanishing_sigmoid"], "runs.gradients")),
    "init_std_1": Design.sequential(
        [64], [("Dense", {"units": 100, "init": "normal", "std": 1.0}), "Sigmoid"] * 5 + [dense(10), "Softmax"],
        {"data": DIGITS, "optimizer": {"type": "sgd", "lr": 0.01}, "epochs": 5},
        name="Initialisation: std 1",
        description="Five layers of 100 Sigmoid units, weights drawn with standard deviation 1 (Deep Learning "
                    "from Scratch, fig. 6-10). Before training, {init.std1_saturated_lo:num}–"
                    "{init.std1_saturated_hi:pct} of each layer's outputs sit below 0.05 or above 0.95, where the "
                    "Sigmoid is flat and a unit passes almost no gradient back. The large weights amplify what the "
                    "other units pass, so the first layer still gets a gradient of {init.std1_first_grad:sci} "
                    "(Xavier's gets {init.xavier_first_grad:sci}) and 5 epochs of SGD reach "
                    "{init.std1_val_accuracy:pct} validation accuracy: saturated units are wasted, not silent.",
        lesson=compare(INIT_ROUTE, [n for n in INIT_TRIO if n != "init_std_1"], "runs.activations")),
    "init_std_001": Design.sequential(
        [64], [("Dense", {"units": 100, "init": "normal", "std": 0.01}), "Sigmoid"] * 5 + [dense(10), "Softmax"],
        {"data": DIGITS, "optimizer": {"type": "sgd", "lr": 0.01}, "epochs": 5},
        name="Initialisation: std 0.01",
        description="The same five Sigmoid layers with weights of standard deviation 0.01 (fig. 6-11): before "
                    "training, {init.std001_middle_lo:num}–{init.std001_middle_hi:pct} of each layer's outputs sit "
                    "between 0.45 and 0.55. The units all say nearly the same thing, so a hundred are hardly better "
                    "than one, and almost nothing reaches the first layer ({init.std001_first_grad:sci}): 5 epochs "
                    "of SGD stay at {init.std001_val_accuracy:pct} validation accuracy (chance).",
        lesson=compare(INIT_ROUTE, [n for n in INIT_TRIO if n != "init_std_001"], "runs.activations")),
    "init_xavier": Design.sequential(
        [64], stack(5, "Sigmoid", 100, "xavier_normal", []) + [dense(10), "Softmax"],
        {"data": DIGITS, "optimizer": {"type": "sgd", "lr": 0.01}, "epochs": 5},
        name="Initialisation: Xavier",
        description="Xavier (Glorot) initialisation scales the weights by sqrt(2 / (fan_in + fan_out)) (fig. "
                    "6-13): no layer saturates and the outputs keep a spread in every layer (standard deviation "
                    "{init.xavier_std_lo:f2}–{init.xavier_std_hi:f2}). But each Sigmoid's slope is at most 0.25: "
                    "five of them leave the first layer a gradient of {init.xavier_first_grad:sci} against "
                    "{init.xavier_top_grad:sci} at the top, and 5 epochs of SGD stay at "
                    "{init.xavier_val_accuracy:pct} (chance). Deep networks moved to ReLU with He initialisation: "
                    "see 'Initialisation: ReLU with He'.",
        lesson=compare(INIT_ROUTE, [n for n in INIT_TRIO if n != "init_xavier"], "runs.activations")),
    "init_relu_he": Design.sequential(
        [64], stack(5, "ReLU", 100, "he_normal", []) + [dense(10), "Softmax"],
        {"data": DIGITS, "optimizer": {"type": "sgd", "lr": 0.01}, "epochs": 10},
        name="Initialisation: ReLU with He",
        description="Five layers of 100 ReLU units. He initialisation (std sqrt(2 / fan_in)) makes up for the half "
                    "of the units that are off: the outputs' spread stays the same from the first layer (standard "
                    "deviation {init.he_std_first:f2}) to the last ({init.he_std_last:f2}). Run variants → "
                    "initialiser makes Deep Learning from Scratch's fig. 6-14: after 10 epochs of SGD the loss is "
                    "still {init.fig614_normal_loss:f2} with std 0.01 (chance), {init.fig614_xavier_normal_loss:f2} "
                    "with Xavier and {init.fig614_he_normal_loss:f2} with He, the fastest.",
        lesson=lesson("Run variants on the initialiser (std 0.01, Xavier, He), then compare: Runs → Loss",
                      "variants", "runs.loss", sweep="initialiser", choices=["normal", "xavier_normal", "he_normal"])),
    "optimizer_race": Design.sequential(
        [2], [dense(32, "he_normal"), "ReLU", dense(32, "he_normal"), "ReLU", dense(3), "Softmax"],
        {"data": {"source": "toy", "name": "spiral", "samples": 600, "noise": 0.1, "classes": 3},
         "optimizer": {"type": "sgd", "lr": 0.05}, "epochs": 100},
        name="Optimizer race",
        description="One network, six optimizers: Run variants on 'optimizer' trains it with each and overlays "
                    "their loss curves. After 100 epochs SGD's loss is {optimizers.sgd:f2}, Momentum's "
                    "{optimizers.momentum:f2}, Nesterov's {optimizers.nesterov:f2}, AdaGrad's {optimizers.adagrad:f2}, "
                    "RMSprop's {optimizers.rmsprop:f2} and Adam's {optimizers.adam:f2}.",
        lesson=lesson("Run variants on the optimizer, then compare: Runs → Loss", "variants", "runs.loss",
                      sweep="optimizer")),
    "overfit": Design.sequential(
        [2], [dense(256, "he_normal"), "ReLU", dense(256, "he_normal"), "ReLU", dense(2), "Softmax"],
        {"data": OVERFIT_DATA, "validation_split": 0.5, "optimizer": {"type": "adam", "lr": 0.003}, "epochs": 300},
        name="Overfitting",
        description="A big network on 50 noisy training points: the validation loss is lowest at epoch "
                    "{overfit.best_val_epoch:int} ({overfit.best_val_loss:f2}), then climbs to {overfit.val_loss:f2} "
                    "while the training loss falls to {overfit.loss:f2}. Compare with the dropout, L2 and early "
                    "stopping versions.",
        lesson=compare("Train all four, then compare: Runs → Loss", OVERFIT_FAMILY[1:], "runs.loss")),
    "overfit_dropout": Design.sequential(
        [2], [dense(256, "he_normal"), "ReLU", ("Dropout", {"rate": 0.5}), dense(256, "he_normal"), "ReLU",
              ("Dropout", {"rate": 0.5}), dense(2), "Softmax"],
        {"data": OVERFIT_DATA, "validation_split": 0.5, "optimizer": {"type": "adam", "lr": 0.003}, "epochs": 300},
        name="Overfitting tamed: dropout",
        description="The overfitting network with Dropout(0.5) after each hidden layer: no unit can rely on "
                    "another, and the validation loss ends at {overfit.dropout_val_loss:f2} instead of "
                    "{overfit.val_loss:f2}.",
        lesson=compare("Train, then compare with the untamed network: Runs → Loss", ["overfit"], "runs.loss")),
    "overfit_l2": Design.sequential(
        [2], [dense(256, "he_normal"), "ReLU", dense(256, "he_normal"), "ReLU", dense(2), "Softmax"],
        {"data": OVERFIT_DATA, "l2": 0.001, "validation_split": 0.5, "optimizer": {"type": "adam", "lr": 0.003},
         "epochs": 300},
        name="Overfitting tamed: L2",
        description="The overfitting network with an L2 penalty (0.001 * sum of squared weights): large weights "
                    "cost loss, the boundary stays smooth, and the validation loss ends at "
                    "{overfit.l2_val_loss:f2} instead of {overfit.val_loss:f2}.",
        lesson=compare("Train, then compare with the untamed network: Runs → Loss", ["overfit"], "runs.loss")),
    "overfit_early_stopping": Design.sequential(
        [2], [dense(256, "he_normal"), "ReLU", dense(256, "he_normal"), "ReLU", dense(2), "Softmax"],
        {"data": OVERFIT_DATA, "validation_split": 0.5, "optimizer": {"type": "adam", "lr": 0.003}, "epochs": 300,
         "early_stopping": {"enabled": True, "monitor": "val_loss", "patience": 20, "restore_best_weights": True}},
        name="Overfitting tamed: early stopping",
        description="The overfitting network, stopped when the validation loss has not improved for 20 epochs "
                    "(at epoch {overfit.early_stopping_epochs:int}), with the best epoch's weights restored "
                    "(Keras' EarlyStopping): epoch {overfit.early_stopping_best_epoch:int}'s, validation loss "
                    "{overfit.early_stopping_val_loss:f2}.",
        lesson=compare("Train, then compare with the untamed network: Runs → Loss", ["overfit"], "runs.loss")),
    "deep_plain": Design.sequential(
        [64], stack(8, "Sigmoid", 64, "xavier_normal", []) + [dense(10), "Softmax"],
        {"data": DIGITS, "optimizer": {"type": "sgd", "lr": 0.1}, "epochs": 20},
        name="Deep Sigmoid network without batch normalisation",
        description="Eight Sigmoid layers trained by plain SGD on the digits: in 20 epochs the loss stays near "
                    "log(10) = 2.30 ({batchnorm.plain_loss:f2}) and validation accuracy at "
                    "{batchnorm.plain_val_accuracy:pct}, chance. Compare with the batch-normalised version.",
        lesson=compare("Train, then compare with batch normalisation: Runs → Accuracy", ["deep_batchnorm"],
                       "runs.accuracy")),
    "deep_batchnorm": Design.sequential(
        [64], [x for _ in range(8) for x in (dense(64, "xavier_normal", use_bias=False), "BatchNorm", "Sigmoid")]
        + [dense(10), "Softmax"],
        {"data": DIGITS, "optimizer": {"type": "sgd", "lr": 0.1}, "epochs": 20},
        name="Deep Sigmoid network with batch normalisation",
        description="The same eight Sigmoid layers with BatchNorm before each activation: every layer sees "
                    "inputs centred in the Sigmoid's steep middle, gradients flow, and the network reaches "
                    "{batchnorm.batchnorm_val_accuracy:pct} validation accuracy in 20 epochs of the same SGD.",
        lesson=compare("Train, then compare with the plain network: Runs → Accuracy", ["deep_plain"],
                       "runs.accuracy")),
    "gate_and": Design.sequential(
        [2], perceptron((0.5, 0.5), -0.7), gate_training("gate_and"), name="AND gate by hand",
        description="A perceptron with the notes' weights w = (0.5, 0.5), b = -0.7: only (1, 1) gets "
                    "0.5 + 0.5 - 0.7 = 0.3, above 0. Type other weights in the Perceptron lesson and watch the line "
                    "move." + GATE_NOTE,
        lesson=GATE_LESSON),
    "gate_or": Design.sequential(
        [2], perceptron((0.5, 0.5), -0.2), gate_training("gate_or"), name="OR gate by hand",
        description="The same weights as AND, w = (0.5, 0.5), with the bias raised to b = -0.2: now one "
                    "input of 1 is enough (0.5 - 0.2 = 0.3, above 0)." + GATE_NOTE,
        lesson=GATE_LESSON),
    "gate_nand": Design.sequential(
        [2], perceptron((-0.5, -0.5), 0.7), gate_training("gate_nand"), name="NAND gate by hand",
        description="AND with every sign flipped, w = (-0.5, -0.5), b = 0.7: 1 everywhere except (1, 1)."
                    + GATE_NOTE,
        lesson=GATE_LESSON),
    "gate_xor_single": Design.sequential(
        [2], perceptron((0.5, 0.5), -0.2), gate_training("gate_xor"), name="XOR gate, one perceptron fails",
        description="XOR with one perceptron (here OR's weights): one straight line cannot put (0, 1) and (1, 0) "
                    "on one side and (0, 0) and (1, 1) on the other, so at most three of the four points are "
                    "right, whatever the weights and however long it trains. See 'XOR gate: NAND + OR, then AND'.",
        lesson=GATE_LESSON),
    "gate_xor_two_layers": Design.sequential(
        [2], [dense(2, weights={"W": [[-0.5, 0.5], [-0.5, 0.5]], "b": [0.7, -0.2]}), "Step",
              *perceptron((0.5, 0.5), -0.7)],
        gate_training("gate_xor"), name="XOR gate: NAND + OR, then AND",
        description="Two layers solve XOR by hand: the first computes NAND and OR of the inputs (two step "
                    "units), the second ANDs them. XOR(x1, x2) = AND(NAND(x1, x2), OR(x1, x2)): all four "
                    "points right. The steps have no gradient, so this one is set by hand, not trained.",
        lesson=GATE_LESSON),
    "breast_cancer_scaling": Design.sequential(
        [30], [dense(16, "he_normal"), "ReLU", dense(2), "Softmax"],
        {"data": {"source": "builtin", "name": "breast_cancer"}, "scaling": "none",
         "optimizer": {"type": "sgd", "lr": 0.01}, "batch_size": 32, "epochs": 50, "seed": 0},
        name="Scaling decides: breast cancer with SGD",
        description="30 measurements of cell nuclei, some never above 0.03, others up to 4,254, and plain SGD. Unscaled, the "
                    "largest features swamp the gradient and the network ends at {scaling.none:pct} validation "
                    "accuracy (the share of the larger class); min-max scaling to [0, 1] gives {scaling.minmax:pct}, "
                    "standard scaling (mean 0, standard deviation 1) {scaling.standard:pct}, with the same network, "
                    "learning rate and 50 epochs. Lessons → Scaling shows each feature before and after.",
        lesson=lesson("Run variants on the scaling (none, min-max, standard), then compare: Runs → Accuracy; "
                      "Lessons → Scaling shows the features before and after", "variants", "runs.accuracy",
                      sweep="scaling", choices=["none", "minmax", "standard"])),
}



def with_figures(design, figures):
    """``design`` with its description's figures filled in (left as templates without figures)."""
    from lesson_figures import render
    filled = design.copy()
    if figures is not None:
        filled.description = render(design.description, figures)
    return filled


def _templates(design):
    """The English texts of an example a student reads: name, description, lesson text."""
    return [t for t in (design.name, design.description, (design.lesson or {}).get("text")) if t]


def load_figures():
    from lesson_figures import FIGURES_JSON
    with open(FIGURES_JSON, encoding="utf-8") as f:
        return json.load(f)


def example_texts(figures="file"):
    """Every example's name, description and lesson text as shipped (figures filled in)."""
    from lesson_figures import render
    figures = load_figures() if figures == "file" else figures
    texts = [t for design in EXAMPLES.values() for t in _templates(design)]
    return list(dict.fromkeys(render(t, figures) if figures is not None else t for t in texts))


def korean_catalog(figures, beyond=None):
    """``{English text: Korean text}`` for every example text, both rendered with the same figures
    (``beyond``: the figures of tools/examples_beyond_stacks.py, whose texts are made in code);
    a KeyError names an English template tools/examples_ko.py has no Korean for."""
    from examples_ko import KO, describe_ko
    from lesson_figures import render
    out = {}
    if beyond is not None:
        import examples_beyond_stacks as bs
        korean = describe_ko(beyond, bs.DEEP_TRAINING["epochs"], bs.DIGITS_TRAINING["epochs"])
        for stem, texts in bs.describe(beyond).items():
            out.update(zip(texts, korean[stem]))
    for design in EXAMPLES.values():
        for template in _templates(design):
            if template in KO:
                out[render(template, figures)] = render(KO[template], figures)
            elif template not in out:
                raise KeyError(f"no Korean in tools/examples_ko.py for: {template!r}")
    return out


def main(figures="file"):
    """Write every example; ``figures`` from docs/lesson_figures.json unless given (None: the
    templates as they are, for lesson_figures.py to train the new settings first). With
    figures, also the Korean catalog resources/i18n/examples_ko.json."""
    if figures == "file":
        figures = load_figures()
    import examples_beyond_stacks as beyond_stacks
    beyond = beyond_stacks.figures()  # trains them: their figures are computed
    EXAMPLES.update(beyond_stacks.examples(beyond))
    os.makedirs(OUT, exist_ok=True)
    for name, design in EXAMPLES.items():
        save_design(with_figures(design, figures), os.path.join(OUT, name + ".layerlab"))
        print("wrote", name)
    if figures is not None:
        text = json.dumps(korean_catalog(figures, beyond), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        with open(KO_CATALOG, "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote", os.path.relpath(KO_CATALOG, ROOT))


if __name__ == "__main__":
    main()
