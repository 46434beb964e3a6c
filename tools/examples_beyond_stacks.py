"""The examples beyond plain stacks (issue 18): residual connections and convolution.

Their descriptions quote numbers; :func:`examples` trains the designs to get them, so the
text cannot drift from the engine (tests/core/test_residual_and_cnn_lessons.py checks them
the same way). Used by tools/make_examples.py.
"""
import numpy as np
from threadpoolctl import threadpool_limits

from core.design import Design
from core.training import Trainer

DIGITS = {"source": "builtin", "name": "digits"}
DEPTH = 20
WIDTH = 32
#: Plain SGD, as in the vanishing-gradient lessons: Adam would rescale a vanished gradient back up.
DEEP_TRAINING = {"data": DIGITS, "optimizer": {"type": "sgd", "lr": 0.1}, "epochs": 10, "batch_size": 32}
DIGITS_TRAINING = {"data": DIGITS, "optimizer": {"type": "adam", "lr": 0.001}, "epochs": 10, "batch_size": 32}


def deep_sigmoid(residual):
    """A stem, DEPTH blocks of Dense + Sigmoid (each added to its own input when ``residual``), a Softmax head.

    Laid out in columns of five blocks, each Add beside its Sigmoid, so the canvas shows it without
    zooming far out.
    """
    nodes = [{"id": "in", "type": "Input", "params": {"shape": [64]}, "pos": [0, 0]},
             {"id": "stem", "type": "Dense", "params": {"units": WIDTH, "init": "xavier_normal"}, "pos": [0, 90]}]
    edges = [["in", "stem"]]
    prev = "stem"
    for i in range(1, DEPTH + 1):
        col, row = divmod(i - 1, 5)
        x, y = 480 * col, 180 + 180 * row
        nodes += [{"id": f"dense{i}", "type": "Dense", "params": {"units": WIDTH, "init": "xavier_normal"},
                   "pos": [x, y]},
                  {"id": f"sigmoid{i}", "type": "Sigmoid", "params": {}, "pos": [x, y + 90]}]
        edges += [[prev, f"dense{i}"], [f"dense{i}", f"sigmoid{i}"]]
        out = f"sigmoid{i}"
        if residual:
            nodes.append({"id": f"add{i}", "type": "Add", "params": {}, "pos": [x + 220, y + 90]})
            edges += [[out, f"add{i}"], [prev, f"add{i}"]]
            out = f"add{i}"
        prev = out
    nodes += [{"id": "head", "type": "Dense", "params": {"units": 10}, "pos": [480 * 4, 180]},
              {"id": "out", "type": "Softmax", "params": {}, "pos": [480 * 4, 270]}]
    edges += [[prev, "head"], ["head", "out"]]
    return {"format": "layerlab-design", "version": 1, "nodes": nodes, "edges": edges,
            "training": dict(DEEP_TRAINING)}


def digits_cnn():
    return Design.sequential(
        [8, 8, 1], [("Conv2D", {"filters": 16, "kernel_size": 3, "padding": "same", "init": "he_normal"}), "ReLU",
                    ("MaxPool2D", {"pool_size": 2}),
                    ("Conv2D", {"filters": 32, "kernel_size": 3, "padding": "same", "init": "he_normal"}), "ReLU",
                    "Flatten", ("Dense", {"units": 10}), "Softmax"], DIGITS_TRAINING)


def digits_dense():
    return Design.sequential(
        [64], [("Dense", {"units": 128, "init": "he_normal"}), "ReLU", ("Dense", {"units": 64, "init": "he_normal"}),
               "ReLU", ("Dense", {"units": 10}), "Softmax"], DIGITS_TRAINING)


def run(design):
    """(final validation accuracy, first Dense layer's weight-gradient norm at the start, parameter count)."""
    with threadpool_limits(1):  # small matrices: one BLAS thread is faster, and far faster on a busy machine
        trainer = Trainer(design, layer_stats=False)
        start = {layer.node_id: layer for layer in trainer.start_report().layers}
        first = next(nid for nid in trainer.net.order if trainer.net.types[nid] == "Dense")
        grad = start[first].weight_grad_norms["W"]
        result = trainer.fit()
    return result.history["val_accuracy"][-1], grad, trainer.net.total_params


