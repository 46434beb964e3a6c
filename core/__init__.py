"""LayerLab's engine: pure NumPy and the standard library (never Qt)."""
from .design import Design, Node, load_design, save_design
from .errors import DataError, DesignError, ModelFileError, ShapeError
from .network import Network, analyze, build_network
from .optimizers import make_optimizer
from .registry import LAYERS

__all__ = [
    "Design", "Node", "load_design", "save_design",
    "DesignError", "ShapeError", "DataError", "ModelFileError",
    "Network", "analyze", "build_network", "make_optimizer", "LAYERS",
]
