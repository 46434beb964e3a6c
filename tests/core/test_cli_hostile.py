"""The command line against hostile files and arguments: one line on stderr, exit 1, nothing lost."""
import json
import os

import numpy as np
import pytest

from core import DesignError
from core.cli import run

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
XOR = os.path.join(ROOT, "resources", "examples", "xor.layerlab")


def cli(capsys, *args):
    """Run the CLI in-process; (status, stdout, stderr)."""
    status = run([str(a) for a in args])
    out = capsys.readouterr()
    return status, out.out, out.err


def assert_one_line_error(result, *fragments):
    status, _, err = result
    assert status == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    for f in fragments:
        assert f in lines[0], lines[0]


def test_an_abbreviated_option_is_refused_and_never_overwrites_a_file(tmp_path, capsys):
    keep = tmp_path / "keep.npz"
    keep.write_bytes(b"my trained model")
    result = cli(capsys, "train", XOR, "--epochs", "1", "--weights", keep)
    assert_one_line_error(result, "--weights")
    assert keep.read_bytes() == b"my trained model"
    assert_one_line_error(cli(capsys, "export", XOR, "--t", "pytorch"), "--t")


# -- 13.6: one line, never a traceback -------------------------------------------------------------
def xor_dict():
    with open(XOR, encoding="utf-8") as f:
        return json.load(f)


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def every_command(capsys, path, *fragments):
    for args in (["check", path], ["train", path, "--epochs", "1"], ["export", path, "--to", "pytorch"]):
        assert_one_line_error(cli(capsys, *args), *fragments)


def test_a_huge_integer_is_one_line_naming_it(tmp_path, capsys):
    path = write(tmp_path / "big.layerlab", json.dumps(xor_dict()).replace('"seed": 0', '"seed": ' + "9" * 4400))
    every_command(capsys, path, "big.layerlab", "integer of 4,400 digits")


def test_a_runs_file_with_a_huge_integer_is_one_message(tmp_path):
    from core.experiments import load_runs
    path = tmp_path / "x.layerlab-runs"
    path.write_text('{"format": "layerlab-runs", "version": 1, "runs": [' + "9" * 5000 + "]}")
    with pytest.raises(DesignError, match=r"integer of 5,000 digits"):
        load_runs(path)   # was ValueError: Exceeds the limit (4300 digits)


def test_a_lone_surrogate_is_refused_on_load_naming_the_field(tmp_path, capsys):
    d = xor_dict()
    d["name"] = "XOR \ud800"
    d["nodes"][1]["params"]["init"] = "he_\udfff"
    path = write(tmp_path / "s.layerlab", json.dumps(d))  # json writes "\ud800" escapes
    every_command(capsys, path, "name: holds a lone surrogate")


def test_a_name_with_a_lone_surrogate_still_saves_and_loses_nothing(tmp_path):
    from core import load_design, save_design
    from core.design import design_to_json
    design = load_design(XOR)
    design.name = "half \udc80 a character"
    save_design(design, tmp_path / "s.layerlab")  # crashed with UnicodeEncodeError
    text = (tmp_path / "s.layerlab").read_text(encoding="utf-8")
    assert json.loads(text)["name"] == design.name
    assert design_to_json(design) == text
    with pytest.raises(DesignError, match=r"^name: holds a lone surrogate"):
        load_design(tmp_path / "s.layerlab")


def test_version_0_with_nodes_that_are_not_a_list(tmp_path, capsys):
    path = write(tmp_path / "v0.layerlab", json.dumps({"format": "layerlab-design", "version": 0, "nodes": 5}))
    every_command(capsys, path, "nodes: must be a list, got 5")


def test_an_input_whose_parameter_count_overflows_int64(tmp_path, capsys):
    d = xor_dict()
    d["nodes"] = [{"id": "in", "type": "Input", "params": {"shape": [65536, 65536, 65536]}},
                  {"id": "f", "type": "Flatten"}, {"id": "d", "type": "Dense", "params": {"units": 65536}},
                  {"id": "s", "type": "Softmax"}]
    d["edges"] = [["in", "f"], ["f", "d"], ["d", "s"]]
    path = write(tmp_path / "o.layerlab", json.dumps(d))
    every_command(capsys, path, "the network has 18,446,744,073,709,617,152 parameters")


@pytest.mark.parametrize("data, field", [({"source": "csv"}, "training.data.path"),
                                         ({"source": "csv", "path": "x.csv"}, "training.data.target")])
