"""The PyTorch script: ``Net`` (an ``nn.Module``) built from the registry's ``torch`` declarations.

Launched with ``torchrun --nproc_per_node=N`` it trains with DistributedDataParallel (gloo on
CPU, nccl on GPUs) and a DistributedSampler.
"""
from ..equivalents import TORCH_INITS
from ..registry import LAYERS
from .common import WEIGHTS_CODE, call, declaration, lit, plan, present, renamed, weights_literal, wiring
from .datacode import data_code

LOSSES = {"categorical_crossentropy": "nn.CrossEntropyLoss()",
          "binary_crossentropy": "nn.BCEWithLogitsLoss()",
          "mse": "nn.MSELoss()",
          "sum_squared_error": "lambda y, t: 0.5 * ((y - t) ** 2).sum(dim=1).mean()"}

OPTIMIZERS = {
    "sgd": "torch.optim.SGD(params, lr={lr!r}, weight_decay={weight_decay!r})",
    "momentum": "torch.optim.SGD(params, lr={lr!r}, momentum={momentum!r}, weight_decay={weight_decay!r})",
    "nesterov": "torch.optim.SGD(params, lr={lr!r}, momentum={momentum!r}, nesterov=True, "
                "weight_decay={weight_decay!r})",
    "adagrad": "torch.optim.Adagrad(params, lr={lr!r}, eps={eps!r}, weight_decay={weight_decay!r})",
    "rmsprop": "torch.optim.RMSprop(params, lr={lr!r}, alpha={alpha!r}, eps={eps!r}, weight_decay={weight_decay!r})",
    "adam": "torch.optim.Adam(params, lr={lr!r}, betas=({beta1!r}, {beta2!r}), eps={eps!r}, "
            "weight_decay={weight_decay!r})",
}

_DOC = '''"""A network exported from LayerLab (its name: NAME below).

build_model() returns it as a torch.nn.Module (with the trained weights of WEIGHTS, if any);
load_data() returns the design's data as LayerLab trains on it. Run this file to print the
model and train it:

    python <this file> [--epochs N]
    torchrun --nproc_per_node=2 <this file>   # DistributedDataParallel

Note: torch's BatchNorm updates its running variance with the unbiased batch variance
(n / (n - 1) times LayerLab's and Keras' biased one); training-mode outputs are the same.
"""
'''


