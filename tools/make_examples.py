"""Write the example designs under resources/examples/ (run again after changing them).

Each example is a design with a description that says what it teaches.
Run: python tools/make_examples.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from core.design import Design, save_design  # noqa: E402

OUT = os.path.join(ROOT, "resources", "examples")


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

EXAMPLES = {
    # The design-file contract's own example, node ids and all.
    "xor": Design.from_dict({
        "format": "layerlab-design", "version": 1, "name": "XOR, one hidden layer",
        "description": "XOR: the points of a class sit in opposite corners, so no single straight line "
                       "separates them. One hidden layer of 8 ReLU units bends the plane and reaches 100% "
                       "accuracy. Compare with 'XOR, no hidden layer'.",
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
        description="A single Dense layer draws one straight line, and XOR needs two: accuracy stays near 50-75% "
                    "however long it trains. This is Minsky and Papert's objection to the perceptron; "
                    "'XOR, one hidden layer' answers it."),
    "spiral": Design.sequential(
        [2], [dense(64, "he_normal"), "ReLU", dense(64, "he_normal"), "ReLU", dense(3), "Softmax"],
        {"data": {"source": "toy", "name": "spiral", "samples": 900, "noise": 0.1, "classes": 3},
         "optimizer": {"type": "adam", "lr": 0.01}, "epochs": 300},
        name="Three spirals",
        description="Three interleaved spiral arms: a boundary no line or circle can draw. Two hidden layers "
                    "of ReLU units learn it; watch the decision boundary wind itself around the arms."),
    "digits": Design.sequential(
        [64], [dense(128, "he_normal"), "ReLU", dense(64, "he_normal"), "ReLU", dense(10), "Softmax"],
        {"data": DIGITS, "optimizer": {"type": "adam", "lr": 0.001}, "epochs": 30, "batch_size": 32},
        name="Handwritten digits (8x8)",
        description="1,797 handwritten digits of 8x8 pixels, 10 classes. A 64-128-64-10 ReLU network, "
                    "Keras' classic MNIST recipe at small scale, passes 95% validation accuracy in seconds."),
    "sine": Design.sequential(
        [1], [dense(32), "Tanh", dense(32), "Tanh", dense(1)],
        {"data": {"source": "toy", "name": "sine", "samples": 400, "noise": 0.1}, "loss": "mse",
         "optimizer": {"type": "adam", "lr": 0.01}, "epochs": 200},
        name="Sine regression",
        description="Regression: fit y = sin(x) from noisy samples with mean squared error. The metric is the "
                    "mean absolute error (MAE); with noise 0.1 it cannot go much below 0.08."),
    "vanishing_sigmoid": Design.sequential(
        [2], stack(6, "Sigmoid", 32, "xavier_normal", SOFTMAX2),
        {"data": MOONS, "optimizer": {"type": "sgd", "lr": 0.1}, "epochs": 100},
        name="Vanishing gradients: 6 Sigmoid layers",
        description="Six Sigmoid layers trained by plain SGD. A Sigmoid's slope is at most 0.25, so the gradient "
                    "shrinks at every layer on its way down: the first layer's gradient norm is about a "
                    "thousandth of the last one's and the network barely learns. Open 'Vanishing gradients: "
                    "6 ReLU layers' and compare the gradient norms."),
    "vanishing_relu": Design.sequential(
        [2], stack(6, "ReLU", 32, "he_normal", SOFTMAX2),
        {"data": MOONS, "optimizer": {"type": "sgd", "lr": 0.1}, "epochs": 100},
        name="Vanishing gradients: 6 ReLU layers",
        description="The same six layers with ReLU and He initialisation. ReLU's slope is 1 where it is active, "
                    "so gradients reach the first layer at the same order of magnitude, and the network learns "
                    "the moons in a few dozen epochs."),
    "init_std_1": Design.sequential(
        [64], [("Dense", {"units": 100, "init": "normal", "std": 1.0}), "Sigmoid"] * 5 + [dense(10), "Softmax"],
        {"data": DIGITS, "optimizer": {"type": "sgd", "lr": 0.01}, "epochs": 5},
        name="Initialisation: std 1",
        description="Five layers of 100 Sigmoid units, weights drawn with standard deviation 1 (Deep Learning "
                    "from Scratch, chapter 6). The activations pile up at 0 and 1, where the Sigmoid is flat: "
                    "saturated units pass almost no gradient back."),
    "init_std_001": Design.sequential(
        [64], [("Dense", {"units": 100, "init": "normal", "std": 0.01}), "Sigmoid"] * 5 + [dense(10), "Softmax"],
        {"data": DIGITS, "optimizer": {"type": "sgd", "lr": 0.01}, "epochs": 5},
        name="Initialisation: std 0.01",
        description="The same five Sigmoid layers with weights of standard deviation 0.01: every activation "
                    "collapses to 0.5. All units compute the same thing, so a hundred units are no better than one."),
    "init_xavier": Design.sequential(
        [64], stack(5, "Sigmoid", 100, "xavier_normal", []) + [dense(10), "Softmax"],
        {"data": DIGITS, "optimizer": {"type": "sgd", "lr": 0.01}, "epochs": 5},
        name="Initialisation: Xavier",
        description="Xavier (Glorot) initialisation scales the weights by sqrt(2 / (fan_in + fan_out)): "
                    "the activations keep a healthy spread in every layer."),
    "init_relu_he": Design.sequential(
        [64], stack(5, "ReLU", 100, "he_normal", []) + [dense(10), "Softmax"],
        {"data": DIGITS, "optimizer": {"type": "sgd", "lr": 0.01}, "epochs": 5},
        name="Initialisation: ReLU with He",
        description="For ReLU, He initialisation (std sqrt(2 / fan_in)) makes up for the half of the units "
                    "that are off: the spread of the activations stays the same from layer to layer."),
    "optimizer_race": Design.sequential(
        [2], [dense(32, "he_normal"), "ReLU", dense(32, "he_normal"), "ReLU", dense(3), "Softmax"],
        {"data": {"source": "toy", "name": "spiral", "samples": 600, "noise": 0.1, "classes": 3},
         "optimizer": {"type": "sgd", "lr": 0.05}, "epochs": 100},
        name="Optimizer race",
        description="One network, six optimizers: use Run variants with 'optimizer' to train it with SGD, "
                    "Momentum, Nesterov, AdaGrad, RMSprop and Adam and overlay their loss curves."),
    "overfit": Design.sequential(
        [2], [dense(256, "he_normal"), "ReLU", dense(256, "he_normal"), "ReLU", dense(2), "Softmax"],
        {"data": OVERFIT_DATA, "validation_split": 0.5, "optimizer": {"type": "adam", "lr": 0.003}, "epochs": 300},
        name="Overfitting",
        description="A big network on 50 noisy training points: the validation loss is lowest around epoch "
                    "20, then climbs while the training loss keeps falling. Compare with the dropout, L2 and early stopping versions."),
    "overfit_dropout": Design.sequential(
        [2], [dense(256, "he_normal"), "ReLU", ("Dropout", {"rate": 0.5}), dense(256, "he_normal"), "ReLU",
              ("Dropout", {"rate": 0.5}), dense(2), "Softmax"],
        {"data": OVERFIT_DATA, "validation_split": 0.5, "optimizer": {"type": "adam", "lr": 0.003}, "epochs": 300},
        name="Overfitting tamed: dropout",
        description="The overfitting network with Dropout(0.5) after each hidden layer: no unit can rely on "
                    "another, and the validation loss stays down."),
    "overfit_l2": Design.sequential(
        [2], [dense(256, "he_normal"), "ReLU", dense(256, "he_normal"), "ReLU", dense(2), "Softmax"],
        {"data": OVERFIT_DATA, "l2": 0.001, "validation_split": 0.5, "optimizer": {"type": "adam", "lr": 0.003},
         "epochs": 300},
        name="Overfitting tamed: L2",
        description="The overfitting network with an L2 penalty (0.001 * sum of squared weights): large weights "
                    "cost loss, the boundary stays smooth."),
    "overfit_early_stopping": Design.sequential(
        [2], [dense(256, "he_normal"), "ReLU", dense(256, "he_normal"), "ReLU", dense(2), "Softmax"],
        {"data": OVERFIT_DATA, "validation_split": 0.5, "optimizer": {"type": "adam", "lr": 0.003}, "epochs": 300,
         "early_stopping": {"enabled": True, "monitor": "val_loss", "patience": 20, "restore_best_weights": True}},
        name="Overfitting tamed: early stopping",
        description="The overfitting network, stopped when the validation loss has not improved for 20 epochs, "
                    "with the best epoch's weights restored (Keras' EarlyStopping)."),
    "deep_plain": Design.sequential(
        [64], stack(8, "Sigmoid", 64, "xavier_normal", []) + [dense(10), "Softmax"],
        {"data": DIGITS, "optimizer": {"type": "sgd", "lr": 0.1}, "epochs": 20},
        name="Deep Sigmoid network without batch normalisation",
        description="Eight Sigmoid layers trained by plain SGD on the digits: the loss hardly moves from "
                    "log(10) = 2.30 in 20 epochs. Compare with the batch-normalised version."),
    "deep_batchnorm": Design.sequential(
        [64], [x for _ in range(8) for x in (dense(64, "xavier_normal", use_bias=False), "BatchNorm", "Sigmoid")]
        + [dense(10), "Softmax"],
        {"data": DIGITS, "optimizer": {"type": "sgd", "lr": 0.1}, "epochs": 20},
        name="Deep Sigmoid network with batch normalisation",
        description="The same eight Sigmoid layers with BatchNorm before each activation: every layer sees "
                    "inputs centred in the Sigmoid's steep middle, gradients flow, and the network passes 95% "
                    "validation accuracy in 20 epochs of the same SGD."),
}

if __name__ == "__main__":
    from examples_beyond_stacks import examples as beyond_stacks  # trains them: their figures are computed
    EXAMPLES.update(beyond_stacks())
    os.makedirs(OUT, exist_ok=True)
    for name, design in EXAMPLES.items():
        save_design(design, os.path.join(OUT, name + ".layerlab"))
        print("wrote", name)
