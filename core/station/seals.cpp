#include "core/station/seals.h"

#include "core/crypto/crypto.h"
#include "core/station/session.h"
#include "core/station/store.h"

#include <QSqlQuery>
#include <QtEndian>

namespace cc {
namespace {

const QString kStationColumns = QStringLiteral(
    "station_id, card_prefix, key_salt, scrypt_n, scrypt_r, scrypt_p, lockout_failures, "
    "lockout_seconds, audit_key");
const QString kOperatorColumns = QStringLiteral(
    "id, username, role, scrypt_n, scrypt_r, scrypt_p, salt, verifier, wrapped_key, created_at, "
    "created_by, integrity_key, box_public, box_private, data_grant, granted_by, disabled_at");
// A batch, then its members and editors in ID order ("" for none). A member
// is sealed with what no use case changes once it is in a batch: its person,
// kind, card type, expiry, and whether it was taken out (cancelled is final).
const QString kBatchColumns = QStringLiteral(
    "id, kind, label, card_type, status, created_by, created_at, decided_by, decided_at, "
    "decision_reason, coalesce((SELECT group_concat(member, ' ') FROM (SELECT id || ':' || "
    "person_id || ':' || kind || ':' || card_type || ':' || coalesce(valid_until, '') || ':' || "
    "(status = 'cancelled') AS member FROM applications WHERE batch_id = b.id ORDER BY id)), ''), "
    "coalesce((SELECT group_concat(operator_id) FROM (SELECT operator_id FROM batch_editors "
    "WHERE batch_id = b.id ORDER BY operator_id)), '')");
constexpr int kBatchColumnCount = 12;
constexpr int kStationColumnCount = 9;
constexpr int kOperatorColumnCount = 17;

// The sealed message: a domain label, then every column length-prefixed
// (NULL as length 0xffffffff), so no two different rows give one message.
// An operator's last column (disabled_at, from schema 9) is left out while
// NULL, so the seals made before it was added still hold.
QByteArray rowMessage(const char *domain, const QSqlQuery &row, int columns) {
    QByteArray message(domain);
    if (qstrcmp(domain, "operator") == 0 && row.value(columns - 1).isNull())
        --columns;
    for (int i = 0; i < columns; ++i) {
        const QVariant v = row.value(i);
        char length[4];
        if (v.isNull()) {
            qToBigEndian(quint32(0xffffffff), length);
            message.append(length, 4);
            continue;
        }
        const QByteArray bytes =
            v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
        qToBigEndian(quint32(bytes.size()), length);
        message.append(length, 4).append(bytes);
    }
    return message;
}

Error tampered(const QString &what, const QString &where) {
    return Error{ErrorCode::IntegrityFailed, what, where};
}

Status checkRow(const QSqlQuery &row, const char *domain, int columns, const Session &by,
                const QString &where) {
    const QByteArray seal = row.value(columns).toByteArray();
    if (seal.isEmpty())
        return tampered(Seals::tr("The record has no seal: it was made outside the program or "
                                  "by a version that did not seal it yet."),
                        where);
    if (!Crypto::constantTimeEquals(seal, by.integrityTag(rowMessage(domain, row, columns))))
        return tampered(Seals::tr("The record does not match its seal: it was changed outside "
                                  "the program."),
                        where);
    return Done{};
}

QString operatorWhere(qint64 id) {
    return QStringLiteral("operators:%1").arg(id);
}

QString batchWhere(qint64 id) {
    return QStringLiteral("batches:%1").arg(id);
}

Result<QSqlQuery *> batchRow(Store &store, QSqlDatabase &db, qint64 batchId, bool withSeal) {
    Result<QSqlQuery *> q =
        store.exec(db,
                   QStringLiteral("SELECT %1%2 FROM batches b WHERE id = ?")
                       .arg(kBatchColumns, withSeal ? QStringLiteral(", seal") : QString()),
                   {batchId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error{ErrorCode::NotFound, Seals::tr("There is no such batch."),
                     batchWhere(batchId)};
    return q;
}

} // namespace

Status Seals::sealStation(Store &store, QSqlDatabase &db, const Session &by) {
    Result<QSqlQuery *> q =
        store.exec(db, QStringLiteral("SELECT %1 FROM station").arg(kStationColumns));
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error{ErrorCode::NotFound, tr("The store has no station record."), store.path()};
    const QByteArray seal = by.integrityTag(rowMessage("station", **q, kStationColumnCount));
    if (Result<QSqlQuery *> u =
            store.exec(db, QStringLiteral("UPDATE station SET seal = ?"), {seal});
        !u)
        return u.error();
    return Done{};
}

// The operator's sealed columns (and its seal when `withSeal`), positioned on the row.
Result<QSqlQuery *> operatorRow(Store &store, QSqlDatabase &db, qint64 operatorId, bool withSeal) {
    Result<QSqlQuery *> q =
        store.exec(db,
                   QStringLiteral("SELECT %1%2 FROM operators WHERE id = ?")
                       .arg(kOperatorColumns, withSeal ? QStringLiteral(", seal") : QString()),
                   {operatorId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error{ErrorCode::NotFound, Seals::tr("There is no such operator."),
                     operatorWhere(operatorId)};
    return q;
}

Status Seals::sealOperator(Store &store, QSqlDatabase &db, const Session &by, qint64 operatorId) {
    Result<QSqlQuery *> q = operatorRow(store, db, operatorId, false);
    if (!q)
        return q.error();
    const QByteArray seal = by.integrityTag(rowMessage("operator", **q, kOperatorColumnCount));
    if (Result<QSqlQuery *> u = store.exec(
            db, QStringLiteral("UPDATE operators SET seal = ? WHERE id = ?"), {seal, operatorId});
        !u)
        return u.error();
    return Done{};
}

Status Seals::checkStation(Store &store, QSqlDatabase &db, const Session &by) {
    Result<QSqlQuery *> q =
        store.exec(db, QStringLiteral("SELECT %1, seal FROM station").arg(kStationColumns));
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error{ErrorCode::NotFound, tr("The store has no station record."), store.path()};
    return checkRow(**q, "station", kStationColumnCount, by, QStringLiteral("station"));
}

Status Seals::checkOperator(Store &store, QSqlDatabase &db, const Session &by, qint64 operatorId) {
    Result<QSqlQuery *> q = operatorRow(store, db, operatorId, true);
    if (!q)
        return q.error();
    return checkRow(**q, "operator", kOperatorColumnCount, by, operatorWhere(operatorId));
}

Result<QStringList> Seals::checkAllOperators(Store &store, QSqlDatabase &db, const Session &by) {
    Result<QSqlQuery *> q = store.exec(
        db, QStringLiteral("SELECT %1, seal FROM operators ORDER BY id").arg(kOperatorColumns));
    if (!q)
        return q.error();
    QStringList problems;
    while ((*q)->next()) {
        const qint64 id = (*q)->value(0).toLongLong();
        if (Status ok = checkRow(**q, "operator", kOperatorColumnCount, by, operatorWhere(id)); !ok)
            problems << ok.error().where + QStringLiteral(": ") + ok.error().message;
    }
    return problems;
}

Status Seals::sealBatch(Store &store, QSqlDatabase &db, const Session &by, qint64 batchId) {
    Result<QSqlQuery *> q = batchRow(store, db, batchId, false);
    if (!q)
        return q.error();
    const QByteArray seal = by.integrityTag(rowMessage("batch", **q, kBatchColumnCount));
    (*q)->finish();
    if (Result<QSqlQuery *> u = store.exec(
            db, QStringLiteral("UPDATE batches SET seal = ? WHERE id = ?"), {seal, batchId});
        !u)
        return u.error();
    return Done{};
}

Status Seals::checkBatch(Store &store, QSqlDatabase &db, const Session &by, qint64 batchId) {
    Result<QSqlQuery *> q = batchRow(store, db, batchId, true);
    if (!q)
        return q.error();
    Status ok = checkRow(**q, "batch", kBatchColumnCount, by, batchWhere(batchId));
    (*q)->finish();
    return ok;
}

Result<QStringList> Seals::checkAllBatches(Store &store, QSqlDatabase &db, const Session &by) {
    Result<QSqlQuery *> q = store.exec(
        db, QStringLiteral("SELECT %1, seal FROM batches b ORDER BY id").arg(kBatchColumns));
    if (!q)
        return q.error();
    QStringList problems;
    while ((*q)->next()) {
        const qint64 id = (*q)->value(0).toLongLong();
        if (Status ok = checkRow(**q, "batch", kBatchColumnCount, by, batchWhere(id)); !ok)
            problems << ok.error().where + QStringLiteral(": ") + ok.error().message;
    }
    return problems;
}

} // namespace cc
