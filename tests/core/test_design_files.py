"""Design files: exact round trips, atomic saves, versions, and no crash on any bad file."""
import copy
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from core import Design, DesignError, load_design, save_design
from core.design import MAX_DEPTH, design_to_json, parse_design_bytes, TRAINING_SPECS, DATA_SPECS, \
    EARLY_STOPPING_SPECS
from core.optimizers import OPTIMIZER_PARAMS
from core.registry import LAYERS

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
XOR = os.path.join(ROOT, "resources", "examples", "xor.layerlab")
FUZZ_EXAMPLES = int(os.environ.get("LAYERLAB_FUZZ_EXAMPLES", "3000"))


# -- strategies for valid designs ---------------------------------------------------------------
def value_of(spec):
    if spec.kind == "bool":
        return st.booleans()
    if spec.kind == "choice":
        return st.sampled_from(spec.choices)
    if spec.kind == "str":
        return st.text(min_size=1, max_size=20).filter(lambda s: s.strip() != "")
    if spec.kind == "shape":
        return st.lists(st.integers(1, 64), min_size=1, max_size=3)
    if spec.kind == "weights":  # hand-set weights must fit the layer's shape: unset here
        return st.none()
    if spec.kind == "int":
        return st.integers(int(spec.minimum), int(spec.maximum))
    if spec.kind == "points":  # painted points: an integer third value is a class and a value alike
        coordinate = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)
        return st.lists(st.tuples(coordinate, coordinate, st.integers(0, 7)).map(list), max_size=5)
    return st.floats(spec.minimum, spec.maximum, allow_nan=False, allow_infinity=False,
                     exclude_min=spec.min_exclusive, exclude_max=spec.max_exclusive)


def params_of(specs):
    return st.fixed_dictionaries({p.name: value_of(p) for p in specs if p.required},
                                 optional={p.name: value_of(p) for p in specs if not p.required})


@st.composite
def designs(draw):
    types = draw(st.lists(st.sampled_from(list(LAYERS)), min_size=0, max_size=8))
    ids = draw(st.lists(st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,8}", fullmatch=True), min_size=len(types),
                        max_size=len(types), unique=True))
    nodes = []
    for nid, kind in zip(ids, types):
        node = {"id": nid, "type": kind, "params": draw(params_of(LAYERS[kind].params))}
        if draw(st.booleans()):
            node["pos"] = [draw(st.floats(-1e6, 1e6)), draw(st.integers(-1000, 1000))]
        nodes.append(node)
    pairs = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]]  # forward only: never a cycle
    edges = [list(e) for e in draw(st.lists(st.sampled_from(pairs), unique=True, max_size=10))] if pairs else []
    training = draw(params_of(TRAINING_SPECS.values()))
    if draw(st.booleans()):
        source = draw(st.sampled_from(sorted(DATA_SPECS)))
        training["data"] = {"source": source, **draw(params_of(DATA_SPECS[source].values()))}
    if draw(st.booleans()):
        kind = draw(st.sampled_from(sorted(OPTIMIZER_PARAMS)))
        training["optimizer"] = {"type": kind, **draw(params_of(OPTIMIZER_PARAMS[kind]))}
    if draw(st.booleans()):
        training["early_stopping"] = draw(params_of(EARLY_STOPPING_SPECS.values()))
    d = {"format": "layerlab-design", "version": 1, "name": draw(st.text(max_size=30)),
         "nodes": nodes, "edges": edges, "training": training}
    if draw(st.booleans()):
        d["description"] = draw(st.text(max_size=60))
    return d


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(designs())
def test_random_valid_designs_round_trip_exactly(d):
    design = Design.from_dict(copy.deepcopy(d))
    assert design.to_dict() == d
    text = design_to_json(design)
    again = parse_design_bytes(text.encode("utf-8"))
    assert again == design and again.to_dict() == d
    assert design_to_json(again) == text  # stable: saving twice gives the same bytes


