"""Scaling decides the outcome: breast cancer trained by plain SGD with no, min-max and standard scaling.

    python tools/lesson_scaling.py [--epochs N] [--seeds K]

Prints the final validation accuracy for each scaling (mean over seeds), the numbers the scaling
lesson quotes. The network: Input(30) -> Dense(16) -> ReLU -> Dense(2) -> Softmax, SGD lr 0.01.
"""
import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from core import Design
from core.training import Trainer


def design(scaling, epochs, seed):
    return Design.sequential(
        [30], [("Dense", {"units": 16, "init": "he_normal"}), "ReLU", ("Dense", {"units": 2}), "Softmax"],
        {"data": {"source": "builtin", "name": "breast_cancer"}, "scaling": scaling,
         "optimizer": {"type": "sgd", "lr": 0.01}, "batch_size": 32, "epochs": epochs, "seed": seed},
        name=f"Breast cancer, SGD, {scaling} scaling")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=50)
    ap.add_argument("--seeds", type=int, default=3)
    args = ap.parse_args(argv)
    for scaling in ("none", "minmax", "standard"):
        accs = [Trainer(design(scaling, args.epochs, s), layer_stats=False).fit().history["val_accuracy"][-1]
                for s in range(args.seeds)]
        print(f"{scaling:9s} val_accuracy {sum(accs) / len(accs):.3f}  (seeds: {', '.join(f'{a:.3f}' for a in accs)})")


if __name__ == "__main__":
    main()
