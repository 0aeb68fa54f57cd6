#include "ui/counter/cardpreview.h"

#include <QPainter>
#include <QPainterPath>

namespace cc {
namespace {
constexpr int kGap = 12;
}

CardPreview::CardPreview(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("cardPreview"));
    setMinimumSize(240, 2 * int(240 / kAspect) + kGap);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int CardPreview::heightForWidth(int width) const {
    return 2 * int(width / kAspect) + kGap;
}

void CardPreview::setPreview(const FacePreview &preview) {
    m_front = QImage::fromData(preview.frontPng, "PNG");
    m_back = QImage::fromData(preview.backPng, "PNG");
    m_message.clear();
    update();
}

void CardPreview::setMessage(const QString &message) {
    m_front = {};
    m_back = {};
    m_message = message;
    update();
}

void CardPreview::clear() {
    setMessage(tr("The card appears here once the applicant, the type and the photo are set."));
}

void CardPreview::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    double w = width();
    double h = w / kAspect;
    if (2 * h + kGap > height()) {
        h = (height() - kGap) / 2.0;
        w = h * kAspect;
    }
    const double x = (width() - w) / 2;
    const QImage *sides[] = {&m_front, &m_back};
    for (int i = 0; i < 2; ++i) {
        const QRectF card(x, i * (h + kGap), w, h);
        QPainterPath outline;
        const double radius = w * 3.18 / 85.6; // ID-1 corner radius
        outline.addRoundedRect(card, radius, radius);
        p.fillPath(outline, QColor(0xf4, 0xf4, 0xf4));
        if (!sides[i]->isNull()) {
            p.save();
            p.setClipPath(outline);
            p.drawImage(card, *sides[i]);
            p.restore();
        }
        p.setPen(QPen(QColor(0x90, 0x90, 0x90), 1));
        p.drawPath(outline);
    }
    if (m_front.isNull() && !m_message.isEmpty()) {
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(x + 12, 0, w - 24, h), Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
}

} // namespace cc
