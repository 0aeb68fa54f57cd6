#include "core/station/receipts.h"

#include "core/domain/cardnumber.h"
#include "core/domain/objects.h"
#include "core/ports/clock.h"
#include "core/station/auditlog.h"
#include "core/station/rows.h"
#include "core/station/session.h"
#include "core/station/store.h"

#include <QSqlQuery>

#include <algorithm>

namespace cc {
namespace {

constexpr int kOfficeFieldLength = 120;

QString kindCode(ReceiptEntry::Kind kind) {
    return kind == ReceiptEntry::Kind::Application ? QStringLiteral("application")
                                                   : QStringLiteral("lost-report");
}

const char *const kEntryColumns =
    "r.id, r.kind, coalesce(r.application_id, 0) AS application_id, r.card_number, "
    "r.printed_at, coalesce(nullif(o.display_name, ''), o.username) AS printed_by, "
    "coalesce(r.copy_of, 0) AS copy_of FROM receipts r JOIN operators o ON o.id = r.printed_by";

ReceiptEntry entryOf(const RowReader &row) {
    ReceiptEntry e;
    e.id = row.integer("id");
    e.kind = row.text("kind") == u"lost-report" ? ReceiptEntry::Kind::LostReport
                                                : ReceiptEntry::Kind::Application;
    e.applicationId = row.integer("application_id");
    e.cardNumber = row.text("card_number");
    e.printedAt = QDateTime::fromString(row.text("printed_at"), Qt::ISODateWithMs);
    e.printedBy = row.text("printed_by");
    e.copyOf = row.integer("copy_of");
    return e;
}

} // namespace

Receipts::Receipts(Store &store, AuditLog &audit, const Clock &clock)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock) {}

Result<OfficeInfo> Receipts::office() {
    OfficeInfo office;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q =
            m_store.exec(db, QStringLiteral("SELECT name, address, phone FROM office"));
        if (!q)
            return q.error();
        if ((*q)->next())
            office = {(*q)->value(0).toString(), (*q)->value(1).toString(),
                      (*q)->value(2).toString()};
        (*q)->finish();
        return Done{};
    });
    if (!read)
        return read.error();
    return office;
}

Status Receipts::setOffice(const Session &by, const OfficeInfo &office) {
    const QString action = QStringLiteral("station.office");
    if (Status ok =
            m_audit.authorize(by, Permission::ConfigureStation, action, QStringLiteral("station"));
        !ok)
        return ok;
    const OfficeInfo o{office.name.trimmed(), office.address.trimmed(), office.phone.trimmed()};
    for (const auto &[value, field] : {std::pair{&o.name, "name"}, std::pair{&o.address, "address"},
                                       std::pair{&o.phone, "phone"}}) {
        if (value->size() > kOfficeFieldLength)
            return Error{ErrorCode::BadValue,
                         tr("Keep it to %1 characters: it is printed on every receipt.")
                             .arg(kOfficeFieldLength),
                         QString::fromLatin1(field)};
        for (const QChar c : *value)
            if (c.category() == QChar::Other_Control)
                return Error{ErrorCode::BadValue, tr("Use one line, without control characters."),
                             QString::fromLatin1(field)};
    }
    if (o.name.isEmpty())
        return Error{ErrorCode::MissingField, tr("Enter the office's name."),
                     QStringLiteral("name")};
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    return m_store.write([&](QSqlDatabase &db) -> Status {
        if (Status ok = m_store.run(
                db,
                QStringLiteral("INSERT INTO office (id, name, address, phone, updated_at) VALUES "
                               "(1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = "
                               "excluded.name, address = excluded.address, phone = "
                               "excluded.phone, updated_at = excluded.updated_at"),
                {o.name, o.address, o.phone, now});
            !ok)
            return ok;
        return m_audit.append(
            db, {by.username(), action, QStringLiteral("station"), QStringLiteral("ok")}, &by);
    });
}

