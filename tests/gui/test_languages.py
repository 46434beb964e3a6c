"""A Korean student switches the interface to Korean; the choice survives a restart."""
import os
import re

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget

from gui import MainWindow

XOR = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "examples", "xor.layerlab")

HANGUL = re.compile("[\uac00-\ud7a3]")


def ours(window, obj):
    """Not pyqtgraph's own plot menus (pyqtgraph translates those itself)."""
    while obj is not None:
        if type(obj).__module__.startswith("pyqtgraph"):
            return False
        obj = obj.parent()
    return True


def visible_texts(window):
    actions = [a for a in window.findChildren(type(window.act_new))
               if a.text() and not a.isSeparator() and ours(window, a)]
    docks = window.findChildren(QDockWidget)
    menus = [m.menuAction().text() for m in (window.menu_file, window.menu_edit, window.menu_view, window.menu_help,
                                               window.menu_examples, window.menu_recent, window.menu_language)]
    return {a.text() for a in actions}, {d.windowTitle() for d in docks}, menus


def test_switching_to_korean_translates_every_action_and_dock(window, qtbot):
    english_actions, english_docks, english_menus = visible_texts(window)
    assert "&Save" in english_actions and "Layers" in english_docks
    window.set_language("ko")
    # The panels (the dashboard's plot grids among them) retranslate on Qt's LanguageChange
    # event, which arrives through the event loop.
    # Example titles are the designs' own names and languages are named in their own language.
    own_names = {a.text() for a in window.menu_examples.actions()} | {"English", "한국어"}

    def untranslated():
        return sorted(t for t in visible_texts(window)[0] - own_names if not HANGUL.search(t))

    qtbot.waitUntil(lambda: not untranslated(), timeout=3000)
    actions, docks, menus = visible_texts(window)
    assert untranslated() == [], f"actions left in English: {untranslated()}"
    assert all(HANGUL.search(t) for t in docks), docks
    assert all(HANGUL.search(t) for t in menus), menus
    assert "저장(&S)" in actions and "층" in docks  # the notes' word for a layer (glossary-ko.md)
    # The panels retranslate on Qt's LanguageChange event, which arrives through the event loop.
    qtbot.waitUntil(lambda: window.summary.table.horizontalHeaderItem(2).text() == "출력 형태")
    qtbot.waitUntil(lambda: window.palette.filter.placeholderText() == "층 찾기…")
    assert QSettings().value("language") == "ko"
    window.set_language("en")
    assert visible_texts(window)[1] == english_docks


def test_the_language_choice_persists_and_help_texts_follow_it(qtbot):
    QSettings().setValue("language", "ko")
    from gui import i18n
    i18n.install(i18n.effective_language())
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.act_open.text() == "열기(&O)…"
    assert w.language_actions["ko"].isChecked()
    tip = w.palette.items["Sigmoid"].toolTip(0)
    assert "기울기는 최대 0.25" in tip, tip


def test_palette_categories_are_translated(window, qtbot):
    window.set_language("ko")
    tree = window.palette.tree
    qtbot.waitUntil(lambda: tree.topLevelItem(0).text(0) == "기본")
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == ["기본", "활성화 함수", "규제", "출력", "이미지", "병합"]


def test_every_user_visible_string_has_a_korean_translation():
    import os
    import sys
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
    from make_translations import coverage, messages
    from translations_ko import KO
    missing = [f"{ctx}: {text}" for ctx, texts in messages().items() for text in texts if not KO.get(text)]
    assert missing == [], "run tools/make_translations.py after translating: " + "; ".join(missing)
    shipped = open(os.path.join(os.path.dirname(__file__), "..", "..", "resources", "i18n", "layerlab_ko.ts"),
                   encoding="utf-8").read()
    assert 'type="unfinished"' not in shipped
    # not only tr(): core's message templates and the examples' texts are counted too
    report = coverage()
    assert {"core message templates", "example names, descriptions, lessons"} <= set(report)
    assert {source: left for source, (_, _, left) in report.items() if left} == {}


def test_messages_from_core_follow_the_language(window, qtbot):
    import os
    from core import DesignError, load_design
    from core.messages import msg
    from gui.i18n import core_text
    root = os.path.join(os.path.dirname(__file__), "..", "..")
    error = DesignError(msg("{where}: missing", code="design.missing", where="nodes"))
    window.set_language("ko")
    assert core_text(error) == "nodes: 빠져 있습니다"
    xor = load_design(os.path.join(root, "resources", "examples", "xor.layerlab"))
    assert core_text(xor.name) == "XOR, 은닉층 하나"
    window.set_language("en")
    assert core_text(error) == "nodes: missing" and core_text(xor.name) == "XOR, one hidden layer"


def test_qts_own_file_dialog_speaks_korean(qtbot):
    """Qt's non-native file dialog (as on systems without a native one): every label in Korean."""
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

    from gui import i18n
    i18n.install("ko")
    dialog = QFileDialog(None, "설계 열기")
    dialog.setOption(QFileDialog.DontUseNativeDialog)
    dialog.setNameFilter("LayerLab (*.layerlab)")
    qtbot.addWidget(dialog)
    dialog.show()
    labels = sorted(label.text() for label in dialog.findChildren(QLabel) if label.text())
    buttons = sorted(button.text() for button in dialog.findChildren(QPushButton) if button.text())
    assert labels == ["찾는 위치(&L):", "파일 이름(&N):", "파일 형식(&T):"], labels
    assert all(HANGUL.search(text) for text in buttons), buttons


def test_resting_the_pointer_on_a_parameter_name_shows_its_help_in_korean(window, qtbot):
    """No click, no edit mode: the help appears over the name in the properties form."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    assert window.open_file(XOR)
    window.scene.select_nodes(["d1"])
    window.set_language("ko")
    tree = window.properties.tree
    qtbot.waitUntil(lambda: HANGUL.search(window.properties.heading.text()) is not None)  # the form, rebuilt in Korean
    param = next(p for p in window.properties._keys if p.name() == "units")
    item = next(iter(param.items))
    name_cell = tree.visualItemRect(item)
    at = QPoint(name_cell.left() + 10, name_cell.center().y())
    assert tree.itemAt(at) is item and tree.columnAt(at.x()) == 0   # over the name, not the editor
    QApplication.sendEvent(tree.viewport(), QHelpEvent(QEvent.ToolTip, at, tree.viewport().mapToGlobal(at)))
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == "출력 유닛(뉴런)의 수.", QToolTip.text()


def test_korean_training_settings_name_layerlabs_own_in_korean_and_keep_keras_argument_names(window, qtbot):
    """The toy data's samples and noise are LayerLab's and read in Korean; validation_split,
    batch_size and epochs are Keras' arguments and read as Keras writes them (its Korean docs too)."""
    assert window.open_file(XOR)
    window.properties.show_node(None)
    window.set_language("ko")
    qtbot.waitUntil(lambda: HANGUL.search(window.properties.heading.text()) is not None)
    titles = {p.name(): p.title() for p in window.properties._keys}
    assert (titles["samples"], titles["noise"], titles["classes"], titles["scaling"]) == ("샘플 수", "잡음", "클래스 수",
                                                                                            "스케일링")
    assert (titles["validation_split"], titles["batch_size"], titles["epochs"]) == ("validation_split", "batch_size",
                                                                                   "epochs")
