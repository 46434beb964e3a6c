"""The Keras script: a ``keras.Sequential`` built from the registry's ``keras`` declarations."""
import re

from ..equivalents import Code
from ..registry import LAYERS
from .common import WEIGHTS_CODE, call, declaration, is_chain, lit, plan, present, renamed, weights_literal, wiring
from .datacode import data_code

LOSSES = {"categorical_crossentropy": '"sparse_categorical_crossentropy"',
          "binary_crossentropy": '"binary_crossentropy"', "mse": '"mse"',
          "sum_squared_error": "lambda t, y: 0.5 * keras.ops.sum((y - t) ** 2, axis=-1)"}

OPTIMIZERS = {
    "sgd": "keras.optimizers.SGD(learning_rate={lr!r})",
    "momentum": "keras.optimizers.SGD(learning_rate={lr!r}, momentum={momentum!r})",
    "nesterov": "keras.optimizers.SGD(learning_rate={lr!r}, momentum={momentum!r}, nesterov=True)",
    "adagrad": "keras.optimizers.Adagrad(learning_rate={lr!r}, epsilon={eps!r}, initial_accumulator_value=0.0)",
    "rmsprop": "keras.optimizers.RMSprop(learning_rate={lr!r}, rho={alpha!r}, epsilon={eps!r})",
    "adam": "keras.optimizers.Adam(learning_rate={lr!r}, beta_1={beta1!r}, beta_2={beta2!r}, epsilon={eps!r})",
}

_DOC = '''"""A network exported from LayerLab (its name: NAME below).

build_model() returns it as a keras.Sequential (with the trained weights of WEIGHTS, if any);
load_data() returns the design's data as LayerLab trains on it. Run this file to print the
model and train it:

    python <this file> [--epochs N]

Notes: Keras' he_normal and glorot_normal draw from a truncated normal; LayerLab's
from a plain normal. Keras' weight_decay is decoupled (AdamW-style) and not used here.
"""
'''


def export_keras(design, weights_path=None, output_path=None):
    net, s, names, layers = plan(design)
    l1, l2 = float(s["l1"]), float(s["l2"])
    chain = is_chain(net, [layer[0] for layer in layers])
    wires, kept_input = wiring(net, [layer[0] for layer in layers], names)
    # A chain is a keras.Sequential; a graph (merges, branches) is built with Keras' functional API.
    layer_lines = ["        keras.Input(shape=INPUT_SHAPE),"] if chain else \
        ["    inputs = keras.Input(shape=INPUT_SHAPE)", "    x = inputs"] + ([f"    {kept_input} = x"] if kept_input else [])
    set_lines = []
    for nid, attr, kind, p, in_shape in layers:
        decl = declaration(kind, "keras", nid)
        extra = []
        if l1 or l2:
            penalised = set(present(net, nid, LAYERS[kind].penalised))
            extra = [f"{keyword}={Code(f'keras.regularizers.L1L2(l1={l1!r}, l2={l2!r})')}"
                     for ours, keyword in decl.regularizers if ours in penalised]
        extra.append(f"name={lit(attr)}")
        if chain:
            layer_lines.append(f"        {call(decl, p, in_shape, extra)},")
        else:
            args, kept = wires[nid]
            reads = f"[{', '.join(args)}]" if LAYERS[kind].inputs > 1 else args[0]
            layer_lines.append(f"    x = {call(decl, p, in_shape, extra)}({reads})")
            if kept:
                layer_lines.append(f"    {kept} = x")
        arrays = [f"arrays[{lit(nid + '.' + ours)}]" for ours in present(net, nid, decl.weights)]
        if arrays:
            set_lines.append(f"            model.get_layer({lit(attr)}).set_weights([{', '.join(arrays)}])")

    weights, next_to_script = weights_literal(weights_path, output_path)
    imports, data_constants, data_functions = data_code(design, net.shapes[net.input_id])
    optimizer = OPTIMIZERS[s["optimizer"]["type"]].format(**{k: v for k, v in s["optimizer"].items() if k != "type"})
    model_name = re.sub(r"[^A-Za-z0-9_]", "_", design.name)[:60] or "layerlab"
    head = [_DOC, "import argparse", *imports, "import os", "", "import numpy as np", "import keras",
            "from keras import layers", "",
            f"NAME = {lit(design.name)}", f"WEIGHTS = {weights}",
            f"WEIGHTS_NEXT_TO_SCRIPT = {next_to_script!r}",
            f"BATCH_SIZE = {lit(int(s['batch_size']))}", f"EPOCHS = {lit(int(s['epochs']))}",
            data_constants + renamed(names)]
    layers_body = "\n".join(layer_lines)
    model_code = (f"    model = keras.Sequential([\n{layers_body}\n    ], name={lit(model_name)})" if chain else
                  f"{layers_body}\n    model = keras.Model(inputs, x, name={lit(model_name)})")
    set_body = "\n".join(set_lines) or "            pass"
    return "\n".join(head) + f'''
{WEIGHTS_CODE}

def build_model(weights=None):
    """The network; with ``weights`` (a LayerLab .npz; WEIGHTS by default), its trained parameters."""
{model_code}
    weights = weights_file(weights)
    if weights:
        with np.load(weights, allow_pickle=False) as arrays:
{set_body}
    return model


def make_optimizer():
    """The design's optimizer."""
    return {optimizer}


def compile_model(model, task):
    """Compiles ``model`` with the design's optimizer and loss."""
    metrics = ["accuracy"] if task == "classification" else ["mae"]
    model.compile(optimizer=make_optimizer(), loss={LOSSES[s["loss"]]}, metrics=metrics)
    return model


{data_functions}

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    args = ap.parse_args()
    keras.utils.set_random_seed(SEED)
    x_train, y_train, x_val, y_val, task = load_data()
    model = compile_model(build_model(), task)
    model.summary()
    shuffle = np.random.default_rng(run_seeds(SEED)[2])  # LayerLab's order of samples, epoch by epoch
    for epoch in range(1, args.epochs + 1):
        order = shuffle.permutation(len(x_train))
        history = model.fit(x_train[order], y_train[order], batch_size=BATCH_SIZE, epochs=1, shuffle=False,
                            validation_data=(x_val, y_val) if len(x_val) else None, verbose=0).history
        print(f"epoch {{epoch}}/{{args.epochs}}  " + "  ".join(f"{{k}} {{v[-1]:.4f}}" for k, v in history.items()),
              flush=True)


if __name__ == "__main__":
    main()
'''
