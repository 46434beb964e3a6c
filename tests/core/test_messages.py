"""Core's messages are templates with a code and arguments, shown in the user's language at the edge."""
import copy
import json
import os
import pickle
import re
import subprocess
import sys
import types

import pytest
from hypothesis import HealthCheck, given, settings

from core import Design, DesignError, load_design
from core.messages import locale_language, msg, plural, template_fields, translate
from core.messages_ko import KO

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
XOR = os.path.join(ROOT, "resources", "examples", "xor.layerlab")
sys.path.insert(0, os.path.join(ROOT, "tools"))
from make_translations import core_templates  # noqa: E402

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def test_a_message_is_its_english_text_and_keeps_template_code_and_arguments():
    m = msg("{where}: must be an integer from {lo} to {hi}", code="param.int_range", where="units", lo=1, hi=65536)
    assert m == "units: must be an integer from 1 to 65536" and isinstance(m, str)
    assert (m.template, m.code, m.params) == ("{where}: must be an integer from {lo} to {hi}", "param.int_range",
                                              {"where": "units", "lo": 1, "hi": 65536})
    # reports cross threads as copies, and runs are pickled by nobody but may be deep-copied
    assert copy.deepcopy(m).params == m.params and pickle.loads(pickle.dumps(m)).template == m.template


def test_a_design_error_carries_its_message_so_the_student_reads_it_in_korean():
    d = json.load(open(XOR))
    d["edges"].append(["d2", "ghost"])
    with pytest.raises(DesignError) as caught:
        Design.from_dict(d)
    assert str(caught.value) == "edges[4]: names unknown node 'ghost'"   # English as before
    assert caught.value.args[0].code == "design.edge_unknown_node"     # tests may assert on the code
    assert translate(caught.value, "ko") == "edges[4]: 없는 노드 'ghost'을(를) 가리킵니다"
    assert translate(caught.value, "en") == str(caught.value)


def test_nested_messages_translate_and_unknown_templates_fall_back_to_english():
    inner = msg("the loss became NaN", code="train.loss_nan")
    outer = msg("{file}: {error}", code="file.error", file="x.csv", error=inner)
    assert translate(outer, "ko") == "x.csv: 손실이 NaN이 되었습니다"
    odd = msg("a sentence nobody translated ({n})", code="test.untranslated", n=3)
    assert translate(odd, "ko") == "a sentence nobody translated (3)"
    assert translate("plain text", "ko") == "plain text"


def test_english_plurals_are_right():
    assert plural(1, "completed {n} epoch", "completed {n} epochs") == "completed 1 epoch"
    assert plural(200, "completed {n} epoch", "completed {n} epochs") == "completed 200 epochs"


def test_training_says_what_happened_in_korean():
    from core.training import Trainer
    design = Design.from_dict(json.load(open(XOR)))
    design.training["epochs"] = 1
    result = Trainer(design, seed=0).fit()
    assert result.message == "completed 1 epoch"
    assert translate(result.message, "ko") == "에포크 1번 완료"
    sine = Design.from_dict(json.load(open(os.path.join(ROOT, "resources", "examples", "sine.layerlab"))))
    sine.training.update(epochs=5, optimizer={"type": "sgd", "lr": 10})
    result = Trainer(sine, seed=0).fit()
    assert result.stopped_because == "diverged", result.message
    ko = translate(result.message, "ko")
    assert ko.startswith("학습이 발산했습니다: 에포크 ") and "학습률(10)" in ko and "1(으)로 해 보세요" in ko, ko


def test_what_differs_between_runs_and_variant_labels_translate():
    from core.experiments import differences, variants
    sigmoid = Design.from_dict(json.load(open(os.path.join(ROOT, "resources", "examples",
                                                           "vanishing_sigmoid.layerlab"))))
    label, relu = variants(sigmoid, "activation", ["ReLU"])[0]
    assert label == "activation = ReLU" and translate(label, "ko") == "활성화 함수 = ReLU"
    relu.training["optimizer"]["lr"] = 0.01
    changes = differences(sigmoid.to_dict(), relu.to_dict())
    assert changes == "Sigmoid → ReLU (6 layers); optimizer.lr 0.1 → 0.01"
    assert translate(changes, "ko") == "Sigmoid → ReLU (6개 층); optimizer.lr 0.1 → 0.01"
    one = Design.sequential([2], [("Dense", {"units": 4}), "Tanh", ("Dense", {"units": 2}), "Softmax"])
    assert differences(one.to_dict(), variants(one, "activation", ["ReLU"])[0][1].to_dict()) == "Tanh → ReLU (1 layer)"