def test_a_csv_source_without_path_or_target(tmp_path, capsys, data, field):
    d = xor_dict()
    d["training"]["data"] = data
    path = write(tmp_path / "c.layerlab", json.dumps(d))
    assert_one_line_error(cli(capsys, "train", path, "--epochs", "1"), field)
    assert_one_line_error(cli(capsys, "export", path, "--to", "keras"), field)


# -- model files that lie ----------------------------------------------------------------------------
def trained(tmp_path, capsys):
    path = tmp_path / "w.npz"
    assert cli(capsys, "train", XOR, "--epochs", "1", "--weights-out", path)[0] == 0
    return path


def export_with(capsys, weights):
    return cli(capsys, "export", XOR, "--to", "pytorch", "--weights", weights)


def test_weights_naming_a_missing_file_or_a_folder(tmp_path, capsys):
    assert_one_line_error(export_with(capsys, tmp_path / "nope.npz"), "nope.npz: no such file")
    assert_one_line_error(export_with(capsys, tmp_path), "is a folder")


def test_a_damaged_member_is_one_line(tmp_path, capsys):
    path = trained(tmp_path, capsys)
    raw = bytearray(path.read_bytes())
    at = raw.index(b"d1.W.npy")
    at = raw.index(b"\n", raw.index(b"\x93NUMPY", at)) + 1   # d1.W's data, just past its header
    raw[at:at + 8] = b"\xff" * 8
    path.write_bytes(bytes(raw))               # np.savez stores members uncompressed: the CRC catches it
    assert_one_line_error(export_with(capsys, path), "d1.W: is damaged", "CRC")
    path.write_bytes(bytes(raw[:len(raw) // 2]))
    assert_one_line_error(export_with(capsys, path), "is not a trained-model file")


def rewrite(path, **changes):
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    arrays.update(changes)
    np.savez(path, **arrays)


def test_a_member_with_the_wrong_shape_or_dtype_or_objects(tmp_path, capsys):
    path = trained(tmp_path, capsys)
    rewrite(path, **{"d1.W": np.zeros((3, 8))})
    assert_one_line_error(export_with(capsys, path), "d1.W: has shape (3, 8), the design needs (2, 8)")
    rewrite(path, **{"d1.W": np.zeros((2, 8), dtype=np.int64)})
    assert_one_line_error(export_with(capsys, path), "d1.W: must be a float array")
    rewrite(path, **{"d1.W": np.array([[None] * 8] * 2, dtype=object)})
    assert_one_line_error(export_with(capsys, path), "d1.W: must be a float array")


def test_weights_beyond_float32_are_refused_naming_the_key(tmp_path, capsys):
    path = trained(tmp_path, capsys)
    w = np.zeros((2, 8))
    w[1, 3] = 1e300
    rewrite(path, **{"d1.W": w})
    assert_one_line_error(export_with(capsys, path), "d1.W: holds values beyond float32's range")


# -- 13.10: refusal costs nothing -----------------------------------------------------------------
def declaring(units, hidden):
    """A tiny design that declares ``hidden`` Dense layers of ``units`` (units**2 weights each)."""
    d = xor_dict()
    d["nodes"] = [{"id": "in", "type": "Input", "params": {"shape": [units]}}]
    d["edges"] = []
    for i in range(hidden):
        d["nodes"].append({"id": f"h{i}", "type": "Dense", "params": {"units": units}})
        d["edges"].append([d["nodes"][-2]["id"], f"h{i}"])
    d["nodes"] += [{"id": "o", "type": "Dense", "params": {"units": 2}}, {"id": "s", "type": "Softmax"}]
    d["edges"] += [[d["nodes"][-3]["id"], "o"], ["o", "s"]]
    return d


def cost(fn):
    """(seconds, peak bytes allocated) of fn()."""
    import time
    import tracemalloc
    tracemalloc.start()
    start = time.perf_counter()
    try:
        fn()
    finally:
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return seconds, peak


def test_a_design_declaring_a_hundred_million_parameters_is_refused_at_once(tmp_path, capsys):
    path = write(tmp_path / "huge.layerlab", json.dumps(declaring(10_000, 1)))  # 10^8 weights, 1 KB
    assert path.stat().st_size < 2048
    for args in (["check", path], ["train", path], ["export", path, "--to", "keras"]):
        seconds, peak = cost(lambda args=args: assert_one_line_error(cli(capsys, *args), "100,030,002 parameters",
                                                                      "at most 50,000,000"))
        assert seconds < 1 and peak < 10 * 2**20


def test_checking_a_large_allowed_design_allocates_no_weights(tmp_path, capsys):
    path = write(tmp_path / "large.layerlab", json.dumps(declaring(5_000, 1)))  # 25 million weights: allowed
    results = []
    seconds, peak = cost(lambda: results.append(cli(capsys, "check", path)))
    status, out, _ = results[0]
    assert status == 0 and out.splitlines()[-1] == "Total params: 25,015,002"
    assert seconds < 1 and peak < 10 * 2**20   # 100 MB of float32 weights would show here


def model_declaring(tmp_path, design):
    path = tmp_path / "lying.npz"
    np.savez_compressed(path, __design__=np.array(json.dumps(design)), **{"o.b": np.zeros(2)})
    return path


def test_a_small_npz_declaring_huge_weights_is_refused_before_allocating(tmp_path, capsys):
    path = model_declaring(tmp_path, declaring(10_000, 1))
    assert path.stat().st_size < 2048
    seconds, peak = cost(lambda: assert_one_line_error(export_with(capsys, path), "its design",
                                                        "at most 50,000,000"))
    assert seconds < 1 and peak < 10 * 2**20
    path = model_declaring(tmp_path, declaring(5_000, 1))   # allowed, but the file holds none of it
    seconds, peak = cost(lambda: assert_one_line_error(export_with(capsys, path), "is missing"))
    assert seconds < 1 and peak < 10 * 2**20


# -- 13.11: nothing from a file reaches the terminal raw -------------------------------------------
def no_raw_controls(text):
    import unicodedata
    return not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in text.replace("\n", ""))


def test_check_shows_control_characters_in_names_as_escapes(tmp_path, capsys):
    d = xor_dict()
    d["name"] = "\x1b[2J\x1b[31mXOR\u202e evil"
    d["nodes"][1]["id"] = "d1\x9b31m"   # C1 CSI: not whitespace, so a valid id
    d["edges"] = [[a.replace("d1", "d1\x9b31m") if a == "d1" else a, b.replace("d1", "d1\x9b31m") if b == "d1" else b]
                  for a, b in d["edges"]]
    path = write(tmp_path / "ansi.layerlab", json.dumps(d))
    status, out, _ = cli(capsys, "check", path)
    assert status == 0 and no_raw_controls(out)
    assert out.splitlines()[0] == 'Design: "\\x1b[2J\\x1b[31mXOR\\u202e evil"'
    assert "d1\\x9b31m" in out


def test_every_message_shows_control_characters_as_escapes(tmp_path, capsys):
    result = cli(capsys, "check", tmp_path / "evil\x1b]0;owned\x07\n.layerlab")
    assert_one_line_error(result, "evil\\x1b]0;owned\\x07\\n.layerlab: no such file")
    assert no_raw_controls(result[2])
    d = xor_dict()
    d["nodes"][1]["params"]["units"] = 0
    d["nodes"][1]["id"] = "d\x9b2J"
    d["edges"][0][1] = d["edges"][1][0] = "d\x9b2J"
    result = cli(capsys, "train", write(tmp_path / "bad.layerlab", json.dumps(d)))
    assert_one_line_error(result, "units")
    assert no_raw_controls(result[2])


def test_a_member_whose_header_is_cut_short_found_by_the_fuzzer(tmp_path, capsys):
    import zipfile
    path = trained(tmp_path, capsys)
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    header = b"{'descr': '<f4', 'fortran_order': False, 'shape': (2, 8"   # an unclosed literal
    members["d1.W.npy"] = b"\x93NUMPY\x01\x00" + len(header + b"\n").to_bytes(2, "little") + header + b"\n"
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    assert_one_line_error(export_with(capsys, path), "d1.W: not a NumPy array")   # was tokenize.TokenError


def test_devices_pipes_and_folders_are_refused_wherever_a_file_is_named(tmp_path, capsys):
    fifo = tmp_path / "pipe.layerlab"
    os.mkfifo(fifo)   # opening it would block forever
    assert_one_line_error(cli(capsys, "check", fifo), "is a device or a pipe, not a regular file")
    assert_one_line_error(cli(capsys, "check", "/dev/zero"), "is a device or a pipe, not a regular file")
    assert_one_line_error(export_with(capsys, "/dev/zero"), "zero: is not a regular file")
    d = xor_dict()
    d["training"]["data"] = {"source": "csv", "path": "/dev/zero", "target": "y"}
    assert_one_line_error(cli(capsys, "train", write(tmp_path / "z.layerlab", json.dumps(d))),
                          "zero: is a device or a pipe, not a regular file; a CSV file is a file")
