"""Make the README's pictures of the lessons by driving the app offscreen (English).

    python tools/make_lesson_screenshots.py [--out docs/screenshots]

Writes lesson_<key>.png for every lesson of gui/lessons (LESSONS), each opened from the main
window on the example that teaches it: the Perceptron on the AND gate, the activations with
the inputs of a Sigmoid layer of the vanishing-gradient example after a short run, the
computational graph and the gradient timing on XOR, the scaling on breast cancer.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from make_screenshots import EXAMPLES, settle, start, wait_until  # noqa: E402

#: lesson key -> the example it is shown on
SHOWN_ON = {"perceptron": "gate_and", "activations": "vanishing_sigmoid", "graph": "xor", "gradients": "xor",
            "losses": "xor", "optimizers": "xor", "scaling": "breast_cancer_scaling", "keras": "xor"}


def main():
    app, out = start(__doc__.splitlines()[0])
    from gui import i18n
    from gui.lessons import LESSONS
    from gui.mainwindow import MainWindow
    i18n.install("en")
    window = MainWindow()
    window.show()
    lessons = window.lessons
    for key, _ in LESSONS:
        window.open_file(os.path.join(EXAMPLES, SHOWN_ON[key] + ".layerlab"))
        if key == "activations":  # a short run, then the second Sigmoid layer selected
            window.doc.design.training["epochs"] = 3
            window.act_train.trigger()
            wait_until(app, lambda: not window.trainer.running)
        view = lessons.open(key)
        lessons.resize(1000, 700)
        if key == "activations":
            window.scene.select_nodes(["sigmoid2"])
        elif key == "gradients":
            view.measure()
        elif key == "graph":  # forward all the way, then the first steps back
            for _ in range(20):
                view.step_forward()
            for _ in range(5):
                view.step_backward()
        settle(app)
        path = os.path.join(out, f"lesson_{key}.png")
        lessons.grab().save(path)
        print("wrote", path)
    window.doc.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
