"""The curriculum's lessons: one view per chapter of the notes, in a tabbed window.

Each view is a QWidget that takes its model in the constructor and is testable alone.
:func:`install_lessons` adds the Lessons menu to a main window; views that show the
current design follow the window's document (``window.doc``).
"""
import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QMenu, QTabWidget, QVBoxLayout, QWidget

from core import DataError, DesignError, build_network
from core.lessons import gradient_timing  # noqa: F401  (re-exported for the lead's wiring)

from .activations import ActivationView
from .common import follow_document, single_shot
from .gates import MAX_TABLE_WEIGHTS, PerceptronView
from .graph import GraphView
from .keras_code import KerasCodeView
from .live import CurrentNetwork
from .losses import LossView
from .optimizers import OptimizerPathsView
from .scaling import ScalingView
from .timing import GradientTimingView
from ..i18n import core_text

__all__ = [
    "LESSONS",
    "ActivationView",
    "GradientTimingView",
    "GraphView",
    "KerasCodeView",
    "LessonsWindow",
    "EXAMPLE_LESSONS",
    "LossView",
    "OptimizerPathsView",
    "PerceptronView",
    "ScalingView",
    "install_lessons",
    "lesson_for",
]

#: (key, title) in the notes' order.
LESSONS = (
    ("perceptron", "Perceptrons and logic gates"),
    ("activations", "Activation functions"),
    ("graph", "Computational graph"),
    ("gradients", "Numerical differentiation vs backpropagation"),
    ("losses", "Loss functions"),
    ("optimizers", "Optimizer paths"),
    ("scaling", "Scaling"),
    ("keras", "The design as Keras code"),
)
#: Lessons drawn from the current design: rebuilt (debounced) when the document changes.
FROM_DESIGN = ("perceptron", "graph", "gradients", "scaling")
#: The computational graph is drawn for networks of at most this many operations.
MAX_GRAPH_OPERATIONS = 14
REBUILD_MS = 400


def tr(text):
    return QCoreApplication.translate("LessonsWindow", text)


class LessonsWindow(QWidget):
    """The lessons as tabs, built when first shown; ``doc`` is the main window's DesignDocument
    (or None: the lessons then show their own examples)."""

    def __init__(self, doc=None, parent=None):
        super().__init__(parent, Qt.Window)
        self.doc = doc
        self.tabs = QTabWidget()
        self.views = {}
        self.pages = {}
        for key, _ in LESSONS:
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.pages[key] = page
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(self._current_changed)
        QVBoxLayout(self).addWidget(self.tabs)
        self.menu = None
        self.live = None  # CurrentNetwork of the main window, set by install_lessons
        self.actions_by_key = {}
        self._stale = set()
        self.rebuild_timer = single_shot(self, REBUILD_MS, self._rebuild_stale)
        follow_document(doc, self._design_changed)
        self.resize(1000, 700)
        self.retranslate()

    # -- the lessons -------------------------------------------------------------------------------------
    def open(self, key):
        """Show the window on lesson ``key``; returns its view (or the label saying why it cannot show)."""
        index = [k for k, _ in LESSONS].index(key)
        self.retranslate()  # a language chosen since, before its (posted) LanguageChange arrived
        self.tabs.setCurrentIndex(index)
        self.show()
        self.raise_()
        return self.view(key)

    def view(self, key):
        if key not in self.views:
            self._build(key)
        return self.views[key]

    def _current_changed(self, index):
        if self.isVisible():
            self.view(LESSONS[index][0])
            if LESSONS[index][0] == "activations":
                self.show_selected()

    # -- the activation overlay --------------------------------------------------------------------------
    def show_selected(self, node_ids=None):
        """With the Activations lesson in front, overlay the inputs of the selected activation layer
        (``node_ids``: the canvas selection; None: ask the canvas). Returns what was shown, or None."""
        if self.live is None or not self.isVisible() or LESSONS[self.tabs.currentIndex()][0] != "activations":
            return None
        if node_ids is None:
            node_ids = self.live.window.scene.selected_node_ids()
        view = self.view("activations")
        shown = self.live.inputs(node_ids[0]) if len(node_ids) == 1 else None
        if shown is None:
            view.clear_inputs()
            return None
        view.show_inputs(*shown)
        return shown

    def _build(self, key):
        layout = self.pages[key].layout()
        old = self.views.pop(key, None)
        if old is not None:
            layout.removeWidget(old)
            old.deleteLater()
        try:
            view = self._make(key)
        except (DataError, DesignError, ValueError, OSError) as e:
            view = QLabel(tr("This lesson cannot show the current design: %1").replace("%1", core_text(e)))
            view.setWordWrap(True)
            view.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.views[key] = view
        layout.addWidget(view)
        view.show()  # at once, not on the next pass of the event loop (a grab right after sees it)
        layout.activate()
        self._stale.discard(key)

    def _design(self):
        return getattr(self.doc, "design", None)

    def _make(self, key):
        design = self._design()
        if key == "activations":
            return ActivationView()
        if key == "losses":
            return LossView()
        if key == "optimizers":
            return OptimizerPathsView()
        if design is None:
            raise ValueError(tr("no design is open"))
        if key == "keras":
            return KerasCodeView(self.doc)
        if key == "gradients":
            return GradientTimingView(design)
        if key == "scaling":
            return ScalingView(design)
        if key == "graph":
            from core.training import Trainer
            trainer = Trainer(design, dtype=np.float64, epochs=1)
            n_ops = sum(2 if t == "Dense" else 1 for t in trainer.net.types.values()) + 1
            if n_ops > MAX_GRAPH_OPERATIONS:
                raise ValueError(tr("the graph is drawn for networks of up to %1 operations; this one has %2")
                                 .replace("%1", str(MAX_GRAPH_OPERATIONS)).replace("%2", str(n_ops)))
            return GraphView(trainer.net, trainer.x_train[0], trainer.t_train[0])
        if key == "perceptron":
            return self._perceptron(design)
        raise KeyError(key)

    def _perceptron(self, design):
        """The table for the design's first Dense layer on 2 inputs with at most 16 weights;
        edits become undoable parameter changes of the document."""
        net = build_network(design, dtype=np.float64)
        gate = design.settings()["data"].get("name", "")
        gate = gate if gate.startswith("gate_") else "gate_and"
        for nid in net.order:
            if net.types[nid] == "Dense" and net.params[nid + ".W"].shape[0] == 2 \
                    and net.params[nid + ".W"].size <= MAX_TABLE_WEIGHTS and nid + ".b" in net.params:
                view = PerceptronView(net.params[nid + ".W"], net.params[nid + ".b"], gate)
                view.node_id = nid
                view.weightsChanged.connect(self._weights_typed)
                return view
        raise ValueError(tr("the design has no Dense layer on 2 inputs with at most %1 weights and a bias; "
                            "open one of the gate examples").replace("%1", str(MAX_TABLE_WEIGHTS)))

    def _weights_typed(self, weights):
        view = self.views.get("perceptron")
        stack = getattr(self.doc, "undo_stack", None)
        if view is None or stack is None or not self.doc.has_node(view.node_id):
            return
        from gui.commands import SetParam
        self._typing = True
        try:
            stack.push(SetParam(self.doc, view.node_id, "weights", weights))
        finally:
            self._typing = False

    # -- following the document ------------------------------------------------------------------------
    def _design_changed(self, *args):
        typing = getattr(self, "_typing", False)  # the perceptron table made this change and shows it
        self._stale.update(k for k in FROM_DESIGN if k in self.views and not (typing and k == "perceptron"))
        self.rebuild_timer.start()

    def _rebuild_stale(self):
        for key in list(self._stale):
            self._build(key)

    # -- menu and language -----------------------------------------------------------------------------
    def retranslate(self):
        self.setWindowTitle(tr("Lessons"))
        for i, (key, title) in enumerate(LESSONS):
            self.tabs.setTabText(i, tr(title))
            if key in self.actions_by_key:
                self.actions_by_key[key].setText(tr(title))
        if self.menu is not None:
            self.menu.setTitle(tr("&Lessons"))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


