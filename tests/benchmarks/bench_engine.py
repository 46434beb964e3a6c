"""Training-step throughput of the NumPy engine, and against PyTorch where installed.

One step = forward, loss, backward and an Adam update, in float32, for these
networks (ReLU hidden layers, Softmax + categorical cross-entropy):

    toy         2-8-8-2        batch 32
    digits      64-128-64-10   batch 64
    mnist       784-256-128-10 batch 128
    cnn_digits  8x8x1 -> Conv2D 16 3x3 same -> ReLU -> MaxPool 2 -> Conv2D 32 3x3 same -> ReLU
                -> Flatten -> Dense 10, batch 64 (target: at least PyTorch's throughput)
    cnn_mnist   28x28x1 -> Conv2D 32 3x3 -> ReLU -> MaxPool 2 -> Conv2D 64 3x3 -> ReLU -> MaxPool 2
                -> Flatten -> Dense 10, batch 64 (target: at least half of PyTorch's)

Both sides use the same number of threads (NumPy's BLAS through threadpoolctl, torch through
torch.set_num_threads): 1 for the small networks, 2 for the MNIST-size ones, or --threads N.
Each side runs in its own process (two thread pools in one process starve each
other on two cores); the processes alternate, and each figure is the best of the
rounds. Run:  python tests/benchmarks/bench_engine.py [--rounds 3] [--seconds 1.5] [--nets cnn_digits,cnn_mnist]
"""
import argparse
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

NETS = {
    "toy": ([2, 8, 8, 2], 32),
    "digits": ([64, 128, 64, 10], 64),
    "mnist": ([784, 256, 128, 10], 128),
}
# Convolutional networks: the input's shape and the layers, as (type, params) between Input and Softmax.
CNNS = {
    "cnn_digits": (([8, 8, 1], [("Conv2D", {"filters": 16, "kernel_size": 3, "padding": "same"}), "ReLU",
                                ("MaxPool2D", {"pool_size": 2}),
                                ("Conv2D", {"filters": 32, "kernel_size": 3, "padding": "same"}), "ReLU",
                                "Flatten", ("Dense", {"units": 10})]), 64),
    "cnn_mnist": (([28, 28, 1], [("Conv2D", {"filters": 32, "kernel_size": 3}), "ReLU",
                                 ("MaxPool2D", {"pool_size": 2}), ("Conv2D", {"filters": 64, "kernel_size": 3}),
                                 "ReLU", ("MaxPool2D", {"pool_size": 2}), "Flatten", ("Dense", {"units": 10})]), 64),
}
NETS.update(CNNS)
TARGETS = {"toy": 3.0, "digits": 2.0, "mnist": 0.8, "cnn_digits": 1.0, "cnn_mnist": 0.5}
THREADS = {"toy": 1, "digits": 1, "mnist": 2, "cnn_digits": 1, "cnn_mnist": 2}


def cnn_step_fn(spec, batch):
    import numpy as np
    from core import Design, build_network
    shape, layers = spec
    net = build_network(Design.sequential(shape, layers + ["Softmax"], {"loss": "categorical_crossentropy"}))
    rng = np.random.default_rng(0)
    x = rng.normal(size=[batch] + shape).astype(np.float32)
    return adam_steps(net, x, np.eye(10, dtype=np.float32)[rng.integers(0, 10, batch)])


def adam_steps(net, x, t):
    """One training step of ``net`` on (x, t) with Adam, as a function."""
    from core import make_optimizer
    opt = make_optimizer({"type": "adam", "lr": 0.001})

    def step():
        net.compute_loss(x, t)
        net.backward()
        opt.step(net.params, net.grads)
    return step


def torch_cnn_step_fn(spec, batch):
    """The same network in torch, channels first; 'same' padding of a 3x3 kernel is padding=1."""
    import torch
    from torch import nn
    shape, layers = spec
    h, w, c = shape
    mods = []
    for layer in layers:
        kind, p = (layer, {}) if isinstance(layer, str) else layer
        if kind == "Conv2D":
            k = p["kernel_size"]
            pad = (k - 1) // 2 if p.get("padding") == "same" else 0
            mods.append(nn.Conv2d(c, p["filters"], k, padding=pad))
            c, h, w = p["filters"], h + 2 * pad - k + 1, w + 2 * pad - k + 1
        elif kind == "MaxPool2D":
            mods.append(nn.MaxPool2d(p["pool_size"]))
            h, w = h // p["pool_size"], w // p["pool_size"]
        elif kind == "ReLU":
            mods.append(nn.ReLU())
        elif kind == "Flatten":
            mods.append(nn.Flatten())
        elif kind == "Dense":
            mods.append(nn.Linear(c * h * w, p["units"]))
    model = nn.Sequential(*mods)
    opt = torch.optim.Adam(model.parameters(), lr=0.001)
    loss_fn = nn.CrossEntropyLoss()
    x = torch.randn(batch, shape[2], shape[0], shape[1])
    t = torch.randint(0, 10, (batch,))

    def step():
        opt.zero_grad()
        loss_fn(model(x), t).backward()
        opt.step()
    return step


