#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace cc {

// The ID number field: checked as the clerk types (format, checksum, kind),
// Enter submits a valid number, or a pre-application's code (its QR code). A keyboard-wedge
// scanner's burst lands here.
class IdEntry : public QWidget {
    Q_OBJECT

public:
    explicit IdEntry(QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    void clear();
    // A code from the scanner: shown and, when valid, submitted.
    void acceptScan(const QString &code);

Q_SIGNALS:
    void submitted(const QString &nationalId);

private:
    bool check();
    // The ID number, or a pre-application's code, in its stored form.
    static QString normalized(const QString &text);

    QLineEdit *m_field;
    QLabel *m_status;
};

} // namespace cc
