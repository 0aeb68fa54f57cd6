#pragma once

#include "core/ports/stationdevices.h"

#include <QImage>
#include <QWidget>

namespace cc {

// Front and back of the card at their true proportions (ID-1, 85.60 × 53.98
// mm, rounded corners), one above the other, as large as the space allows.
class CardPreview : public QWidget {
    Q_OBJECT

public:
    static constexpr double kAspect = 85.60 / 53.98;

    explicit CardPreview(QWidget *parent = nullptr);
    void setPreview(const FacePreview &preview);
    void setMessage(const QString &message); // instead of the card, e.g. an error
    void clear();

    QSize sizeHint() const override { return {420, 560}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_front;
    QImage m_back;
    QString m_message;
};

} // namespace cc
