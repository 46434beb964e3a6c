"""The welcome page (what to do first, and every example as a link), the banner that shows
the open design's name, description and lesson above the canvas, and the guide that follows
a lesson's route ("Show me") as data: train, compare with the designs beside it, or run the
variants of a setting, then bring the named view forward (see core.lesson_route)."""
import os
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QWidget

from core import DesignError, load_design

from .files import EXAMPLES_DIR, example_files
from .i18n import core_text, html


class WelcomePage(QTextBrowser):
    exampleChosen = Signal(str)   # the example's path

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._link)
        self.retranslate()

    def retranslate(self):
        t = self.tr
        items = []
        for path in example_files():
            try:
                d = load_design(path)
            except DesignError:
                continue
            items.append(f"<p><a href='example:{os.path.basename(path)}'><b>{html(core_text(d.name))}</b></a><br>"
                         f"<span style='color:#444'>{html(core_text(d.description or ''))}</span></p>")
        self.setHtml(
            "<h3>" + t("Welcome to LayerLab") + "</h3><p>"
            + t("Drag layers from the palette onto the canvas: dropped below the last layer, they join the "
                "stack. Pick the data and optimizer in Properties (click the empty canvas), then train.")
            + "</p><h4>" + t("Examples") + "</h4>" + "".join(items))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _link(self, url):
        text = url.toString()
        if text.startswith("example:"):
            self.exampleChosen.emit(os.path.join(EXAMPLES_DIR, text[len("example:"):]))


class DescriptionBanner(QWidget):
    """The design's name and what it teaches, above the canvas, with its lesson and a "Show me"
    button that follows the lesson's route; hidden for a design without a description."""

    showMe = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self.showMe)
        self.button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setObjectName("banner")
        # A palette, not a style sheet: a widget with a style sheet keeps its font when the app's
        # changes, and presentation mode (F11) enlarges the app's font.
        palette = self.palette()
        palette.setColor(QPalette.Window, QColor("#eef4fb"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.design = None
        self.retranslate()
        self.hide()

    def text(self):
        return self.label.text()

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setPen(QColor("#c8d8ec"))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)  # the border under the banner

    def retranslate(self):
        self.button.setText(self.tr("Show me"))
        self.button.setToolTip(self.tr("Follow the lesson: train, and open the view that shows its point"))
        if self.design is not None:
            self.show_design(self.design)

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_design(self, design):
        self.design = design
        # An example's name, description and lesson as shipped read in the user's language.
        text = core_text(design.description) if design.description else ""
        lesson = (design.lesson or {}).get("text")
        lesson = core_text(lesson) if lesson else ""
        heading = self.tr("Lesson:")
        self.label.setText((f"<b>{html(core_text(design.name))}</b> — {html(text)}" if text else "")
                           + (f"<br><b>{html(heading)}</b> {html(lesson)}" if lesson else ""))
        self.button.setVisible(bool(lesson))
        self.setVisible(bool(text or lesson))


@dataclass(frozen=True)
class RoutePlan:
    """What following a lesson's route does: its kind, the design files trained (compare: this
    design first), the sweep and its choices (variants; None: the dialog's own), and the view."""

    kind: str
    paths: tuple = ()
    sweep: str | None = None
    choices: tuple | None = None
    view: str = ""


def plan_route(design):
    """The plan of ``design``'s lesson route, or None without one (a route is checked as the design loads)."""
    action = (design.lesson or {}).get("action")
    if not action:
        return None
    kind = action["kind"]
    paths = (design.path,) + tuple(os.path.join(design.base_dir, name) for name in action.get("with", ()))
    choices = action.get("choices")
    return RoutePlan(kind, paths if kind == "compare" else (), action.get("sweep"),
                     tuple(choices) if choices else None, action["view"])


def dialog_choices(design, sweep, parent=None):
    """The choices the Run variants dialog offers for ``sweep`` by default."""
    from .experiments import VariantsDialog
    dialog = VariantsDialog(design, parent)
    dialog.select(sweep)
    try:
        return dialog.choice()[1]
    finally:
        dialog.deleteLater()


class LessonGuide(QObject):
    """Follows the open design's lesson route in the window (one click on "Show me")."""

    arrived = Signal(str)   # the view in front once the route is followed
    message = Signal(str, int)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.plan = None
        window.session.ended.connect(self._ended)
        window.session.sweepFinished.connect(self._sweep_finished)

    @Slot()
    def follow(self):
        """Start following the route of the design in front; False if there is none or the
        session is busy."""
        w = self.window
        plan = plan_route(w.doc.design)
        if plan is None or w.session.busy or w.session.sweep is not None:
            return False
        if plan.kind == "train":
            started = w.session.train()
        elif plan.kind == "compare":
            designs = [w.doc.design.copy()]
            try:
                designs += [load_design(path) for path in plan.paths[1:]]
            except (DesignError, OSError) as e:
                self.message.emit(self.tr("Cannot follow the lesson: %1").replace("%1", core_text(e)), 10000)
                return False
            started = w.session.train_designs(designs)
        else:
            choices = list(plan.choices or dialog_choices(w.doc.design, plan.sweep, w))
            started = w.session.run_variants(plan.sweep, choices)
        self.plan = plan if started else None
        return bool(started)

    @Slot(str, str)
    def _ended(self, message, problem):
        if self.plan is not None and self.plan.kind == "train":
            self._arrive()
        elif problem and self.window.session.sweep is None:
            self.plan = None  # the comparison could not go on

    @Slot(list)
    def _sweep_finished(self, rows):
        if self.plan is not None and self.plan.kind != "train":
            self._arrive(rows)

    def _arrive(self, rows=None):
        plan, self.plan = self.plan, None
        self.window.show_view(plan.view, rows)
        self.arrived.emit(plan.view)
