"""Designs several test files train (tests/ is on the path through its conftest.py)."""
from core import Design


def moons_stack(activation, lr, epochs=5, seed=None):
    """Two hidden layers of 16 units on the moons, trained by plain SGD: with ReLU and a learning
    rate of 3, 12 of relu2's 16 units die (seed 0); LeakyReLU or a rate of 1 fixes it."""
    training = {"data": {"source": "toy", "name": "moons", "samples": 200}, "epochs": epochs,
                "optimizer": {"type": "sgd", "lr": lr}, "loss": "categorical_crossentropy"}
    if seed is not None:
        training["seed"] = seed
    return Design.sequential(
        [2], [("Dense", {"units": 16, "init": "he_normal"}), activation,
              ("Dense", {"units": 16, "init": "he_normal"}), activation, ("Dense", {"units": 2}), "Softmax"],
        training=training)
