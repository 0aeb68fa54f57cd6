// Test peer for tst_productioncrash: logs in and starts production attempts in
// a loop, printing each card number once its transaction has committed.
// Usage: cardallocator DB USER PASSWORD APPLICATION_ID [COUNT]
#include "core/ports/clock.h"
#include "core/station/accounts.h"
#include "core/station/auditlog.h"
#include "core/station/production.h"
#include "core/station/store.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    // Standard error is for failures only: the test treats any output there as one.
    QLoggingCategory::setFilterRules(QStringLiteral("citizencard.*.debug=false\n"
                                                    "citizencard.*.info=false"));
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: cardallocator DB USER PASSWORD APPLICATION_ID [COUNT]\n");
        return 2;
    }
    const qint64 count = args.size() > 5 ? args[5].toLongLong() : -1;
    cc::SystemClock clock;
    auto store = cc::Store::open(args[1]);
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(store.error().toString()));
        return 3;
    }
    cc::AuditLog audit(**store, clock);
    cc::Accounts accounts(**store, audit, clock);
    auto session = accounts.login(args[2], args[3]);
    if (!session) {
        std::fprintf(stderr, "login: %s\n", qPrintable(session.error().toString()));
        return 3;
    }
    cc::Production production(**store, audit, clock);
    for (qint64 i = 0; count < 0 || i < count; ++i) {
        auto attempt = production.begin(*session, args[4].toLongLong(), cc::Carrier::EasyCard);
        if (!attempt) {
            std::fprintf(stderr, "begin: %s\n", qPrintable(attempt.error().toString()));
            return 3;
        }
        std::printf("%s\n", qPrintable(attempt->cardNumber));
        std::fflush(stdout);
    }
    return 0;
}
