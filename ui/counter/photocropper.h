#pragma once

#include <QImage>
#include <QWidget>

namespace cc {

// The applicant's photo with a crop frame at the card's photo proportions
// (22 × 29 mm). Keyboard first: arrows move the frame (Shift for big steps),
// + and − zoom; the mouse drags and the wheel zooms too.
class PhotoCropper : public QWidget {
    Q_OBJECT

public:
    static constexpr double kAspect = 22.0 / 29.0; // width / height

    explicit PhotoCropper(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    bool hasImage() const { return !m_image.isNull(); }
    QRectF crop() const { return m_crop; }
    // The framed part, as PNG bytes at a print-worthy size.
    QByteArray croppedPng() const;

    QSize sizeHint() const override { return {260, 240}; }

Q_SIGNALS:
    void cropChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QRectF imageRect() const; // where the image is drawn in the widget
    void setCrop(QRectF crop);
    void move(double dx, double dy);
    void zoom(double factor);

    QImage m_image;
    QRectF m_crop; // in image pixels
    QPointF m_dragFrom;
};

} // namespace cc
