"""LayerLab's desktop app (PySide6 + pyqtgraph). Imports core; core never imports it."""
from .mainwindow import MainWindow

__all__ = ["MainWindow"]
