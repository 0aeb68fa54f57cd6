#include "ui/counter/cameradialog.h"

#include <QCamera>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMediaDevices>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVideoFrame>

namespace cc {

CameraDialog::CameraDialog(QWidget *parent)
    : QDialog(parent)
    , m_cameras(new QComboBox(this))
    , m_view(new QLabel(this))
    , m_message(new QLabel(this))
    , m_take(new QPushButton(tr("Take the photo (Space)"), this)) {
    setObjectName(QStringLiteral("cameraDialog"));
    setWindowTitle(tr("The applicant's photo from the camera"));
    m_cameras->setObjectName(QStringLiteral("cameraList"));
    m_view->setObjectName(QStringLiteral("cameraView"));
    m_view->setMinimumSize(480, 360);
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setStyleSheet(QStringLiteral("background: #202020; color: #ffffff"));
    m_view->setText(tr("Waiting for the camera…"));
    m_message->setObjectName(QStringLiteral("cameraMessage"));
    m_message->setWordWrap(true);
    m_take->setObjectName(QStringLiteral("cameraTake"));
    m_take->setDefault(true);
    m_take->setShortcut(Qt::Key_Space);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->addButton(m_take, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Camera"), this));
    layout->addWidget(m_cameras);
    layout->addWidget(m_view, 1);
    layout->addWidget(new QLabel(tr("Look into the camera; the crop frame comes next."), this));
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    for (const QCameraDevice &device : QMediaDevices::videoInputs())
        m_cameras->addItem(device.description(), device.id());
    m_session.setVideoSink(&m_sink);
    connect(&m_sink, &QVideoSink::videoFrameChanged, this, &CameraDialog::showFrame);
    connect(m_cameras, &QComboBox::currentIndexChanged, this, &CameraDialog::useCamera);
    connect(m_take, &QPushButton::clicked, this, &CameraDialog::take);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_cameras->count() > 0)
        useCamera(m_cameras->currentIndex());
    else
        m_message->setText(tr("No camera is connected: choose a photo file (F4) instead."));
}

CameraDialog::~CameraDialog() = default;

bool CameraDialog::stationHasCamera() {
    return !QMediaDevices::videoInputs().isEmpty();
}

void CameraDialog::useCamera(int index) {
    // By its id: the list may have changed since it was shown.
    const QByteArray id = m_cameras->itemData(index).toByteArray();
    for (const QCameraDevice &device : QMediaDevices::videoInputs())
        if (device.id() == id) {
            m_camera = std::make_unique<QCamera>(device);
            break;
        }
    if (!m_camera || m_camera->cameraDevice().id() != id)
        return;
    connect(m_camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString &why) {
                m_message->setText(tr("The camera does not work: %1").arg(why));
            });
    m_session.setCamera(m_camera.get());
    m_camera->start();
}

void CameraDialog::showFrame(const QVideoFrame &frame) {
    const QImage image = frame.toImage();
    if (image.isNull())
        return;
    m_last = image;
    m_view->setPixmap(QPixmap::fromImage(
        image.scaled(m_view->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void CameraDialog::take() {
    if (m_last.isNull()) {
        m_message->setText(tr("No picture from the camera yet: wait for it, or press Esc."));
        return;
    }
    m_taken = m_last;
    if (m_camera)
        m_camera->stop();
    accept();
}

} // namespace cc
