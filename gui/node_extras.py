"""What a canvas node shows beyond its design: warnings from training and pictures of its units.

A warning badge (a small triangle with a count) sits on the node's top-right corner; the
pictures (core.neurons) sit in a panel on its right, two rows of four, with "+N" for the
units not shown; hovering one shows it large in the :class:`Magnifier`.
"""
import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QGraphicsObject

PIC = 26.0           # a picture's side on the canvas
PIC_GAP = 2.0
PIC_COLS = 4         # core.neurons.UNITS_SHOWN (8) pictures in two rows fill a node's height
BIG = 168.0          # the magnified picture's side
BADGE_R = 10.0

# Playground's colours: orange for negative, white at zero (or the middle of a bounded range), blue for positive.
NEGATIVE = np.array([245, 133, 24], dtype=np.float32)
POSITIVE = np.array([31, 95, 191], dtype=np.float32)
WHITE = np.array([255, 255, 255], dtype=np.float32)
FRAME = np.array([187, 187, 187, 255], dtype=np.uint8)  # round each picture
BOUNDED = {"Sigmoid": (0.0, 1.0), "Softmax": (0.0, 1.0), "Step": (0.0, 1.0), "Tanh": (-1.0, 1.0)}


def tr(text):
    return QCoreApplication.translate("Canvas", text)


def translate_diagnostic(text):
    return QCoreApplication.translate("diagnostics", text)


def _palette():
    """255 colours from orange (-1) through white (0, the middle entry) to blue (+1)."""
    t = np.linspace(-1.0, 1.0, 255)[:, None]
    return (WHITE + np.abs(t) * (np.where(t > 0, POSITIVE, NEGATIVE) - WHITE)).round().astype(np.uint8)


PALETTE = _palette()


def value_range(type_name, images):
    """(middle, half width) of the colour scale, per unit: the function's own range where it has
    one, else symmetric around 0 and as wide as the unit's largest output, so that every unit's
    shape shows however small its outputs are (what matters is where it switches on)."""
    if type_name in BOUNDED:
        lo, hi = BOUNDED[type_name]
        return (lo + hi) / 2, (hi - lo) / 2
    top = np.abs(images).max(axis=(1, 2), keepdims=True)
    return 0.0, np.where(top > 0, top, 1.0)


def colours(images, type_name):
    """(units, h, w, 3) uint8: each unit's outputs in the palette, the plane's lowest y at the bottom."""
    images = np.nan_to_num(np.asarray(images, dtype=np.float32), nan=0.0, posinf=0.0, neginf=0.0)
    mid, half = value_range(type_name, images)
    index = np.rint((np.clip((images - mid) / half, -1.0, 1.0) + 1.0) * 127.0).astype(np.uint8)
    return np.ascontiguousarray(PALETTE[index[:, ::-1]])  # row 0 is the bottom of the plane


def to_pixmaps(images, type_name):
    """One QPixmap per unit; the plane's lowest y at the bottom, as on a plot."""
    rgb = colours(images, type_name)
    k, h, w, _ = rgb.shape
    sheet = QImage(rgb.data, w, h * k, 3 * w, QImage.Format_RGB888)  # every unit, one below the other
    return [QPixmap.fromImage(sheet.copy(0, i * h, w, h)) for i in range(k)]  # copies: the array goes away


