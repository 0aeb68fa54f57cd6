#pragma once

#include "core/ports/registrygateway.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cc {

// The offline path: the registry cannot be asked, so the clerk records the
// person and the documents seen (kind, number, dates in ROC form, detail);
// eligibility is computed from them and the application is marked
// "offline, re-check pending".
class OfflineDialog : public QDialog {
    Q_OBJECT

public:
    OfflineDialog(const QString &nationalId, QWidget *parent = nullptr);

    const RegistryEntry &entry() const { return m_entry; }
    const QJsonObject &documents() const { return m_documents; }

    void accept() override;

private:
    void addRow();
    void offerDetails(QComboBox *kind, QComboBox *detail);
    Result<QDate> date(int row, int column, bool required) const;

    QString m_nationalId;
    QLineEdit *m_name;
    QLineEdit *m_nameLatin;
    QLineEdit *m_address;
    QLineEdit *m_birth;
    QTableWidget *m_table;
    QLabel *m_message;
    RegistryEntry m_entry;
    QJsonObject m_documents;
};

} // namespace cc