def test_save_and_load_round_trip_with_positions_and_settings(tmp_path):
    design = load_design(XOR)
    design.nodes[2].pos = [12.5, -40]
    design.training["optimizer"] = {"type": "rmsprop", "lr": 0.002, "alpha": 0.9}
    path = tmp_path / "mine.layerlab"
    save_design(design, path)
    loaded = load_design(path)
    assert loaded == design and loaded.to_dict() == design.to_dict()
    save_design(loaded, tmp_path / "again.layerlab")
    assert (tmp_path / "again.layerlab").read_bytes() == path.read_bytes()


# -- mutations: anything goes in, only a Design or a DesignError comes out --------------------------
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**30, 10**30) | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12)


def paths(obj, prefix=()):
    yield prefix
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from paths(v, prefix + (i,))


def get_parent(obj, path):
    for key in path[:-1]:
        obj = obj[key]
    return obj


@st.composite
def mutated_files(draw):
    d = json.load(open(XOR))
    kind = draw(st.sampled_from(["delete", "replace", "truncate", "bytes", "encoding", "nest", "constant",
                                 "huge", "insert"]))
    if kind in ("delete", "replace", "nest", "huge", "insert"):
        all_paths = [p for p in paths(d) if p]
        path = draw(st.sampled_from(all_paths))
        parent = get_parent(d, path)
        if kind == "delete":
            del parent[path[-1]]
        elif kind == "replace":
            parent[path[-1]] = draw(json_values)
        elif kind == "huge":
            parent[path[-1]] = draw(st.sampled_from([10**400, -10**400, 2**63, 1e308, -1e308, 65537, 10**9]))
        elif kind == "insert":
            target = parent if isinstance(parent, dict) else d
            target[draw(st.text(max_size=8))] = draw(json_values)
        else:  # spliced in as text: json.dumps itself would recurse too deep
            depth = draw(st.integers(MAX_DEPTH - 5, 100_000))
            parent[path[-1]] = "@NEST@"
            return json.dumps(d).replace('"@NEST@"', "[" * depth + "1" + "]" * depth).encode("utf-8")
        return json.dumps(d).encode("utf-8")
    text = json.dumps(d)
    if kind == "truncate":
        return text.encode("utf-8")[:draw(st.integers(0, len(text) - 1))]
    if kind == "bytes":
        raw = bytearray(text.encode("utf-8"))
        for _ in range(draw(st.integers(1, 8))):
            raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
        return bytes(raw) if draw(st.booleans()) else draw(st.binary(max_size=200))
    if kind == "encoding":
        d["name"] = "한국어 설계"
        return json.dumps(d, ensure_ascii=False).encode(draw(st.sampled_from(["utf-16", "utf-32", "cp949",
                                                                               "latin-1", "utf-8-sig"])), "replace")
    literal = draw(st.sampled_from(["NaN", "Infinity", "-Infinity"]))
    return text.replace('"lr": 0.01', f'"lr": {literal}').encode("utf-8")


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_files())
def test_mutated_files_load_or_raise_design_error_never_anything_else(raw):
    try:
        design = parse_design_bytes(raw)
    except DesignError as e:
        assert str(e) and "\n" not in str(e)
        return
    assert isinstance(design, Design)
    # What loads is really valid: it saves and reloads unchanged.
    assert parse_design_bytes(design_to_json(design).encode("utf-8")) == design


def test_nan_and_infinity_literals_are_refused():
    text = open(XOR).read().replace('"lr": 0.01', '"lr": NaN')
    with pytest.raises(DesignError, match="NaN, which is not a number in JSON"):
        parse_design_bytes(text.encode())


def test_deep_nesting_is_refused_with_a_design_error():
    for depth in (MAX_DEPTH + 1, 100_000):
        raw = ('{"format": "layerlab-design", "version": 1, "nodes": [], "edges": [], "name": '
               + "[" * depth + "]" * depth + "}")
        with pytest.raises(DesignError, match="nests deeper than any design"):
            parse_design_bytes(raw.encode())


