"""Help → Keyboard shortcuts: a table made from the window's actions, so it cannot drift from them."""
import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout


def shortcut_rows(window, fmt=QKeySequence.NativeText):
    """[(what the action does, its shortcuts joined by ", ")] for every action of ``window`` with a
    shortcut, in the order the window created them; mnemonics and "…" left out."""
    rows, seen = [], set()
    for action in window.findChildren(QAction):
        keys = [k.toString(fmt) for k in action.shortcuts() if not k.isEmpty()]
        text = re.sub(r"\(&\w\)", "", action.text())  # Korean menus write the mnemonic as "새로 만들기(&N)"
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
        if keys and text and (text, tuple(keys)) not in seen:
            seen.add((text, tuple(keys)))
            rows.append((text, ", ".join(keys)))
    return rows


def markdown(rows):
    """The rows as a Markdown table (for the README)."""
    lines = ["| Action | Shortcut |", "| --- | --- |"]
    lines += [f"| {text} | {keys} |" for text, keys in rows]
    return "\n".join(lines) + "\n"


class ShortcutsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        for r, (text, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(text))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(460, 520)