def export_pytorch(design, weights_path=None, output_path=None):
    net, s, names, layers = plan(design)
    ctor, init, forward, weights_map, penalised, sources = [], [], [], [], [], []
    wires, kept_input = wiring(net, [layer[0] for layer in layers], names)
    if kept_input:
        forward.append(f"        {kept_input} = x")
    for nid, attr, kind, p, in_shape in layers:
        decl = declaration(kind, "torch", nid)
        if decl.source and decl.source not in sources:
            sources.append(decl.source)
        ctor.append(f"        self.{attr} = {call(decl, p, in_shape)}")
        theirs = {ours: (t, axes) for ours, t, axes in decl.weights}
        for ours in present(net, nid, [w[0] for w in decl.weights]):
            t, axes = theirs[ours]
            source = f"arrays[{lit(nid + '.' + ours)}]" + (f".transpose({lit(tuple(axes))})" if axes else "")
            weights_map.append(f"                {lit(attr + '.' + t)}: {source},")
        if decl.init:
            initialised = set()
            for t, pname in decl.init:
                init.append(TORCH_INITS[p[pname]].format(w=f"self.{attr}.{t}", std=float(p.get("std", 0.01))))
                initialised.add(t)
            for ours in present(net, nid, [w[0] for w in decl.weights]):
                t = theirs[ours][0]
                if t not in initialised and f"{nid}.{ours}" in net.params:
                    init.append(f"nn.init.zeros_(self.{attr}.{t})")
        penalised += [f"{attr}.{theirs[w][0]}" for w in present(net, nid, LAYERS[kind].penalised)]
        args, kept = wires[nid]
        merge = LAYERS[kind].inputs > 1
        if not merge and args[0] != "x":  # a graph: this layer reads an output kept earlier
            forward.append(f"        x = {args[0]}")
        if net._fused and nid == net.output_id:
            forward.append("        if logits:  # the loss applies this activation itself, stably")
            forward.append("            return x")
        forward.append(f"        x = {decl.apply.format(layer='self.' + attr, inputs=', '.join(args))}")
        if kept:
            forward.append(f"        {kept} = x")

    weights, next_to_script = weights_literal(weights_path, output_path)
    imports, data_constants, data_functions = data_code(design, net.shapes[net.input_id])
    optimizer = OPTIMIZERS[s["optimizer"]["type"]].format(**{k: v for k, v in s["optimizer"].items() if k != "type"})
    head = [_DOC, "import argparse", *imports, "import os", "import sys", "",
            "import numpy as np", "import torch", "import torch.distributed as dist", "from torch import nn",
            "from torch.utils.data import DataLoader, TensorDataset",
            "from torch.utils.data.distributed import DistributedSampler", "",
            f"NAME = {lit(design.name)}", f"WEIGHTS = {weights}",
            f"WEIGHTS_NEXT_TO_SCRIPT = {next_to_script!r}",
            f"LOSS = {lit(s['loss'])}", f"FUSED = {bool(net._fused)!r}  # the loss applies the last activation",
            f"OUTPUTS = {lit(int(net.shapes[net.output_id][0]))}",
            f"L1, L2 = {lit(float(s['l1']))}, {lit(float(s['l2']))}",
            f"PENALISED = {tuple(penalised)!r}  # weights L1 and L2 apply to",
            f"BATCH_SIZE = {lit(int(s['batch_size']))}", f"EPOCHS = {lit(int(s['epochs']))}",
            data_constants + renamed(names)]
    body = "\n".join(ctor)
    init_body = "\n".join("            " + line for line in init) or "            pass"
    forward_body = "\n".join(forward)
    weights_body = "\n".join(weights_map)
    return "\n".join(head) + "".join("\n\n" + src for src in sources) + f'''

class Net(nn.Module):
    def __init__(self):
        super().__init__()
{body}
        with torch.no_grad():  # LayerLab's initialisers
{init_body}

    def forward(self, x, logits=False):
{forward_body}
        return x

{WEIGHTS_CODE}

def build_model(weights=None):
    """The network; with ``weights`` (a LayerLab .npz; WEIGHTS by default), its trained parameters."""
    model = Net()
    weights = weights_file(weights)
    if weights:
        with np.load(weights, allow_pickle=False) as arrays:
            state = {{name: torch.from_numpy(np.ascontiguousarray(value)) for name, value in {{
{weights_body}
            }}.items()}}
        missing = set(model.state_dict()) - set(state) - {{k for k in model.state_dict() if k.endswith("num_batches_tracked")}}
        assert not missing, f"weights file lacks {{missing}}"
        model.load_state_dict(state, strict=False)
    return model


def penalty(model):
    """Keras-style regularisation: L1 * sum|W| + L2 * sum W^2 over the PENALISED weights."""
    total = 0.0
    weights = dict(model.named_parameters())
    for name in PENALISED:
        if L1:
            total = total + L1 * weights[name].abs().sum()
        if L2:
            total = total + L2 * (weights[name] ** 2).sum()
    return total


def make_optimizer(params):
    """The design's optimizer (torch.optim's update rules, as LayerLab's)."""
    return {optimizer}


def loss_function():
    """The design's loss; with FUSED, it takes the logits (the output before its activation)."""
    return {LOSSES[s["loss"]]}


def targets(y, task):
    """Targets as the loss wants them: class indices, one-hot rows (mse on classes) or a column."""
    if LOSS == "categorical_crossentropy":
        return torch.as_tensor(y, dtype=torch.long)
    if task == "classification" and OUTPUTS > 1:  # one-hot targets, as LayerLab does
        return nn.functional.one_hot(torch.as_tensor(y), OUTPUTS).float()
    return torch.as_tensor(y, dtype=torch.float32).reshape(-1, 1)


{data_functions}

def batches(n, shuffle):
    """One epoch's mini-batches of sample indices, in LayerLab's order (``shuffle``: the run's stream)."""
    order = shuffle.permutation(n)
    size = min(BATCH_SIZE, n)
    return [order[i:i + size] for i in range(0, n, size)]


def train_epoch(net, model, optimizer, loss_fn, batches, device="cpu"):
    """One epoch over ``batches`` of (inputs, targets); returns the mean loss, penalty included."""
    net.train()
    total, count = 0.0, 0
    for xb, tb in batches:
        xb, tb = xb.to(device), tb.to(device)
        optimizer.zero_grad()
        loss = loss_fn(net(xb, logits=FUSED), tb) + penalty(model)
        loss.backward()
        optimizer.step()
        total += loss.item() * len(xb)
        count += len(xb)
    return total / count


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

    xt, tt = torch.as_tensor(x_train), targets(y_train, task)
    shuffle = np.random.default_rng(run_seeds(SEED)[2])  # LayerLab's order of samples, epoch by epoch
    sampler = DistributedSampler(TensorDataset(xt, tt), shuffle=True, seed=SEED) if distributed else None
    loader = DataLoader(TensorDataset(xt, tt), batch_size=BATCH_SIZE, sampler=sampler) if distributed else None
    xv, tv = torch.as_tensor(x_val, device=device), targets(y_val, task).to(device)

    model = build_model().to(device)
    if rank == 0:
        print(model)
    net = nn.parallel.DistributedDataParallel(model, device_ids=[device.index] if device.type == "cuda" else None) \\
        if distributed else model
    optimizer = make_optimizer(net.parameters())
    loss_fn = loss_function()
    for epoch in range(1, args.epochs + 1):
        if distributed:  # each process takes its share of the data
            sampler.set_epoch(epoch)
            epoch_batches = loader
        else:
            epoch_batches = ((xt[idx], tt[idx]) for idx in batches(len(xt), shuffle))
        loss = train_epoch(net, model, optimizer, loss_fn, epoch_batches, device)
        if rank == 0:
            line = f"epoch {{epoch}}/{{args.epochs}}  loss {{loss:.4f}}"
            if len(xv):
                net.eval()
                with torch.no_grad():
                    out = model(xv)
                    val_loss = loss_fn(model(xv, logits=FUSED), tv).item()
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
'''
