#pragma once

#include "core/domain/result.h"
#include "core/protocol/preapplication.h"

#include <QCoreApplication>
#include <QStringList>

class QSqlDatabase;

namespace cc {

class Session;
class Store;

// A pre-application as this station holds it: the document, once fetched,
// and the application it became at the counter (0: not yet; once it is one,
// only the code is kept of the document).
struct HeldPreApplication {
    PreApplication document;
    qint64 applicationId = 0;
};

// The pre-applications made online for this station's office
// (docs/sync-protocol.md). The pull records each code the centre announces;
// the document (personal data, sealed with the field key) is fetched by an
// operator who holds that key, so a round run by an admin only notes the
// code. At the counter the clerk opens one by its code and it becomes an
// application like a walk-in's, once.
class PreApplications {
    Q_DECLARE_TR_FUNCTIONS(PreApplications)

public:
    explicit PreApplications(Store &store)
        : m_store(store) {}

    // Inside the pull's write: a code announced for this office.
    Status noteIn(QSqlDatabase &db, const QString &code, CardType type, const QString &now);
    // The codes noted and not yet fetched, oldest first, at most `limit`.
    Result<QStringList> unfetched(int limit);
    // A noted code the centre says it does not serve (collected, withdrawn):
    // dropped, so it does not hold up the others.
    Status forget(const QString &code);
    // A document that did not check (a newer centre's, or not the one
    // asked): counted; after three it is no longer asked for, and the others
    // are asked first meanwhile.
    Status failed(const QString &code);
    // Keeps the fetched document, sealed (bound to its code).
    Status keep(const Session &session, const PreApplication &document);

    // The pre-application `code`: NotFound when none reached this station,
    // WrongState when its document has not been fetched yet.
    Result<HeldPreApplication> find(const Session &session, const QString &code);
    // Inside the counter's write: `code` became `applicationId`; WrongState
    // when it already became another.
    Status collectIn(QSqlDatabase &db, const QString &code, qint64 applicationId,
                     const QString &now);

private:
    Store &m_store;
};

} // namespace cc
