"""What the status bar shows of a run: a progress bar with speed and time left (or "Paused"),
the pace control (epochs per second, for watching a toy run), how the run ended with its final
metrics, and a non-modal message box when it ended in a problem."""
from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QProgressBar, QSizePolicy, QSlider, QWidget

#: The pace control's stops, in epochs per second; the last stop (None) is full speed.
PACES = (0.5, 1, 2, 5, 10, 20, 50, None)


class PaceControl(QWidget):
    """A slider from slow motion (0.5 epochs/s) to full speed, the default."""

    paceChanged = Signal(object)  # epochs per second, or None for full speed

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setObjectName("pace")
        self.slider.setRange(0, len(PACES) - 1)
        self.slider.setValue(len(PACES) - 1)
        self.slider.setPageStep(1)
        self.slider.setFixedWidth(110)
        self.value_label = QLabel()
        self.value_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0.5 epochs/s") + 8)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Preferred)  # beside the progress bar, not spread out
        for w in (self.label, self.slider, self.value_label):
            layout.addWidget(w)
        self.slider.valueChanged.connect(self._moved)
        self.retranslate()

    @property
    def pace(self):
        return PACES[self.slider.value()]

    def set_pace(self, epochs_per_second):
        """Move the slider to the stop nearest ``epochs_per_second`` (None: full speed)."""
        if epochs_per_second is None:
            self.slider.setValue(len(PACES) - 1)
        else:
            self.slider.setValue(min(range(len(PACES) - 1), key=lambda i: abs(PACES[i] - epochs_per_second)))

    @Slot(int)
    def _moved(self, index):
        self._show()
        self.paceChanged.emit(PACES[index])

    def _show(self):
        pace = self.pace
        self.value_label.setText(self.tr("full speed") if pace is None
                                 else self.tr("%1 epochs/s").replace("%1", f"{pace:g}"))

    def retranslate(self):
        self.label.setText(self.tr("Pace:"))
        self.slider.setToolTip(self.tr("Epochs per second, to watch a fast run learn; full speed costs nothing"))
        self._show()

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TrainingStatus(QObject):
    paceChanged = Signal(object)  # from the pace control: epochs per second, or None

    def __init__(self, status_bar, parent):
        super().__init__(parent)
        self.status_bar, self.widget = status_bar, parent
        self.problem_box = None
        self.paused = False
        self.latest = None
        self.message = ""
        self.pace_control = PaceControl()
        self.pace_control.paceChanged.connect(self.paceChanged)
        status_bar.addPermanentWidget(self.pace_control)
        self.progress = QProgressBar()
        self.progress.setMinimumWidth(440)
        self.progress.setFormat("")
        self.progress.hide()
        status_bar.addPermanentWidget(self.progress)
        # Room for the bar from the start: showing it must not resize the window's contents
        # (every plot would lay out and redraw its axes just as training starts).
        status_bar.setMinimumHeight(self.progress.sizeHint().height() + 6)

    @Slot()
    def started(self):
        self.latest = None
        self.progress.setValue(0)
        self.progress.setFormat("")
        self.progress.show()

    @Slot(object, object, object)
    def reports(self, epochs, latest, surface):
        if latest is None:
            return
        self.latest = latest
        # QProgressBar.setValue repaints at once, the training thread waiting (1.4 ms a report in
        # the spiral); with updates off it is painted with the rest of the window.
        self.progress.setUpdatesEnabled(False)
        self.progress.setMaximum(latest.epochs)
        self.progress.setValue(latest.epoch)
        self._show_progress()
        self.progress.setUpdatesEnabled(True)

    @Slot(bool)
    def set_paused(self, paused):
        self.paused = paused
        self._show_progress()

    def _show_progress(self):
        latest = self.latest
        if latest is None:
            text = self.tr("Paused") if self.paused else ""
        elif self.paused:
            text = self.tr("Paused · epoch %1 of %2").replace("%1", str(latest.epoch)).replace("%2", str(latest.epochs))
        else:
            # The report's seconds leave out paused time (gui.training), so the time left is
            # right after Resume; with a pace set it counts the pace's waits, as it should.
            left = (latest.epochs - latest.epoch) * latest.seconds / max(latest.epoch, 1)
            text = (self.tr("epoch %1 of %2 · %3 samples/s · %4 s left")
                    .replace("%1", str(latest.epoch)).replace("%2", str(latest.epochs))
                    .replace("%3", f"{latest.samples_per_second:,.0f}").replace("%4", f"{left:.0f}"))
        self.progress.setFormat(text)

    @Slot(str, str)
    def ended(self, message, problem):
        """Say how the run ended; a problem (its title) also gets a non-modal message box."""
        self.progress.hide()
        self.message = message
        self.status_bar.showMessage(message, 15000)
        if problem:
            box = QMessageBox(QMessageBox.Warning, problem, message, QMessageBox.Ok, self.widget)
            box.setModal(False)
            box.show()
            self.problem_box = box

    @Slot(object)
    def finished(self, result):
        """The run's final metrics beside how it ended (after ``ended``, which says how)."""
        if not result.metrics or self.status_bar.currentMessage() != self.message:
            return  # nothing learnt, or something newer is shown (a sweep's summary)
        metrics = " · ".join(f"{key} {value:.4g}" for key, value in result.metrics.items())
        self.status_bar.showMessage(self.tr("%1 — final: %2").replace("%1", self.message).replace("%2", metrics),
                                    30000)
