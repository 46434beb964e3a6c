"""The properties panel: a pyqtgraph ParameterTree generated from the registry.

With a node selected it edits that node's parameters; with nothing selected,
the design's training settings. Every change is an undo command; limits and
choices come from the declarations, so an invalid value cannot be entered.
"""
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QTreeWidget, QVBoxLayout, QWidget
from pyqtgraph.parametertree import Parameter, ParameterTree

from core.design import DATA_SPECS, EARLY_STOPPING_SPECS, TRAINING_SPECS
from core.optimizers import OPTIMIZER_PARAMS
from core.registry import LAYERS, MAX_UNITS, REQUIRED

from . import commands
from .i18n import core_text
from .lessons.weights_table import WeightsTable, table_weights


def tr(text):
    return QCoreApplication.translate("Properties", text)


def own_title(name):
    """The title of one of LayerLab's own settings, in the window's language. Keras' argument
    names (validation_split, batch_size, epochs, lr, patience…) stay as Keras writes them, in
    Korean too, as Keras' Korean documentation does; these are not Keras', so they are translated."""
    titles = {"name": tr("name"), "samples": tr("samples"), "noise": tr("noise"), "classes": tr("classes"),
              "path": tr("path"), "target": tr("target"), "task": tr("task"), "scaling": tr("scaling"),
              "enabled": tr("enabled")}
    return titles.get(name, name)


def rtr(text):
    """Registry help, translated."""
    return QCoreApplication.translate("registry", text)


def _limits(spec):
    """Inclusive limits for a spin box from a spec's (possibly exclusive) bounds."""
    lo, hi = spec.minimum, spec.maximum
    if spec.kind == "int":
        return (int(lo), int(hi))
    if spec.min_exclusive:
        lo = lo + max(1e-12, abs(lo) * 1e-9) if lo else 1e-9
    if spec.max_exclusive:
        hi = hi - 1e-3 if hi == 1.0 else hi * (1 - 1e-9)
    return (lo, hi)


def param_opts(spec, value, title=None):
    """pyqtgraph options for a ParamSpec with the current ``value``."""
    opts = {"name": spec.name, "title": title or spec.name, "tip": rtr(spec.help)}
    if not spec.required and spec.default is not None:  # the reset button goes back to the registry's default
        opts["default"] = ", ".join(map(str, spec.default)) if spec.kind == "shape" else spec.default
    if spec.nullable:  # a text field: empty is null (a pool's strides: the pool size)
        opts.update(type="str", value="" if value is None else str(value))
    elif spec.kind == "int":
        opts.update(type="int", value=int(value), limits=_limits(spec))
    elif spec.kind == "float":
        lo, hi = _limits(spec)
        opts.update(type="float", value=float(value), limits=(lo, hi), decimals=6)
        if hi - lo <= 1.0 + 1e-6 and lo >= 0 and spec.name not in ("eps", "lr"):
            opts.update(step=0.05)
        else:
            opts.update(dec=True, step=0.5, minStep=1e-12)
    elif spec.kind == "bool":
        opts.update(type="bool", value=bool(value))
    elif spec.kind == "choice":
        opts.update(type="list", limits=list(spec.choices), value=value)
    elif spec.kind == "shape":
        opts.update(type="str", value=", ".join(str(v) for v in value))
    else:
        opts.update(type="str", value="" if value is None else str(value))
    return opts


def parse_shape(text):
    """ "8, 8" -> [8, 8]; None if it is not 1 to 3 positive integers."""
    try:
        parts = [int(p) for p in text.replace("(", "").replace(")", "").replace("[", "").replace("]", "")
                 .replace("x", ",").split(",") if p.strip()]
    except ValueError:
        return None
    return parts if 1 <= len(parts) <= 3 and all(1 <= p <= MAX_UNITS for p in parts) else None


class _Tree(ParameterTree):
    """pyqtgraph's tree, whose hidden top item stays hidden when the font changes: pyqtgraph then
    sizes every group's title anew, the hidden top's too, and "root" appeared above the settings
    after presentation mode (F11) had enlarged the font and put it back."""

    def event(self, event):
        handled = super().event(event)
        if event.type() == QEvent.FontChange and self.topLevelItemCount():
            top = self.topLevelItem(0)
            top.setText(0, "")
            top.setSizeHint(0, QSize(1, 1))
            top.setSizeHint(1, QSize(1, 1))
        return handled


