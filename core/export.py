"""Export a design as a readable, runnable PyTorch or Keras script.

The script defines ``build_model()`` (with the trained weights of ``--weights``
loaded, when given); run as a script it prints the model and then trains it
with the design's loss, optimizer, batch size, epochs and data. The PyTorch
script, launched with ``torchrun --nproc_per_node=N``, trains with
DistributedDataParallel (gloo on CPU, nccl on GPUs) and a DistributedSampler.
"""
import inspect
import keyword
import os
import re

from . import data as data_module
from .errors import DesignError
from .network import build_network

KERAS_INITS = {"zeros": '"zeros"', "xavier_normal": '"glorot_normal"', "xavier_uniform": '"glorot_uniform"',
               "he_normal": '"he_normal"', "he_uniform": '"he_uniform"'}


def _names(order):
    """Python attribute names for node ids (valid, unique, readable)."""
    names, used = {}, set()
    for nid in order:
        base = re.sub(r"\W", "_", nid) or "layer"
        if base[0].isdigit() or keyword.iskeyword(base) or base in ("forward", "training"):
            base = "n_" + base
        name, i = base, 2
        while name in used:
            name, i = f"{base}_{i}", i + 1
        used.add(name)
        names[nid] = name
    return names


def _weights_ref(weights_path, output_path):
    """How the script finds the weights: relative to itself when written next to them."""
    if not weights_path:
        return "None"
    if output_path:
        rel = os.path.relpath(os.path.abspath(weights_path), os.path.dirname(os.path.abspath(output_path)))
        return f"os.path.join(os.path.dirname(os.path.abspath(__file__)), {rel!r})"
    return repr(os.path.abspath(weights_path))


def _data_code(design):
    """Source of ``load_data()``: the same toy generator, bundled file or CSV as the design."""
    d = design.settings()["data"]
    source = d["source"]
    lines = ["# -- data: the design's dataset, split and scaled as in LayerLab --------------------------"]
    if source == "toy":
        fn = data_module.TOY[d["name"]]
        lines.append(inspect.getsource(fn).rstrip())
        lines.append("")
        lines.append("")
        lines.append("def load_raw():")
        lines.append(f"    rng = np.random.default_rng(SEED)")
        lines.append(f"    x, y = {fn.__name__}({d['samples']}, {d['noise']!r}, rng, {d.get('classes', 2)})")
        task = "regression" if d["name"] == "sine" else "classification"
        lines.append(f"    return x, y, {task!r}")
    else:
        if source == "builtin":
            path = os.path.join(data_module.DATASETS_DIR, f"{d['name']}.csv")
            target, task = "target", "classification"
            where = f"LAYERLAB_DATA = {path!r}  # LayerLab's bundled copy; set your own path if it moved"
        else:
            path = d["path"]
            if not os.path.isabs(path):
                path = os.path.join(design.base_dir, path)
            target, task = d["target"], d["task"]
            where = f"LAYERLAB_DATA = {os.path.abspath(path)!r}"
        lines += [where, "", "",
                  "def load_raw():",
                  "    with open(LAYERLAB_DATA, encoding='utf-8-sig') as f:",
                  "        header = [h.strip() for h in f.readline().split(',')]",
                  "        rows = [line.strip().split(',') for line in f if line.strip()]",
                  f"    col = header.index({target!r})",
                  "    x = np.array([[float(v) for j, v in enumerate(r) if j != col] for r in rows])",
                  "    labels = [r[col].strip() for r in rows]",
                  f"    if {task!r} == 'regression':",
                  "        return x, np.array([float(v) for v in labels]), 'regression'",
                  "    classes = sorted(set(labels), key=lambda v: (not _is_number(v), float(v) if _is_number(v) else 0, v))",
                  "    index = {c: i for i, c in enumerate(classes)}",
                  "    return x, np.array([index[v] for v in labels]), 'classification'",
                  "",
                  "",
                  "def _is_number(text):",
                  "    try:",
                  "        float(text)",
                  "        return True",
                  "    except ValueError:",
                  "        return False"]
    s = design.settings()
    lines += ["", "", '''def load_data():
    """Train/validation split (stratified for classification), scaled on the training part only."""
    x, y, task = load_raw()
    rng = np.random.default_rng(SEED)
    n = len(x)
    if task == "classification":
        val = []
        for c in np.unique(y):
            idx = rng.permutation(np.flatnonzero(y == c))
            k = min(max(int(round(len(idx) * VALIDATION_SPLIT)), 1), len(idx) - 1) if VALIDATION_SPLIT > 0 else 0
            val.append(idx[:k])
        val = np.concatenate(val)
    else:
        val = rng.permutation(n)[:int(round(n * VALIDATION_SPLIT))]
    train = np.setdiff1d(np.arange(n), val)
    if SCALING == "standard":
        shift, scale = x[train].mean(axis=0), x[train].std(axis=0)
    elif SCALING == "minmax":
        shift, scale = x[train].min(axis=0), x[train].max(axis=0) - x[train].min(axis=0)
    else:
        shift, scale = np.zeros(x.shape[1]), np.ones(x.shape[1])
    scale = np.where(scale > 0, scale, 1.0)
    x = ((x - shift) / scale).reshape((n,) + INPUT_SHAPE)
    return x[train], y[train], x[val], y[val], task''']
    header = [f"SEED = {s['seed']}", f"VALIDATION_SPLIT = {s['validation_split']!r}", f"SCALING = {s['scaling']!r}"]
    return "\n".join(header) + "\n\n\n" + "\n".join(lines) + "\n"


