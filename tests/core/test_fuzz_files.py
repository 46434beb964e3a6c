"""Hostile files, fuzzed with a fixed seed: every design, CSV and model file ends in success or one
clean message (DesignError, DataError, ModelFileError), never another exception.

The longer run is tests/benchmarks/fuzz_files.py.
"""
import tempfile

from fuzz_cases import csv_case, design_case, model_case, try_csv, try_design, try_model
from hypothesis import HealthCheck, given, settings

FIXED = settings(derandomize=True, max_examples=100, deadline=None, database=None,
                 suppress_health_check=list(HealthCheck))


@FIXED
@given(design_case())
def test_design_files_load_or_say_why(raw):
    try_design(raw)


@FIXED
@given(csv_case())
def test_csv_files_load_or_say_why(case):
    with tempfile.TemporaryDirectory() as folder:
        try_csv(folder, *case)


@settings(FIXED, max_examples=40)
@given(model_case())
def test_model_files_load_or_say_why(raw):
    with tempfile.TemporaryDirectory() as folder:
        try_model(folder, raw)
