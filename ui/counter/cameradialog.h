#pragma once

#include <QDialog>
#include <QImage>
#include <QMediaCaptureSession>
#include <QVideoSink>

#include <memory>

class QCamera;
class QComboBox;
class QLabel;
class QPushButton;
class QVideoFrame;

namespace cc {

// The applicant's photo from the station's webcam: the cameras listed, a live
// view, Space (or Enter) takes the frame on screen. The photo then goes to
// the same crop frame as a photo file. Stations without a camera choose a
// file (F4) instead.
class CameraDialog : public QDialog {
    Q_OBJECT

public:
    explicit CameraDialog(QWidget *parent = nullptr);
    ~CameraDialog() override;

    static bool stationHasCamera();
    // What was taken; null until then.
    const QImage &taken() const { return m_taken; }
    // The live frames arrive here (and a test's own frames).
    QVideoSink *sink() { return &m_sink; }

private:
    void useCamera(int index);
    void showFrame(const QVideoFrame &frame);
    void take();

    QComboBox *m_cameras;
    QLabel *m_view;
    QLabel *m_message;
    QPushButton *m_take;
    QVideoSink m_sink; // before the session that feeds it, so it outlives it
    QMediaCaptureSession m_session;
    std::unique_ptr<QCamera> m_camera;
    QImage m_last;
    QImage m_taken;
};

} // namespace cc
