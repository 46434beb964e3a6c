"""A longer hostile-file fuzz run: design files, CSVs and .npz models through what `check`,
`train`'s data loading and `export --weights` do with them.

    /work/venv/bin/python tests/benchmarks/fuzz_files.py [EXAMPLES_PER_KIND] [--seed N]

Prints, per kind, how many cases were tried and how they ended: loaded, or refused with one
clean line (DesignError, DataError, ModelFileError). Any other exception is a bug: hypothesis
shrinks it to a small file, prints it, and the script exits 1. The test suite runs the same
cases with a fixed seed and a small budget (tests/core/test_fuzz_files.py).
"""
import collections
import os
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path[:0] = [ROOT, os.path.join(ROOT, "tests", "core")]

from fuzz_cases import csv_case, design_case, model_case, try_csv, try_design, try_model
from hypothesis import HealthCheck, given, settings


def run(kind, strategy, attempt, examples, seed):
    outcomes = collections.Counter()
    folder = tempfile.mkdtemp(prefix=f"fuzz-{kind}-")

    @settings(max_examples=examples, deadline=None, database=None, derandomize=seed is not None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def fuzz(case):
        outcomes[attempt(folder, case)] += 1

    start = time.perf_counter()
    fuzz()
    seconds = time.perf_counter() - start
    tried = sum(outcomes.values())
    print(f"{kind:7s} {tried:6d} cases in {seconds:6.1f} s: {outcomes['ok']} loaded, "
          f"{outcomes['refused']} refused with one clean line, 0 other exceptions")
    return tried


def main(argv):
    examples = int(argv[0]) if argv and not argv[0].startswith("-") else 2000
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else None
    total = 0
    total += run("design", design_case(), lambda folder, raw: try_design(raw), examples, seed)
    total += run("csv", csv_case(), lambda folder, case: try_csv(folder, *case), examples, seed)
    total += run("model", model_case(), try_model, examples // 2, seed)
    print(f"all {total} cases ended in success or a DesignError/DataError with one line")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
