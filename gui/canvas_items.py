"""The canvas's items: one NodeItem per node, one EdgeItem per edge (gui.canvas holds the scene)."""
import math

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsPathItem

from core.layers import fmt_shape
from core.registry import LAYERS

from . import node_extras as extras
from .i18n import core_text, html

NODE_W, NODE_H = 190.0, 66.0
STEP = 90.0          # vertical distance between stacked nodes (design files use the same)
PORT_R = 6.0
HINT_COLOR = "#2ca02c"   # where a dragged layer would go
LABEL_R = 7.0            # a merge's input index: a small circle on the edge,
LABEL_BEFORE_END = 40.0  # this far before the arrow: clear of it, and where edges into one port part

CATEGORY_COLORS = {
    "core": QColor("#4C78A8"),
    "activations": QColor("#F58518"),
    "regularisation": QColor("#54A24B"),
    "output": QColor("#B279A2"),
    "image": QColor("#E45756"),
    "merge": QColor("#72B7B2"),
}


def tr(text):
    return QCoreApplication.translate("Canvas", text)


def category_color(type_name):
    spec = LAYERS.get(type_name)
    return CATEGORY_COLORS.get(spec.category if spec else "", QColor("#888888"))


def format_count(n):
    if n >= 1_000_000:
        return f"{n / 1e6:.1f}M"
    if n >= 10_000:
        return f"{n / 1e3:.0f}k"
    return f"{n:,}"


