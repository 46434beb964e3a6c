"""Make resources/i18n/layerlab_ko.ts and .qm from the sources and tools/translations_ko.py.

    python tools/make_translations.py          # rewrite the .ts, then pyside6-lrelease it

pyside6-lupdate finds `self.tr(...)`, but not the module-level `tr()` helpers (it cannot
tell their context) nor the registry's help texts (data, not calls), so the messages are
collected here with the same contexts the code passes to QCoreApplication.translate, and
written as a Qt Linguist .ts file that pyside6-lrelease compiles. Run it after changing
a user-visible string; tests/gui/test_languages.py fails when one is left untranslated.

It also reports the coverage of every other source of text (see :func:`coverage`): core's
message templates (found with ``ast`` in every ``msg(...)``/``plural(...)`` call, translated in
core/messages_ko.py) and the examples' names, descriptions and lesson texts (tools/examples_ko.py,
rendered into resources/i18n/examples_ko.json by make_examples.py).
"""
import ast
import glob
import os
import re
import subprocess
import sys
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# file -> (context of self.tr / t = self.tr, context of the module's tr() helper);
# "*": the class the call is in (a file with several QObject classes)
CONTEXTS = {
    "runs.py": ("*", None),
    "experiments.py": ("*", None),
    "mainwindow.py": ("MainWindow", None),
    "files.py": ("FileController", None),
    "editing.py": ("EditController", None),
    "session.py": ("TrainingSession", None),
    "welcome.py": ("*", None),
    "status.py": ("*", None),
    "palette.py": ("Palette", None),
    "summary.py": ("SummaryView", None),
    "dashboard.py": ("Dashboard", None),
    "properties.py": (None, "Properties"),
    "commands.py": (None, "Commands"),
    "canvas.py": (None, "Canvas"),
    "lessons/__init__.py": (None, "LessonsWindow"),
    "lessons/activations.py": ("*", None),
    "lessons/gates.py": ("*", None),
    "lessons/graph.py": ("*", None),
    "lessons/timing.py": ("*", None),
    "lessons/optimizers.py": ("*", None),
    "lessons/losses.py": ("*", None),
    "lessons/scaling.py": ("*", None),
    "lessons/keras_code.py": ("*", None),
    "lessons/live.py": (None, "LessonsWindow"),
    "lessons/weights_table.py": (None, "WeightsTable"),
    "canvas_items.py": (None, "Canvas"),
    "node_extras.py": (None, "Canvas"),
    "paint.py": ("*", None),
    "classroom.py": ("Classroom", None),
    "shortcuts.py": ("*", None),
    "insights.py": (None, "Insights"),
}
# Qt's own strings that Qt 6's qtbase_ko.qm lacks: Qt added accelerators ("&Look in:") to
# the non-native file dialog's labels and the Korean catalog still has the old sources
# ("Look in:"), so those labels stay English. Our catalog supplies them in Qt's context.
QT_GAPS = {"QFileDialog": ["&Look in:", "Files of &type:"]}
STRING = r'((?:"(?:[^"\\]|\\.)*"\s*)+)'  # adjacent literals, as Python joins them