def pictures_rect(count, hidden, node_w, node_h):
    """The panel right of the node holding ``count`` pictures and the "+N" label."""
    cols = min(PIC_COLS, count)
    rows = -(-count // PIC_COLS)
    width = cols * (PIC + PIC_GAP) + PIC_GAP + (34.0 if hidden else 0.0)
    height = rows * (PIC + PIC_GAP) + PIC_GAP
    return QRectF(node_w / 2 + 4, -node_h / 2 + (node_h - height) / 2, width, height)


def picture_rect(panel, k):
    row, col = divmod(k, PIC_COLS)
    return QRectF(panel.left() + PIC_GAP + col * (PIC + PIC_GAP), panel.top() + PIC_GAP + row * (PIC + PIC_GAP),
                  PIC, PIC)


def panel_pixmap(images, type_name):
    """Every unit's picture at its place in the panel (a grey frame round each, the rest transparent),
    in one pixmap: a node paints its panel with one call, not two per picture (each call from Python
    waits for the training thread to hand over the interpreter)."""
    rgb = colours(images, type_name)
    k, h, w, _ = rgb.shape
    side, gap = int(PIC), int(PIC_GAP)
    pics = rgb[:, (np.arange(side) * h) // side][:, :, (np.arange(side) * w) // side]  # nearest, to PIC pixels
    cols, rows = min(PIC_COLS, k), -(-k // PIC_COLS)
    sheet = np.zeros((rows * (side + gap) + gap, cols * (side + gap) + gap, 4), dtype=np.uint8)
    for i in range(k):
        r, c = divmod(i, PIC_COLS)
        y, x = gap + r * (side + gap), gap + c * (side + gap)
        sheet[y - 1:y + side + 1, x - 1:x + side + 1] = FRAME
        sheet[y:y + side, x:x + side, :3] = pics[i]
    sheet = np.ascontiguousarray(sheet)
    height, width = sheet.shape[:2]
    return QPixmap.fromImage(QImage(sheet.data, width, height, 4 * width, QImage.Format_RGBA8888).copy())


def paint_pictures(painter, panel, pixmap, hidden):
    painter.setPen(QPen(QColor("#999999"), 1))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(panel, 5, 5)
    painter.drawPixmap(QPointF(panel.left(), panel.top()), pixmap)
    if hidden:
        font = QFont(painter.font())
        font.setPointSizeF(8.0)
        painter.setFont(font)
        painter.setPen(QColor("#444444"))
        label = QRectF(panel.right() - 34, panel.top(), 32, panel.height())
        painter.drawText(label, Qt.AlignCenter, f"+{hidden}")


def badge_center(node_w, node_h):
    """In the header's right end (the node id moves left to make room)."""
    return QPointF(node_w / 2 - 14, -node_h / 2 + 11)


def paint_badge(painter, center, count):
    """A warning triangle with the number of warnings in it."""
    r = BADGE_R
    triangle = QPolygonF([center + QPointF(0, -r * 1.1), center + QPointF(r * 1.15, r * 0.85),
                          center + QPointF(-r * 1.15, r * 0.85)])
    painter.setPen(QPen(QColor("#7a5b00"), 1.2))
    painter.setBrush(QColor("#ffc933"))
    painter.drawPolygon(triangle)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPointSizeF(7.5)
    painter.setFont(font)
    painter.setPen(QColor("#222222"))
    painter.drawText(QRectF(center.x() - r, center.y() - r * 0.45, 2 * r, r * 1.3), Qt.AlignCenter, str(count))


def warning_lines(warnings):
    """One line per warning for the tooltip (HTML): the message, then what to try first."""
    lines = []
    for w in warnings:
        message, _, advice = w.explanation(translate_diagnostic)
        tip = f"<br><i>{_html(advice[0])}</i>" if advice else ""
        lines.append(f"<span style='color:#8a6100'>⚠ {_html(message)}</span>{tip}")
    return lines


def _html(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Magnifier(QGraphicsObject):
    """One unit's picture, large, beside the node it belongs to (shown while hovering a picture)."""

    def __init__(self):
        super().__init__()
        self.pixmap = None
        self.caption = ""
        self.setZValue(20)
        self.setAcceptedMouseButtons(Qt.NoButton)
        self.hide()

    def boundingRect(self):
        # empty while hidden, so "fit to view" and the scene's bounds never count it
        return QRectF(0, 0, BIG + 12, BIG + 30) if self.pixmap is not None else QRectF()

    def hide_picture(self):
        self.prepareGeometryChange()
        self.pixmap = None
        self.hide()

    def show_picture(self, pixmap, caption, scene_pos):
        self.prepareGeometryChange()
        self.pixmap, self.caption = pixmap, caption
        self.setPos(scene_pos)
        self.show()
        self.update()

    def paint(self, painter, option, widget=None):
        if self.pixmap is None:
            return
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(QColor("#666666"), 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(self.boundingRect(), 6, 6)
        painter.drawPixmap(QRectF(6, 6, BIG, BIG).toRect(), self.pixmap)
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(6, BIG + 8, BIG, 20), Qt.AlignCenter, self.caption)