def test_a_repeated_key_is_refused():
    with pytest.raises(DesignError, match="repeats the key 'nodes'"):
        parse_design_bytes(b'{"format": "layerlab-design", "version": 1, "nodes": [], "nodes": [], "edges": []}')


def test_files_over_50_mb_are_refused_before_parsing(tmp_path):
    path = tmp_path / "huge.layerlab"
    with open(path, "wb") as f:
        f.truncate(51 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(DesignError, match="the file is 51 MB; a design is at most 50 MB"):
        load_design(path)


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["nodes"].extend({"id": f"x{i}", "type": "ReLU"} for i in range(1000)),
     r"^nodes: at most 1000 nodes, got 1005$"),
    (lambda d: d["nodes"][1]["params"].update(units=65537), r"^nodes\[1\]\.params\.units: must be an integer from 1 to 65536"),
    (lambda d: d["nodes"].append({"id": "d1", "type": "ReLU"}), r"^nodes\[5\]\.id: duplicate node id 'd1'$"),
    (lambda d: d["nodes"].append({"id": "x", "type": "LSTM"}), r"^nodes\[5\]\.type: unknown layer type 'LSTM'; expected one of Input, Dense"),
    (lambda d: d["edges"].append(["d2", "ghost"]), r"^edges\[4\]: names unknown node 'ghost'$"),
    (lambda d: d["edges"].append(["out", "in"]), r"^edges: form a cycle"),
    (lambda d: d["nodes"][3]["params"].update(units="2"), r"^nodes\[3\]\.params\.units: must be an integer from 1 to 65536, got '2'$"),
    (lambda d: d["training"].update(batchsize=32), r"^training\.batchsize: unknown key; expected"),
    (lambda d: d["training"].update(loss="sse"),
     r"^training\.loss: must be one of 'mse', 'sum_squared_error', 'binary_crossentropy', 'categorical_crossentropy', got 'sse'$"),
    (lambda d: d["training"]["optimizer"].update(type="adamw"), r"^training\.optimizer\.type: must be one of"),
    (lambda d: d["training"]["data"].update(source="kaggle"), r"^training\.data\.source: must be one of 'toy', 'builtin', 'csv'"),
    (lambda d: d.pop("nodes"), r"^nodes: missing$"),
    (lambda d: d.update(format="keras"), r"^format: must be 'layerlab-design'; this is not a LayerLab design"),
])
def test_every_problem_names_its_field(mutate, message):
    d = json.load(open(XOR))
    mutate(d)
    with pytest.raises(DesignError, match=message):
        Design.from_dict(d)


def test_a_half_made_csv_design_saves_and_reopens_and_training_asks_for_the_column(tmp_path):
    from core.training import Trainer
    from core.data import DataError
    d = json.load(open(XOR))
    d["training"]["data"] = {"source": "csv", "path": "points.csv"}
    design = Design.from_dict(d)
    save_design(design, tmp_path / "half.layerlab")
    assert load_design(tmp_path / "half.layerlab") == design
    with pytest.raises(DataError, match=r"^training.data.target: name the CSV column to predict$"):
        Trainer(design)


def test_a_design_with_more_than_1e8_parameters_is_refused():
    from core import build_network
    d = Design.sequential([65536], [("Dense", {"units": 65536}), ("Dense", {"units": 2})], {"loss": "mse"})
    # 65536 * 65536 + 65536 (first Dense) + 65536 * 2 + 2 (second) = 4,295,163,906
    with pytest.raises(DesignError, match=r"the network has 4,295,163,906 parameters; at most 50,000,000"):
        build_network(d)


# -- versions -------------------------------------------------------------------------------------------
def test_a_newer_version_is_refused_with_a_message_that_says_so():
    d = json.load(open(XOR))
    d["version"] = 2
    with pytest.raises(DesignError, match="this design is version 2, made by a newer LayerLab; this one reads "
                                          "up to version 1. Update LayerLab to open it"):
        Design.from_dict(d)