def numpy_step_fn(sizes, batch):
    import numpy as np
    from core import Design, build_network
    layers = []
    for units in sizes[1:-1]:
        layers += [("Dense", {"units": units, "init": "he_normal"}), "ReLU"]
    layers += [("Dense", {"units": sizes[-1]}), "Softmax"]
    net = build_network(Design.sequential([sizes[0]], layers, {"loss": "categorical_crossentropy"}))
    rng = np.random.default_rng(0)
    x = rng.normal(size=(batch, sizes[0])).astype(np.float32)
    t = np.eye(sizes[-1], dtype=np.float32)[rng.integers(0, sizes[-1], batch)]  # the trainer one-hots once
    return adam_steps(net, x, t)


def torch_step_fn(sizes, batch):
    import torch
    mods = []
    for a, b in zip(sizes[:-2], sizes[1:-1]):
        mods += [torch.nn.Linear(a, b), torch.nn.ReLU()]
    mods.append(torch.nn.Linear(sizes[-2], sizes[-1]))
    model = torch.nn.Sequential(*mods)
    opt = torch.optim.Adam(model.parameters(), lr=0.001)
    loss_fn = torch.nn.CrossEntropyLoss()
    x = torch.randn(batch, sizes[0])
    t = torch.randint(0, sizes[-1], (batch,))

    def step():
        opt.zero_grad()
        loss_fn(model(x), t).backward()
        opt.step()
    return step


def measure(side, name, seconds, threads):
    sizes, batch = NETS[name]
    if side == "numpy":
        import numpy  # noqa: F401  (loaded first: threadpoolctl limits only the libraries already loaded)
        from threadpoolctl import threadpool_limits
        threadpool_limits(threads)
        step = (cnn_step_fn if name in CNNS else numpy_step_fn)(sizes, batch)
    else:
        import torch
        torch.set_num_threads(threads)
        step = (torch_cnn_step_fn if name in CNNS else torch_step_fn)(sizes, batch)
    for _ in range(20):
        step()
    n, start = 0, time.perf_counter()
    while True:
        for _ in range(10):
            step()
        n += 10
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return n * batch / elapsed


def torch_available():
    try:
        import importlib.util
        return importlib.util.find_spec("torch") is not None
    except ImportError:
        return False


def run_worker(side, name, seconds, threads):
    out = subprocess.run([sys.executable, __file__, "--worker", side, "--net", name, "--seconds", str(seconds),
                          "--threads", str(threads)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)["samples_per_second"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seconds", type=float, default=1.5)
    ap.add_argument("--worker", choices=["numpy", "torch"])
    ap.add_argument("--net", choices=list(NETS))
    ap.add_argument("--nets", default=",".join(NETS), help="comma-separated networks to run")
    ap.add_argument("--threads", type=int, help="threads for both sides (default: per network, see above)")
    args = ap.parse_args()
    if args.worker:
        print(json.dumps({"samples_per_second": measure(args.worker, args.net, args.seconds, args.threads)}))
        return
    sides = ["numpy"] + (["torch"] if torch_available() else [])
    if len(sides) == 1:
        print("PyTorch is not installed: NumPy figures only (pip install torch==2.13.0 for the comparison).")
    print(f"{'network':<10} {'batch':>5} {'thr':>3} {'numpy samples/s':>16} {'torch samples/s':>16} {'ratio':>7} "
          f"{'target':>7}")
    for name in args.nets.split(","):
        sizes, batch = NETS[name]
        threads = args.threads or THREADS[name]
        best = {s: 0.0 for s in sides}
        for _ in range(args.rounds):
            for s in sides:  # alternate, so drifts in machine load hit both sides alike
                best[s] = max(best[s], run_worker(s, name, args.seconds, threads))
        label = "x".join(map(str, sizes[0])) + " CNN" if name in CNNS else "-".join(map(str, sizes))
        if "torch" in best:
            ratio = best["numpy"] / best["torch"]
            verdict = "ok" if ratio >= TARGETS[name] else "BELOW"
            print(f"{name:<10} {batch:>5} {threads:>3} {best['numpy']:>16,.0f} {best['torch']:>16,.0f} {ratio:>6.2f}x "
                  f"{TARGETS[name]:>5.1f}x {verdict}  ({label})")
        else:
            print(f"{name:<10} {batch:>5} {threads:>3} {best['numpy']:>16,.0f} {'-':>16} {'-':>7} {'-':>7}  ({label})")


if __name__ == "__main__":
    main()
