"""Training-step throughput of the NumPy engine, and against PyTorch where installed.

One step = forward, loss, backward and an Adam update, in float32, for three
networks (ReLU hidden layers, Softmax + categorical cross-entropy):

    toy     2-8-8-2        batch 32
    digits  64-128-64-10   batch 64
    mnist   784-256-128-10 batch 128

Each side runs in its own process (two thread pools in one process starve each
other on two cores); the processes alternate, and each figure is the best of the
rounds. Run:  python tests/benchmarks/bench_engine.py [--rounds 3] [--seconds 1.5]
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
TARGETS = {"toy": 3.0, "digits": 2.0, "mnist": 0.8}


def numpy_step_fn(sizes, batch):
    import numpy as np
    from core import Design, build_network, make_optimizer
    layers = []
    for units in sizes[1:-1]:
        layers += [("Dense", {"units": units, "init": "he_normal"}), "ReLU"]
    layers += [("Dense", {"units": sizes[-1]}), "Softmax"]
    net = build_network(Design.sequential([sizes[0]], layers, {"loss": "categorical_crossentropy"}))
    opt = make_optimizer({"type": "adam", "lr": 0.001})
    rng = np.random.default_rng(0)
    x = rng.normal(size=(batch, sizes[0])).astype(np.float32)
    t = np.eye(sizes[-1], dtype=np.float32)[rng.integers(0, sizes[-1], batch)]  # the trainer one-hots once

    def step():
        net.compute_loss(x, t)
        net.backward()
        opt.step(net.params, net.grads)
    return step


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


def measure(side, name, seconds):
    sizes, batch = NETS[name]
    step = (numpy_step_fn if side == "numpy" else torch_step_fn)(sizes, batch)
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


def run_worker(side, name, seconds):
    out = subprocess.run([sys.executable, __file__, "--worker", side, "--net", name, "--seconds", str(seconds)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)["samples_per_second"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seconds", type=float, default=1.5)
    ap.add_argument("--worker", choices=["numpy", "torch"])
    ap.add_argument("--net", choices=list(NETS))
    args = ap.parse_args()
    if args.worker:
        print(json.dumps({"samples_per_second": measure(args.worker, args.net, args.seconds)}))
        return
    sides = ["numpy"] + (["torch"] if torch_available() else [])
    if len(sides) == 1:
        print("PyTorch is not installed: NumPy figures only (pip install torch==2.13.0 for the comparison).")
    print(f"{'network':<8} {'batch':>5} {'numpy samples/s':>16} {'torch samples/s':>16} {'ratio':>7} {'target':>7}")
    for name, (sizes, batch) in NETS.items():
        best = {s: 0.0 for s in sides}
        for _ in range(args.rounds):
            for s in sides:  # alternate, so drifts in machine load hit both sides alike
                best[s] = max(best[s], run_worker(s, name, args.seconds))
        label = "-".join(map(str, sizes))
        if "torch" in best:
            ratio = best["numpy"] / best["torch"]
            verdict = "ok" if ratio >= TARGETS[name] else "BELOW"
            print(f"{name:<8} {batch:>5} {best['numpy']:>16,.0f} {best['torch']:>16,.0f} {ratio:>6.2f}x "
                  f"{TARGETS[name]:>5.1f}x {verdict}  ({label})")
        else:
            print(f"{name:<8} {batch:>5} {best['numpy']:>16,.0f} {'-':>16} {'-':>7} {'-':>7}  ({label})")


if __name__ == "__main__":
    main()