def _torch_module(name, kind, p, in_shape):
    if kind == "Dense":
        return f"nn.Linear({in_shape[0]}, {p['units']}, bias={p['use_bias']})"
    if kind == "BatchNorm":
        return f"nn.BatchNorm1d({in_shape[0]}, eps={p['eps']!r}, momentum={1 - p['momentum']!r})  # torch's momentum = 1 - Keras'"
    if kind == "Dropout":
        return f"nn.Dropout(p={p['rate']!r})"
    if kind == "LeakyReLU":
        return f"nn.LeakyReLU({p['alpha']!r})"
    if kind == "Softmax":
        return "nn.Softmax(dim=-1)"
    if kind == "Step":
        return "Step()"
    return f"nn.{kind}()"  # ReLU, Sigmoid, Tanh, Flatten


def _torch_init(name, p):
    init = p["init"]
    w = f"self.{name}.weight"
    lines = {
        "zeros": f"nn.init.zeros_({w})",
        "normal": f"nn.init.normal_({w}, std={p['std']!r})",
        "xavier_normal": f"nn.init.xavier_normal_({w})",
        "xavier_uniform": f"nn.init.xavier_uniform_({w})",
        "he_normal": f"nn.init.kaiming_normal_({w}, nonlinearity='relu')",
        "he_uniform": f"nn.init.kaiming_uniform_({w}, nonlinearity='relu')",
    }
    out = [lines[init]]
    if p["use_bias"]:
        out.append(f"nn.init.zeros_(self.{name}.bias)")
    return out


TORCH_OPTIMIZERS = {
    "sgd": "torch.optim.SGD(params, lr={lr!r}, weight_decay={weight_decay!r})",
    "momentum": "torch.optim.SGD(params, lr={lr!r}, momentum={momentum!r}, weight_decay={weight_decay!r})",
    "nesterov": "torch.optim.SGD(params, lr={lr!r}, momentum={momentum!r}, nesterov=True, "
                "weight_decay={weight_decay!r})",
    "adagrad": "torch.optim.Adagrad(params, lr={lr!r}, eps={eps!r}, weight_decay={weight_decay!r})",
    "rmsprop": "torch.optim.RMSprop(params, lr={lr!r}, alpha={alpha!r}, eps={eps!r}, weight_decay={weight_decay!r})",
    "adam": "torch.optim.Adam(params, lr={lr!r}, betas=({beta1!r}, {beta2!r}), eps={eps!r}, "
            "weight_decay={weight_decay!r})",
}


