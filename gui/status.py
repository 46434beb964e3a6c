"""What the status bar shows of a run: a progress bar with speed and time left, how the run
ended, and a non-modal message box when it ended in a problem."""
from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMessageBox, QProgressBar


class TrainingStatus(QObject):
    def __init__(self, status_bar, parent):
        super().__init__(parent)
        self.status_bar, self.widget = status_bar, parent
        self.problem_box = None
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
        self.progress.setValue(0)
        self.progress.show()

    @Slot(object, object, object)
    def reports(self, epochs, latest, surface):
        if latest is None:
            return
        self.progress.setMaximum(latest.epochs)
        self.progress.setValue(latest.epoch)
        left = (latest.epochs - latest.epoch) * latest.seconds / max(latest.epoch, 1)
        self.progress.setFormat(self.tr("epoch %1 of %2 · %3 samples/s · %4 s left")
                                .replace("%1", str(latest.epoch)).replace("%2", str(latest.epochs))
                                .replace("%3", f"{latest.samples_per_second:,.0f}").replace("%4", f"{left:.0f}"))

    @Slot(str, str)
    def ended(self, message, problem):
        """Say how the run ended; a problem (its title) also gets a non-modal message box."""
        self.progress.hide()
        self.status_bar.showMessage(message, 15000)
        if problem:
            box = QMessageBox(QMessageBox.Warning, problem, message, QMessageBox.Ok, self.widget)
            box.setModal(False)
            box.show()
            self.problem_box = box
