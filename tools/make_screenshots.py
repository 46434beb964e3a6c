"""Make the README's screenshots by driving the app offscreen (run again after visible changes).

    python tools/make_screenshots.py [--out docs/screenshots]

builder.png: the spiral example trained, its decision boundary in the Training dock.
neurons.png: the same network on the canvas, each hidden unit's output over the plane in its node.
vanishing_gradients.png: the vanishing-gradient example's lesson followed ("Show me"): the
Sigmoid design and its ReLU twin trained, compared by layer in the Runs dock.
presentation.png: the XOR example trained, in presentation mode (F11).
paint.png: the same design painted: the two moons as a start, a few points added by hand.
Each at the default window size (1280×820), in English and in Korean (*_ko.png).
"""
import argparse
import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSettings, Qt, QTimer  # noqa: E402
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
        # What Qt deletes later (a dock tab bar no longer used) is deleted by an event loop only:
        # processEvents() outside one keeps it, on screen.
        app.sendPostedEvents(None, QEvent.DeferredDelete)


def shoot(app, out, lang):
    """The pictures in one language: builder, neurons and vanishing_gradients in one window,
    presentation and paint in another (each window at the default size and layout)."""
    from gui import i18n
    i18n.install(lang)
    suffix = "" if lang == "en" else f"_{lang}"
    window = new_window()
    window.resizeDocks([window.training_dock], [300], Qt.Vertical)  # the plots large enough to read in a README

    window.open_file(os.path.join(EXAMPLES, "spiral.layerlab"))
    settle(app)
    window.act_train.trigger()
    wait_until(app, lambda: not window.trainer.running)
    window.training_dock.raise_()
    window.dashboard.setCurrentWidget(window.dashboard.boundary_plot)
    settle(app, 60)
    save(window, out, f"builder{suffix}.png")
    window.view.zoom(1.6)  # the trained spiral's hidden units, pictured in their nodes, and any warning badge
    window.view.centerOn(window.scene.nodes["dense2"])
    settle(app, 30)
    save(window.view, out, f"neurons{suffix}.png")

    window.doc.undo_stack.setClean()
    window.open_file(os.path.join(EXAMPLES, "vanishing_sigmoid.layerlab"))
    window.runs_panel.select(range(len(window.runs_panel.runs)))
    window.runs_panel.delete_selected()  # only the comparison in the picture
    settle(app)
    arrived = []
    window.lesson_guide.arrived.connect(arrived.append)
    window.description.button.click()  # "Show me": train both designs, compare them by layer
    wait_until(app, lambda: bool(arrived))
    settle(app, 60)
    save(window, out, f"vanishing_gradients{suffix}.png")
    close_window(app, window)
    classroom(app, out, suffix)


def classroom(app, out, suffix):
    """presentation.png and paint.png, in a window of their own."""
    window = new_window()
    window.open_file(os.path.join(EXAMPLES, "xor.layerlab"))
    settle(app)
    window.act_train.trigger()
    wait_until(app, lambda: not window.trainer.running)
    window.act_presentation.trigger()
    settle(app, 60)
    save(window, out, f"presentation{suffix}.png")
    window.act_presentation.trigger()
    window.classroom.show_paint()
    window.paint_view.start_from("moons")
    window.paint_view.class_box.setCurrentIndex(1)
    for x, y in [(-1.0, -0.9), (-0.8, -0.9), (-0.6, -0.9)]:  # a few of one's own
        window.paint_view.add_point(x, y)
    settle(app, 60)
    save(window, out, f"paint{suffix}.png")
    close_window(app, window)


def new_window():
    """A main window at the default size and layout (not the one the last window left, such as
    the paint dock open), shown."""
    from gui.mainwindow import MainWindow
    QSettings().clear()
    window = MainWindow()
    window.resize(1280, 820)
    window.show()
    return window


def save(widget, out, name):
    path = os.path.join(out, name)
    widget.grab().save(path)
    print("wrote", path)


def close_window(app, window):
    window.doc.undo_stack.setClean()
    window.log.modified = False  # the runs need no saving: closing must not ask
    window.close()
    settle(app)


def start(description):
    """(the application, the output folder) for a screenshot script, with settings of its own."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--out", default=os.path.join(ROOT, "docs", "screenshots"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())  # leave the user's alone
    QSettings.setDefaultFormat(QSettings.IniFormat)
    app = QApplication.instance() or QApplication([])
    QCoreApplication.setOrganizationName("LayerLabScreenshots")
    QCoreApplication.setApplicationName("LayerLabScreenshots")
    return app, args.out


def main():
    app, out = start(__doc__.splitlines()[0])
    for lang in ("en", "ko"):
        shoot(app, out, lang)


if __name__ == "__main__":
    main()
