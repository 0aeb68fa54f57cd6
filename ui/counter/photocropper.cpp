#include "ui/counter/photocropper.h"

#include <QBuffer>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

namespace cc {

PhotoCropper::PhotoCropper(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("photoCropper"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(180, 160);
}

void PhotoCropper::setImage(const QImage &image) {
    m_image = image.convertToFormat(QImage::Format_RGB32);
    const QSizeF size = m_image.size();
    QSizeF frame(size.height() * kAspect, size.height());
    if (frame.width() > size.width())
        frame = QSizeF(size.width(), size.width() / kAspect);
    setCrop(QRectF(
        QPointF((size.width() - frame.width()) / 2, (size.height() - frame.height()) / 2), frame));
}

QByteArray PhotoCropper::croppedPng() const {
    if (m_image.isNull())
        return {};
    const QImage part = m_image.copy(m_crop.toAlignedRect())
                            .scaled(QSize(520, 686), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    part.save(&buffer, "PNG");
    return bytes;
}

QRectF PhotoCropper::imageRect() const {
    if (m_image.isNull())
        return {};
    const QSizeF fitted = QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                  fitted);
}

void PhotoCropper::setCrop(QRectF crop) {
    const QRectF bounds(QPointF(0, 0), QSizeF(m_image.size()));
    if (crop.width() > bounds.width() || crop.height() > bounds.height())
        return;
    crop.moveLeft(std::clamp(crop.left(), 0.0, bounds.width() - crop.width()));
    crop.moveTop(std::clamp(crop.top(), 0.0, bounds.height() - crop.height()));
    m_crop = crop;
    update();
    Q_EMIT cropChanged();
}

void PhotoCropper::move(double dx, double dy) {
    setCrop(m_crop.translated(dx * m_crop.width(), dy * m_crop.height()));
}

void PhotoCropper::zoom(double factor) {
    QRectF next(QPointF(), m_crop.size() * factor);
    if (next.height() < 40)
        return;
    next.moveCenter(m_crop.center());
    setCrop(next);
}

void PhotoCropper::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_image.isNull()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No photo yet.\nF4: choose a photo file"));
        return;
    }
    const QRectF target = imageRect();
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(target, m_image);
    const double scale = target.width() / m_image.width();
    const QRectF frame(target.topLeft() + m_crop.topLeft() * scale, m_crop.size() * scale);
    QPainterPath outside;
    outside.addRect(target);
    outside.addRect(frame);
    p.fillPath(outside, QColor(0, 0, 0, 120));
    p.setPen(QPen(hasFocus() ? QColor(0x1e, 0x88, 0xe5) : Qt::white, 2));
    p.drawRect(frame);
}

void PhotoCropper::keyPressEvent(QKeyEvent *event) {
    const double step = event->modifiers() & Qt::ShiftModifier ? 0.1 : 0.02;
    switch (event->key()) {
    case Qt::Key_Left:
        move(-step, 0);
        break;
    case Qt::Key_Right:
        move(step, 0);
        break;
    case Qt::Key_Up:
        move(0, -step);
        break;
    case Qt::Key_Down:
        move(0, step);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(0.9);
        break;
    case Qt::Key_Minus:
        zoom(1 / 0.9);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PhotoCropper::mousePressEvent(QMouseEvent *event) {
    m_dragFrom = event->position();
    setFocus();
}

void PhotoCropper::mouseMoveEvent(QMouseEvent *event) {
    if (m_image.isNull())
        return;
    const double scale = imageRect().width() / m_image.width();
    const QPointF delta = (event->position() - m_dragFrom) / scale;
    m_dragFrom = event->position();
    setCrop(m_crop.translated(delta));
}

void PhotoCropper::wheelEvent(QWheelEvent *event) {
    zoom(event->angleDelta().y() > 0 ? 0.95 : 1 / 0.95);
}

} // namespace cc
