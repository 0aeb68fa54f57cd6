#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cc {

class AuditLog;
class Clock;
class Session;
class Store;

// The office a station serves, as its receipts name it.
struct OfficeInfo {
    QString name;    // 桃園區戶政事務所
    QString address; // 桃園市桃園區縣府路 1 號
    QString phone;
};

// One receipt printed: a hand-over receipt or a lost report's proof. A copy
// printed again names the first (`copyOf`) and keeps its number.
struct ReceiptEntry {
    enum class Kind { Application, LostReport };
    qint64 id = 0;
    Kind kind = Kind::Application;
    qint64 applicationId = 0; // none for a lost report
    QString cardNumber;
    QDateTime printedAt;
    QString printedBy; // the operator's display name, else their username
    qint64 copyOf = 0; // the receipt this is a copy of (0: the first)
    qint64 number() const { return copyOf ? copyOf : id; }
};

// The office's name and address (set by an admin, audited) and the receipts
// printed at the station: kept, so any can be printed again.
class Receipts {
    Q_DECLARE_TR_FUNCTIONS(Receipts)

public:
    Receipts(Store &store, AuditLog &audit, const Clock &clock);

    // Empty fields until an admin set them.
    Result<OfficeInfo> office();
    // ConfigureStation; each field at most 120 characters, no line breaks.
    Status setOffice(const Session &by, const OfficeInfo &office);

    // A receipt about to be printed gets its number (HandleApplicants); once
    // printed it is audited (receipt.print, or receipt.reprint for a copy);
    // when printing failed, forget() takes the number back.
    Result<ReceiptEntry> reserve(const Session &by, ReceiptEntry::Kind kind, qint64 applicationId,
                                 const QString &cardNumber, qint64 copyOf = 0);
    Status printed(const Session &by, const ReceiptEntry &receipt);
    Status forget(qint64 id);
    Result<ReceiptEntry> entry(const Session &by, qint64 id);
    // The receipts of these cards, oldest first.
    Result<QList<ReceiptEntry>> forCards(const Session &by, const QStringList &cardNumbers);
    // How `operatorName` signs a receipt: their display name, else the username.
    Result<QString> signature(const QString &operatorName);

private:
    Result<std::optional<ReceiptEntry>> readEntry(QSqlDatabase &db, qint64 id);

    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace cc
