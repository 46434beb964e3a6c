"""How fast the builder feels: opening and drawing a 300-node design, 100 undos in a row,
and the time from `python main.py` to the window on screen.

Runs offscreen by default (QT_QPA_PLATFORM=offscreen unless already set). Each figure is
the best of --rounds. Targets (issue 7): open and draw, and 100 undos, each well under a
second; the window on screen within 2 s.

    python tests/benchmarks/bench_builder.py [--rounds 3]
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STARTUP_CHILD = r"""
import sys, time
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from gui import i18n
from gui.app import start
from gui.mainwindow import MainWindow
app = QApplication(sys.argv[:1])
app.setOrganizationName("LayerLabBench"); app.setApplicationName("LayerLabBench")
i18n.install(i18n.effective_language())
window = MainWindow()
window.show()
start(window, None)
def shown():
    print(time.time(), flush=True)
    window.doc.undo_stack.setClean()
    window.close()
    app.quit()
QTimer.singleShot(0, shown)  # runs once the event loop has painted the first frame
app.exec()
"""


def big_design(n=300):
    from core import Design
    layers = []
    for i in range(n - 2):
        layers.append(("Dense", {"units": 16}) if i % 2 == 0 else ("ReLU", {}))
    layers.append(("Dense", {"units": 2}))
    layers.append(("Softmax", {}))
    return Design.sequential([2], layers[: n - 1], {"loss": "categorical_crossentropy"})


def startup_seconds():
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", STARTUP_CHILD.format(root=ROOT)], capture_output=True,
                         text=True, timeout=60)
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    return float(out.stdout.strip().splitlines()[-1]) - t0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    from PySide6.QtWidgets import QApplication
    from core import save_design
    from gui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication([])
    app.setOrganizationName("LayerLabBench")
    app.setApplicationName("LayerLabBench")
    design = big_design()
    path = os.path.join(tempfile.mkdtemp(), "big.layerlab")
    save_design(design, path)
    opens, undos = [], []
    for _ in range(args.rounds):
        window = MainWindow()
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        t = time.perf_counter()
        window.open_file(path)
        window.view.fit()
        window.grab()  # forces a full paint of every visible widget
        opens.append(time.perf_counter() - t)
        assert len(window.scene.nodes) == len(design.nodes) == 300, len(window.scene.nodes)

        for i in range(100):  # 100 edits: moves of single nodes
            nid = design.nodes[i].id
            x, y = window.doc.node(nid).pos
            window._nodes_moved({nid: ((x, y), (x + 30.0, y))})
        stack = window.doc.undo_stack
        t = time.perf_counter()
        for _ in range(100):
            stack.undo()
        app.processEvents()
        window.grab()
        undos.append(time.perf_counter() - t)
        assert stack.isClean()
        window.close()
        window.deleteLater()
        app.processEvents()
    starts = [startup_seconds() for _ in range(args.rounds)]

    print(f"open and draw a 300-node design: {min(opens) * 1000:.0f} ms (target well under 1000 ms)")
    print(f"100 undos in a row, then a paint: {min(undos) * 1000:.0f} ms (target well under 1000 ms)")
    print(f"python main.py to window on screen: {min(starts):.2f} s (target under 2 s; "
          f"platform {os.environ['QT_QPA_PLATFORM']})")


if __name__ == "__main__":
    main()
