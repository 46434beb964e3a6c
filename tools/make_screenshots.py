"""Make the README's screenshots by driving the app offscreen (run again after visible changes).

    python tools/make_screenshots.py [--out docs/screenshots]

builder.png: the spiral example trained, its decision boundary in the Training dock.
vanishing_gradients.png: the vanishing-gradient example run as variants, Sigmoid against
ReLU, compared by layer in the Runs dock.
"""
import argparse
import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

EXAMPLES = os.path.join(ROOT, "resources", "examples")


def wait_until(app, done, timeout_s=120):
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: loop.quit() if done() else None)
    timer.start()
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    timer.stop()
    if not done():
        raise SystemExit("timed out waiting for the app")


def settle(app, rounds=30):
    for _ in range(rounds):
        app.processEvents()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "docs", "screenshots"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())  # leave the user's alone
    QSettings.setDefaultFormat(QSettings.IniFormat)
    app = QApplication.instance() or QApplication([])
    QCoreApplication.setOrganizationName("LayerLabScreenshots")
    QCoreApplication.setApplicationName("LayerLabScreenshots")
    from gui import i18n
    from gui.mainwindow import MainWindow
    i18n.install("en")
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    window.resizeDocks([window.training_dock], [330], Qt.Vertical)

    window.open_file(os.path.join(EXAMPLES, "spiral.layerlab"))
    window.view.fit()
    window.act_train.trigger()
    wait_until(app, lambda: not window.trainer.running)
    window.dashboard.setCurrentWidget(window.dashboard.boundary_plot)
    settle(app)
    path = os.path.join(args.out, "builder.png")
    window.grab().save(path)
    print("wrote", path)

    window.doc.undo_stack.setClean()
    window.open_file(os.path.join(EXAMPLES, "vanishing_sigmoid.layerlab"))
    window.view.fit()
    window.runs_panel.select(range(len(window.runs_panel.runs)))
    window.runs_panel.delete_selected()  # only the comparison in the picture
    window.run_variants("activation", ["Sigmoid", "ReLU"])
    wait_until(app, lambda: window.sweep is None and not window.trainer.running)
    window.runs_dock.raise_()
    window.runs_panel.compare.setCurrentWidget(window.runs_panel.grad_plot)
    settle(app)
    path = os.path.join(args.out, "vanishing_gradients.png")
    window.grab().save(path)
    print("wrote", path)
    window.doc.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
