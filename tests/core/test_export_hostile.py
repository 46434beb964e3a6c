"""A design is a stranger's file: exporting it must never write code that runs what it says.

Every text from a design (its name, node ids, CSV path and column) and the output and weights
paths reach the script only as repr()-made literals; importing the script runs nothing of them.
"""
import json
import os
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

from core import Design, build_network, load_design
from core.export import export_code, export_keras, export_pytorch
from core.modelio import save_model
from hostile_exports import hostile_designs, import_in_subprocess, module_level_problems, name_problems

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
POC_NAME = 'x"""\n__import__(\'os\').system(\'touch pwned\')\n"""'
POC_OUTPUT = 'a"""+__import__("os").system("touch p2")+"""b.py'


def xor_design(name="XOR", ids=("in", "d1", "a1", "d2", "out")):
    d = json.loads(open(os.path.join(ROOT, "resources", "examples", "xor.layerlab"), encoding="utf-8").read())
    d["name"] = name
    renames = dict(zip([n["id"] for n in d["nodes"]], ids))
    for n in d["nodes"]:
        n["id"] = renames[n["id"]]
    d["edges"] = [[renames[a], renames[b]] for a, b in d["edges"]]
    return Design.from_dict(d)


@pytest.mark.parametrize("to", ["pytorch", "keras"])
def test_the_reported_exploit_exports_to_a_script_that_runs_nothing_of_it(to, tmp_path):
    design_path = tmp_path / "evil.layerlab"
    design_path.write_text(json.dumps(xor_design(POC_NAME).to_dict()), encoding="utf-8")
    weights = tmp_path / "w.npz"
    save_model(build_network(load_design(design_path)), load_design(design_path), weights)
    out = subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), "export", str(design_path), "--to", to,
                          "--weights", str(weights), "-o", POC_OUTPUT], cwd=tmp_path, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    script = tmp_path / POC_OUTPUT
    code = script.read_text(encoding="utf-8")
    assert module_level_problems(code) == []
    before = sorted(os.listdir(tmp_path))
    ran = import_in_subprocess([script], cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert (ran.stdout, ran.stderr) == ("", "")
    assert sorted(os.listdir(tmp_path)) == before  # neither pwned nor p2
    assert "NAME = " + repr(POC_NAME) in code


def test_hostile_names_ids_columns_and_paths_export_to_inert_parseable_scripts(tmp_path):
    scripts = []

    @settings(derandomize=True, max_examples=60, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example,
                                     HealthCheck.function_scoped_fixture])
    @given(design=hostile_designs())
    def export_both(design):
        for export in (export_pytorch, export_keras):
            code = export(design, weights_path=design.name, output_path=design.nodes[1].id + ".py")
            code.encode("utf-8")  # a lone surrogate is escaped, not written raw
            assert module_level_problems(code) == []
            assert name_problems(code, design) == []
            path = tmp_path / "scripts" / f"s{len(scripts)}.py"
            path.parent.mkdir(exist_ok=True)
            path.write_text(code, encoding="utf-8")
            scripts.append(path)

    export_both()
    assert len(scripts) >= 100
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    ran = import_in_subprocess(scripts, cwd=workdir)
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert (ran.stdout, ran.stderr) == ("", "")
    assert os.listdir(workdir) == []


def test_ids_that_are_no_python_names_or_fold_together_get_their_own_layers():
    design = xor_design(ids=("in", "d1", "a²", "ｄ1", "class"))
    code = export_code(design, "pytorch")
    assert name_problems(code, design) == []
    assert "self.d1 = nn.Linear(2, 8, bias=True)" in code
    assert "self.layer_1 = nn.Linear(8, 2, bias=True)" in code  # ｄ1, not a second d1
    assert "NODE_IDS = {'layer_0': 'a²', 'layer_1': 'ｄ1', 'layer_2': 'class'}" in code
    assert "'layer_1.weight': arrays['ｄ1.W'].transpose((1, 0))" in code
    keras = export_code(design, "keras")
    assert "name='layer_1'" in keras and "model.get_layer('layer_1').set_weights([arrays['ｄ1.W']" in keras


@pytest.mark.torch
def test_folding_ids_export_to_a_torch_model_with_the_networks_outputs(tmp_path):
    torch = pytest.importorskip("torch")
    design = xor_design(ids=("in", "d1", "a²", "ｄ1", "out"))
    net = build_network(design, seed=3)
    weights = tmp_path / "w.npz"
    save_model(net, design, weights)
    script = tmp_path / "m.py"
    script.write_text(export_code(design, "pytorch", weights_path=str(weights), output_path=str(script)),
                      encoding="utf-8")
    namespace = {"__file__": str(script), "__name__": "exported"}
    exec(compile(script.read_text(encoding="utf-8"), str(script), "exec"), namespace)
    model = namespace["build_model"]().eval()
    x = np.random.default_rng(0).normal(size=(8, 2)).astype(np.float32)
    with torch.no_grad():
        np.testing.assert_allclose(model(torch.from_numpy(x)).numpy(), net.forward(x), atol=1e-6)


def test_a_lone_surrogate_in_a_name_is_refused_from_a_file_and_escaped_from_memory(tmp_path):
    # A design file holding half a character is refused on load with one line naming the field
    # (core.fileio); a design made in memory with one still exports, the name escaped by repr().
    design_path = tmp_path / "s.layerlab"
    design_path.write_text(json.dumps(xor_design("bad \ud800 name").to_dict()), encoding="utf-8")
    out = subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), "export", str(design_path), "--to",
                          "keras", "-o", str(tmp_path / "k.py")], capture_output=True, text=True)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "name: holds a lone surrogate" in out.stderr
    assert not (tmp_path / "k.py").exists()
    assert "NAME = 'bad \\ud800 name'" in export_code(xor_design("bad \ud800 name"), "keras")
