#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace cc {

// A keyboard-wedge barcode scanner types a whole code in a burst, each key a
// few milliseconds after the last, then Enter. This filter recognises such a
// burst wherever the focus is (outside text fields, where typing is the
// clerk's) and reports the code instead of letting the keys wander.
class WedgeScanner : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxGapMs = 40; // slower than this is a person typing
    static constexpr int kMinLength = 8;

    explicit WedgeScanner(QObject *parent = nullptr);

Q_SIGNALS:
    void scanned(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_buffer;
    QElapsedTimer m_sinceLast;
};

} // namespace cc
