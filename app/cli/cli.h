#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace cc {
class Clock;
struct Error;
} // namespace cc

namespace cc::cli {

// Exit codes every command keeps (docs/cli.md).
enum ExitCode : int {
    ExitOk = 0,      // done; the answer is yes / valid
    ExitNo = 1,      // the answer is no / invalid
    ExitUsage = 2,   // usage or input error
    ExitFailure = 3, // device or I/O failure
};

// What a command needs from its surroundings: its arguments, the output
// streams and the clock. Constructed once in main().
struct Context {
    QStringList arguments; // after the command words, e.g. the IDs of "id check"
    QTextStream &out;
    QTextStream &err;
    const Clock &clock;
};

class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // Runs the command named by `arguments` (without the program name).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                   const Clock &clock);

    // Parses `ctx.arguments` into `parser`; on failure prints the problem and
    // returns ExitUsage. `--help` prints help and returns ExitOk.
    static std::optional<int> parse(QCommandLineParser &parser, const QString &usage, Context &ctx);
    static int fail(Context &ctx, int code, const Error &error);
    static int usageError(Context &ctx, const QString &message);
};

int runIdCheck(Context &ctx);
int runEligibility(Context &ctx);
int runStoreInit(Context &ctx);
int runStoreCheck(Context &ctx);
int runStockReceive(Context &ctx);
int runAuditVerify(Context &ctx);
int runOperatorAdd(Context &ctx);
int runOperatorGrant(Context &ctx);
int runOperatorList(Context &ctx);
int runOperatorUnlock(Context &ctx);
int runOperatorDisable(Context &ctx);
int runOperatorEnable(Context &ctx);
int runOperatorResetPassword(Context &ctx);
int runOperatorSetRole(Context &ctx);
int runOperatorSetDisplayName(Context &ctx);
int runStationOffice(Context &ctx);
int runReportIssuance(Context &ctx);
int runReportStock(Context &ctx);
int runReportSpoilage(Context &ctx);
int runReportTiming(Context &ctx);
int runDemoSeed(Context &ctx);
int runApplicantFind(Context &ctx);
int runReaderList(Context &ctx);
int runCardUid(Context &ctx);
int runCardPersonalise(Context &ctx);
int runCardVerify(Context &ctx);
int runCardProduce(Context &ctx);
int runCardRecover(Context &ctx);
int runKeysCreate(Context &ctx);
int runRender(Context &ctx);
int runPrintersList(Context &ctx);
int runPrint(Context &ctx);
int runStationEnrol(Context &ctx);
int runSyncRun(Context &ctx);
int runSyncStatus(Context &ctx);
int runHotlistExport(Context &ctx);
int runHotlistVerify(Context &ctx);
int runBatchCreate(Context &ctx);
int runBatchImport(Context &ctx);
int runBatchList(Context &ctx);
int runBatchShow(Context &ctx);
int runBatchSubmit(Context &ctx);
int runBatchApprove(Context &ctx);
int runBatchReject(Context &ctx);
int runBatchProduce(Context &ctx);
int runBatchHandOver(Context &ctx);

// Whether a command paints (render, print, card produce): it needs a
// QGuiApplication. `arguments` are the first command words.
bool needsGui(const QStringList &arguments);

} // namespace cc::cli