def test_a_second_run_of_an_example_keeps_the_examples_korean_name():
    from core.messages import translate_text
    from core.runlog import RunLog
    log = RunLog()
    name = load_design(XOR).name
    first = log.unique_name(name)
    log.runs.append(types.SimpleNamespace(name=first))
    second = log.unique_name(name)
    assert (translate_text(first, "ko"), translate(second, "ko")) == ("XOR, 은닉층 하나", "XOR, 은닉층 하나 (2)")
    assert translate(second, "en") == "XOR, one hidden layer (2)"
    assert translate(msg("{name} ({n})", code="run.numbered", name="my own net", n=2), "ko") == "my own net (2)"


def test_a_layer_warning_reads_in_korean():
    from core.diagnostics import DEAD_RELU, _warning
    from core.messages import translator
    w = _warning(DEAD_RELU, "relu1", 0.75, share=0.75)
    assert w.text() == "75% of the units of relu1 are dead: zero on every probe sample"
    message, cause, advice = w.explanation(translator("ko"))
    assert message == "relu1 층 뉴런의 75%가 죽었습니다: 모든 검사 샘플에서 출력이 0입니다"
    assert HANGUL.search(cause) and all(HANGUL.search(a) for a in advice)
    assert w.text(translator("en")) == w.text()


# -- the catalog is complete ------------------------------------------------------------------------------
def test_every_core_template_has_korean_with_the_same_fields():
    templates = core_templates()
    assert len(templates) > 150  # the collector found the calls
    missing = [f"{where}: {t!r}" for t, where in templates.items() if not KO.get(t)]
    assert missing == [], "add Korean to core/messages_ko.py for: " + "; ".join(missing)
    wrong = [t for t in templates if template_fields(KO[t]) != template_fields(t)]
    assert wrong == [], wrong
    # Korean unless the template is only a name (a key such as kernel_size, a rule such as "true or false")
    english = [t for t in templates if not HANGUL.search(KO[t]) and re.search(r"[a-z]{3} [a-z]{3}", KO[t])]
    assert english == [], english


def test_korean_uses_the_notes_words():
    text = " ".join(KO.values())
    assert "레이어" not in text            # 층, one word for a layer
    assert "가중치 초기화" not in text      # the initialiser is 가중치 초기값; resetting weights is another thing
    for word in ("학습률", "에포크", "조기 종료", "손실", "활성화 함수"):
        assert word in text, word


# -- real errors a stranger's file causes are all Korean ----------------------------------------------------
def _allowed_words():
    """Proper names a Korean message may keep: types, keys, choices, formats."""
    from core.design import DATA_SPECS, EARLY_STOPPING_SPECS, TRAINING_SPECS
    from core.optimizers import OPTIMIZER_PARAMS
    from core.registry import LAYERS
    words = {"LayerLab", "JSON", "CSV", "NaN", "NumPy", "UTF", "MB", "npz", "npy", "layerlab", "dtype", "float32",
             "float64", "null", "true", "false", "None", "True", "False", "format", "version", "name", "description", "lesson",
             "nodes", "edges", "training", "id", "type", "params", "pos", "data", "source", "optimizer",
             "early_stopping", "ud800", "udfff", "text", "action", "kind", "view", "with", "sweep", "choices",
             "in", "d1", "Flatten", "mae", "mse", "lr", "x", "y", "inputs", "units", "weights", "W", "b", "use_bias",
             "see", "help"}  # "see --help": argparse's own words stay English
    for spec in LAYERS.values():
        words.add(spec.name)
        for p in spec.params:
            words.add(p.name)
            words.update(c for c in p.choices if isinstance(c, str))
    for group in [TRAINING_SPECS, EARLY_STOPPING_SPECS, *DATA_SPECS.values()]:
        for p in group.values():
            words.add(p.name)
            words.update(c for c in p.choices if isinstance(c, str))
    words.update(DATA_SPECS)
    for kind, params in OPTIMIZER_PARAMS.items():
        words.add(kind)
        words.update(p.name for p in params)
    return words


ALLOWED = _allowed_words()


def english_left(korean, source_text=""):
    """English words in a translated message, apart from proper names and the file's own words."""
    # quoted values are the user's (a long one is cut short: "'abc..." without its closing quote)
    text = re.sub(r"'(?:[^'\\]|\\.)*?(?:'|\.\.\.)|\"(?:[^\"\\]|\\.)*?(?:\"|\.\.\.)", " ", korean)
    own = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", source_text))
    return [w for w in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text)
            if w not in ALLOWED and w not in own and not re.fullmatch(r"[a-z]\w*\d+|e\d+", w)]