def _text(literals):
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', literals)
    return "".join(bytes(p, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") for p in parts)


def messages():
    """{context: [source text, ...]} in order of appearance."""
    found = {}

    def add(ctx, text):
        found.setdefault(ctx, [])
        if text not in found[ctx]:
            found[ctx].append(text)

    for name, (self_ctx, helper_ctx) in CONTEXTS.items():
        src = open(os.path.join(ROOT, "gui", name), encoding="utf-8").read()
        if self_ctx:
            classes = [(c.start(), c.group(1)) for c in re.finditer(r"^class (\w+)", src, re.M)]
            for m in re.finditer(r"(?:self\.tr|\bt)\(\s*" + STRING, src):
                ctx = self_ctx if self_ctx != "*" else [name for at, name in classes if at < m.start()][-1]
                add(ctx, _text(m.group(1)))
        if helper_ctx:
            for m in re.finditer(r"(?<![\w.])tr\(\s*" + STRING, src):
                add(helper_ctx, _text(m.group(1)))
    for path in glob.glob(os.path.join(ROOT, "gui", "*.py")):  # QCoreApplication.translate("Context", "text")
        src = open(path, encoding="utf-8").read()
        for m in re.finditer(r'translate\(\s*"(\w+)",\s*' + STRING, src):
            add(m.group(1), _text(m.group(2)))
        for m in re.finditer(r"(?<![\w.])N_\(\s*" + STRING, src):  # plot texts, translated where shown
            add("Plots", _text(m.group(1)))
    for text in registry_texts():
        add("registry", text)
    for text in lesson_titles():
        add("LessonsWindow", text)
    for text in diagnostics_texts():
        add("diagnostics", text)
    for ctx, texts in QT_GAPS.items():
        for text in texts:
            add(ctx, text)
    from core.training import GRADIENT_HISTOGRAM_CAPTION  # core's caption, translated by the dashboard
    add("Dashboard", GRADIENT_HISTOGRAM_CAPTION)
    return found


def lesson_titles():
    """The titles in gui/lessons' LESSONS table (data, translated where the tabs are made)."""
    src = open(os.path.join(ROOT, "gui", "lessons", "__init__.py"), encoding="utf-8").read()
    table = src.split("LESSONS = (", 1)[1].split("\n)", 1)[0]
    return [_text(m.group(1)) for m in re.finditer(r'\(\s*"\w+",\s*' + STRING + r'\)', table)]


def diagnostics_texts():
    """core.diagnostics' templates: each warning's message, cause and advice."""
    from core.diagnostics import TEMPLATES
    texts = []
    for message, cause, advice in TEMPLATES.values():
        texts.extend([message, cause, *advice])
    return list(dict.fromkeys(texts))


def registry_texts():
    from core.design import DATA_SPECS, EARLY_STOPPING_SPECS, TRAINING_SPECS
    from core.optimizers import OPTIMIZER_PARAMS
    from core.registry import LAYERS
    texts = []
    for spec in LAYERS.values():
        texts.append(spec.help)
        texts.extend(p.help for p in spec.params)
    for group in list(DATA_SPECS.values()) + [TRAINING_SPECS, EARLY_STOPPING_SPECS]:
        texts.extend(p.help for p in group.values())
    for params in OPTIMIZER_PARAMS.values():
        texts.extend(p.help for p in (params.values() if isinstance(params, dict) else params))
    return [t for t in dict.fromkeys(texts) if t]


def _literals(node):
    """The string literals a template argument can be: a literal, or either side of an ``if``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    return []


def core_templates():
    """{template: "core/file.py:line"} of every ``msg(...)``/``plural(...)`` template in core, and
    core.diagnostics' warning templates."""
    found = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "core", "**", "*.py"), recursive=True)) + [os.path.join(ROOT, "main.py")]:
        tree = ast.parse(open(path, encoding="utf-8").read(), path)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            args = node.args[:1] if node.func.id == "msg" else node.args[1:3] if node.func.id == "plural" else []
            for arg in args:
                for text in _literals(arg):
                    found.setdefault(text, f"{os.path.relpath(path, ROOT)}:{node.lineno}")
    for text in diagnostics_texts():  # templates kept as data (format()ed by LayerWarning), not msg() calls
        found.setdefault(text, "core/diagnostics.py:TEMPLATES")
    return found


def coverage():
    """{source of text: (translated, total, [untranslated, ...])} over every source of text."""
    from core.messages import template_fields
    from core.messages_ko import KO as CORE_KO
    from translations_ko import KO
    out = {}
    gui = [t for texts in messages().values() for t in texts]
    out["gui tr(), plot texts (N_), Qt gaps, registry help"] = [t for t in dict.fromkeys(gui) if not KO.get(t)], len(set(gui))
    core = core_templates()
    bad = [f"{where}: {t!r}" for t, where in core.items()
           if not CORE_KO.get(t) or template_fields(CORE_KO[t]) != template_fields(t)]
    out["core message templates"] = bad, len(core)
    try:
        from make_examples import example_texts
        from core.messages import text_catalog
        texts = example_texts()
        shipped = text_catalog("ko")
        out["example names, descriptions, lessons"] = [t for t in texts if not shipped.get(t)], len(texts)
    except ImportError:  # make_examples without a catalog of its own
        pass
    return {k: (total - len(missing), total, missing) for k, (missing, total) in out.items()}


def main():
    from translations_ko import KO
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="ko_KR">']
    missing = []
    for ctx, texts in messages().items():
        out.append(f"<context>\n    <name>{ctx}</name>")
        for text in texts:
            ko = KO.get(text)
            if ko is None:
                missing.append(f"{ctx}: {text!r}")
            tr = f"<translation>{escape(ko)}</translation>" if ko else '<translation type="unfinished"></translation>'
            out.append(f"    <message>\n        <source>{escape(text)}</source>\n        {tr}\n    </message>")
        out.append("</context>")
    out.append("</TS>")
    ts = os.path.join(ROOT, "resources", "i18n", "layerlab_ko.ts")
    with open(ts, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    lrelease = os.path.join(os.path.dirname(sys.executable), "pyside6-lrelease")
    subprocess.run([lrelease, ts, "-qm", ts[:-3] + ".qm"], check=True)
    for m in missing:
        print("untranslated:", m)
    for source, (done, total, left) in coverage().items():
        print(f"{source}: {done}/{total} in Korean")
        for m in left:
            print("  untranslated:", m)
        missing += left
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