class NodeItem(QGraphicsObject):
    """One node: header with its type and id, key parameters, output shape and parameter count."""

    def __init__(self, scene, node):
        super().__init__()
        self.canvas = scene
        self.node_id = node.id
        self.type_name = node.type
        self.lines = []
        self.error = None
        self.warnings = []       # core.diagnostics.LayerWarning, from the last report
        self.images = None       # (units, h, w) outputs of the first units over the input plane (core.neurons)
        self.picture_count = 0   # how many units are pictured
        self.panel_pixmap = None  # all their pictures, as painted (node_extras.panel_pixmap)
        self._pixmaps = None     # one pixmap per unit, made when asked for (the magnifier)
        self.hidden_units = 0    # units the layer has beyond those pictured
        self.drop_hint = False   # a layer dragged here would go right after this node
        self._tooltip = ""
        self._formula = ""       # the node's formula for one sample, computed on hover (scene.node_formula)
        self.setFlags(QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsMovable
                      | QGraphicsItem.ItemSendsGeometryChanges)
        self.setZValue(1)
        self.setCursor(Qt.OpenHandCursor)
        self.setAcceptHoverEvents(True)

    def boundingRect(self):
        rect = QRectF(-NODE_W / 2 - PORT_R, -NODE_H / 2 - PORT_R, NODE_W + 2 * PORT_R, NODE_H + 2 * PORT_R)
        if self.warnings:
            c = extras.badge_center(NODE_W, NODE_H)
            r = extras.BADGE_R + 2
            rect = rect.united(QRectF(c.x() - r * 1.2, c.y() - r * 1.2, r * 2.4, r * 2.4))
        if self.picture_count:
            rect = rect.united(self.pictures_panel().adjusted(-1, -1, 1, 1))
        return rect

    def pictures_panel(self):
        return extras.pictures_rect(self.picture_count, self.hidden_units, NODE_W, NODE_H)

    @property
    def pixmaps(self):
        """One QPixmap per pictured unit (made on first use after the pictures change)."""
        if self.images is None:
            return []
        if self._pixmaps is None:
            self._pixmaps = extras.to_pixmaps(self.images, self.type_name)
        return self._pixmaps

    # -- what training tells about the layer -----------------------------------------------
    def set_warnings(self, warnings):
        """Show a badge with the number of ``warnings`` and a tooltip line for each (none: no badge)."""
        self.prepareGeometryChange()
        self.warnings = list(warnings)
        self._update_tooltip()
        self.update()

    def set_pictures(self, images, hidden):
        """Show each unit's picture (``images``: (units, h, w) outputs over the input plane) and
        how many units are not shown; ``images`` None removes them."""
        count, hidden = (0, 0) if images is None else (len(images), int(hidden))
        same = (count, hidden) == (self.picture_count, self.hidden_units)
        if not same:  # a live run's new pictures change neither: no new geometry, no new tooltip
            self.prepareGeometryChange()
        self.images, self._pixmaps = images, None
        self.picture_count, self.hidden_units = count, hidden
        self.panel_pixmap = None if images is None else extras.panel_pixmap(images, self.type_name)
        if not same:
            self._update_tooltip()
        self.update(self.pictures_panel() if same else self.boundingRect())

    def picture_at(self, local):
        """The unit whose picture is under ``local`` (item coordinates), or None."""
        if not self.picture_count:
            return None
        panel = self.pictures_panel()
        for k in range(self.picture_count):
            if extras.picture_rect(panel, k).contains(local):
                return k
        return None

    def _update_tooltip(self):
        lines = extras.warning_lines(self.warnings)
        if self.hidden_units:
            lines.append(tr("Pictures of the first %1 units; %2 more are not shown")
                         .replace("%1", str(self.picture_count)).replace("%2", str(self.hidden_units)))
        formula = [f"<span style='font-family:monospace'>{html(self._formula)}</span>"] if self._formula else []
        self.setToolTip("<br>".join([self._tooltip] + formula + lines))

    def hoverEnterEvent(self, event):
        provider = getattr(self.canvas, "node_formula", None)  # set by gui.lessons.install_lessons
        self._formula = provider(self.node_id) if provider is not None else ""
        self._update_tooltip()
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event):
        self.canvas.magnify(self, self.picture_at(event.pos()))
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event):
        self.canvas.magnify(None, None)
        super().hoverLeaveEvent(event)

    def body(self):
        return QRectF(-NODE_W / 2, -NODE_H / 2, NODE_W, NODE_H)

    def input_port(self):
        return QPointF(0, -NODE_H / 2)

    def output_port(self):
        return QPointF(0, NODE_H / 2)

    def has_input(self):
        return LAYERS[self.type_name].inputs > 0

    def port_at(self, local):
        """"out" or "in" if ``local`` (item coordinates) is on a port."""
        if QLineF(local, self.output_port()).length() <= PORT_R * 2:
            return "out"
        if self.has_input() and QLineF(local, self.input_port()).length() <= PORT_R * 2:
            return "in"
        return None

    def refresh(self, node, analysis):
        self.type_name = node.type
        spec = LAYERS[node.type]
        params = node.resolved()
        keys = ", ".join(f"{k}={_short(params[k])}" for k in spec.key_params if k in params)
        shape = fmt_shape(analysis.shapes.get(node.id))
        count = analysis.param_counts.get(node.id, 0)
        self.lines = [keys, f"→ {shape}" + (f"   {format_count(count)} " + tr("params") if count else "")]
        self.error = analysis.node_errors.get(node.id)
        help_text = QCoreApplication.translate("registry", spec.help)
        self._tooltip = (f"<b>{node.type}</b> ({node.id})<br>{help_text}"
                         + (f"<br><span style='color:#c00'>{html(core_text(self.error))}</span>" if self.error else ""))
        self._update_tooltip()
        self.update()

    def paint(self, painter, option, widget=None):
        painter.setRenderHint(QPainter.Antialiasing)
        color = category_color(self.type_name)
        rect = self.body()
        selected = self.isSelected()
        border = QColor("#d62728") if self.error else (QColor("#1f5fbf") if selected else QColor("#555555"))
        if self.drop_hint:
            border = QColor(HINT_COLOR)
        painter.setPen(QPen(border, 3 if (self.error or selected or self.drop_hint) else 1.2))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawRoundedRect(rect, 8, 8)
        header = QRectF(rect.left(), rect.top(), rect.width(), 22)
        path = QPainterPath()
        path.setFillRule(Qt.WindingFill)  # the two shapes overlap; odd-even would punch a hole
        path.addRoundedRect(header, 8, 8)
        path.addRect(QRectF(header.left(), header.top() + 12, header.width(), 10))
        painter.fillPath(path.simplified(), color)
        painter.setPen(QColor("#ffffff"))
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(9.5)
        painter.setFont(font)
        painter.drawText(header.adjusted(8, 0, -8, 0), Qt.AlignVCenter | Qt.AlignLeft, self.type_name)
        font.setBold(False)
        font.setPointSizeF(8.5)
        painter.setFont(font)
        id_margin = 28 if self.warnings else 8  # the badge's place
        painter.drawText(header.adjusted(8, 0, -id_margin, 0), Qt.AlignVCenter | Qt.AlignRight, self.node_id)
        painter.setPen(QColor("#222222"))
        for i, text in enumerate(self.lines):
            painter.drawText(QRectF(rect.left() + 8, rect.top() + 24 + i * 19, rect.width() - 16, 19),
                             Qt.AlignVCenter | Qt.AlignLeft, text)
        painter.setPen(QPen(QColor("#333333"), 1))
        painter.setBrush(QBrush(QColor("#ffffff")))
        if self.has_input():
            painter.drawEllipse(self.input_port(), PORT_R, PORT_R)
        painter.setBrush(QBrush(color))
        painter.drawEllipse(self.output_port(), PORT_R, PORT_R)
        if self.picture_count:
            extras.paint_pictures(painter, self.pictures_panel(), self.panel_pixmap, self.hidden_units)
        if self.warnings:
            extras.paint_badge(painter, extras.badge_center(NODE_W, NODE_H), len(self.warnings))

    def itemChange(self, change, value):
        if change == QGraphicsItem.ItemPositionHasChanged:
            self.canvas.node_moved_live(self.node_id)
        if change == QGraphicsItem.ItemPositionChange and self.canvas.locked:
            return self.pos()  # no moving while training
        return super().itemChange(change, value)

    def mousePressEvent(self, event):
        if event.button() == Qt.LeftButton and self.port_at(event.pos()) == "out" and not self.canvas.locked:
            self.canvas.start_connection(self)
            event.accept()
            return
        super().mousePressEvent(event)


