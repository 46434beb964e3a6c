"""The residual and convolution examples teach what their descriptions say, on the numbers.

Each number a description quotes is recomputed here from the shipped file, trained as shipped,
and must appear in the text exactly as it is formatted there.
"""
import os

from threadpoolctl import threadpool_limits

from core import load_design
from core.training import Trainer

EXAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "examples")


def trained(name):
    """(design, final validation accuracy, first Dense layer's weight-gradient norm at the start, parameters)."""
    design = load_design(os.path.join(EXAMPLES, name + ".layerlab"))
    with threadpool_limits(1):  # as the figures were computed (and far faster on a busy machine)
        trainer = Trainer(design, layer_stats=False)
        start = {layer.node_id: layer for layer in trainer.start_report().layers}
        first = next(nid for nid in trainer.net.order if trainer.net.types[nid] == "Dense")
        grad = start[first].weight_grad_norms["W"]
        accuracy = trainer.fit().history["val_accuracy"][-1]
    return design, accuracy, grad, trainer.net.total_params


def test_twenty_plain_sigmoid_layers_barely_train_and_residual_connections_fix_it():
    plain, plain_acc, plain_grad, _ = trained("deep20_plain")
    residual, residual_acc, residual_grad, _ = trained("deep20_residual")
    # The lesson: the gradient reaching the first layer vanishes without the skips, and so does learning.
    assert plain_grad < 1e-9 < 0.1 < residual_grad
    assert plain_acc < 0.2 and residual_acc > 0.9
    # The same layers: the residual design only adds the Add nodes.
    assert [n.type for n in residual.nodes if n.type != "Add"] == [n.type for n in plain.nodes]
    assert sum(n.type == "Dense" for n in plain.nodes) == 22 and sum(n.type == "Add" for n in residual.nodes) == 20
    # The descriptions quote these very numbers.
    assert f"a norm of {plain_grad:.1e}" in plain.description
    assert f"validation accuracy is {plain_acc:.0%}" in plain.description
    assert f"norm {residual_grad:.2f} at the start instead of {plain_grad:.1e}" in residual.description
    assert f"reaches {residual_acc:.0%}" in residual.description


def test_the_digits_cnn_beats_the_dense_network_with_fewer_parameters():
    cnn, cnn_acc, _, cnn_params = trained("digits_cnn")
    dense, dense_acc, _, dense_params = trained("digits_dense")
    assert cnn_params < dense_params and cnn_acc > dense_acc
    assert cnn.training == dense.training  # same data, optimizer and epochs: a fair comparison
    assert (f"only {cnn_params:,} parameters against the dense network's {dense_params:,}, and reaches "
            f"{cnn_acc:.1%} validation accuracy against {dense_acc:.1%}") in cnn.description
    assert f"{dense_params:,} parameters and {dense_acc:.1%} validation accuracy" in dense.description
