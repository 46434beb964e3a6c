"""How long a neuron-picture pass takes (core.neurons), per example with two features.

Run: python tests/benchmarks/bench_neurons.py
"""
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

from threadpoolctl import threadpool_limits

from core import load_design
from core.neurons import NeuronPlane
from core.training import Trainer


def main():
    for name in ("xor", "spiral", "vanishing_sigmoid"):
        trainer = Trainer(load_design(os.path.join(ROOT, "resources", "examples", name + ".layerlab")), seed=0)
        t0 = time.perf_counter()
        plane = NeuronPlane(trainer.x_train)
        setup = time.perf_counter() - t0
        plane.pictures(trainer.net)
        times = {}
        for threads in (1, None):  # one BLAS thread, as the trainer uses for networks this small; then all
            with threadpool_limits(threads):
                best = float("inf")
                for _ in range(5):
                    t0 = time.perf_counter()
                    for _ in range(200):
                        plane.pictures(trainer.net)
                    best = min(best, (time.perf_counter() - t0) / 200)
            times[threads] = best
        print(f"{name:18s} grid {setup * 1e6:5.0f} µs once; pictures {times[1] * 1e6:5.0f} µs per call "
              f"(1 BLAS thread), {times[None] * 1e6:5.0f} µs (all threads)")


if __name__ == "__main__":
    main()