class PropertiesPanel(QWidget):
    message = Signal(str)  # something for the status bar ("not a shape: ...")
    paintRequested = Signal()  # "Paint points…" in the data settings: show the Paint data dock

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.node_id = None
        self.tree = _Tree(showHeader=False)
        # pyqtgraph keeps a Python object for the tree's invisible root item, which Qt deletes with
        # the tree without PySide knowing: that stale object then stood for new objects Qt made at
        # the same address, and a later window crashed, or found a tree item among a plot's
        # children. It is invalidated with the tree.
        root = QTreeWidget.invisibleRootItem(self.tree)
        self.tree.destroyed.connect(lambda *_: shiboken6.invalidate(root))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree)
        self.weights_table = WeightsTable()  # a small Dense layer's W and b, typed by hand (gui/lessons)
        self.weights_table.edited.connect(self._weights_typed)
        self.weights_table.problem.connect(self.message)
        layout.addWidget(self.weights_table)
        self.root = None
        self._keys = {}          # Parameter -> ("node", name) or ("training", path)
        self._structure = None
        self._updating = False
        doc.nodeChanged.connect(self._node_changed)
        doc.nodeRemoved.connect(self._node_removed)
        doc.trainingChanged.connect(self._training_changed)
        doc.designReset.connect(lambda: self.show_node(None))
        self.show_node(None)

    # -- which form -------------------------------------------------------------------------
    def show_node(self, node_id):
        self.node_id = node_id if node_id and self.doc.has_node(node_id) else None
        self.rebuild()

    def _node_changed(self, node_id):
        if node_id == self.node_id:
            self.refresh()

    def _node_removed(self, node_id):
        if node_id == self.node_id:
            self.show_node(None)

    def _training_changed(self):
        if self.node_id is None:
            self.refresh()

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.rebuild()
        super().changeEvent(event)

    def structure(self):
        if self.node_id:
            return ("node", self.node_id, self.doc.node(self.node_id).type)  # a changed type rebuilds the form
        s = self.doc.design.settings()
        return ("training", s["data"]["source"], s["optimizer"]["type"])

    def refresh(self):
        """Show the document's values; rebuild when the form's shape has changed."""
        if self.structure() != self._structure:
            self.rebuild()
            return
        self._show_weights()
        self._updating = True
        try:
            for param, key in self._keys.items():
                if param.opts["type"] == "action":  # a button (Choose CSV file…, Paint points…): no value
                    continue
                value = self._current(key)
                if param.opts["type"] == "str" and isinstance(value, list):
                    value = ", ".join(map(str, value))
                param.setValue("" if value is None else value)
        finally:
            self._updating = False

    def rebuild(self):
        self._keys = {}
        self._structure = self.structure()
        children = self._node_children() if self.node_id else self._training_children()
        self._updating = True
        try:
            self.root = Parameter.create(name="root", type="group", children=children)
            self.tree.setParameters(self.root, showTop=False)
            self._bind(self.root)
            self._tip_names(self.tree.invisibleRootItem())
        finally:
            self._updating = False
        self._show_weights()

    def _show_weights(self):
        self.weights_table.show_weights(table_weights(self.doc.design, self.node_id) if self.node_id else None)

    def _weights_typed(self, weights):
        if self.node_id is not None:
            self.doc.undo_stack.push(commands.SetParam(self.doc, self.node_id, "weights", weights))

    def _tip_names(self, item):
        """The help on the parameter's name too: pyqtgraph shows it only on the editor, in edit mode."""
        for i in range(item.childCount()):
            child = item.child(i)
            tip = getattr(child, "param", None) and child.param.opts.get("tip")
            if tip:
                child.setToolTip(0, tip)
            self._tip_names(child)

    def _bind(self, group):
        for child in group.children():
            if child.opts["type"] == "group":
                self._bind(child)
                continue
            key = child.opts.get("key")
            if key is None:
                continue
            self._keys[child] = key
            if child.opts["type"] == "action":
                child.sigActivated.connect(self._browse_csv if key == ("browse",)
                                         else lambda *args: self.paintRequested.emit())
            else:
                child.sigValueChanged.connect(self._changed)

    # -- node form --------------------------------------------------------------------------------
    def _node_children(self):
        node = self.doc.node(self.node_id)
        spec = LAYERS[node.type]
        self.heading.setText(f"<b>{node.type}</b> &nbsp;<span style='color:#666'>{node.id}</span><br>"
                             f"<span style='color:#444'>{rtr(spec.help)}</span>")
        values = node.resolved()
        children = []
        for p in spec.params:
            if p.kind == "weights":  # typed in the weights table below the form, not as text here
                continue
            value = values[p.name]
            if (value is None and not p.nullable) or value is REQUIRED:  # not set yet: the lowest legal value
                value = [] if p.kind == "shape" else (p.minimum or 1)
            opts = param_opts(p, value)
            opts["key"] = ("node", p.name)
            children.append(opts)
        if not children:
            children.append({"name": "none", "title": tr("No parameters"), "type": "str", "value": "",
                             "readonly": True})
        error = self.doc.analysis.node_errors.get(node.id)
        if error:
            self.heading.setText(self.heading.text() + f"<br><span style='color:#c00'>{core_text(error)}</span>")
        return children

    # -- training form ---------------------------------------------------------------------------
    def _training_children(self):
        self.heading.setText("<b>" + tr("Training settings") + "</b><br><span style='color:#444'>"
                             + tr("Select a layer to edit its parameters.") + "</span>")
        s = self.doc.design.settings()
        data = s["data"]
        source_spec = {"name": "source", "title": tr("source"), "type": "list",
                       "limits": list(DATA_SPECS), "value": data["source"], "key": ("training", ("data", "source")),
                       "tip": tr("toy: generated 2-D sets; builtin: bundled real datasets; csv: your own file")}
        data_children = [source_spec]
        for name, spec in DATA_SPECS[data["source"]].items():
            if spec.kind == "points":  # painted in the Paint data dock (gui.paint), not typed
                data_children.append({"name": "paint", "title": tr("Paint points…"), "type": "action",
                                      "key": ("paint",)})
                continue
            value = data.get(name, spec.default if not spec.required else "")
            opts = param_opts(spec, value, own_title(name))
            opts["key"] = ("training", ("data", name))
            data_children.append(opts)
        if data["source"] == "csv":
            data_children.append({"name": "browse", "title": tr("Choose CSV file…"), "type": "action",
                                  "key": ("browse",)})
        opt = s["optimizer"]
        opt_children = [{"name": "type", "title": tr("type"), "type": "list", "limits": list(OPTIMIZER_PARAMS),
                         "value": opt["type"], "key": ("training", ("optimizer", "type"))}]
        for spec in OPTIMIZER_PARAMS[opt["type"]]:
            opts = param_opts(spec, opt[spec.name])
            opts["key"] = ("training", ("optimizer", spec.name))
            opt_children.append(opts)
        es_children = []
        for name, spec in EARLY_STOPPING_SPECS.items():
            opts = param_opts(spec, s["early_stopping"][name], own_title(name))
            opts["key"] = ("training", ("early_stopping", name))
            es_children.append(opts)
        children = [{"name": "name", "title": tr("Design name"), "type": "str", "value": core_text(self.doc.design.name),
                     "key": ("name",)},
                    {"name": "data", "title": tr("Data"), "type": "group", "children": data_children}]
        for name in ("scaling", "validation_split", "loss", "batch_size", "epochs", "seed", "l1", "l2"):
            opts = param_opts(TRAINING_SPECS[name], s[name], own_title(name))
            opts["key"] = ("training", (name,))
            children.append(opts)
            if name == "loss":
                children.append({"name": "optimizer", "title": tr("Optimizer"), "type": "group",
                                 "children": opt_children})
        children.append({"name": "early_stopping", "title": tr("Early stopping"), "type": "group",
                         "children": es_children, "expanded": s["early_stopping"]["enabled"]})
        return children

    # -- reading and writing values ----------------------------------------------------------------
    def _current(self, key):
        if key[0] == "node":
            return self.doc.node(self.node_id).resolved()[key[1]]
        if key[0] == "name":
            return core_text(self.doc.design.name)  # an example's name in the current language
        s = self.doc.design.settings()
        value = s
        for k in key[1]:
            value = value.get(k) if isinstance(value, dict) else None
        return value

    def _changed(self, param, value):
        if self._updating:
            return
        key = self._keys[param]
        doc = self.doc
        if key[0] == "name":
            if value.strip() and value not in (doc.design.name, core_text(doc.design.name)):
                doc.undo_stack.push(commands.Rename(doc, value.strip()))
            return
        if key[0] == "node":
            spec = LAYERS[doc.node(self.node_id).type].param(key[1])
            if spec.kind == "shape":
                parsed = parse_shape(value)
                if parsed is None:
                    self.message.emit(tr("Not a shape: %1 (expected 1 to 3 whole numbers, e.g. 8, 8)")
                                      .replace("%1", value))
                    self.refresh()
                    return
                value = parsed
            elif spec.nullable:
                text = value.strip()
                value = None if not text else int(text) if text.isdigit() else text
                if value is not None and not (isinstance(value, int) and spec.minimum <= value <= spec.maximum):
                    self.message.emit(tr("%1: expected a whole number from %2 to %3, or empty for the default")
                                      .replace("%1", spec.name).replace("%2", f"{spec.minimum:g}")
                                      .replace("%3", f"{spec.maximum:g}"))
                    self.refresh()
                    return
            if value != self._current(key):
                doc.undo_stack.push(commands.SetParam(doc, self.node_id, key[1], value))
            return
        path = key[1]
        if path == ("data", "source"):
            fresh = {"source": value}
            doc.undo_stack.push(commands.SetTraining(doc, ("data",), fresh, tr("Set data source")))
        elif path == ("optimizer", "type"):
            keep = {"type": value, "lr": doc.design.settings()["optimizer"]["lr"]}
            doc.undo_stack.push(commands.SetTraining(doc, ("optimizer",), keep, tr("Set optimizer")))
        elif path[0] == "data" and DATA_SPECS[self._current(("training", ("data", "source")))][path[1]].kind == "str" \
                and not str(value).strip():
            self.refresh()  # a required text cannot be emptied
        elif value != self._current(key):
            doc.undo_stack.push(commands.SetTraining(doc, path, value))

    def _browse_csv(self, *args):
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose a CSV file"), "", tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.doc.undo_stack.push(commands.SetTraining(self.doc, ("data", "path"), path, tr("Set CSV file")))