BAD_DESIGNS = [
    lambda d: d["nodes"].extend({"id": f"x{i}", "type": "ReLU"} for i in range(1000)),
    lambda d: d["nodes"][1]["params"].update(units=65537),
    lambda d: d["nodes"].append({"id": "d1", "type": "ReLU"}),
    lambda d: d["nodes"].append({"id": "x", "type": "Conv9D"}),
    lambda d: d["edges"].append(["d2", "ghost"]),
    lambda d: d["edges"].append(["out", "in"]),
    lambda d: d["nodes"][3]["params"].update(units="2"),
    lambda d: d["training"].update(batchsize=32),
    lambda d: d["training"].update(loss="sse"),
    lambda d: d["training"]["optimizer"].update(type="adamw"),
    lambda d: d["training"]["optimizer"].update(momentum=0.9),
    lambda d: d["training"]["data"].update(source="kaggle"),
    lambda d: d["training"].update(validation_split=2),
    lambda d: d["training"].update(early_stopping={"enabled": "yes"}),
    lambda d: d.pop("nodes"),
    lambda d: d.update(format="keras"),
    lambda d: d.update(version=2),
    lambda d: d.update(version=-1),
    lambda d: d.update(name=3),
    lambda d: d["nodes"][0]["params"].update(shape=[0]),
    lambda d: d["nodes"][1]["params"].update(init="glorot"),
    lambda d: d["nodes"][1].update(pos=[1, "a"]),
    lambda d: d["nodes"][1].update(id="has space"),
    lambda d: d["edges"].append(["d1", "d1"]),
    lambda d: d["edges"].append(["in", "d1"]),
    lambda d: d.update(lesson={"text": "", "action": {"kind": "train", "view": "loss"}}),
    lambda d: d.update(lesson={"text": "t", "action": {"kind": "fly", "view": "loss"}}),
    lambda d: d["nodes"][0]["params"].update(shape=[8, 8]),   # a shape error: Dense needs 1-D input
    lambda d: d["training"].update(loss="binary_crossentropy"),  # the last layer is a Softmax
]


@pytest.mark.parametrize("spoil", BAD_DESIGNS)
def test_a_bad_design_is_explained_in_korean(spoil):
    from core.network import analyze
    d = json.load(open(XOR))
    spoil(d)
    try:
        design = Design.from_dict(d)
        a = analyze(design)
        assert not a.ok, "the spoilt design should not pass"
        error = a.errors[0]
    except DesignError as e:
        error = e
    ko = translate(error, "ko")
    assert HANGUL.search(ko), ko
    assert english_left(ko, json.dumps(d)) == [], ko


