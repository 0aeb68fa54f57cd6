// A counter process for the crash test: logs in as the clerk and produces one
// application's card on the counter's devices, killing itself with SIGKILL at
// a chosen point of the workflow; or, with --recover, resolves the attempts a
// killed run left. Prints one line per outcome: "<attempt> <from> <end>".
// With --batch, runs an approved batch instead (BatchRun: what a crash left
// is resolved first) and, with --kill-at, dies at that point of the
// --kill-card-th card it starts; prints "issued=N spoiled=N skipped=N".
#include "core/ports/clock.h"
#include "core/station/accounts.h"
#include "core/station/auditlog.h"
#include "core/station/store.h"
#include "core/workflows/batchrun.h"
#include "core/workflows/issuance.h"
#include "printing/evolisprinter.h"
#include "reader/keyfile.h"
#include "reader/pcscencoder.h"
#include "reader/readermanager.h"

#include <QCommandLineParser>
#include <QGuiApplication>

#include <csignal>
#include <cstdio>

using namespace cc;

namespace {

int fail(const QString &what) {
    std::fprintf(stderr, "issuancerunner: %s\n", qPrintable(what));
    return 2;
}

} // namespace

int main(int argc, char *argv[]) {
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption store("store", "Store file.", "FILE");
    const QCommandLineOption keys("keys", "Key file.", "FILE");
    const QCommandLineOption passphrase("passphrase", "Key file passphrase.", "TEXT");
    const QCommandLineOption printerAddress("printer", "Emulator host:port.", "ADDRESS");
    const QCommandLineOption application("application", "Application id.", "ID");
    const QCommandLineOption killAt("kill-at", "<kind>:<step>, e.g. card-fed:encoding.", "POINT");
    const QCommandLineOption recover("recover", "Resolve unfinished attempts.");
    const QCommandLineOption batch("batch", "Run this approved batch.", "ID");
    const QCommandLineOption killCard("kill-card", "With --batch: the card to die in.", "N", "1");
    parser.addOptions(
        {store, keys, passphrase, printerAddress, application, killAt, recover, batch, killCard});
    parser.process(app);

    SystemClock clock;
    Result<std::unique_ptr<Store>> opened = Store::open(parser.value(store));
    if (!opened)
        return fail(opened.error().toString());
    AuditLog audit(**opened, clock);
    Accounts accounts(**opened, audit, clock);
    Result<Session> session = accounts.login("clerk", "pw-clerk");
    if (!session)
        return fail(session.error().toString());
    Result<std::unique_ptr<reader::KeyFile>> keyFile =
        reader::KeyFile::unlock(parser.value(keys), parser.value(passphrase).toUtf8());
    if (!keyFile)
        return fail(keyFile.error().toString());
    reader::ReaderManager manager;
    manager.start();
    manager.waitForFirstScan(5000);
    reader::PcscEncoder encoder(manager, "Virtual PCD 00 00", **keyFile,
                                reader::ChipProfile::byName("desfire"));
    encoder.setCardArrivalWait(3000);
    EvolisPrinter printer(parser.value(printerAddress));
    Issuance issuance(**opened, audit, clock);

    static const char *kinds[] = {"committed", "card-fed", "chip-written", "face-printed"};
    const QString point = parser.value(killAt);
    int card = 0; // with --batch: the card being made, from 1
    const int dieIn = parser.isSet(batch) ? parser.value(killCard).toInt() : 0;
    const auto observer = [&](const IssuanceEvent &e) {
        const QString here = QString("%1:%2").arg(kinds[int(e.kind)], issuanceStepName(e.step));
        if (e.kind == IssuanceEvent::Kind::Committed && e.step == IssuanceStep::Requested)
            ++card;
        if (here == point && (dieIn == 0 || card == dieIn)) {
            std::fflush(stdout);
            ::raise(SIGKILL); // the app dies here, mid-workflow
        }
    };
    if (parser.isSet(batch)) {
        BatchRun::Hooks hooks;
        hooks.observer = observer;
        Result<BatchRunReport> r = BatchRun(**opened, audit, clock)
                                       .run(*session, parser.value(batch).toLongLong(),
                                            Carrier::EasyCard, encoder, printer, hooks);
        if (!r)
            return fail(r.error().toString());
        std::printf("issued=%d spoiled=%d skipped=%d recovered=%d\n", r->issued, r->spoiled,
                    int(r->skipped.size()), int(r->recovered.size()));
        return r->stoppedBy ? 3 : 0;
    }
    QList<IssuanceOutcome> outcomes;
    if (parser.isSet(recover)) {
        Result<QList<IssuanceOutcome>> r = issuance.recover(*session, encoder, printer);
        if (!r)
            return fail(r.error().toString());
        outcomes = *r;
    } else {
        Result<IssuanceOutcome> r =
            issuance.produce(*session, parser.value(application).toLongLong(), Carrier::EasyCard,
                             encoder, printer, observer);
        if (!r)
            return fail(r.error().toString());
        outcomes << *r;
    }
    for (const IssuanceOutcome &o : outcomes)
        std::printf("%lld %s %s\n", o.attemptId, qPrintable(issuanceStepName(o.from)),
                    qPrintable(issuanceStepName(o.end)));
    return 0;
}