def export_pytorch(design, weights_path=None, output_path=None):
    net = build_network(design)
    s = design.settings()
    order = [nid for nid in net.order if nid != net.input_id]
    names = _names(order)
    nodes = {n.id: n for n in design.nodes}
    fused = net._fused
    in_shape = net.shapes[net.input_id]

    init_lines, body, ctor = [], [], []
    for nid in order:
        name, kind = names[nid], net.types[nid]
        p = nodes[nid].resolved()
        src = net._input_of[nid]
        ctor.append(f"        self.{name} = {_torch_module(name, kind, p, net.shapes[src])}")
        if kind == "Dense":
            init_lines += _torch_init(name, p)
    for nid in order:
        if fused and nid == net.output_id:
            body.append("        if logits:  # the loss applies this activation itself, stably")
            body.append("            return x")
        body.append(f"        x = self.{names[nid]}(x)")

    loss = s["loss"]
    loss_code = {"categorical_crossentropy": "nn.CrossEntropyLoss()",
                 "binary_crossentropy": "nn.BCEWithLogitsLoss()",
                 "mse": "nn.MSELoss()"}[loss]
    weights_map = []
    for nid in order:
        kind, name = net.types[nid], names[nid]
        if kind == "Dense":
            weights_map.append(f"        {name + '.weight'!r}: arrays[{nid + '.W'!r}].T,")
            if nodes[nid].resolved()["use_bias"]:
                weights_map.append(f"        {name + '.bias'!r}: arrays[{nid + '.b'!r}],")
        elif kind == "BatchNorm":
            for ours, theirs in (("gamma", "weight"), ("beta", "bias"), ("running_mean", "running_mean"),
                                 ("running_var", "running_var")):
                weights_map.append(f"        {name + '.' + theirs!r}: arrays[{nid + '.' + ours!r}],")
    opt = TORCH_OPTIMIZERS[s["optimizer"]["type"]].format(**s["optimizer"])
    has_step = any(net.types[n] == "Step" for n in order)

    out = [f'''"""{design.name}: exported from LayerLab.

build_model() returns the network as a torch.nn.Module{" with the trained weights" if weights_path else ""}.
Run it as a script to print the model and train it on the design's data:

    python {os.path.basename(output_path) if output_path else "model.py"} [--epochs N]
    torchrun --nproc_per_node=2 {os.path.basename(output_path) if output_path else "model.py"}   # DistributedDataParallel
"""
import argparse
import os
import sys
from collections import OrderedDict

import numpy as np
import torch
import torch.distributed as dist
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from torch.utils.data.distributed import DistributedSampler

INPUT_SHAPE = {tuple(in_shape)!r}
WEIGHTS = {_weights_ref(weights_path, output_path)}
LOSS = {loss!r}
L1, L2 = {s["l1"]!r}, {s["l2"]!r}
BATCH_SIZE = {s["batch_size"]}
EPOCHS = {s["epochs"]}
''']
    if has_step:
        out.append('''

class Step(nn.Module):
    """The perceptron's step: 1 for x > 0, else 0 (its gradient is zero)."""

    def forward(self, x):
        return (x > 0).to(x.dtype)
''')
    out.append(f'''

class Net(nn.Module):
    def __init__(self):
        super().__init__()
{chr(10).join(ctor)}
        with torch.no_grad():  # LayerLab's initialisers
{chr(10).join("            " + ln for ln in init_lines) or "            pass"}

    def forward(self, x, logits=False):
{chr(10).join(body)}
        return x


def build_model(weights=WEIGHTS):
    """The network; with ``weights`` (a LayerLab .npz), its trained parameters."""
    model = Net()
    if weights:
        with np.load(weights, allow_pickle=False) as arrays:
            state = {{k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in {{
{chr(10).join(weights_map)}
            }}.items()}}
        missing = set(model.state_dict()) - set(state) - {{k for k in model.state_dict() if k.endswith("num_batches_tracked")}}
        assert not missing, f"weights file lacks {{missing}}"
        model.load_state_dict(state, strict=False)
    return model


def penalty(model):
    """Keras-style regularisation: L1 * sum|W| + L2 * sum W^2 over every Linear weight."""
    total = 0.0
    for m in model.modules():
        if isinstance(m, nn.Linear):
            if L1:
                total = total + L1 * m.weight.abs().sum()
            if L2:
                total = total + L2 * (m.weight ** 2).sum()
    return total


''')
    out.append(_data_code(design))
    out.append(f'''

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    args = ap.parse_args()
    distributed = int(os.environ.get("WORLD_SIZE", "1")) > 1
    rank = 0
    device = torch.device("cpu")
    if distributed:
        dist.init_process_group("nccl" if torch.cuda.is_available() else "gloo")
        rank = dist.get_rank()
        if torch.cuda.is_available():
            device = torch.device("cuda", int(os.environ["LOCAL_RANK"]))
            torch.cuda.set_device(device)
    torch.manual_seed(SEED)
    x_train, y_train, x_val, y_val, task = load_data()
    classification = task == "classification"

    def targets(y):
        if LOSS == "categorical_crossentropy":
            return torch.as_tensor(y, dtype=torch.long)
        t = torch.as_tensor(y, dtype=torch.float32)
        if LOSS == "mse" and classification:  # one-hot targets, as LayerLab does
            return nn.functional.one_hot(torch.as_tensor(y), {net.shapes[net.output_id][0]}).float()
        return t.reshape(-1, 1)

    train = TensorDataset(torch.as_tensor(x_train, dtype=torch.float32), targets(y_train))
    sampler = DistributedSampler(train, shuffle=True, seed=SEED) if distributed else None
    loader = DataLoader(train, batch_size=BATCH_SIZE, shuffle=sampler is None, sampler=sampler)
    xv, tv = torch.as_tensor(x_val, dtype=torch.float32, device=device), targets(y_val).to(device)

    model = build_model().to(device)
    if rank == 0:
        print(model)
    net = nn.parallel.DistributedDataParallel(model, device_ids=[device.index] if device.type == "cuda" else None) \\
        if distributed else model
    params = net.parameters()
    optimizer = {opt}
    loss_fn = {loss_code}
    fused = LOSS != "mse"
    for epoch in range(1, args.epochs + 1):
        if sampler is not None:
            sampler.set_epoch(epoch)
        net.train()
        total, count = 0.0, 0
        for xb, tb in loader:
            xb, tb = xb.to(device), tb.to(device)
            optimizer.zero_grad()
            loss = loss_fn(net(xb, logits=fused), tb) + penalty(model)
            loss.backward()
            optimizer.step()
            total += loss.item() * len(xb)
            count += len(xb)
        if rank == 0:
            line = f"epoch {{epoch}}/{{args.epochs}}  loss {{total / count:.4f}}"
            if len(xv):
                net.eval()
                with torch.no_grad():
                    out = model(xv)
                    val_loss = loss_fn(model(xv, logits=fused), tv).item()
                if not classification:
                    line += f"  val_loss {{val_loss:.4f}}  val_mae {{(out - tv).abs().mean().item():.4f}}"
                else:
                    pred = (out[:, 0] > 0.5).long() if out.shape[1] == 1 else out.argmax(dim=1)
                    acc = (pred == torch.as_tensor(y_val, device=device)).float().mean().item()
                    line += f"  val_loss {{val_loss:.4f}}  val_accuracy {{acc:.4f}}"
            print(line, flush=True)
    if distributed:
        dist.barrier()  # every rank is done before any tears down
        dist.destroy_process_group()
        # torch 2.13's gloo can leave a joinable C++ thread behind, and the interpreter's exit then
        # aborts ("terminate called without an active exception") in about one run in six. All work
        # is done and flushed here, so leave without running C++ destructors.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


if __name__ == "__main__":
    main()
''')
    return "".join(out)


