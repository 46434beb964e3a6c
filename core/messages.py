"""Messages a user reads, as templates with named arguments and a stable code.

Django's ``ValidationError(message, code, params)`` is the model: core makes a
:class:`Message`, which *is* its English text (a ``str``, so ``str(error)``, tests and
logs see what they always saw), and keeps the template, the code and the arguments, so
the edge (the GUI, the CLI by locale) formats it in the user's language::

    m = msg("{where}: must be an integer from {lo} to {hi}", code="param.int_range",
            where="nodes[1].params.units", lo=1, hi=65536)
    str(m)              # 'nodes[1].params.units: must be an integer from 1 to 65536'
    translate(m, "ko")  # 'nodes[1].params.units: 1부터 65536까지의 정수여야 합니다'

A template is a literal at the call (tools/make_translations.py collects them with
``ast``); arguments that are Messages are translated too. A template without Korean
falls back to English. Example names and descriptions are data, not templates: they
translate by exact text (:func:`translate_text`), so a student's saved copy still
translates while its text is unchanged.
"""
import json
import os
import string

LANGUAGES = ("en", "ko")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES_CATALOG = os.path.join(ROOT, "resources", "i18n", "examples_{lang}.json")


class Message(str):
    """The English text of ``template`` formatted with ``params``; ``.template``, ``.code``
    and ``.params`` let :func:`translate` make it in another language."""

    def __new__(cls, template, code="", **params):
        self = super().__new__(cls, template.format(**params))
        self.template, self.code, self.params = template, code, params
        return self

    def __reduce__(self):  # copy/deepcopy/pickle (reports cross threads) keep the template
        return _rebuild, (self.template, self.code, self.params)

    def __repr__(self):
        return f"msg({str.__repr__(self)}, code={self.code!r})"


def _rebuild(template, code, params):
    return Message(template, code, **params)


def msg(template, code="", **params):
    """A :class:`Message`; ``template`` must be a string literal (or literals chosen by an if)."""
    return Message(template, code, **params)


def plural(n, one, many, code="", **params):
    """``one`` when ``n == 1`` else ``many`` (English needs both; each is its own template)."""
    return Message(one if n == 1 else many, code, n=n, **params)


def message_of(error):
    """The Message an exception carries (or its plain text)."""
    if isinstance(error, BaseException):
        return error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else str(error)
    return error


_catalogs = {}


def catalog(lang):
    """{English template: template in ``lang``} (empty for English and unknown languages)."""
    if lang not in _catalogs:
        if lang == "ko":
            from .messages_ko import KO
            _catalogs[lang] = KO
        else:
            _catalogs[lang] = {}
    return _catalogs[lang]


def translate(message, lang):
    """``message`` (a Message, an exception carrying one, or plain text) in ``lang``."""
    message = message_of(message)
    if not isinstance(message, Message) or lang not in LANGUAGES or lang == "en":
        return str(message)
    if isinstance(message, Joined):
        return message.sep.join(translate(p, lang) for p in message.parts)
    # A nested message translates; so does an example's name as shipped inside one (a second
    # run of the XOR example is "XOR, 은닉층 하나 (2)", not half English).
    params = {k: translate(v, lang) if isinstance(v, Message) else translate_text(v, lang)
              for k, v in message.params.items()}
    template = catalog(lang).get(message.template)
    if template is not None:
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):  # a broken catalog entry shows English, not a crash
            pass
    return message.template.format(**params)


def translator(lang):
    """A function from an English template to the template in ``lang`` (English when it has none),
    for data that keeps its templates apart from its arguments (core.diagnostics' warnings:
    ``warning.text(translator("ko"))``)."""
    table = catalog(lang) if lang in LANGUAGES else {}
    return lambda template: table.get(template, template)


_texts = {}


def text_catalog(lang):
    """{English text: text in ``lang``} for the examples' names, descriptions and lesson texts."""
    if lang not in _texts:
        try:
            with open(EXAMPLES_CATALOG.format(lang=lang), encoding="utf-8") as f:
                _texts[lang] = json.load(f)
        except (OSError, ValueError):
            _texts[lang] = {}
    return _texts[lang]


def translate_text(text, lang):
    """A design's name, description or lesson text in ``lang``, when it is an example's text as
    shipped (exact match); anything else (a student's own words) as it is."""
    if lang == "en" or not isinstance(text, str):
        return text
    return text_catalog(lang).get(text, text)


def locale_language(environ=None):
    """"ko" or "en" from the environment, as gettext picks the message locale:
    the first set of LC_ALL, LC_MESSAGES, LANG (``ko_KR.UTF-8`` → "ko")."""
    environ = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var)
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    return "en"


def template_fields(template):
    """The named fields of a template (to check a translation uses the same ones)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class Joined(Message):
    """Messages joined by ``sep`` (``"Sigmoid → ReLU (6 layers); optimizer.lr 0.01 → 0.1"``):
    each part translates on its own."""

    def __new__(cls, parts, sep="; "):
        parts = tuple(parts)
        self = str.__new__(cls, sep.join(parts))
        self.template, self.code, self.params = "", "join", {}
        self.parts, self.sep = parts, sep
        return self

    def __reduce__(self):
        return Joined, (self.parts, self.sep)
