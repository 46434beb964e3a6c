"""The exported script's ``load_data()``: the app's data, split, order and scaling, standalone.

The seeding, splitting and scaling functions of :mod:`core.data` are copied into the script
verbatim (``inspect.getsource``), so the script makes the same NumPy calls as the trainer and
``load_data()`` returns arrays equal to ``Trainer(design).x_train`` and the rest.
"""
import inspect
import os

from .. import csvfile, data
from ..points import points_arrays
from .common import lit

# Reads a CSV as core.data.load_csv does for well-formed files: the same delimiter, the same
# numbers, the same class order (np.unique of numbers if every label is one, else of texts).
_CSV_READER = '''
def load_raw(data_seed):
    """The CSV's features, targets (class indices or values) and class labels."""
    with open(DATA_FILE, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp949")  # what Korean Excel saves
    lines = [line for line in text.replace("\\r\\n", "\\n").replace("\\r", "\\n").split("\\n") if line.strip()]
    delimiter = _sniff_delimiter(lines[0].rstrip("\\r"))
    rows = list(csv.reader([line.rstrip("\\r") for line in lines], delimiter=delimiter))
    header = [h.strip() for h in rows[0]]
    col = header.index(TARGET)
    x = np.array([[float(v) for j, v in enumerate(r) if j != col] for r in rows[1:]], dtype=np.float64)
    labels = [r[col].strip() for r in rows[1:]]
    if TASK == "regression":
        return x, np.array([float(v) for v in labels]), []
    try:
        values, y = np.unique(np.array([float(v) for v in labels]), return_inverse=True)
        classes = [f"{v:g}" for v in values]
    except ValueError:
        values, y = np.unique(np.array(labels), return_inverse=True)
        classes = [str(v) for v in values]
    return x, y.astype(np.int64), classes
'''

_LOAD_DATA = '''
def load_data():
    """(x_train, y_train, x_val, y_val, task): the design's data as LayerLab's trainer has it
    for SEED (the same split, order and scaling); y holds class indices or target values."""
    _, data_seed, _, split_seed = run_seeds(SEED)
    x, y, classes = load_raw(data_seed)
    train, val, scaler = split_and_scale(x, y, len(classes), VALIDATION_SPLIT, SCALING, split_seed)
    if len(train) == 0:
        raise SystemExit("the validation split leaves no training samples; lower VALIDATION_SPLIT")
    task = "classification" if classes else "regression"
    return (model_inputs(scaler, x[train], INPUT_SHAPE, np.float32), y[train],
            model_inputs(scaler, x[val], INPUT_SHAPE, np.float32), y[val], task)
'''

_SHARED = (data.run_seeds, data.split_indices, data.Scaler, data.split_and_scale, data.model_inputs)


def data_code(design, input_shape):
    """(imports, constants, functions) of the script's data part."""
    s = design.settings()
    d = s["data"]
    constants = [f"SEED = {lit(s['seed'])}", f"VALIDATION_SPLIT = {lit(float(s['validation_split']))}",
                 f"SCALING = {lit(s['scaling'])}", f"INPUT_SHAPE = {lit(tuple(int(v) for v in input_shape))}"]
    imports = []
    if d["source"] == "toy":
        fn = data.TOY[d["name"]]
        classes = data.toy_classes(d["name"], d.get("classes", 2))
        code = [inspect.getsource(fn),
                "\ndef load_raw(data_seed):",
                '    """The toy data: features, targets (class indices or values), class labels."""',
                "    rng = np.random.default_rng(data_seed)",
                f"    x, y = {fn.__name__}({lit(int(d['samples']))}, {lit(float(d['noise']))}, rng, "
                f"{lit(int(d.get('classes', 2)))})",
                f"    return x, y, {classes!r}\n"]
    elif d["source"] == "points":  # painted by hand: the points themselves, as a literal
        x, y, classes = points_arrays(d)
        # Rebuilt from the arrays, so only Python floats and ints reach repr().
        rows = [[float(a), float(b), int(c) if classes else float(c)] for (a, b), c in zip(x.tolist(), y.tolist())]
        constants.append(f"POINTS = {rows!r}")
        code = ["\ndef load_raw(data_seed):",
                '    """The painted points: features, targets (class indices or values), class labels."""',
                "    points = np.array(POINTS, dtype=np.float64).reshape(-1, 3)",
                "    y = points[:, 2] if not CLASSES else points[:, 2].astype(np.int64)",
                "    return points[:, :2].copy(), y.copy(), list(CLASSES)\n"]
        constants.append(f"CLASSES = {lit(tuple(classes))}")
    else:
        path, target, task = data.csv_source(d, design.base_dir)
        imports.append("import csv")
        constants += [f"DATA_FILE = {lit(os.path.abspath(path))}  # set your own path if it moved",
                      f"TARGET = {lit(target)}", f"TASK = {lit(task)}"]
        code = [inspect.getsource(csvfile._sniff_delimiter), _CSV_READER]
    code += ["\n" + inspect.getsource(f) for f in _SHARED]
    code.append(_LOAD_DATA)
    return imports, "\n".join(constants) + "\n", "\n".join(code)
