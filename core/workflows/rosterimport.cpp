#include "core/workflows/rosterimport.h"

#include "core/domain/csv.h"
#include "core/domain/eligibility.h"
#include "core/domain/nationalid.h"
#include "core/domain/objects.h"
#include "core/domain/rocdate.h"
#include "core/ports/clock.h"
#include "core/ports/registrygateway.h"
#include "core/station/applicants.h"
#include "core/station/auditlog.h"
#include "core/station/batches.h"
#include "core/station/rows.h"
#include "core/station/session.h"
#include "core/station/store.h"

#include <QJsonArray>

namespace cc {
namespace {

using Field = RosterMapping::Field;

// People asked about per statement; a short last block is padded.
constexpr qsizetype kBlock = 200;

// What the store already holds for these people: an active card of the
// kind the batch makes, or an application waiting for production.
struct Held {
    QHash<QByteArray, QString> cards;  // lookup tag → card number
    QHash<QByteArray, qint64> pending; // lookup tag → batch (0: at the counter)
};

Result<Held> readHeld(Store &store, QSqlDatabase &db, const QList<QByteArray> &tags,
                      bool personal) {
    Held held;
    const QString in = QStringLiteral("?, ").repeated(kBlock - 1) + QStringLiteral("?");
    const QString cards =
        QStringLiteral("SELECT p.id_lookup AS tag, c.card_number AS card_number, c.card_type AS "
                       "card_type FROM cards c JOIN persons p ON p.id = c.person_id WHERE "
                       "c.status = 'active' AND p.id_lookup IN (") +
        in + u')';
    const QString pending =
        QStringLiteral("SELECT p.id_lookup AS tag, coalesce(a.batch_id, 0) AS batch_id, "
                       "a.card_type AS card_type FROM applications a JOIN persons p ON p.id = "
                       "a.person_id WHERE a.status IN ('received', 'in-production') AND "
                       "p.id_lookup IN (") +
        in + u')';
    for (qsizetype first = 0; first < tags.size(); first += kBlock) {
        QVariantList block;
        for (qsizetype i = first; i < first + kBlock; ++i)
            block << tags[std::min(i, tags.size() - 1)];
        for (const bool isCards : {true, false}) {
            Result<QSqlQuery *> q = store.exec(db, isCards ? cards : pending, block);
            if (!q)
                return q.error();
            RowReader row(**q, QStringLiteral("cards"), "tag");
            while (row.next()) {
                const Result<CardType> type = row.cardType("card_type");
                if (!type)
                    return type.error();
                if (CardTypes::isPersonal(*type) != personal)
                    continue;
                if (isCards)
                    held.cards.insert(row.blob("tag"), row.text("card_number"));
                else
                    held.pending.insert(row.blob("tag"), row.integer("batch_id"));
            }
            (*q)->finish();
        }
    }
    return held;
}

// The column a failed eligibility rule is about.
Field fieldOf(const EligibilityReason &reason, const QDate &today) {
    if (reason.rule == u"minimumAge" || reason.rule == u"seniorAge")
        return Field::BirthDate;
    if (reason.rule == u"enrolled") {
        const QDate graduation = QDate::fromString(
            reason.facts.value(QStringLiteral("expectedGraduation")).toString(), Qt::ISODate);
        return graduation.isValid() && graduation < today ? Field::ExpectedGraduation
                                                          : Field::Level;
    }
    return Field::NationalId;
}

} // namespace

QJsonObject RosterImportReport::toJson() const {
    QJsonArray list;
    for (const RosterProblem &p : problems)
        list.append(p.toJson());
    return {{QStringLiteral("source"), source},
            {QStringLiteral("encoding"), encoding},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("imported"), imported},
            {QStringLiteral("refused"), int(bad.size())},
            {QStringLiteral("written"), written},
            {QStringLiteral("problems"), list}};
}

QByteArray RosterImportReport::refusedCsv() const {
    QHash<int, QStringList> whyOf;
    for (const RosterProblem &p : problems)
        whyOf[p.row] << (p.column.isEmpty() ? p.message : p.column + u": " + p.message);
    QList<QStringList> rows;
    for (const auto &[row, cells] : bad)
        rows << (QStringList(cells) << whyOf.value(row).join(QStringLiteral("; ")));
    // The rows as the file had them, to correct and import again.
    return Csv::write(QStringList(header) << RosterImport::tr("Problem"), rows,
                      Csv::Formulas::AsGiven);
}

