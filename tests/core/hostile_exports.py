"""Hostile designs for the exporters, and what an exported script may hold at module level.

Shared by tests/core/test_export_hostile.py (a small fixed-seed budget) and
tests/benchmarks/fuzz_export.py (a longer run).
"""
import ast
import os
import subprocess
import sys
import textwrap

from hypothesis import strategies as st

from core import Design

# Texts that have broken code generators: quotes, triple quotes, escapes, NUL, line and
# paragraph separators, a lone surrogate, and identifiers that NFKC folds onto others.
NASTY = ['x"""\n__import__(\'os\').system(\'touch pwned\')\n"""', "'''", '"', "'", "\\", "\\N{BULLET}", "\\x41",
         "\x00", "\u2028", "\u2029", "\ud800", "\udfff", "a²", "ｄ1", "d1", "{x}", "{{", "}", "%s", "\r", "\n",
         "#", "self", "forward", "train", "layer_0", "None", "class", "__import__('os')", "a/b", "ℌ", "Ⅸ"]

texts = st.one_of(st.sampled_from(NASTY),
                  st.lists(st.sampled_from(NASTY), min_size=2, max_size=4).map("".join),
                  st.text(min_size=1, max_size=12))


def _as_id(text):
    """A text made acceptable as a node id (1 to 64 characters, no spaces, dots or controls)."""
    kept = "".join(c for c in text if not (c.isspace() or c == "." or ord(c) < 32))[:64]
    return kept or "n"


@st.composite
def hostile_designs(draw):
    """A small valid design whose name, node ids and data source texts are hostile."""
    ids = draw(st.lists(texts.map(_as_id), min_size=5, max_size=5, unique=True))
    source = draw(st.sampled_from(["toy", "csv", "builtin"]))
    data = {"source": "toy", "name": "xor"}
    if source == "csv":
        target = draw(texts)
        data = {"source": "csv", "path": draw(texts) if target.strip() else "x.csv",
                "target": target if target.strip() else "y"}
        if not data["path"].strip():
            data["path"] = "data.csv"
    elif source == "builtin":
        data = {"source": "builtin", "name": "iris"}
    units = 2 if source != "builtin" else 3
    d = {"format": "layerlab-design", "version": 1, "name": draw(texts),
         "nodes": [{"id": ids[0], "type": "Input", "params": {"shape": [4 if source == "builtin" else 2]}},
                   {"id": ids[1], "type": "Dense", "params": {"units": 4}},
                   {"id": ids[2], "type": "BatchNorm", "params": {}},
                   {"id": ids[3], "type": "Dense", "params": {"units": units}},
                   {"id": ids[4], "type": "Softmax", "params": {}}],
         "edges": [[ids[i], ids[i + 1]] for i in range(4)],
         "training": {"data": data, "l2": 0.001}}
    return Design.from_dict(d)


def _literal(node):
    try:
        ast.literal_eval(node)
        return True
    except ValueError:
        return False


def _plain_expr(node):
    """Names, attributes of names, literals: what a default argument or base class may be."""
    return _literal(node) or isinstance(node, ast.Name) or (
        isinstance(node, ast.Attribute) and _plain_expr(node.value))


def module_level_problems(code):
    """What runs at import beyond imports, definitions and constants: a list of complaints."""
    problems = []
    tree = ast.parse(code)
    for i, node in enumerate(tree.body):
        where = f"line {node.lineno}"
        if i == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # the module's docstring
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        if isinstance(node, ast.FunctionDef):
            if node.decorator_list or not all(_plain_expr(d) for d in node.args.defaults + node.args.kw_defaults
                                              if d is not None):
                problems.append(f"{where}: def {node.name} runs code at import (decorator or default)")
            continue
        if isinstance(node, ast.ClassDef):
            if node.decorator_list or not all(_plain_expr(b) for b in node.bases) or node.keywords:
                problems.append(f"{where}: class {node.name} runs code at import")
            for item in node.body:
                if not (isinstance(item, ast.FunctionDef) and not item.decorator_list
                        or isinstance(item, ast.Expr) and isinstance(item.value, ast.Constant)):
                    problems.append(f"{where}: class {node.name} body holds {type(item).__name__}")
            continue
        if isinstance(node, ast.Assign):
            names = all(isinstance(t, ast.Name) or isinstance(t, ast.Tuple)
                        and all(isinstance(e, ast.Name) for e in t.elts) for t in node.targets)
            if not (names and _literal(node.value)):
                problems.append(f"{where}: assignment of a non-constant")
            continue
        if (isinstance(node, ast.If) and ast.unparse(node.test) == "__name__ == '__main__'"
                and not node.orelse and ast.unparse(node.body[0]) == "main()" and len(node.body) == 1):
            continue
        problems.append(f"{where}: {type(node).__name__} at module level")
    return problems


def name_problems(code, design):
    """Complaints about the names the code uses: non-ASCII ones (Python folds them by NFKC, so
    ``ｄ1`` would be ``d1``), and layers that do not get one attribute each."""
    tree = ast.parse(code)
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    problems = [f"non-ASCII name {n!r} in the code" for n in names if not n.isascii()]
    net_class = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Net"]
    if net_class:
        init = next(f for f in net_class[0].body if isinstance(f, ast.FunctionDef) and f.name == "__init__")
        attrs = [t.attr for st_ in init.body if isinstance(st_, ast.Assign) for t in st_.targets
                 if isinstance(t, ast.Attribute)]
        if len(set(attrs)) != len(design.nodes) - 1:
            problems.append(f"{len(design.nodes) - 1} layers but attributes {attrs}")
    return problems


IMPORTER = textwrap.dedent('''
    import importlib.util, os, sys
    failed = 0
    for path in sys.argv[1:]:
        spec = importlib.util.spec_from_file_location("exported_%d" % failed, path)
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except ImportError:  # no torch or keras here: only the imports can have run
            failed += 1
''')


def import_in_subprocess(paths, cwd):
    """Import every script in one fresh interpreter (cwd ``cwd``); returns the CompletedProcess."""
    env = dict(os.environ, KERAS_BACKEND="torch", PYTHONWARNINGS="ignore", OMP_NUM_THREADS="1")
    return subprocess.run([sys.executable, "-c", IMPORTER, *map(str, paths)], cwd=cwd, capture_output=True,
                          text=True, timeout=300, env=env)