KERAS_OPTIMIZERS = {
    "sgd": "keras.optimizers.SGD(learning_rate={lr!r})",
    "momentum": "keras.optimizers.SGD(learning_rate={lr!r}, momentum={momentum!r})",
    "nesterov": "keras.optimizers.SGD(learning_rate={lr!r}, momentum={momentum!r}, nesterov=True)",
    "adagrad": "keras.optimizers.Adagrad(learning_rate={lr!r}, epsilon={eps!r}, initial_accumulator_value=0.0)",
    "rmsprop": "keras.optimizers.RMSprop(learning_rate={lr!r}, rho={alpha!r}, epsilon={eps!r})",
    "adam": "keras.optimizers.Adam(learning_rate={lr!r}, beta_1={beta1!r}, beta_2={beta2!r}, epsilon={eps!r})",
}


def _keras_layer(nid, kind, p, l1, l2):
    name = f"name={nid!r}"
    if kind == "Dense":
        init = KERAS_INITS.get(p["init"]) or f"keras.initializers.RandomNormal(stddev={p['std']!r})"
        reg = f", kernel_regularizer=keras.regularizers.L1L2(l1={l1!r}, l2={l2!r})" if (l1 or l2) else ""
        return f"layers.Dense({p['units']}, use_bias={p['use_bias']}, kernel_initializer={init}{reg}, {name})"
    if kind == "BatchNorm":
        return f"layers.BatchNormalization(momentum={p['momentum']!r}, epsilon={p['eps']!r}, {name})"
    if kind == "Dropout":
        return f"layers.Dropout({p['rate']!r}, {name})"
    if kind == "LeakyReLU":
        return f"layers.LeakyReLU(negative_slope={p['alpha']!r}, {name})"
    if kind == "Step":
        return f"layers.Lambda(lambda x: keras.ops.cast(x > 0, x.dtype), {name})"
    if kind in ("Sigmoid", "Tanh"):
        return f"layers.Activation({kind.lower()!r}, {name})"
    return f"layers.{kind}({name})"  # ReLU, Softmax, Flatten