RosterImport::RosterImport(Store &store, AuditLog &audit, const Clock &clock,
                           EligibilityPolicy policy, RegistryGateway *registry)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock)
    , m_policy(std::move(policy))
    , m_registry(registry) {}

Result<RosterImportReport> RosterImport::run(const Session &session, qint64 batchId,
                                             const QByteArray &bytes, const QString &source,
                                             const RosterImportOptions &options) {
    const QString action = QStringLiteral("batch.import");
    for (Permission p : {Permission::CreateBatches, Permission::HandleApplicants})
        if (Status ok = m_audit.authorize(session, p, action, Objects::batch(batchId)); !ok)
            return ok.error();

    BatchSummary batch;
    if (Status read = m_store.read([&](QSqlDatabase &db) -> Status {
            Result<BatchSummary> s = Batches::summaryIn(m_store, db, session, batchId);
            if (!s)
                return s.error();
            batch = *s;
            return Done{};
        });
        !read)
        return read.error();
    const bool school = batch.kind == BatchKind::SchoolRoster;
    if (!school && batch.kind != BatchKind::AgencyRoster)
        return Error{ErrorCode::WrongState,
                     tr("Only a school or agency roster batch takes a roster file."),
                     Objects::batch(batchId)};
    if (!batch.cardType)
        return Error{ErrorCode::MissingField, tr("The batch has no card type."),
                     Objects::batch(batchId)};
    // What would refuse the write refuses before a row is read.
    if (!batch.sealed)
        return Error{ErrorCode::IntegrityFailed,
                     tr("The batch does not match its seal: it was changed outside the program."),
                     Objects::batch(batchId)};
    if (batch.status == BatchStatus::InProduction || batch.status == BatchStatus::Completed)
        return Error{ErrorCode::WrongState,
                     tr("The batch is %1; it can no longer be changed.")
                         .arg(States::displayName(batch.status)),
                     Objects::batch(batchId)};
    if (!school && !m_registry)
        return Error{ErrorCode::ServiceUnavailable,
                     tr("An agency roster is checked against the household registry, which "
                        "cannot be asked now. Import it when the station is online."),
                     Objects::batch(batchId)};
    const CardType type = *batch.cardType;

    Result<Roster> parsed =
        Rosters::parse(bytes, source, options.encoding, options.mapping, school);
    if (!parsed)
        return parsed.error();
    std::optional<Roster> roster = std::move(parsed).value();

    RosterImportReport report;
    report.source = source;
    report.encoding = roster->encoding;
    report.rows = roster->rowCount;
    report.header = roster->header;
    report.problems = roster->problems;

    // The column as the file names it (none: the whole row).
    const auto refuse = [&](const RosterRow &row, Field f, const QString &code,
                            const QString &message) {
        report.problems.append({row.row, roster->columns.value(f), code, message});
    };

    QList<QByteArray> tags;
    for (const RosterRow &row : roster->rows)
        tags << session.lookupTag(row.nationalId);
    Held held;
    if (Status read = m_store.read([&](QSqlDatabase &db) -> Status {
            Result<Held> h = readHeld(m_store, db, tags, CardTypes::isPersonal(type));
            if (!h)
                return h.error();
            held = std::move(h).value();
            return Done{};
        });
        !read)
        return read.error();

    const QDate today = m_clock.todayInTaipei();
    const EligibilityEvaluator evaluator(m_policy);
    QList<Applicants::Item> items;
    QList<int> itemRows; // the roster row of each item
    for (qsizetype i = 0; i < roster->rows.size(); ++i) {
        const RosterRow &row = roster->rows[i];
        const qsizetype before = report.problems.size();
        if (const auto card = held.cards.constFind(tags[i]); card != held.cards.cend())
            refuse(row, Field::NationalId, QStringLiteral("holds-card"),
                   tr("Already holds the active card %1.").arg(*card));
        else if (const auto waiting = held.pending.constFind(tags[i]);
                 waiting != held.pending.cend())
            refuse(row, Field::NationalId, QStringLiteral("pending"),
                   *waiting == batchId ? tr("Already in this batch.")
                   : *waiting == 0     ? tr("Already has an application waiting at the counter.")
                                       : tr("Already waiting in batch %1.").arg(*waiting));

        PersonData person;
        person.nationalId = row.nationalId;
        person.name = row.name;
        person.birthDate = row.birthDate;
        RegistryRecord facts;
        facts.nationalId = row.nationalId;
        facts.birthDate = row.birthDate;
        facts.enrollment = row.enrollment;
        if (!school) {
            Result<std::optional<RegistryEntry>> entry = m_registry->lookup(row.nationalId);
            if (!entry)
                return Error{
                    entry.error().code,
                    tr("The household registry could not be asked: %1").arg(entry.error().message),
                    source};
            if (!*entry) {
                refuse(row, Field::NationalId, QStringLiteral("not-in-registry"),
                       tr("The household registry has no such person."));
                continue;
            }
            facts = (*entry)->facts;
            person.address = (*entry)->address;
            person.nameLatin = (*entry)->nameLatin;
            if (facts.birthDate != row.birthDate)
                refuse(row, Field::BirthDate, QStringLiteral("registry-mismatch"),
                       tr("The household registry has the birth date %1.")
                           .arg(RocDate::formatShort(facts.birthDate)));
            const auto bare = [](const QString &name) {
                return name.normalized(QString::NormalizationForm_KC).remove(u' ');
            };
            if (bare((*entry)->name) != bare(row.name))
                refuse(row, Field::Name, QStringLiteral("registry-mismatch"),
                       tr("The household registry spells the name %1.").arg((*entry)->name));
        }
        const EligibilityDecision decision = evaluator.evaluate(facts, today).decision(type);
        if (!decision.eligible) {
            for (const EligibilityReason &r : decision.reasons)
                if (!r.passed)
                    refuse(row, fieldOf(r, today), QStringLiteral("not-eligible"),
                           tr("Not eligible for a %1: %2")
                               .arg(CardTypes::displayName(type), r.message));
        }
        if (report.problems.size() != before)
            continue;
        ApplicationData application;
        application.cardType = type;
        application.batchId = batchId;
        application.validUntil = decision.validUntil;
        QJsonObject documents{{QStringLiteral("source"), QStringLiteral("roster")},
                              {QStringLiteral("file"), source.section(u'/', -1)},
                              {QStringLiteral("row"), row.row}};
        if (row.enrollment) {
            documents.insert(QStringLiteral("school"), row.enrollment->school);
            documents.insert(QStringLiteral("level"), SchoolLevels::code(row.enrollment->level));
            documents.insert(QStringLiteral("levelText"), row.levelText);
            documents.insert(QStringLiteral("expectedGraduation"),
                             row.enrollment->expectedGraduation.toString(Qt::ISODate));
        }
        application.documents = documents;
        application.keepStoredPerson = true;
        items.append({person, application});
        itemRows.append(row.row);
    }

    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const RosterProblem &a, const RosterProblem &b) { return a.row < b.row; });
    // The refused rows, once each, as the file has them.
    for (const RosterProblem &p : std::as_const(report.problems))
        if (p.row >= 2 && (report.bad.isEmpty() || report.bad.constLast().first != p.row))
            report.bad.append({p.row, roster->cells.value(p.row)});
    // What was read is in `items` and `report` now: its memory serves the write.
    roster.reset();
    tags.clear();
    tags.squeeze();

    const bool writeAny = !items.isEmpty() && (report.problems.isEmpty() || options.goodRowsOnly);
    const auto audited = [&](qsizetype imported) {
        return AuditEvent{session.username(), action, Objects::batch(batchId),
                          imported > 0 ? QStringLiteral("ok") : QStringLiteral("refused"),
                          QStringLiteral("rows=%1 imported=%2 problems=%3")
                              .arg(report.rows)
                              .arg(imported)
                              .arg(report.problems.size())};
    };
    if (!writeAny) {
        (void)m_audit.record(audited(0), &session);
        return report;
    }
    // Written with its audit entry in one transaction; a refusal there names
    // the roster's row.
    if (Status ok =
            Applicants(m_store, m_audit, m_clock).submitAll(session, items, audited(items.size()));
        !ok) {
        Error e = ok.error();
        if (e.where.startsWith(u"item "))
            e.where =
                QStringLiteral("%1:%2").arg(source).arg(itemRows.value(e.where.mid(5).toInt() - 1));
        return e;
    }
    report.written = true;
    report.imported = int(items.size());
    return report;
}

} // namespace cc
