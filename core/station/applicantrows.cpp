#include "core/station/applicantrows.h"

#include "core/domain/objects.h"
#include "core/station/applicants.h"
#include "core/station/batches.h"
#include "core/station/outbox.h"
#include "core/station/preapplications.h"
#include "core/station/seals.h"
#include "core/station/session.h"
#include "core/station/store.h"
#include "core/station/synclinks.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace cc {
namespace {

// The personal columns of `persons`, sealed, in the order of kPersonColumns.
constexpr const char *kSealedColumns[] = {"national_id", "name",  "name_latin", "birth_date",
                                          "address",     "phone", "photo"};
constexpr bool kRequired[] = {true, true, false, true, false, false, false};
// A row of `persons` as flush() inserts it: ID, lookup tag, the name tags,
// the sealed columns, created and updated.
constexpr qsizetype kPersonWidth = 4 + qsizetype(std::size(kSealedColumns)) + 2;

// People looked up per statement; a short last block is padded with its
// last tag, so one statement serves every block.
constexpr qsizetype kLookupBlock = 200;

QStringList names(std::initializer_list<const char *> columns) {
    QStringList out;
    for (const char *c : columns)
        out << QLatin1String(c);
    return out;
}

Result<qint64> nextId(Store &store, QSqlDatabase &db, const QString &table) {
    Result<QSqlQuery *> q =
        store.exec(db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM ") + table);
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    query.next();
    const qint64 next = query.value(0).toLongLong();
    query.finish();
    return next;
}

} // namespace

ApplicantRows::ApplicantRows(Store &store, const Session &session, QString now)
    : m_store(store)
    , m_session(session)
    , m_now(std::move(now)) {}

Status ApplicantRows::load(QSqlDatabase &db, const QStringList &nationalIds) {
    Result<Sealer> sealer = m_session.fieldSealer();
    if (!sealer)
        return sealer.error();
    m_sealer = std::move(sealer).value();
    Result<qint64> person = nextId(m_store, db, QStringLiteral("persons"));
    if (!person)
        return person.error();
    Result<qint64> application = nextId(m_store, db, QStringLiteral("applications"));
    if (!application)
        return application.error();
    Result<QByteArray> key = SyncLinks::holderKeyIn(m_store, db, m_session);
    if (!key)
        return key.error();
    m_nextPerson = *person;
    m_nextApplication = *application;
    m_holderKey = *key;

    const QString sql = QStringLiteral("SELECT id_lookup, id FROM persons WHERE id_lookup IN (") +
                        QStringLiteral("?, ").repeated(kLookupBlock - 1) + QStringLiteral("?)");
    m_ids = nationalIds;
    m_tags.reserve(m_ids.size());
    for (const QString &id : nationalIds)
        m_tags << m_session.lookupTag(id);
    for (qsizetype first = 0; first < m_tags.size(); first += kLookupBlock) {
        QVariantList tags;
        for (qsizetype i = first; i < first + kLookupBlock; ++i)
            tags << m_tags[std::min(i, m_tags.size() - 1)];
        Result<QSqlQuery *> q = m_store.exec(db, sql, tags);
        if (!q)
            return q.error();
        while ((*q)->next())
            m_known.insert((*q)->value(0).toByteArray(), (*q)->value(1).toLongLong());
        (*q)->finish();
    }
    return Done{};
}

QVariantList ApplicantRows::nameTags(const PersonData &p) const {
    QVariantList tags;
    for (const QString &name : {p.name, p.nameLatin}) {
        const QByteArray tag = m_session.nameTag(name);
        tags << (tag.isEmpty() ? QVariant() : QVariant(tag));
    }
    return tags;
}

Result<QVariantList> ApplicantRows::sealPerson(qint64 personId, const PersonData &p,
                                               const QString &normalizedId) {
    const QByteArray values[] = {normalizedId.toUtf8(),
                                 p.name.toUtf8(),
                                 p.nameLatin.toUtf8(),
                                 p.birthDate.toString(Qt::ISODate).toUtf8(),
                                 p.address.toUtf8(),
                                 p.phone.toUtf8(),
                                 p.photo};
    QVariantList sealed;
    for (size_t i = 0; i < std::size(values); ++i) {
        if (values[i].isEmpty() && !kRequired[i]) { // an empty optional value is NULL
            sealed << QVariant();
            continue;
        }
        Result<QByteArray> s =
            m_sealer.seal(values[i], Session::fieldAad("persons", personId, kSealedColumns[i]));
        if (!s)
            return s.error();
        sealed << *s;
    }
    return sealed;
}

Status ApplicantRows::editBatch(QSqlDatabase &db, qint64 batchId, CardType type, bool onlyIfOpen) {
    if (m_batches.contains(batchId) && m_batchTypes.value(batchId) == type)
        return Done{};
    if (onlyIfOpen) {
        Result<BatchStatus> status = Batches::statusIn(m_store, db, batchId);
        if (!status)
            return status.error();
        if (*status != BatchStatus::Open)
            return Error{ErrorCode::WrongState,
                         QCoreApplication::translate(
                             "Batches", "The batch is %1; it can no longer be changed.")
                             .arg(States::displayName(*status)),
                         Objects::batch(batchId)};
    }
    Result<std::optional<AuditEvent>> reopened =
        Batches::beginEditIn(m_store, db, m_session, batchId, type);
    if (!reopened)
        return reopened.error();
    if (*reopened)
        m_audit.append(**reopened);
    m_batches.insert(batchId);
    m_batchTypes.insert(batchId, type);
    return Done{};
}

Result<qint64> ApplicantRows::add(QSqlDatabase &db, qsizetype index, const PersonData &person,
                                  const ApplicationData &application) {
    const QString &normalizedId = m_ids[index];
    const QByteArray &tag = m_tags[index];
    const auto known = m_known.constFind(tag);
    const auto staged = m_newPersons.constFind(tag);
    const qint64 personId = known != m_known.cend()         ? *known
                            : staged != m_newPersons.cend() ? m_personRows[*staged].toLongLong()
                                                            : m_nextPerson++;
    // A roster's row does not replace what the store holds of a person.
    const bool keep =
        application.keepStoredPerson && (known != m_known.cend() || staged != m_newPersons.cend());
    Result<QVariantList> sealed =
        keep ? Result<QVariantList>(QVariantList()) : sealPerson(personId, person, normalizedId);
    if (!sealed)
        return sealed.error();
    if (keep) {
    } else if (known != m_known.cend()) {
        if (Status ok = m_store.run(db,
                                    QStringLiteral("UPDATE persons SET name_lookup = ?, "
                                                   "name_latin_lookup = ?, national_id = ?, "
                                                   "name = ?, name_latin = ?, birth_date = ?, "
                                                   "address = ?, phone = ?, photo = ?, "
                                                   "updated_at = ? WHERE id = ?"),
                                    nameTags(person) + *sealed + QVariantList{m_now, personId});
            !ok)
            return ok.error();
    } else {
        // A person twice in one transaction: the later values replace the
        // earlier, as an update would.
        const QVariantList row =
            QVariantList{personId, tag} + nameTags(person) + *sealed + QVariantList{m_now, m_now};
        if (staged != m_newPersons.cend())
            std::copy(row.begin(), row.end(), m_personRows.begin() + *staged);
        else {
            m_newPersons.insert(tag, m_personRows.size());
            m_personRows += row;
        }
    }

    if (application.batchId)
        if (Status ok = editBatch(db, *application.batchId, application.cardType,
                                  application.onlyIntoOpenBatch);
            !ok)
            return ok.error();
    const qint64 applicationId = m_nextApplication++;
    QVariant documents;
    if (!application.documents.isEmpty()) {
        Result<QByteArray> s =
            m_sealer.seal(QJsonDocument(application.documents).toJson(QJsonDocument::Compact),
                          Session::fieldAad("applications", applicationId, "documents"));
        if (!s)
            return s.error();
        documents = *s;
    }
    const QString type = CardTypes::code(application.cardType);
    m_applicationRows << applicationId << personId
                      << (application.batchId ? QVariant(*application.batchId) : QVariant())
                      << application.kind << type << QStringLiteral("received") << documents
                      << m_session.operatorId() << m_now << m_now
                      << (application.validUntil.isValid()
                              ? QVariant(application.validUntil.toString(Qt::ISODate))
                              : QVariant())
                      << application.fee
                      << (application.replacesCard.isEmpty() ? QVariant()
                                                             : QVariant(application.replacesCard))
                      << (application.recheckPending ? 1 : 0)
                      << (application.consent ? QVariant(m_now) : QVariant())
                      << (application.feeWaived ? 1 : 0);
    // The central service hears of it through the outbox, in the same transaction.
    m_events << SyncEvent::applicationSubmitted(applicationId, personId, application.cardType,
                                                application.kind,
                                                SyncLinks::holderOf(m_holderKey, normalizedId));
    m_audit.append({m_session.username(), QStringLiteral("application.submit"),
                    Objects::application(applicationId), QStringLiteral("ok"),
                    Objects::person(personId) + QStringLiteral(" type=") + type +
                        (application.kind == u"new" ? QString()
                                                    : QStringLiteral(" kind=") + application.kind) +
                        (application.replacesCard.isEmpty()
                             ? QString()
                             : QStringLiteral(" replaces=") + application.replacesCard) +
                        (application.fee > 0 ? QStringLiteral(" fee=%1 %2")
                                                   .arg(application.fee)
                                                   .arg(application.feeWaived ? u"waived" : u"paid")
                                             : QString())});
    if (application.registryOverride)
        m_audit.append({m_session.username(), QStringLiteral("registry.override"),
                        Objects::application(applicationId), QStringLiteral("ok"),
                        QStringLiteral("reason in the documents")});
    if (!application.preApplication.isEmpty()) {
        m_collected.append({application.preApplication, applicationId});
        m_events << SyncEvent::preApplicationCollected(application.preApplication, applicationId);
        m_audit.append({m_session.username(), QStringLiteral("preapplication.collect"),
                        QStringLiteral("preapplication:") + application.preApplication,
                        QStringLiteral("ok"), Objects::application(applicationId)});
    }
    return applicationId;
}

Status ApplicantRows::flush(QSqlDatabase &db) {
    Q_ASSERT(m_personRows.size() % kPersonWidth == 0);
    if (Status ok =
            m_store.insertRows(db, QStringLiteral("persons"),
                               names({"id", "id_lookup", "name_lookup", "name_latin_lookup",
                                      "national_id", "name", "name_latin", "birth_date", "address",
                                      "phone", "photo", "created_at", "updated_at"}),
                               m_personRows);
        !ok)
        return ok;
    if (Status ok = m_store.insertRows(
            db, QStringLiteral("applications"),
            names({"id", "person_id", "batch_id", "kind", "card_type", "status", "documents",
                   "created_by", "created_at", "updated_at", "valid_until", "fee", "replaces_card",
                   "recheck_pending", "consent_at", "fee_waived"}),
            m_applicationRows);
        !ok)
        return ok;
    for (const auto &[code, application] : std::as_const(m_collected))
        if (Status ok = PreApplications(m_store).collectIn(db, code, application, m_now); !ok)
            return ok;
    if (Status ok = Outbox(m_store).appendAll(db, m_now, m_events); !ok)
        return ok;
    for (qint64 batch : std::as_const(m_batches))
        if (Status ok = Seals::sealBatch(m_store, db, m_session, batch); !ok)
            return ok;
    // What is written is known from now on: staging starts again.
    for (auto it = m_newPersons.cbegin(); it != m_newPersons.cend(); ++it)
        m_known.insert(it.key(), m_personRows[*it].toLongLong());
    m_newPersons.clear();
    m_personRows.clear();
    m_applicationRows.clear();
    m_events.clear();
    m_collected.clear();
    return Done{};
}

QList<AuditEvent> ApplicantRows::takeAudit() {
    return std::exchange(m_audit, {});
}

} // namespace cc
