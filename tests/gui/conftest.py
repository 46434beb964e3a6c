"""GUI test fixtures: settings and app data in Qt's test locations, never the user's."""
import os

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths

QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(scope="session", autouse=True)
def clipboard_released_at_exit(qapp):
    yield
    from gui.app import release_clipboard
    release_clipboard()


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path, monkeypatch):
    # One settings file per test process: test runs in parallel (several worktrees on one
    # machine) cleared each other's settings mid-test through a shared file.
    QCoreApplication.setOrganizationName("LayerLabTests")
    QCoreApplication.setApplicationName(f"LayerLabTests-{os.getpid()}")
    from PySide6.QtCore import QSettings
    QSettings().clear()
    monkeypatch.setattr("gui.files.autosave_dir", lambda: str(tmp_path / "autosave"))
    yield
    QSettings().clear()
    from gui import i18n
    i18n.install("en")


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    """A modal dialog nobody expected would hang the run; fail the test instead (tests patch the ones they expect)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    def unexpected(name):
        def refuse(*args, **kwargs):
            text = next((a for a in args if isinstance(a, str)), "")
            raise AssertionError(f"unexpected modal dialog {name}: {text!r}")
        return refuse
    for name in ("question", "critical", "warning", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected("QMessageBox." + name))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, unexpected("QFileDialog." + name))


@pytest.fixture
def window(qtbot):
    yield from main_window(qtbot)


@pytest.fixture
def korean_window(qtbot):
    """The app as a Korean student starts it: Korean chosen before the window opens."""
    from PySide6.QtCore import QSettings

    from gui import i18n
    QSettings().setValue("language", "ko")
    i18n.install(i18n.effective_language())
    yield from main_window(qtbot)


def main_window(qtbot):
    from gui import MainWindow
    w = MainWindow()
    w.show()
    qtbot.waitExposed(w)
    yield w
    # Closed here, not by qtbot.addWidget: pytest-qt closes its widgets before fixtures tear down,
    # which would ask "save changes?" about the test's edits.
    w.doc.undo_stack.setClean()
    w.log.modified = False  # nor about the runs it trained
    w.close()
    w.deleteLater()