Result<ReceiptEntry> Receipts::reserve(const Session &by, ReceiptEntry::Kind kind,
                                       qint64 applicationId, const QString &cardNumber,
                                       qint64 copyOf) {
    const QString action =
        copyOf ? QStringLiteral("receipt.reprint") : QStringLiteral("receipt.print");
    if (Status ok =
            m_audit.authorize(by, Permission::HandleApplicants, action, Objects::card(cardNumber));
        !ok)
        return ok.error();
    const Result<QString> number = CardNumber::parse(cardNumber);
    if (!number)
        return Error{ErrorCode::BadValue, tr("A receipt names a card number."),
                     QStringLiteral("cardNumber")};
    std::optional<ReceiptEntry> reserved;
    Status written = m_store.write([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("INSERT INTO receipts (kind, application_id, card_number, printed_at, "
                           "printed_by, copy_of) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {kindCode(kind), applicationId ? QVariant(applicationId) : QVariant(), *number,
             m_clock.nowUtc().toString(Qt::ISODateWithMs), by.operatorId(),
             copyOf ? QVariant(copyOf) : QVariant()});
        if (!q)
            return q.error();
        (*q)->next();
        const qint64 id = (*q)->value(0).toLongLong();
        (*q)->finish();
        Result<std::optional<ReceiptEntry>> read = readEntry(db, id);
        if (!read)
            return read.error();
        reserved = *read;
        return Done{};
    });
    if (!written)
        return written.error();
    if (!reserved)
        return Error{ErrorCode::StoreFailed, tr("The receipt was not kept."), {}};
    return *reserved;
}

Status Receipts::printed(const Session &by, const ReceiptEntry &receipt) {
    return m_audit.record(
        {by.username(),
         receipt.copyOf ? QStringLiteral("receipt.reprint") : QStringLiteral("receipt.print"),
         Objects::card(receipt.cardNumber), QStringLiteral("ok"),
         QStringLiteral("receipt=%1 kind=%2").arg(receipt.number()).arg(kindCode(receipt.kind))},
        &by);
}

Status Receipts::forget(qint64 id) {
    return m_store.write([&](QSqlDatabase &db) -> Status {
        return m_store.run(db, QStringLiteral("DELETE FROM receipts WHERE id = ?"), {id});
    });
}

Result<ReceiptEntry> Receipts::entry(const Session &by, qint64 id) {
    if (Status ok = m_audit.authorize(by, Permission::HandleApplicants,
                                      QStringLiteral("receipt.reprint"), QStringLiteral("card:?"));
        !ok)
        return ok.error();
    std::optional<ReceiptEntry> found;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<std::optional<ReceiptEntry>> r = readEntry(db, id);
        if (!r)
            return r.error();
        found = *r;
        return Done{};
    });
    if (!read)
        return read.error();
    if (!found)
        return Error{ErrorCode::NotFound, tr("There is no receipt %1.").arg(id),
                     QStringLiteral("receipt")};
    return *found;
}

Result<QList<ReceiptEntry>> Receipts::forCards(const Session &by, const QStringList &cardNumbers) {
    if (Status ok = by.require(Permission::HandleApplicants); !ok)
        return ok.error();
    QList<ReceiptEntry> entries;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        for (const QString &number : cardNumbers) {
            Result<QSqlQuery *> q =
                m_store.exec(db,
                             QStringLiteral("SELECT %1 WHERE r.card_number = ? ORDER BY r.id")
                                 .arg(QLatin1String(kEntryColumns)),
                             {number});
            if (!q)
                return q.error();
            RowReader row(**q, QStringLiteral("receipts"));
            while (row.next())
                entries.append(entryOf(row));
            (*q)->finish();
        }
        return Done{};
    });
    if (!read)
        return read.error();
    std::sort(entries.begin(), entries.end(),
              [](const ReceiptEntry &a, const ReceiptEntry &b) { return a.id < b.id; });
    return entries;
}

Result<std::optional<ReceiptEntry>> Receipts::readEntry(QSqlDatabase &db, qint64 id) {
    Result<QSqlQuery *> q = m_store.exec(
        db, QStringLiteral("SELECT %1 WHERE r.id = ?").arg(QLatin1String(kEntryColumns)), {id});
    if (!q)
        return q.error();
    std::optional<ReceiptEntry> found;
    RowReader row(**q, QStringLiteral("receipts"));
    if (row.next())
        found = entryOf(row);
    (*q)->finish();
    return found;
}

Result<QString> Receipts::signature(const QString &operatorName) {
    QString name = operatorName;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db, QStringLiteral("SELECT display_name FROM operators WHERE username = ?"),
            {operatorName});
        if (!q)
            return q.error();
        if ((*q)->next() && !(*q)->value(0).toString().isEmpty())
            name = (*q)->value(0).toString();
        (*q)->finish();
        return Done{};
    });
    if (!read)
        return read.error();
    return name;
}

} // namespace cc
