#pragma once

#include "core/station/batches.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace cc {

// A new batch: its kind, a label (school and school year, village and date),
// and the card type, which a roster must have (a school's: student cards)
// and a collection may leave open. Core checks the same on create.
class NewBatchDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewBatchDialog(QWidget *parent = nullptr);

    BatchSpec spec() const;
    // Shows why the batch was not made; the dialog stays open.
    void refuse(const QString &why);

private:
    void kindChanged();

    QComboBox *m_kind;
    QLineEdit *m_label;
    QComboBox *m_type;
    QLabel *m_problem;
};

} // namespace cc