def test_version_0_is_migrated():
    d = json.load(open(XOR))
    old = dict(d, version=0)
    old["links"] = old.pop("edges")
    old["nodes"] = [{("kind" if k == "type" else k): v for k, v in n.items()} for n in d["nodes"]]
    assert Design.from_dict(old).to_dict() == d


# -- atomic saves -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("failing", ["os.replace", "os.fsync"])
def test_a_save_interrupted_mid_write_leaves_the_old_file_intact(tmp_path, monkeypatch, failing):
    path = tmp_path / "work.layerlab"
    design = load_design(XOR)
    save_design(design, path)
    before = path.read_bytes()
    design.name = "changed"
    module, name = failing.split(".")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, name, boom)
    with pytest.raises(OSError, match="No space left"):
        save_design(design, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["work.layerlab"]  # no temporary file left behind


def test_a_failing_write_leaves_the_old_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "work.layerlab"
    save_design(load_design(XOR), path)
    before = path.read_bytes()

    class Exploding:
        def __init__(self, design):
            self.design = design

        def to_dict(self):
            raise KeyboardInterrupt  # the user hits Ctrl+C mid-save
    with pytest.raises(KeyboardInterrupt):
        save_design(Exploding(None), path)
    assert path.read_bytes() == before


def test_an_unknown_key_with_a_newline_is_quoted_in_the_message():
    # Found by the fuzz test in CI: re's "$" matches before a final newline, so "A\n" passed
    # as a plain name and the message broke over two lines.
    d = json.loads(design_to_json(load_design(XOR)))
    d["nodes"][1] = {"A\n": None}
    with pytest.raises(DesignError) as e:
        Design.from_dict(d)
    assert str(e.value) == "nodes[1].'A\\n': unknown key; expected id, params, pos, type"


def test_a_node_id_ending_in_a_newline_is_refused():
    d = json.loads(design_to_json(load_design(XOR)))
    d["nodes"][1]["id"] = "d1\n"
    with pytest.raises(DesignError, match=r"nodes\[1\]\.id"):
        Design.from_dict(d)


def with_lesson(action, text="Train, then look"):
    d = json.load(open(XOR))
    d["lesson"] = {"text": text, "action": action}
    return d


def test_a_lesson_route_round_trips_and_every_kind_is_accepted():
    for action in ({"kind": "train", "view": "dashboard.boundary"},
                   {"kind": "compare", "with": ["xor_single_layer.layerlab"], "view": "runs.accuracy"},
                   {"kind": "variants", "sweep": "optimizer", "view": "runs.loss"},
                   {"kind": "variants", "sweep": "initialiser", "choices": ["normal", "he_normal"], "view": "runs.loss"},
                   {"kind": "variants", "sweep": "learning rate", "choices": [0.1, 0.01], "view": "runs.loss"},
                   {"kind": "variants", "sweep": "scaling", "choices": ["none", "minmax", "standard"],
                    "view": "runs.accuracy"},
                   {"kind": "variants", "sweep": "loss", "choices": ["mse", "categorical_crossentropy"],
                    "view": "runs.loss"}):
        d = with_lesson(action)
        assert Design.from_dict(d).to_dict() == d


@pytest.mark.parametrize("action, message", [
    ({"kind": "train"}, r"^lesson\.action\.view: missing$"),
    ({"kind": "train", "view": "dashboard.gradient"}, r"^lesson\.action\.view: must be one of 'dashboard\.curves'"),
    ({"kind": "train", "view": "runs.loss", "sweep": "optimizer"}, r"^lesson\.action\.sweep: unknown key; expected kind, view$"),
    ({"kind": "open", "view": "runs.loss"}, r"^lesson\.action\.kind: must be one of 'train', 'compare', 'variants', got 'open'$"),
    ({"kind": "compare", "with": ["../secret.layerlab"], "view": "runs.loss"},
     r"^lesson\.action\.with\[0\]: must be a \.layerlab file name beside the design \(no folders\)"),
    ({"kind": "compare", "with": "xor.layerlab", "view": "runs.loss"}, r"^lesson\.action\.with: must be a list of 1 to 10 items"),
    ({"kind": "variants", "sweep": "init", "view": "runs.loss"}, r"^lesson\.action\.sweep: must be one of 'activation'"),
    ({"kind": "variants", "sweep": "activation", "choices": ["Softmax"], "view": "runs.loss"},
     r"^lesson\.action\.choices\[0\]: must be one of 'Sigmoid', 'Tanh', 'ReLU', 'LeakyReLU', got 'Softmax'$"),
    ({"kind": "variants", "sweep": "scaling", "choices": ["log"], "view": "runs.loss"},
     r"^lesson\.action\.choices\[0\]: must be one of 'none', 'minmax', 'standard', got 'log'$"),
    ({"kind": "variants", "sweep": "learning rate", "choices": [float("inf")], "view": "runs.loss"},
     r"^lesson\.action\.choices\[0\]: must be a learning rate in \(0, 10\]"),
])
def test_a_bad_lesson_route_names_its_field(action, message):
    with pytest.raises(DesignError, match=message):
        Design.from_dict(with_lesson(action))


def test_a_lesson_needs_its_text_and_nothing_else():
    with pytest.raises(DesignError, match=r"^lesson\.text: must be a non-empty string"):
        Design.from_dict(with_lesson({"kind": "train", "view": "runs.loss"}, text=" "))
    d = with_lesson({"kind": "train", "view": "runs.loss"})
    d["lesson"]["hint"] = "?"
    with pytest.raises(DesignError, match=r"^lesson\.hint: unknown key; expected action, text$"):
        Design.from_dict(d)


def _laid_out(value, indent=0, width=100):
    """The file layout said plainly (each value encoded whole at every level): what the fast
    encoder in core.design must write, byte for byte."""
    compact = json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))
    if not isinstance(value, (dict, list)) or len(compact) + 2 * indent <= width or not value:
        return compact
    pad, inner = "  " * indent, "  " * (indent + 1)
    if isinstance(value, dict):
        return "{\n" + ",\n".join(f"{inner}{json.dumps(k, ensure_ascii=False)}: {_laid_out(value[k], indent + 1)}"
                                  for k in sorted(value)) + "\n" + pad + "}"
    return "[\n" + ",\n".join(inner + _laid_out(v, indent + 1) for v in value) + "\n" + pad + "]"


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=12) | st.dictionaries(st.text(max_size=12), inner, max_size=8)
    | st.lists(st.lists(st.floats(allow_nan=False, allow_infinity=False) | st.integers(), max_size=30), max_size=6),
    max_leaves=200)


