"""Start the app: check that Qt can open a window here, then show the main window."""
import ctypes.util
import os
import sys

XCB_PACKAGES = {"xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4", "xcb-keysyms": "libxcb-keysyms1"}


def display_problem():
    """A one-line explanation if Qt would abort for want of a display or X11 libraries, else None."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: Qt's own business
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return ("no display found (DISPLAY is not set): run LayerLab on a desktop, under 'xvfb-run -a', "
                "or use the headless commands: python main.py check|train|export --help")
    missing = [pkg for lib, pkg in XCB_PACKAGES.items() if ctypes.util.find_library(lib) is None]
    if missing:
        return ("Qt's X11 plugin needs libraries that are missing. Install them with: "
                "sudo apt-get install " + " ".join(missing))
    return None


def run_app(path=None):
    problem = display_problem()
    if problem:
        print(f"layerlab: {problem}", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from . import i18n
    from .mainwindow import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("LayerLab")
    app.setApplicationName("LayerLab")
    i18n.install(i18n.effective_language())
    window = MainWindow()
    window.show()
    start(window, path)
    code = app.exec()
    release_clipboard()
    return code


def release_clipboard():
    """Clear the clipboard if it holds our copied nodes: Qt (6.11, offscreen at least) crashes
    at exit while destroying clipboard data set from Python."""
    from PySide6.QtWidgets import QApplication

    from .editing import MIME_NODES
    clipboard = QApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(MIME_NODES):
        clipboard.clear()


def start(window, path=None):
    """What the window shows first: the file asked for, recovered work after a crash, or, at the
    very first start, the XOR example and the welcome panel, so Train is seconds away."""
    from .files import EXAMPLES_DIR
    if path:
        window.open_file(path)
    elif not window.offer_recovery() and not window.recent_files():
        window.open_example(os.path.join(EXAMPLES_DIR, "xor.layerlab"))
        window.show_welcome()
