"""The model summary, as Keras' ``model.summary()``, updated as the design changes."""
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, \
    QWidget

from core.layers import fmt_shape

from .i18n import core_text


class SummaryView(QWidget):
    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.total = QLabel()
        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #c00")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addWidget(self.total)
        layout.addWidget(self.errors)
        doc.analysisChanged.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self):
        self.table.setHorizontalHeaderLabels([self.tr("Node"), self.tr("Type"), self.tr("Output shape"),
                                              self.tr("Params")])
        self.refresh()

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def rows(self):
        """(node id, type, shape text, parameter count) in network order, as shown."""
        a = self.doc.analysis
        types = {n.id: n.type for n in self.doc.design.nodes}
        return [(nid, types[nid], fmt_shape(a.shapes.get(nid)), a.param_counts.get(nid, 0))
                for nid in a.order]

    def refresh(self):
        rows = self.rows()
        self.table.setRowCount(len(rows))
        errors = self.doc.analysis.node_errors
        for r, (nid, kind, shape, count) in enumerate(rows):
            for c, text in enumerate((nid, kind, shape, f"{count:,}")):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if nid in errors:
                    item.setForeground(QColor("#c00"))
                    item.setToolTip(core_text(errors[nid]))
                self.table.setItem(r, c, item)
        total = self.doc.analysis.total_params
        self.total.setText(self.tr("Total params: %1").replace("%1", f"{total:,}"))
        self.errors.setText("\n".join(core_text(e) for e in self.doc.analysis.errors[:5]))
