"""The session's runs in core: reports grow the current run, finished runs are kept, listeners hear."""
import json
import os

import pytest

from core import load_design
from core.experiments import RunsFileError, pair_layers, parse_runs_text, runs_to_json
from core.runlog import RunLog
from core.training import Trainer

EXAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "examples")


def example(name):
    return load_design(os.path.join(EXAMPLES, name + ".layerlab"))


def train_into(log, design, name, epochs=5, continues=False):
    """Train ``design`` as the window does: every report into the log, the result kept."""
    design.training["epochs"] = epochs
    log.start(name, design.to_dict(), continues=continues)
    trainer = Trainer(design, seed=0)

    def report(r):
        if r.kind == "epoch":
            norms = {lr.node_id: lr.grad_norm for lr in r.layers}
            log.add_reports([(r.epoch, dict(r.metrics), norms, {})], r)

    trainer.callback = report
    log.add_reports([], trainer.start_report())
    return log.finish(trainer.fit())


def test_reports_grow_the_current_run_and_listeners_hear_each_step():
    log = RunLog()
    heard = []
    for event in ("started", "reports", "runs", "cleared"):
        log.subscribe(event, lambda *args, e=event: heard.append(e))
    run = train_into(log, example("xor"), "XOR")
    live = log.current
    assert live.epochs == [1, 2, 3, 4, 5] and len(live.metrics["val_accuracy"]) == 5
    assert [e for e, _ in live.norms["d1"]] == [1, 2, 3, 4, 5]
    assert [lr.node_id for lr in live.layers] == ["d1", "a1", "d2", "out"]
    assert heard[0] == "started" and heard.count("reports") == 6 and heard[-1] == "runs"
    assert run.name == "XOR" and run.epochs == 5 and log.runs == [run]
    assert run.history["loss"] == live.metrics["loss"]
    assert set(run.activations) == {"d1", "a1", "d2", "out"}
    log.clear_current()
    assert log.current is None and log.runs == [run] and heard[-1] == "cleared"


def test_a_continued_run_replaces_its_row_and_keeps_its_name():
    log = RunLog()
    design = example("xor")
    train_into(log, design, "XOR", epochs=3)
    log.rename(0, "first try")
    assert not log.rename(0, "   ")  # a run keeps a name
    train_into(log, design, "ignored", epochs=4, continues=True)
    assert [(r.name, r.epochs) for r in log.runs] == [("first try", 4)]
    train_into(log, design, log.unique_name("first try"), epochs=2)
    assert [r.name for r in log.runs] == ["first try", "first try (2)"]
    assert log.delete([0]) == 1 and [r.name for r in log.runs] == ["first try (2)"]


def test_runs_save_and_load_through_the_log(tmp_path):
    log = RunLog()
    design = example("xor")
    train_into(log, design, "XOR", epochs=3)
    design.training["optimizer"]["lr"] = 0.1
    train_into(log, design, "XOR (2)", epochs=3)
    assert log.runs[1].changes == "optimizer.lr 0.01 → 0.1"
    log.save(tmp_path / "xor.layerlab-runs")
    other = RunLog()
    assert other.load(tmp_path / "xor.layerlab-runs") == 2
    assert [r.to_dict() for r in other.runs] == [r.to_dict() for r in log.runs]


def test_an_unknown_event_is_refused():
    with pytest.raises(ValueError, match="event: 'finished' is not one of started"):
        RunLog().subscribe("finished", print)


@pytest.mark.parametrize("value, message", [
    # refused by the strict reader before the runs exist: it says the line and column
    ("1" + "0" * 400, "line 1, column "),
    ("1e309", "runs[0].history.loss[1]: expected a finite number"),
])
def test_a_runs_file_with_numbers_out_of_float_range_is_refused_saying_where(value, message):
    log = RunLog()
    train_into(log, example("xor"), "XOR", epochs=2)
    text = runs_to_json(log.runs)
    doc = json.loads(text)
    doc["runs"][0]["history"]["loss"][1] = "HUGE"
    text = json.dumps(doc).replace('"HUGE"', value)
    with pytest.raises(RunsFileError) as err:
        parse_runs_text(text)
    assert str(err.value).startswith(message)


def test_an_integer_of_2_to_the_64_in_a_history_is_read_as_a_float():
    log = RunLog()
    train_into(log, example("xor"), "XOR", epochs=2)
    text = runs_to_json(log.runs).replace(repr(log.runs[0].history["loss"][1]), str(2**64), 1)
    loss = parse_runs_text(text)[0].history["loss"]
    assert loss[1] == 2.0**64 and isinstance(loss[1], float)  # plotted as a float, not a 65-bit integer


def test_an_epoch_or_count_of_2_to_the_64_is_refused():
    log = RunLog()
    train_into(log, example("xor"), "XOR", epochs=2)
    doc = json.loads(runs_to_json(log.runs))
    doc["runs"][0]["grad_norms"]["d1"][0][0] = 2**64
    with pytest.raises(RunsFileError, match=r"runs\[0\]\.grad_norms\.d1\[0\]\[0\]: 18446744073709551616 is out of "
                                            r"range \(at most 9007199254740992\)"):
        parse_runs_text(json.dumps(doc))


def test_runs_of_different_designs_pair_layers_by_position_not_by_id():
    log = RunLog()
    train_into(log, example("vanishing_sigmoid"), "Sigmoid", epochs=1)
    train_into(log, example("vanishing_relu"), "ReLU", epochs=1)
    sigmoid, relu = log.runs
    rows = pair_layers([sigmoid, relu])
    first_dense = [r for r in rows if r[0] == sigmoid.layer_order()[0]][0]
    assert first_dense == [sigmoid.layer_order()[0], relu.layer_order()[0]]
    acts = [r for r in rows if r[0] and sigmoid.activations[r[0]]["type"] == "Sigmoid"]
    assert len(acts) == 6 and all(r[1] is not None and relu.activations[r[1]]["type"] == "ReLU" for r in acts)
    assert all(None not in r for r in rows)  # same depth: every layer has its partner
