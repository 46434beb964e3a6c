"""Dialogs for experiments: choosing variants to train, and the gradient check's table."""
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
                               QLineEdit, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from core.experiments import INITIALISERS, SCALINGS, SWAPPABLE, SWEEPS, parse_learning_rates, valid_losses
from core.gradcheck import check_network
from core.lessons import timed_gradients
from core.optimizers import OPTIMIZER_PARAMS
from core.training import Trainer

from .i18n import core_text

GRADCHECK_SAMPLES = 8
GRADCHECK_ENTRIES = 30   # entries checked per parameter array, at most
AGREE = 1e-6


class VariantsDialog(QDialog):
    """Pick one setting and the values to try; each value is one run."""

    def __init__(self, design, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Run variants"))
        self.sweep = QComboBox()
        self.pages = QStackedWidget()
        self.boxes = {}
        current_lr = design.settings()["optimizer"].get("lr", 0.01)
        for sweep, values in (("activation", SWAPPABLE), ("initialiser", INITIALISERS),
                              ("optimizer", tuple(OPTIMIZER_PARAMS)), ("learning rate", None),
                              ("loss", valid_losses(design)), ("scaling", SCALINGS)):
            self.sweep.addItem(self._label(sweep), sweep)
            page = QWidget()
            layout = QVBoxLayout(page)
            if values is None:
                self.rates = QLineEdit(", ".join(f"{current_lr * f:g}" for f in (0.1, 1, 10)))
                layout.addWidget(QLabel(self.tr("Learning rates, separated by commas:")))
                layout.addWidget(self.rates)
            else:
                for value in values:
                    box = QCheckBox(value)
                    box.setChecked(sweep != "initialiser" or value in ("xavier_normal", "he_normal"))
                    layout.addWidget(box)
                    self.boxes.setdefault(sweep, []).append(box)
            layout.addStretch(1)
            self.pages.addWidget(page)
        self.sweep.currentIndexChanged.connect(self.pages.setCurrentIndex)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Train each"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Vary:"), self.sweep)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Train the current design once per value, one run after another, "
                                        "and compare the runs.")))
        layout.addLayout(form)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _label(self, sweep):
        return {"activation": self.tr("every activation"), "initialiser": self.tr("the weight initialiser"),
                "optimizer": self.tr("the optimizer"), "learning rate": self.tr("the learning rate"),
                "loss": self.tr("the loss (those the last layer fits)"),
                "scaling": self.tr("the feature scaling")}[sweep]

    def choice(self):
        """(sweep, values); a ValueError says what is wrong with them."""
        sweep = self.sweep.currentData()
        if sweep == "learning rate":
            return sweep, parse_learning_rates(self.rates.text())
        values = [b.text() for b in self.boxes[sweep] if b.isChecked()]
        if not values:
            raise ValueError(self.tr("Tick at least one value to try."))
        return sweep, values

    def select(self, sweep, values=None, rates=None):
        """Set the dialog as a user would (tests, scripts)."""
        self.sweep.setCurrentIndex(SWEEPS.index(sweep))
        if rates is not None:
            self.rates.setText(rates)
        if values is not None:
            for box in self.boxes[sweep]:
                box.setChecked(box.text() in values)

    def accept(self):
        try:
            self.choice()
        except ValueError as e:
            self.error.setText(core_text(e))
            return
        super().accept()


class CheckRows(list):
    """The gradient check's rows, with ``timing`` (core.gradcheck.Timing: the whole gradient both
    ways) and ``timed_entries`` (the entries numerical differentiation was timed on)."""

    timing = None
    timed_entries = 0


def gradient_check(design, samples=GRADCHECK_SAMPLES, max_entries=GRADCHECK_ENTRIES, progress=None):
    """Rows (parameter, shape, entries checked, relative error) for ``design`` on ``samples``
    training samples in float64, as a :class:`CheckRows` that also carries how long each way took.
    Raises DataError/DesignError/ValueError as training would; ``progress(done, total)`` is called
    per parameter array (see core.gradcheck)."""
    trainer = Trainer(design, dtype=np.float64, epochs=1)
    net = trainer.net
    x, t = trainer.x_train[:samples], trainer.t_train[:samples]
    errors = check_network(net, x, t, max_entries=max_entries, progress=progress)
    rows = CheckRows((key, tuple(arr.shape), min(arr.size, max_entries), errors[key])
                     for key, arr in net.params.items())
    rows.timing, rows.timed_entries = timed_gradients(net, x, t)
    return rows


class GradCheckDialog(QDialog):
    """Backpropagation against numerical differentiation, a row per parameter."""

    def __init__(self, rows, samples, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gradient check"))
        self.rows = rows
        worst = max((r[3] for r in rows), default=0.0)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        if worst < AGREE:
            self.verdict.setText(self.tr("Backpropagation agrees with numerical differentiation: every relative "
                                         "error is below 1e-6 (worst %1).").replace("%1", f"{worst:.1e}"))
        else:
            self.verdict.setText(self.tr("Some gradients disagree with numerical differentiation (worst %1).")
                                 .replace("%1", f"{worst:.1e}"))
        explain = QLabel(self.tr(
            "Each gradient from backpropagation is compared with central differences such as "
            "(L(w + h) − L(w − h)) / 2h on %1 training samples in float64, with small and larger steps h (the best "
            "agreement counts); large arrays on entries drawn at random. Relative error: |a − n| / (|a| + |n|).")
            .replace("%1", str(samples)))
        explain.setWordWrap(True)
        self.timing = QLabel()
        self.timing.setWordWrap(True)
        if getattr(rows, "timing", None) is not None:
            self.timing.setText(self.timing_text(rows.timing, rows.timed_entries, samples))
        self.timing.setVisible(bool(self.timing.text()))
        self.table = QTableWidget(len(rows), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Parameter"), self.tr("Shape"), self.tr("Entries checked"),
                                              self.tr("Relative error")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        for i, (key, shape, checked, error) in enumerate(rows):
            cells = [key, " x ".join(map(str, shape)), str(checked), f"{error:.2e}"]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j >= 2:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if j == 3:
                    item.setForeground(Qt.darkGreen if error < AGREE else Qt.red)
                self.table.setItem(i, j, item)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.timing)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def timing_text(self, timing, timed_entries, samples):
        """The sentence under the table: both times and their ratio."""
        text = self.tr("The whole gradient (%1 weights, %2 samples): numerical differentiation %3 s, "
                       "backpropagation %4 s, %5 times faster.").replace("%1", f"{timing.entries:,}") \
            .replace("%2", str(samples)).replace("%3", f"{timing.numerical_seconds:.3g}") \
            .replace("%4", f"{timing.backprop_seconds:.2g}").replace("%5", f"{timing.ratio:,.0f}")
        if timed_entries < timing.entries:
            text += " " + self.tr("(Numerical differentiation was timed on %1 of the weights and scaled up.)") \
                .replace("%1", f"{timed_entries:,}")
        return text
