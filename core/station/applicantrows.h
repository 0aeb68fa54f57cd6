#pragma once

#include "core/crypto/crypto.h"
#include "core/domain/cardtype.h"
#include "core/domain/result.h"
#include "core/protocol/syncevent.h"
#include "core/station/auditlog.h"

#include <QHash>
#include <QSet>
#include <QVariantList>

class QSqlDatabase;

namespace cc {

class Session;
class Store;
struct PersonData;
struct ApplicationData;

// One write transaction's applications (Applicants::submit and submitMany),
// staged and then written many rows to a statement: the people new to the
// store inserted, the known ones updated, their applications, the outbox
// events; the audit events are left for the caller to append after. Person
// and application IDs are counted on from the next free ones, read once
// inside the transaction (its write lock held).
class ApplicantRows {
public:
    ApplicantRows(Store &store, const Session &session, QString now);

    // The next row IDs, the city's holder key and the field sealer; the
    // people already in the store among `nationalIds` (normalised).
    Status load(QSqlDatabase &db, const QStringList &nationalIds);
    // Stages the application of the person with the `index`-th ID number
    // given to load(); returns its ID.
    Result<qint64> add(QSqlDatabase &db, qsizetype index, const PersonData &person,
                       const ApplicationData &application);
    // Writes what add() staged (and reseals the batches changed), then
    // stages afresh: a long transaction flushes every few thousand.
    Status flush(QSqlDatabase &db);
    // The audit events of what was added since the last call.
    QList<AuditEvent> takeAudit();

private:
    // The keyed tags of the name and Latin name (NULL for none).
    QVariantList nameTags(const PersonData &person) const;
    Result<QVariantList> sealPerson(qint64 personId, const PersonData &person,
                                    const QString &normalizedId);
    // The first application for a batch in this transaction: Batches::beginEditIn.
    Status editBatch(QSqlDatabase &db, qint64 batchId, CardType type, bool onlyIfOpen);

    Store &m_store;
    const Session &m_session;
    const QString m_now;
    Sealer m_sealer{QByteArrayView()};
    QByteArray m_holderKey; // the city's, to name the person to the centre
    qint64 m_nextPerson = 0;
    qint64 m_nextApplication = 0;
    QStringList m_ids;
    QList<QByteArray> m_tags;                  // their lookup tags
    QHash<QByteArray, qint64> m_known;         // lookup tag → person ID, in the store
    QHash<QByteArray, qsizetype> m_newPersons; // lookup tag → its row in m_personRows
    QSet<qint64> m_batches;                    // changed: resealed by flush()
    QHash<qint64, CardType> m_batchTypes;      // the card type last checked against each
    QVariantList m_personRows;                 // row after row, kPersonWidth values each
    QVariantList m_applicationRows;
    QList<SyncEvent> m_events;
    QList<std::pair<QString, qint64>> m_collected; // pre-application code, application
    QList<AuditEvent> m_audit;
};

} // namespace cc
