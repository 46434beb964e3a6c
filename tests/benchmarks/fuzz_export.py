"""A longer run of the export fuzzer (tests/core/test_export_hostile.py runs 60 cases).

Hostile names, node ids, CSV paths and columns, weights and output paths: every export must
parse, hold only imports, definitions, constants and the __main__ block at module level, use
ASCII names only, and import (all scripts in one fresh interpreter) without running anything.
Run:  python tests/benchmarks/fuzz_export.py [--examples 2000] [--seed 1]
"""
import argparse
import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path[:0] = [ROOT, os.path.join(ROOT, "tests", "core")]

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402

from core.export import export_keras, export_pytorch  # noqa: E402
from hostile_exports import hostile_designs, import_in_subprocess, module_level_problems, name_problems  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    held, failures = 0, []
    with tempfile.TemporaryDirectory() as tmp:
        scripts = []

        @seed(args.seed)
        @settings(max_examples=args.examples, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(design=hostile_designs())
        def case(design):
            nonlocal held
            for export in (export_pytorch, export_keras):
                code = export(design, weights_path=design.name, output_path=design.nodes[1].id + ".py")
                problems = module_level_problems(code) + name_problems(code, design)
                code.encode("utf-8")
                if problems:
                    failures.append((design.name, problems))
                    continue
                held += 1
                path = os.path.join(tmp, f"s{len(scripts)}.py")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(code)
                scripts.append(path)

        case()
        workdir = os.path.join(tmp, "cwd")
        os.mkdir(workdir)
        ran = import_in_subprocess(scripts, workdir)
        imported_clean = ran.returncode == 0 and not ran.stdout and not ran.stderr and not os.listdir(workdir)
    print(f"{held} exports held (parse, inert module level, ASCII names); {len(failures)} did not")
    print(f"importing all {len(scripts)} in one interpreter: {'nothing ran' if imported_clean else 'SOMETHING RAN'}")
    for name, problems in failures[:5]:
        print(f"  {name!r}: {problems}")
    if not imported_clean:
        print(ran.stdout[-2000:], ran.stderr[-2000:])
    return 0 if imported_clean and not failures else 1


if __name__ == "__main__":
    sys.exit(main())
