"""A Korean student walks through the whole app: every example opened, a few trained for two
epochs, every dashboard tab, the Runs dock and its comparisons, the lessons, the welcome page.
Everything they can read is Korean but proper names (layer types, optimizers, losses, datasets,
Keras' parameter names, file names); the same walk in English finds no Korean."""
import glob
import html
import os
import re


from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QDockWidget, QGraphicsTextItem,
                               QGraphicsView, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QProgressBar, QTabBar,
                               QTextEdit, QWidget)

from core import load_design
from core.design import DATA_SPECS, EARLY_STOPPING_SPECS, TRAINING_SPECS
from core.experiments import INITIALISERS
from core.losses import LOSSES
from core.optimizers import OPTIMIZER_PARAMS
from core.registry import LAYERS

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = sorted(glob.glob(os.path.join(ROOT, "resources", "examples", "*.layerlab")))
# Trained for two epochs: between them every plot has something to show (a decision boundary,
# a regression, a confusion matrix of ten classes, vanishing gradients, a CNN).
TRAINED = ("xor", "sine", "digits_dense", "vanishing_sigmoid", "overfit_early_stopping")
HANGUL = re.compile("[\uac00-\ud7a3]")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9_'’]*")

# Names, symbols and units a Korean text keeps as they are (the notes write them so too).
PROPER = {
    "LayerLab", "Keras", "PyTorch", "NumPy", "PySide", "pyqtgraph", "Python", "MIT", "CSV", "PNG", "SVG",
    "Sequential", "compile", "fit", "SGD", "SSE", "MSE", "Xavier", "He", "Glorot", "Lasso", "Ridge",
    "Dropout", "Softmax", "Sigmoid", "ReLU", "Tanh", "LeakyReLU", "logit", "float64", "null", "ms",
    "dL", "dx", "log", "log10", "exp", "tanh", "max", "min", "sum", "sqrt", "ceil", "kh", "kw", "fan",
    "fan_in", "fan_out", "torch", "inf", "nan", "NaN", "None", "AND", "NAND", "OR", "XOR", "AdaGrad",
    "Momentum", "Nesterov", "RMSprop", "Adam", "add", "mul",  # the graph lesson's operations, as the notes' AddLayer
    "English",  # the language menu names each language in its own
    "Normalization", "Standardization",  # the glossary's English beside 정규화, 표준화
    "CNN", "MNIST", "ResNet", "EarlyStopping", "MAE", "Minsky", "Papert", "sin", "sigmoid", "Wx",  # in the examples' texts
}


def proper_names():
    names = set(PROPER) | set(LAYERS) | set(LOSSES) | set(OPTIMIZER_PARAMS) | set(INITIALISERS)
    specs = [p for spec in LAYERS.values() for p in spec.params]
    specs += [p for group in list(DATA_SPECS.values()) + [TRAINING_SPECS, EARLY_STOPPING_SPECS]
              for p in group.values()]
    specs += [p for params in OPTIMIZER_PARAMS.values()
              for p in (params.values() if isinstance(params, dict) else params)]
    for p in specs:  # Keras' parameter names and their choices ("units", "valid", "moons")
        names.add(p.name)
        names.update(str(c) for c in p.choices)
    names.update(DATA_SPECS)  # the data sources: toy, builtin, csv
    for path in EXAMPLES:  # file names, and the designs' own names for their layers
        names.update(WORD.findall(os.path.basename(path)))
        names.update(load_design(path).node_ids())
    return names


def plain(text):
    text = re.sub(r"<[^>]+>", " ", str(text or ""))
    return html.unescape(text).replace("&", "")