#: Which lesson each example teaches (its "Open lesson" link): example file name -> lesson key.
EXAMPLE_LESSONS = {
    "gate_and": "perceptron", "gate_or": "perceptron", "gate_nand": "perceptron", "gate_xor_single": "perceptron",
    "gate_xor_two_layers": "perceptron", "xor_single_layer": "perceptron",
    "vanishing_sigmoid": "activations", "vanishing_relu": "activations",
    "init_std_1": "activations", "init_std_001": "activations", "init_xavier": "activations",
    "init_relu_he": "activations", "xor": "graph", "optimizer_race": "optimizers",
    "breast_cancer_scaling": "scaling", "digits": "keras",
}


def lesson_for(path):
    """The lesson key an example at ``path`` teaches (see EXAMPLE_LESSONS), or None."""
    import os
    name = os.path.basename(path or "")
    return EXAMPLE_LESSONS.get(name[:-len(".layerlab")] if name.endswith(".layerlab") else name)


def install_lessons(window):
    """Add a "Lessons" menu to ``window`` (a QMainWindow with ``doc``, its DesignDocument), one
    action per lesson opening the lessons window on it, before the Help menu if it has one
    (``menu_help``). With a canvas (``scene``) and a training session, the canvas tooltips show
    each node's formula and selecting an activation layer overlays its inputs in the Activations
    lesson. Returns the :class:`LessonsWindow`, also as ``window.lessons``."""
    lessons = LessonsWindow(getattr(window, "doc", None), window)
    menu = QMenu(window.menuBar())
    for key, _ in LESSONS:
        action = menu.addAction("")
        action.setObjectName("lesson_" + key)
        action.triggered.connect(lambda checked=False, k=key: lessons.open(k))
        lessons.actions_by_key[key] = action
    lessons.menu = menu
    help_menu = getattr(window, "menu_help", None)
    if help_menu is not None:
        window.menuBar().insertMenu(help_menu.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)
    scene = getattr(window, "scene", None)
    if scene is not None and getattr(window, "doc", None) is not None:
        lessons.live = CurrentNetwork(window)
        scene.node_formula = lessons.live.formula
        scene.selectedNodesChanged.connect(lessons.show_selected)
    window.lessons = lessons
    lessons.retranslate()
    return lessons
