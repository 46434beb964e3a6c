"""The trainer sizes NumPy's BLAS thread pool to the network: one thread up to digits size
(two would only spin against each other and whatever else runs), two from MNIST size."""
import os

from threadpoolctl import threadpool_info

from core import Design, load_design
from core.training import Trainer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def blas_threads_seen_while_fitting(trainer):
    seen = []
    trainer.callback = lambda report: seen.append(blas_threads_now())
    trainer.fit(epochs=1)
    return seen[-1]


def blas_threads_now():
    return {i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"}


def test_the_digits_example_trains_with_one_blas_thread_and_mnist_size_with_two():
    before = blas_threads_now()
    digits = Trainer(load_design(os.path.join(ROOT, "resources", "examples", "digits.layerlab")), layer_stats=False)
    assert digits.threads == 1
    assert blas_threads_seen_while_fitting(digits) == {1}
    mnist_size = Design.sequential([64], [("Dense", {"units": 1024}), "ReLU", ("Dense", {"units": 256}), "ReLU",
                                          ("Dense", {"units": 10}), "Softmax"],
                                   {"data": {"source": "builtin", "name": "digits"}, "batch_size": 128})
    trainer = Trainer(mnist_size, layer_stats=False)
    assert trainer.threads == 2
    assert Trainer(mnist_size, threads=1).threads == 1  # asked for explicitly
    assert blas_threads_seen_while_fitting(Trainer(mnist_size, layer_stats=False, epochs=1)) == {2}
    assert blas_threads_now() == before  # the pool is given back as it was
