#include "core/workflows/syncpull.h"

#include "core/ports/clock.h"
#include "core/ports/synctransport.h"
#include "core/station/auditlog.h"
#include "core/station/centralpolicies.h"
#include "core/station/flags.h"
#include "core/station/preapplications.h"
#include "core/station/remotecards.h"
#include "core/station/session.h"
#include "core/station/store.h"
#include "core/station/synclinks.h"
#include "core/workflows/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

namespace cc {

SyncPull::SyncPull(Store &store, AuditLog &audit, const Clock &clock, SyncTransport &transport,
                   int pageSize)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock)
    , m_transport(transport)
    , m_pageSize(std::clamp(pageSize, 1, ChangesPage::kMaxChanges)) {}

Result<PullProgress> SyncPull::run(const Session &session) {
    Result<QString> cursor = SyncLinks(m_store, m_audit, m_clock).pullCursor();
    if (!cursor)
        return cursor.error();
    PullProgress progress;
    for (QString since = *cursor;;) {
        Result<ChangesPage> page = m_transport.changes(since, m_pageSize);
        if (!page)
            return page.error();
        ++progress.pages;
        if (page->next != since)
            if (Status ok = apply(session, *page, progress); !ok)
                return ok.error();
        if (page->changes.size() < m_pageSize)
            break;
        since = page->next;
    }
    if (Status ok = fetchPreApplications(session, progress); !ok)
        return ok.error();
    qCInfo(lcSync) << "pulled" << progress.changes << "changes," << progress.flags << "flags,"
                   << progress.preApplications << "pre-applications";
    return progress;
}

Status SyncPull::fetchPreApplications(const Session &session, PullProgress &progress) {
    if (!session.holdsPersonalData())
        return Done{}; // an admin's round: the next operator's fetches them
    PreApplications held(m_store);
    Result<QStringList> codes = held.unfetched(50);
    if (!codes)
        return codes.error();
    for (const QString &code : *codes) {
        Result<QByteArray> body = m_transport.preApplication(code);
        if (!body && body.error().code != ErrorCode::NotFound)
            return body.error(); // the centre cannot be reached: next round
        Result<PreApplication> document =
            body ? PreApplication::fromJson(*body, true) : Result<PreApplication>(body.error());
        if (document && (document->code != code || document->office != session.stationId()))
            document = Error{ErrorCode::IntegrityFailed,
                             QStringLiteral("another pre-application than asked"), code};
        if (!document) {
            // The centre's 404: collected or withdrawn, dropped. Else not one
            // this station can take: counted and passed over, so that it
            // never holds up the others.
            const bool gone = document.error().code == ErrorCode::NotFound;
            qCWarning(lcSync).noquote()
                << "pre-application" << code << (gone ? "dropped:" : "refused:")
                << errorCodeName(document.error().code);
            if (Status noted = gone ? held.forget(code) : held.failed(code); !noted)
                return noted;
            continue;
        }
        if (Status kept = held.keep(session, *document); !kept)
            return kept;
        ++progress.preApplications;
    }
    return Done{};
}

Status SyncPull::apply(const Session &session, const ChangesPage &page, PullProgress &progress) {
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    // The policies the page announces, fetched before its transaction and
    // checked against the SHA-256 announced and as a policy; a failure
    // leaves the page to the next round.
    struct Policy {
        qint64 version;
        QByteArray body, sha;
    };
    QList<Policy> policies;
    for (const Change &c : page.changes) {
        if (c.topic != EventTopic::PolicyPublished ||
            c.payload.value(QStringLiteral("kind")).toString() != u"policy")
            continue;
        const qint64 version = c.payload.value(QStringLiteral("version")).toInteger();
        const QByteArray sha = c.payload.value(QStringLiteral("sha256")).toString().toLatin1();
        Result<QByteArray> body = m_transport.document(QStringLiteral("policy"), version);
        if (!body)
            return body.error();
        if (QCryptographicHash::hash(*body, QCryptographicHash::Sha256).toHex() != sha)
            return Error{ErrorCode::IntegrityFailed,
                         QCoreApplication::translate(
                             "SyncPull", "The policy the centre sent is not the one it announced."),
                         c.object};
        if (Result<EligibilityPolicy> checked = EligibilityPolicy::fromBytes(*body, c.object);
            !checked)
            return checked.error();
        policies.append({version, *body, sha});
    }
    RemoteCards cards(m_store);
    Flags flags(m_store, m_audit, m_clock);
    PreApplications preApplications(m_store);
    int raised = 0;
    Status written = m_store.write([&](QSqlDatabase &db) -> Status {
        for (const Change &c : page.changes) {
            if (c.topic == EventTopic::FlagRaised) {
                if (c.payload.value(QStringLiteral("for")).toString() != session.stationId())
                    continue;
                const std::optional<FlagKind> kind =
                    Flags::kindFromCode(c.payload.value(QStringLiteral("kind")).toString());
                if (!kind)
                    continue; // a kind of a newer centre's, which this station cannot show
                QJsonObject facts = c.payload;
                facts.remove(QStringLiteral("for"));
                if (Status ok = flags.raiseIn(db, QStringLiteral("centre:") + c.object.mid(5),
                                              *kind, c.object, facts, now);
                    !ok)
                    return ok;
                ++raised;
            } else if (c.topic == EventTopic::PreApplicationReceived) {
                const QString code = PreApplication::normalizedCode(
                    c.payload.value(QStringLiteral("code")).toString());
                const std::optional<CardType> type =
                    CardTypes::fromCode(c.payload.value(QStringLiteral("cardType")).toString());
                if (c.payload.value(QStringLiteral("for")).toString() != session.stationId() ||
                    code.isEmpty() || !type)
                    continue;
                if (Status ok = preApplications.noteIn(db, code, *type, now); !ok)
                    return ok;
            } else if (c.station != session.stationId()) {
                if (Status ok = cards.apply(db, c, now); !ok)
                    return ok;
            }
        }
        for (const Policy &p : policies)
            if (Status ok = CentralPolicies(m_store).keepIn(db, p.version, p.body, p.sha, now); !ok)
                return ok;
        if (Status ok =
                m_store.run(db, QStringLiteral("UPDATE sync_link SET pull_cursor = ? WHERE id = 1"),
                            {page.next});
            !ok)
            return ok;
        return m_audit.append(
            db,
            {session.username(), QStringLiteral("sync.pull"),
             QStringLiteral("station:") + session.stationId(), QStringLiteral("ok"),
             QStringLiteral("changes=%1 flags=%2").arg(page.changes.size()).arg(raised)},
            &session);
    });
    if (written) {
        progress.changes += int(page.changes.size());
        progress.flags += raised;
    }
    return written;
}

} // namespace cc