@settings(max_examples=400, deadline=None)
@given(_json_values)
def test_files_are_laid_out_as_the_plain_rule_says_for_any_json_value(value):
    from core.fileio import _stable_json
    assert _stable_json(value) == _laid_out(value)


def test_every_example_and_a_session_of_runs_are_written_as_the_plain_rule_says():
    from core.experiments import RUNS_FORMAT, RUNS_VERSION, Run, runs_to_json
    examples = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "examples")
    for name in sorted(os.listdir(examples)):
        design = load_design(os.path.join(examples, name))
        assert design_to_json(design) == _laid_out(design.to_dict()) + "\n", name
    run = Run("r", design.to_dict(), {"loss": [1 / (k + 1) for k in range(300)], "accuracy": [0.5] * 300},
              {"dense": [[e, 1e-3 * e] for e in range(300)]},
              {"dense": {"type": "Dense", "counts": list(range(40)), "lo": -1.0, "hi": 1.0}})
    doc = {"format": RUNS_FORMAT, "version": RUNS_VERSION, "runs": [run.to_dict(), run.to_dict()]}
    assert runs_to_json([run, run]) == _laid_out(doc) + "\n"
    run.name = "renamed"
    doc["runs"] = [run.to_dict()]
    assert runs_to_json([run]) == _laid_out(doc) + "\n"
    doc["runs"] = []
    assert runs_to_json([]) == _laid_out(doc) + "\n"