@settings(max_examples=150, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(raw=__import__("fuzz_cases").design_case())
def test_hostile_design_files_are_refused_in_korean(raw):
    from core.design import parse_design_bytes
    from core.network import analyze
    try:
        a = analyze(parse_design_bytes(raw))
        if a.ok:
            return
        error = a.errors[0]
    except DesignError as e:
        error = e
    ko = translate(error, "ko")
    assert HANGUL.search(ko), ko
    assert english_left(ko, raw.decode("utf-8", "replace")) == [], ko


# -- the command line follows the locale ---------------------------------------------------------------------
def test_locale_language_picks_the_first_set_variable_as_gettext_does():
    assert locale_language({"LANG": "ko_KR.UTF-8"}) == "ko"
    assert locale_language({"LC_ALL": "en_US.UTF-8", "LANG": "ko_KR.UTF-8"}) == "en"
    assert locale_language({"LC_MESSAGES": "ko_KR.UTF-8", "LANG": "C.UTF-8"}) == "ko"
    assert locale_language({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "ko_KR.eucKR"}) == "ko"
    assert locale_language({}) == "en"


def layerlab(*args, lang):
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env["LANG"] = lang
    return subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_check_in_a_korean_locale_prints_korean_and_english_otherwise():
    ko = layerlab("check", XOR, lang="ko_KR.UTF-8")
    assert ko.returncode == 0, ko.stderr
    lines = ko.stdout.splitlines()
    assert lines[0] == '설계: "XOR, 은닉층 하나"'
    assert lines[2].split() == ["노드", "종류", "출력", "형태", "매개변수", "수"]
    assert lines[-1] == "전체 매개변수 수: 42"
    en = layerlab("check", XOR, lang="C.UTF-8")
    assert en.stdout.splitlines()[2].split() == ["Node", "Type", "Output", "shape", "Params"]
    assert not HANGUL.search(en.stdout)


def test_train_in_a_korean_locale_reports_progress_and_errors_in_korean(tmp_path):
    ko = layerlab("train", XOR, "--epochs", "2", lang="ko_KR.UTF-8")
    assert ko.returncode == 0, ko.stderr
    lines = ko.stdout.splitlines()
    assert [ln.split()[:2] for ln in lines[:2]] == [["에포크", "1/2"], ["에포크", "2/2"]]
    assert lines[2].startswith("에포크 2번 완료 (") and lines[2].endswith("초)")
    assert lines[3].startswith("최종: loss ")
    bad = json.load(open(XOR))
    bad["nodes"][1]["params"]["units"] = 0
    path = tmp_path / "bad.layerlab"
    path.write_text(json.dumps(bad))
    out = layerlab("check", str(path), lang="ko_KR.UTF-8")
    assert out.returncode == 1
    assert out.stderr.strip() == f"layerlab: {path}: nodes[1].params.units: 허용되는 값은 1부터 65536까지의 정수입니다. 받은 값: 0"
    out = layerlab("export", str(path), "--to", "keras", lang="en_GB.UTF-8")
    assert out.stderr.strip() == f"layerlab: {path}: nodes[1].params.units: must be an integer from 1 to 65536, got 0"


# -- the examples in Korean ---------------------------------------------------------------------------------
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def example_texts():
    from core import load_design
    folder = os.path.join(ROOT, "resources", "examples")
    for name in sorted(os.listdir(folder)):
        design = load_design(os.path.join(folder, name))
        for text in (design.name, design.description, (design.lesson or {}).get("text")):
            if text:
                yield name, text


def test_every_example_reads_in_korean_with_the_same_numbers():
    from core.messages import translate_text
    texts = list(example_texts())
    assert len(texts) >= 60
    for name, text in texts:
        ko = translate_text(text, "ko")
        assert ko != text and HANGUL.search(ko), f"{name}: no Korean for {text!r}"
        assert sorted(NUMBER.findall(ko)) == sorted(NUMBER.findall(text)), f"{name}: {text!r} -> {ko!r}"
        assert "레이어" not in ko
        assert translate_text(text, "en") == text


def test_a_students_own_text_stays_as_written_and_the_catalog_matches_the_examples():
    from core.messages import translate_text
    from make_examples import korean_catalog, load_figures
    assert translate_text("My XOR, one hidden layer", "ko") == "My XOR, one hidden layer"
    shipped = json.load(open(os.path.join(ROOT, "resources", "i18n", "examples_ko.json"), encoding="utf-8"))
    # the examples made from templates (the rest, made in code by examples_beyond_stacks.py, are checked above)
    assert korean_catalog(load_figures()).items() <= shipped.items(), "run python tools/make_examples.py"


@pytest.mark.parametrize("args, korean, english", [
    (["train", XOR, "--epochs", "0"], "layerlab: train: 인자 --epochs: 1 이상의 정수여야 합니다. 받은 값: '0' (--help 참고)",
     "layerlab: train: argument --epochs: expected a whole number of at least 1, got '0' (see --help)"),
    (["check"], "layerlab: check: 다음 인자가 필요합니다: FILE (--help 참고)",
     "layerlab: check: the following arguments are required: FILE (see --help)"),
    (["frobnicate", "x"], "layerlab: 설계 파일이나 check, train, export 중 하나가 와야 합니다. 받은 값: 'frobnicate x'. "
                          "'python main.py --help'를 보세요",
     "layerlab: expected a design file or one of check, train, export, got 'frobnicate x'; see 'python main.py --help'"),
])
def test_usage_errors_follow_the_locale(args, korean, english):
    assert layerlab(*args, lang="ko_KR.UTF-8").stderr.strip() == korean
    assert layerlab(*args, lang="C.UTF-8").stderr.strip() == english



@settings(max_examples=150, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=__import__("fuzz_cases").csv_case())
def test_hostile_csv_files_are_refused_in_korean(tmp_path_factory, case):
    from core.csvfile import load_csv
    from core.errors import DataError
    raw, target, task = case
    path = tmp_path_factory.mktemp("csv") / "data.csv"
    path.write_bytes(raw)
    try:
        load_csv(str(path), target, task)
        return
    except DataError as e:
        ko = translate(e, "ko")
    assert HANGUL.search(ko), ko
    assert english_left(ko, raw.decode("utf-8", "replace") + raw.decode("cp949", "replace") + target) == [], ko
