"""Export a design as a readable, runnable PyTorch or Keras script.

The script defines ``build_model()`` (with the trained weights of ``--weights``
loaded, when given) and ``load_data()`` (the design's data, split and scaled as the
trainer does for the design's seed); run as a script it prints the model and then
trains it with the design's loss, optimizer, batch size and epochs. Layers are written
from the registry's declarations (:mod:`core.equivalents`); nothing from a design
reaches the code except as a ``repr()``-made literal.
"""
import os

from ..errors import DesignError
from ..messages import msg
from ..network import build_network
from .to_keras import export_keras
from .to_pytorch import export_pytorch

__all__ = ["export_code", "export_keras", "export_pytorch"]


def export_code(design, to, weights_path=None, output_path=None):
    """Source code of a script for framework ``to`` ("pytorch" or "keras")."""
    if to not in ("pytorch", "keras"):
        raise DesignError(msg("--to: expected pytorch or keras, got {value!r}", code="export.target", value=to))
    if design.settings()["loss"] == "sum_squared_error":  # neither framework has it built in (yet)
        raise DesignError(msg("training.loss: sum_squared_error cannot be exported yet; choose mse "
                              "(the same minimum; its gradient is 2 / outputs times as large)", code="export.sse"))
    if weights_path:
        from ..modelio import read_model
        _, arrays = read_model(weights_path)
        net = build_network(design)
        wanted = {k: v.shape for k, v in {**net.params, **net.state}.items()}
        got = {k: v.shape for k, v in arrays.items()}
        if wanted != got:
            diff = sorted(set(wanted.items()) ^ set(got.items()))
            raise DesignError(msg("{file}: its parameters do not fit this design (first difference: {key!r})",
                                  code="export.weights", file=os.path.basename(weights_path), key=diff[0][0]))
    if to == "pytorch":
        return export_pytorch(design, weights_path, output_path)
    return export_keras(design, weights_path, output_path)
