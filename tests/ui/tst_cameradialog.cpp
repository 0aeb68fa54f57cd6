// The webcam path of the photo: what the live view shows is what Space takes,
// at the camera's full size; nothing is taken before a picture has come; a
// station without a camera says so and leaves F4 (a photo file).
#include "ui/counter/cameradialog.h"

#include <QCameraDevice>
#include <QComboBox>
#include <QLabel>
#include <QMediaDevices>
#include <QPushButton>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>

using namespace cc;

namespace {

// A camera's frame, as the multimedia backend hands it over.
QVideoFrame frameOf(const QImage &picture) {
    const QImage image = picture.convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(image.size(), QVideoFrameFormat::Format_BGRA8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        qFatal("the frame does not map");
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), image.constScanLine(y),
                    size_t(image.width()) * 4);
    frame.unmap();
    return frame;
}

QImage picture() {
    QImage image(640, 480, QImage::Format_ARGB32);
    image.fill(QColor(30, 60, 200));
    for (int y = 100; y < 380; ++y)
        for (int x = 220; x < 420; ++x)
            image.setPixel(x, y, qRgb(230, 180, 150)); // a face in the middle
    return image;
}

} // namespace

class TstCameraDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void spaceTakesTheLiveFrame();
    void nothingBeforeAPicture();
    void withoutACameraItSaysSo();
};

void TstCameraDialog::spaceTakesTheLiveFrame() {
    CameraDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.sink()->setVideoFrame(frameOf(picture()));
    auto *view = dialog.findChild<QLabel *>("cameraView");
    QTRY_VERIFY(!view->pixmap().isNull());
    // Space wherever the focus is (here the camera list), not only on the button.
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *list = dialog.findChild<QComboBox *>("cameraList");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Space);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    const QImage taken = dialog.taken();
    QCOMPARE(taken.size(), QSize(640, 480));
    QCOMPARE(QColor(taken.pixel(320, 240)), QColor(230, 180, 150));
    QCOMPARE(QColor(taken.pixel(10, 10)), QColor(30, 60, 200));
}

void TstCameraDialog::nothingBeforeAPicture() {
    CameraDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(dialog.findChild<QPushButton *>("cameraTake"), Qt::Key_Space);
    QTest::qWait(50);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.taken().isNull());
    QVERIFY(!dialog.findChild<QLabel *>("cameraMessage")->text().isEmpty());
}

// Either way the dialog tells the truth: the station's cameras listed, or
// none and a message sending the clerk to F4 (the case on this machine).
void TstCameraDialog::withoutACameraItSaysSo() {
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    CameraDialog dialog;
    const QString message = dialog.findChild<QLabel *>("cameraMessage")->text();
    QCOMPARE(dialog.findChild<QComboBox *>("cameraList")->count(), cameras.size());
    QCOMPARE(message.contains("F4"), cameras.isEmpty());
}

QTEST_MAIN(TstCameraDialog)
#include "tst_cameradialog.moc"
