"""Convert scikit-learn's bundled copies of digits, iris and breast cancer into
resources/datasets/*.csv, once. The app reads the CSV files and never needs
scikit-learn. Run: python tools/convert_sklearn_datasets.py (needs scikit-learn)."""
import csv
import pathlib

from sklearn import datasets

OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "datasets"


def write(name, bunch, feature_names, labels):
    with open(OUT / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(list(feature_names) + ["target"])
        for row, y in zip(bunch.data, bunch.target):
            w.writerow([f"{v:.10g}" for v in row] + [labels[y]])


if __name__ == "__main__":
    d = datasets.load_digits()
    write("digits", d, [f"r{r}c{c}" for r in range(8) for c in range(8)], [str(i) for i in range(10)])
    i = datasets.load_iris()
    write("iris", i, ["sepal_length", "sepal_width", "petal_length", "petal_width"], list(i.target_names))
    b = datasets.load_breast_cancer()
    write("breast_cancer", b, [n.replace(" ", "_") for n in b.feature_names], list(b.target_names))