def widget_texts(root):
    """(where, text) of what ``root`` and its visible children show."""
    out = [(type(root).__name__ + " title", root.windowTitle())]
    for w in [root] + root.findChildren(QWidget):
        if not w.isVisible():
            continue
        where = type(w).__name__
        if isinstance(w, QDockWidget):
            out.append((where, w.windowTitle()))
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((where, w.title()))
        elif isinstance(w, QComboBox):
            out += [(where, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTabBar):
            out += [(where, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            out.append((where, w.text() or w.placeholderText()))
        elif isinstance(w, QProgressBar) and w.isTextVisible():
            out.append((where, w.text()))
        elif isinstance(w, QPlainTextEdit):
            continue  # the Keras code lesson: code
        elif isinstance(w, QTextEdit):
            out.append((where, w.toPlainText()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            header = w.horizontalHeader() if hasattr(w, "horizontalHeader") else w.header() if hasattr(w, "header") \
                else None
            out += [(where, t) for t in model_texts(w.model(), headers=header is not None and header.isVisible())]
        elif isinstance(w, QGraphicsView) and w.scene() is not None:
            out += scene_texts(w.scene())
    return out


def model_texts(model, parent=None, headers=True):
    from PySide6.QtCore import QModelIndex, Qt
    parent = parent or QModelIndex()
    texts = []
    try:
        model.columnCount(parent)
    except TypeError:  # a list model (QAbstractListModel keeps columnCount private): one column
        model.columnCount = lambda parent=None: 1
    if not parent.isValid() and headers:
        texts += [model.headerData(i, Qt.Horizontal) for i in range(model.columnCount())]
    for r in range(model.rowCount(parent)):
        for c in range(model.columnCount(parent)):
            index = model.index(r, c, parent)
            texts.append(index.data())
            if c == 0 and model.rowCount(index) > 0:
                texts += model_texts(model, index)
    return [t for t in texts if isinstance(t, str)]


def scene_texts(scene):
    """Plot titles, axis labels, legends, read-outs and hints (pyqtgraph draws them as text
    items), and the canvas' nodes: type, name and the lines under them ("1,056 params")."""
    out = []
    for item in scene.items():
        if not item.isVisible():
            continue
        if isinstance(item, QGraphicsTextItem):
            out.append(("plot", item.toPlainText()))
        if hasattr(item, "lines") and hasattr(item, "type_name"):
            out += [("canvas node", item.type_name), ("canvas node", item.node_id)]
            out += [("canvas node", line) for line in item.lines]
        if hasattr(item, "caption") and isinstance(item.caption, str):
            out.append(("canvas", item.caption))
    for view in scene.views():
        if getattr(view, "lock_message", ""):
            out.append(("canvas", view.lock_message))
    return out


def menu_texts(window):
    out = []

    def walk(actions):
        for a in actions:
            if a.isVisible() and not a.isSeparator():
                out.append(("menu", a.text()))
                if a.menu() is not None:
                    walk(a.menu().actions())
    walk(window.menuBar().actions())
    return out


def everything(window):
    texts = widget_texts(window) + menu_texts(window) + [("status bar", window.statusBar().currentMessage())]
    lessons = getattr(window, "lessons", None)
    if lessons is not None and lessons.isVisible():
        texts += widget_texts(lessons)
    return texts


def walk(window, qtbot, lang):
    """Every view of the app in ``lang``: [(where, text), ...] of all it showed."""
    from gui.lessons import LESSONS, install_lessons
    window.resize(1280, 820)
    window.set_language(lang)
    qtbot.wait(50)  # LanguageChange arrives through the event loop
    lessons = getattr(window, "lessons", None) or install_lessons(window)
    seen = []
    window.welcome_dock.show()
    seen += everything(window)
    window.welcome_dock.hide()
    for path in EXAMPLES:
        assert window.open_file(path), path
        design = window.doc.design
        allowed_here = set(design.node_ids())  # the design's own names for its layers
        window.properties.show_node(None)
        seen += [(w, t, allowed_here) for w, t in everything(window)]
        first = design.node_ids()[0]
        window.scene.select_nodes([first])
        seen += [(w, t, allowed_here) for w, t in widget_texts(window.properties)]
        window.scene.select_nodes([])
        if os.path.basename(path)[:-len(".layerlab")] in TRAINED:
            design.training["epochs"] = 2
            window.training_dock.raise_()
            window.act_train.trigger()
            qtbot.waitUntil(lambda: not window.trainer.running, timeout=30000)
            qtbot.wait(50)
            for i in range(window.dashboard.count()):
                window.dashboard.setCurrentIndex(i)
                qtbot.wait(20)
                seen += [(w, t, allowed_here) for w, t in everything(window)]
            window.dashboard.setCurrentIndex(0)
    window.runs_dock.raise_()
    window.runs_panel.select(range(window.runs_panel.model.rowCount()))
    for i in range(window.runs_panel.compare.count()):
        window.runs_panel.compare.setCurrentIndex(i)
        qtbot.wait(20)
        seen += everything(window)
    for key, _ in LESSONS:
        lessons.open(key)
        qtbot.wait(20)
        seen += widget_texts(lessons)
    lessons.close()
    return [entry if len(entry) == 3 else (*entry, set()) for entry in seen]


def english_left(seen, allowed):
    """{(where, text): [English words]} of what ``seen`` showed."""
    left = {}
    for where, text, own in seen:
        words = [w for w in (w.rstrip("'’") for w in WORD.findall(plain(text)))
                 if len(w) > 1 and not any(ch.isdigit() for ch in w) and w not in allowed and w not in own]
        if words:
            left.setdefault((where, " ".join(plain(text).split())[:120]), sorted(set(words)))
    return left


def test_a_korean_student_reads_korean_everywhere_and_an_english_one_english(korean_window, qtbot):
    window = korean_window
    seen = walk(window, qtbot, "ko")
    assert len(seen) > 2000 and any(where == "plot" for where, _, _ in seen)
    left = english_left(seen, proper_names())
    assert left == {}, f"English in the Korean interface ({len(left)} texts):\n" + "\n".join(
        f"  {where}: {text!r}  {words}" for (where, text), words in sorted(left.items()))

    seen = walk(window, qtbot, "en")
    korean = sorted({(where, plain(text)[:80]) for where, text, _ in seen
                     if HANGUL.search(str(text or "")) and text != "한국어"})
    assert korean == [], korean


def test_switching_language_retranslates_the_canvas_and_the_plots_on_screen(window, qtbot):
    """No reopening: the nodes' lines, the plots' titles, axes and legends, and the Runs table
    change language where they are."""
    assert window.open_file(os.path.join(ROOT, "resources", "examples", "xor.layerlab"))
    window.doc.design.training["epochs"] = 2
    window.act_train.trigger()
    qtbot.waitUntil(lambda: not window.trainer.running, timeout=30000)
    dense = window.scene.nodes["d1"]
    loss = window.dashboard.loss_plot.plotItem
    confusion = window.dashboard.confusion_plot.plotItem
    window.dashboard.setCurrentWidget(window.dashboard.confusion_plot)
    qtbot.waitUntil(lambda: confusion.titleLabel.text.startswith("validation set after epoch 2"))
    assert dense.lines[1].endswith(" params")
    assert (loss.titleLabel.text, loss.getAxis("bottom").labelText) == ("loss", "epoch")
    assert [label.text for _, label in loss.legend.items] == ["training", "validation"]
    assert window.runs_panel.text(0, window.runs_panel.RESULT).startswith("loss ")

    window.set_language("ko")
    qtbot.waitUntil(lambda: dense.lines[1].endswith(" 매개변수"))
    assert (loss.titleLabel.text, loss.getAxis("bottom").labelText) == ("손실", "에포크")
    assert [label.text for _, label in loss.legend.items] == ["훈련", "검증"]
    assert confusion.titleLabel.text.startswith("에포크 2 뒤의 검증 데이터: ")
    assert confusion.getAxis("left").labelText == "실제 클래스"
    assert window.runs_panel.text(0, window.runs_panel.RESULT).startswith("손실 ")