def _short(value):
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class EdgeItem(QGraphicsPathItem):
    def __init__(self, src_item, dst_item):
        super().__init__()
        self.src, self.dst = src_item, dst_item
        self.setFlags(QGraphicsItem.ItemIsSelectable)
        self.setZValue(0)
        self.drop_hint = False   # a layer dragged here would be inserted into this edge
        self.input_index = None  # 1, 2, …: which input of a merge this edge is (a label near its end)
        self._set_tooltip()
        self.update_path()

    def _set_tooltip(self):
        text = tr("Edge %1 → %2; select it and press Delete to remove it")
        if self.input_index is not None:
            text = tr("Edge %1 → %2, input %3 of %2; select it and press Delete to remove it") \
                .replace("%3", str(self.input_index))
        self.setToolTip(text.replace("%1", self.src.node_id).replace("%2", self.dst.node_id))

    def set_input_index(self, index):
        if index != self.input_index:
            self.prepareGeometryChange()
            self.input_index = index
            self._set_tooltip()
            self.update()

    def label_center(self):
        """Where the input index is drawn: on the edge, LABEL_BEFORE_END before its arrow."""
        path = self.path()
        length = path.length()
        if not length:
            return path.pointAtPercent(1.0)
        r = LABEL_R + 2
        covered = [item.mapRectToScene(item.body()).adjusted(-r, -r, r, r) for item in (self.dst, self.src)]
        back = LABEL_BEFORE_END
        while back < length:  # an edge curling round into its port: go back until no node hides the label
            point = path.pointAtPercent(path.percentAtLength(length - back))
            if not any(rect.contains(point) for rect in covered):
                return point
            back += LABEL_R
        return path.pointAtPercent(path.percentAtLength(max(0.0, length - LABEL_BEFORE_END)))

    def boundingRect(self):
        rect = super().boundingRect()
        if self.input_index is None:
            return rect
        c = self.label_center()
        return rect.united(QRectF(c.x() - LABEL_R - 1, c.y() - LABEL_R - 1, 2 * LABEL_R + 2, 2 * LABEL_R + 2))

    @property
    def key(self):
        return self.src.node_id, self.dst.node_id

    def update_path(self):
        a = self.src.mapToScene(self.src.output_port())
        b = self.dst.mapToScene(self.dst.input_port())
        path = QPainterPath(a)
        dy = max(40.0, abs(b.y() - a.y()) / 2)
        path.cubicTo(a + QPointF(0, dy), b - QPointF(0, dy), b)
        self.setPath(path)

    def shape(self):
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        return stroker.createStroke(self.path())

    def paint(self, painter, option, widget=None):
        painter.setRenderHint(QPainter.Antialiasing)
        color = QColor(HINT_COLOR) if self.drop_hint else (QColor("#1f5fbf") if self.isSelected() else QColor("#666666"))
        painter.setPen(QPen(color, 3 if (self.isSelected() or self.drop_hint) else 1.8))
        painter.setBrush(Qt.NoBrush)
        painter.drawPath(self.path())
        b = self.path().pointAtPercent(1.0)
        tangent = self.path().angleAtPercent(0.98)
        painter.setBrush(color)
        painter.drawPolygon(_arrow(b, tangent))
        if self.input_index is not None:  # which input of the merge this is
            c = self.label_center()
            painter.setPen(QPen(color, 1.2))
            painter.setBrush(QColor("#ffffff"))
            painter.drawEllipse(c, LABEL_R, LABEL_R)
            font = QFont(painter.font())
            font.setBold(True)
            font.setPointSizeF(7.5)
            painter.setFont(font)
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(c.x() - LABEL_R, c.y() - LABEL_R, 2 * LABEL_R, 2 * LABEL_R), Qt.AlignCenter,
                             str(self.input_index))


def _arrow(tip, angle_deg, size=9):
    rad = math.radians(angle_deg)
    back = QPointF(-math.cos(rad) * size, math.sin(rad) * size)
    side = QPointF(math.sin(rad) * size * 0.5, math.cos(rad) * size * 0.5)
    return QPolygonF([tip, tip + back + side, tip + back - side])