def export_keras(design, weights_path=None, output_path=None):
    net = build_network(design)
    s = design.settings()
    order = [nid for nid in net.order if nid != net.input_id]
    nodes = {n.id: n for n in design.nodes}
    layer_lines = [f"        keras.Input(shape={tuple(net.shapes[net.input_id])!r}),"]
    set_lines = []
    for nid in order:
        kind, p = net.types[nid], nodes[nid].resolved()
        layer_lines.append(f"        {_keras_layer(nid, kind, p, s['l1'], s['l2'])},")
        if kind == "Dense":
            arrays = f"arrays[{nid + '.W'!r}]" + (f", arrays[{nid + '.b'!r}]" if p["use_bias"] else "")
            set_lines.append(f"            model.get_layer({nid!r}).set_weights([{arrays}])")
        elif kind == "BatchNorm":
            set_lines.append(f"            model.get_layer({nid!r}).set_weights([arrays[{nid + '.gamma'!r}], "
                             f"arrays[{nid + '.beta'!r}], arrays[{nid + '.running_mean'!r}], "
                             f"arrays[{nid + '.running_var'!r}]])")
    loss = s["loss"]
    keras_loss = {"categorical_crossentropy": '"sparse_categorical_crossentropy"',
                  "binary_crossentropy": '"binary_crossentropy"', "mse": '"mse"'}[loss]
    opt = KERAS_OPTIMIZERS[s["optimizer"]["type"]].format(**s["optimizer"])
    script = os.path.basename(output_path) if output_path else "model.py"
    return f'''"""{design.name}: exported from LayerLab.

build_model() returns the network as a keras.Sequential{" with the trained weights" if weights_path else ""}.
Run it as a script to print the model and train it on the design's data:

    python {script} [--epochs N]

Notes: Keras' he_normal and glorot_normal draw from a truncated normal; LayerLab's
from a plain normal. Keras' weight_decay is decoupled (AdamW-style) and not used here.
"""
import argparse
import os

import numpy as np
import keras
from keras import layers

INPUT_SHAPE = {tuple(net.shapes[net.input_id])!r}
WEIGHTS = {_weights_ref(weights_path, output_path)}
BATCH_SIZE = {s["batch_size"]}
EPOCHS = {s["epochs"]}


def build_model(weights=WEIGHTS):
    """The network; with ``weights`` (a LayerLab .npz), its trained parameters."""
    model = keras.Sequential([
{chr(10).join(layer_lines)}
    ], name={re.sub(r"[^A-Za-z0-9_]", "_", design.name)[:60] or "layerlab"!r})
    if weights:
        with np.load(weights, allow_pickle=False) as arrays:
{chr(10).join(set_lines) or "            pass"}
    return model


{_data_code(design)}

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    args = ap.parse_args()
    keras.utils.set_random_seed(SEED)
    x_train, y_train, x_val, y_val, task = load_data()
    model = build_model()
    model.summary()
    metrics = ["accuracy"] if task == "classification" else ["mae"]
    model.compile(optimizer={opt}, loss={keras_loss}, metrics=metrics)
    model.fit(x_train, y_train, batch_size=BATCH_SIZE, epochs=args.epochs,
              validation_data=(x_val, y_val) if len(x_val) else None, verbose=2)


if __name__ == "__main__":
    main()
'''


def export_code(design, to, weights_path=None, output_path=None):
    """Source code of a script for framework ``to`` ("pytorch" or "keras")."""
    if design.settings()["loss"] == "sum_squared_error":  # neither framework has it built in (yet)
        raise DesignError("training.loss: sum_squared_error cannot be exported yet; choose mse "
                          "(the same minimum; its gradient is 2 / outputs times as large)")
    if weights_path:
        from .modelio import read_model
        _, arrays = read_model(weights_path)
        net = build_network(design)
        wanted = {k: v.shape for k, v in {**net.params, **net.state}.items()}
        got = {k: v.shape for k, v in arrays.items()}
        if wanted != got:
            diff = sorted(set(wanted.items()) ^ set(got.items()))
            raise DesignError(f"{os.path.basename(weights_path)}: its parameters do not fit this design "
                              f"(first difference: {diff[0][0]})")
    if to == "pytorch":
        return export_pytorch(design, weights_path, output_path)
    if to == "keras":
        return export_keras(design, weights_path, output_path)
    raise DesignError(f"--to: expected pytorch or keras, got {to!r}")
