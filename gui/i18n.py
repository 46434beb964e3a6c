"""Languages: English (the source strings) and Korean, from resources/i18n/*.qm.

The choice comes from the system locale unless View > Language overrides it
(kept in QSettings). Switching installs a translator; every widget then gets a
LanguageChange event and retranslates itself.
"""
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "i18n")
LANGUAGES = {"en": "English", "ko": "한국어"}

_installed = []
_current = ["en"]  # the language install() put in effect


def system_language():
    name = QLocale.system().name()  # e.g. "ko_KR"
    return "ko" if name.startswith("ko") else "en"


def saved_language():
    """The language from the settings ("" means: follow the system)."""
    return QSettings().value("language", "", type=str)


def effective_language(choice=None):
    choice = saved_language() if choice is None else choice
    return choice if choice in LANGUAGES else system_language()


def install(code):
    """Install the translators for ``code`` ("en" or "ko"); returns the code in effect."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if code == "ko":
        ours = QTranslator(app)
        if ours.load(os.path.join(I18N_DIR, "layerlab_ko.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)  # Qt's own dialogs (Yes/No/Cancel, file dialogs)
        if qt.load("qtbase_ko", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    # English is the source text: removing the Korean translators (above) is the switch.
    _current[0] = code if code in LANGUAGES else "en"
    return code


def current_language():
    """The language in effect now ("en" or "ko"), as the last install() left it."""
    return _current[0]


def core_text(message, lang=None):
    """A message from core (a ``core.messages.Message``, an exception carrying one, or plain
    text) in the current language; example names, descriptions and lesson texts as shipped
    translate too (exact text), anything else is shown as it is."""
    from core.messages import Message, message_of, translate, translate_text
    lang = current_language() if lang is None else lang
    message = message_of(message)
    if isinstance(message, Message):
        return translate(message, lang)
    return translate_text(str(message), lang)


def N_(text):
    """Marks ``text`` as English to translate where it is shown ("Plots" context: plot titles,
    axes and legends keep their English source, so a language change can show them again)."""
    return text


def html(text):
    """``text`` shown as itself inside rich text (a design's name, an error)."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