def figures():
    """Every number the descriptions quote."""
    plain, residual = Design.from_dict(deep_sigmoid(False)), Design.from_dict(deep_sigmoid(True))
    f = {}
    f["plain_acc"], f["plain_grad"], _ = run(plain)
    f["residual_acc"], f["residual_grad"], _ = run(residual)
    f["cnn_acc"], _, f["cnn_params"] = run(digits_cnn())
    f["dense_acc"], _, f["dense_params"] = run(digits_dense())
    return f


def describe(f):
    """The descriptions, with the figures formatted as the test looks for them."""
    epochs = DEEP_TRAINING["epochs"]
    return {
        "deep20_plain": (
            "Twenty layers, plain",
            f"Twenty Dense + Sigmoid layers on the digits, trained by plain SGD. Each Sigmoid passes at most a "
            f"quarter of the gradient back, twenty times over: at the start the gradient reaching the first "
            f"layer's weights has a norm of {f['plain_grad']:.1e}, the lower layers never learn, and validation "
            f"accuracy is {f['plain_acc']:.0%} after {epochs} epochs (chance for 10 classes). Compare with "
            f"'Twenty layers, residual'."),
        "deep20_residual": (
            "Twenty layers, residual",
            f"The same twenty layers, each block's input added to its output (Add: x + sigmoid(Wx + b), a "
            f"residual connection, as in ResNet). The Add passes the gradient down unchanged beside every "
            f"Sigmoid: the first layer's weights get a gradient of norm {f['residual_grad']:.2f} at the start "
            f"instead of {f['plain_grad']:.1e}, and validation accuracy reaches {f['residual_acc']:.0%} in the "
            f"same {epochs} epochs of SGD."),
        "digits_cnn": (
            "Digits as images: a CNN",
            f"The digits as 8x8 images with one channel (Input [8, 8, 1]): two 3x3 convolutions, 16 and 32 "
            f"filters, with max pooling between them. The same small filters slide over the whole image, so "
            f"the network has only {f['cnn_params']:,} parameters against the dense network's "
            f"{f['dense_params']:,}, and reaches {f['cnn_acc']:.1%} validation accuracy against "
            f"{f['dense_acc']:.1%} in the same {DIGITS_TRAINING['epochs']} epochs of Adam. Compare with "
            f"'Digits as a dense network'."),
        "digits_dense": (
            "Digits as a dense network",
            f"The digits as 64 numbers, through Dense layers of 128 and 64 ReLU units: {f['dense_params']:,} "
            f"parameters and {f['dense_acc']:.1%} validation accuracy after {DIGITS_TRAINING['epochs']} epochs. "
            f"Every pixel has its own weights, and the network cannot know which pixels are neighbours. "
            f"Compare with 'Digits as images: a CNN'."),
    }


#: Each example's route to its lesson (core/lesson_route.py): train both of a pair, then compare.
LESSONS = {
    "deep20_plain": {"text": "Train, then compare with the residual version: Runs → Gradients by layer",
                     "action": {"kind": "compare", "with": ["deep20_residual.layerlab"], "view": "runs.gradients"}},
    "deep20_residual": {"text": "Train, then compare with the plain version: Runs → Gradients by layer",
                        "action": {"kind": "compare", "with": ["deep20_plain.layerlab"], "view": "runs.gradients"}},
    "digits_cnn": {"text": "Train, then compare with the dense network: Runs → Accuracy",
                   "action": {"kind": "compare", "with": ["digits_dense.layerlab"], "view": "runs.accuracy"}},
    "digits_dense": {"text": "Train, then compare with the CNN: Runs → Accuracy",
                     "action": {"kind": "compare", "with": ["digits_cnn.layerlab"], "view": "runs.accuracy"}},
}


def examples(f=None):
    """{file stem: Design}, descriptions filled in with ``f`` (default: freshly computed figures)."""
    designs = {"deep20_plain": deep_sigmoid(False), "deep20_residual": deep_sigmoid(True),
               "digits_cnn": digits_cnn().to_dict(), "digits_dense": digits_dense().to_dict()}
    out = {}
    for stem, (name, description) in describe(figures() if f is None else f).items():
        d = designs[stem]
        d.update(name=name, description=description, lesson=LESSONS[stem])
        out[stem] = Design.from_dict(d)
    return out


if __name__ == "__main__":
    np.set_printoptions(precision=3)
    for stem, (name, text) in describe(figures()).items():
        print(f"{stem}: {text}\n")
