#include "app/cli/cli.h"

#include "core/domain/error.h"

#include <QCommandLineParser>

#include <algorithm>

namespace cc::cli {
namespace {

struct Command {
    QStringList words;
    const char *summary;
    int (*run)(Context &);
};

const QList<Command> &commands() {
    static const QList<Command> list = {
        {{QStringLiteral("id"), QStringLiteral("check")},
         QT_TRANSLATE_NOOP("Cli", "validate national ID numbers"),
         runIdCheck},
        {{QStringLiteral("eligibility")},
         QT_TRANSLATE_NOOP("Cli", "decide which card types a registry record qualifies for"),
         runEligibility},
        {{QStringLiteral("store"), QStringLiteral("init")},
         QT_TRANSLATE_NOOP("Cli", "create a station store with its first admin and supervisor"),
         runStoreInit},
        {{QStringLiteral("store"), QStringLiteral("check")},
         QT_TRANSLATE_NOOP("Cli", "check a store's integrity, schema, card numbers and audit log"),
         runStoreCheck},
        {{QStringLiteral("stock"), QStringLiteral("receive")},
         QT_TRANSLATE_NOOP("Cli", "book a delivery of blank cards into stock"),
         runStockReceive},
        {{QStringLiteral("operator"), QStringLiteral("add")},
         QT_TRANSLATE_NOOP("Cli", "add an operator (clerk, mobile, supervisor, admin)"),
         runOperatorAdd},
        {{QStringLiteral("operator"), QStringLiteral("grant")},
         QT_TRANSLATE_NOOP("Cli", "give an operator an admin added access to personal data"),
         runOperatorGrant},
        {{QStringLiteral("operator"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP("Cli", "list the operators: role, locked, disabled, data access"),
         runOperatorList},
        {{QStringLiteral("operator"), QStringLiteral("unlock")},
         QT_TRANSLATE_NOOP("Cli", "let a locked-out operator log in again now"),
         runOperatorUnlock},
        {{QStringLiteral("operator"), QStringLiteral("disable")},
         QT_TRANSLATE_NOOP("Cli", "stop an operator from logging in (nothing is deleted)"),
         runOperatorDisable},
        {{QStringLiteral("operator"), QStringLiteral("enable")},
         QT_TRANSLATE_NOOP("Cli", "let a disabled operator log in again"),
         runOperatorEnable},
        {{QStringLiteral("operator"), QStringLiteral("reset-password")},
         QT_TRANSLATE_NOOP("Cli", "give an operator who forgot their password a new one"),
         runOperatorResetPassword},
        {{QStringLiteral("operator"), QStringLiteral("set-role")},
         QT_TRANSLATE_NOOP("Cli", "change an operator's role (admins only)"),
         runOperatorSetRole},
        {{QStringLiteral("operator"), QStringLiteral("set-display-name")},
         QT_TRANSLATE_NOOP("Cli", "set the name an operator signs receipts with"),
         runOperatorSetDisplayName},
        {{QStringLiteral("station"), QStringLiteral("office")},
         QT_TRANSLATE_NOOP("Cli", "set the office name, address and phone receipts print"),
         runStationOffice},
        {{QStringLiteral("applicant"), QStringLiteral("find")},
         QT_TRANSLATE_NOOP("Cli", "find an applicant by ID number"),
         runApplicantFind},
        {{QStringLiteral("batch"), QStringLiteral("create")},
         QT_TRANSLATE_NOOP("Cli", "open a batch: mobile session, village collection or roster"),
         runBatchCreate},
        {{QStringLiteral("batch"), QStringLiteral("import")},
         QT_TRANSLATE_NOOP("Cli", "import a school's or agency's roster into a batch"),
         runBatchImport},
        {{QStringLiteral("batch"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP("Cli", "list the batches and their state"),
         runBatchList},
        {{QStringLiteral("batch"), QStringLiteral("show")},
         QT_TRANSLATE_NOOP("Cli", "show one batch: who made, changed and decided it"),
         runBatchShow},
        {{QStringLiteral("batch"), QStringLiteral("submit")},
         QT_TRANSLATE_NOOP("Cli", "send a batch for a supervisor's approval"),
         runBatchSubmit},
        {{QStringLiteral("batch"), QStringLiteral("approve")},
         QT_TRANSLATE_NOOP("Cli", "approve a batch you had no part in (four eyes)"),
         runBatchApprove},
        {{QStringLiteral("batch"), QStringLiteral("reject")},
         QT_TRANSLATE_NOOP("Cli", "send a batch back, saying why"),
         runBatchReject},
        {{QStringLiteral("batch"), QStringLiteral("produce")},
         QT_TRANSLATE_NOOP("Cli", "make an approved batch's cards one after another"),
         runBatchProduce},
        {{QStringLiteral("batch"), QStringLiteral("handover")},
         QT_TRANSLATE_NOOP("Cli", "write the list a school or village chief signs for its cards"),
         runBatchHandOver},
        {{QStringLiteral("report"), QStringLiteral("issuance")},
         QT_TRANSLATE_NOOP("Cli", "cards issued by type, carrier, channel or operator"),
         runReportIssuance},
        {{QStringLiteral("report"), QStringLiteral("stock")},
         QT_TRANSLATE_NOOP("Cli", "blank cards on hand, their rate of use and days left"),
         runReportStock},
        {{QStringLiteral("report"), QStringLiteral("spoilage")},
         QT_TRANSLATE_NOOP("Cli", "blank cards spoiled, by reason, and the spoilage rate"),
         runReportSpoilage},
        {{QStringLiteral("report"), QStringLiteral("timing")},
         QT_TRANSLATE_NOOP("Cli", "time from application to hand-over: median, 90th percentile"),
         runReportTiming},
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         QT_TRANSLATE_NOOP("Cli", "verify the audit log's chain"),
         runAuditVerify},
        {{QStringLiteral("demo"), QStringLiteral("seed")},
         QT_TRANSLATE_NOOP("Cli", "add made-up applicants for demos and benchmarks"),
         runDemoSeed},
        {{QStringLiteral("reader"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP("Cli", "list the card readers and whether a card is on each"),
         runReaderList},
        {{QStringLiteral("card"), QStringLiteral("uid")},
         QT_TRANSLATE_NOOP("Cli", "read the UID and kind of the card on a reader"),
         runCardUid},
        {{QStringLiteral("card"), QStringLiteral("personalise")},
         QT_TRANSLATE_NOOP("Cli", "write the city record to a card's chip and verify it"),
         runCardPersonalise},
        {{QStringLiteral("card"), QStringLiteral("verify")},
         QT_TRANSLATE_NOOP("Cli", "read a card's chip and check its record's MAC"),
         runCardVerify},
        {{QStringLiteral("card"), QStringLiteral("produce")},
         QT_TRANSLATE_NOOP("Cli", "produce a card as the counter's F9 does: encode, print, issue"),
         runCardProduce},
        {{QStringLiteral("card"), QStringLiteral("recover")},
         QT_TRANSLATE_NOOP("Cli", "resolve the cards a crash left unfinished"),
         runCardRecover},
        {{QStringLiteral("station"), QStringLiteral("enrol")},
         QT_TRANSLATE_NOOP("Cli", "enrol this station with the central service (once)"),
         runStationEnrol},
        {{QStringLiteral("sync"), QStringLiteral("run")},
         QT_TRANSLATE_NOOP("Cli", "sync with the central service now: send, re-check, receive"),
         runSyncRun},
        {{QStringLiteral("sync"), QStringLiteral("status")},
         QT_TRANSLATE_NOOP("Cli", "how many events wait and when the centre was last reached"),
         runSyncStatus},
        {{QStringLiteral("hotlist"), QStringLiteral("export")},
         QT_TRANSLATE_NOOP("Cli",
                           "write the centre's signed hotlist of blocked cards, for partners"),
         runHotlistExport},
        {{QStringLiteral("hotlist"), QStringLiteral("verify")},
         QT_TRANSLATE_NOOP("Cli", "check a hotlist's signature and contents"),
         runHotlistVerify},
        {{QStringLiteral("render")},
         QT_TRANSLATE_NOOP("Cli", "render card faces from a CSV as PNG files or one PDF"),
         runRender},
        {{QStringLiteral("printers"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP("Cli", "list the card printers and their state"),
         runPrintersList},
        {{QStringLiteral("print")},
         QT_TRANSLATE_NOOP("Cli", "print card faces from a CSV on a printer"),
         runPrint},
        {{QStringLiteral("keys"), QStringLiteral("create")},
         QT_TRANSLATE_NOOP("Cli", "make a new key file of city master keys"),
         runKeysCreate},
    };
    return list;
}

void printOverview(QTextStream &out) {
    out << Cli::tr("Usage: citizencard-cli COMMAND [OPTIONS]") << "\n\n"
        << Cli::tr("Commands:") << '\n';
    qsizetype width = 0;
    for (const Command &c : commands())
        width = std::max(width, c.words.join(u' ').size());
    for (const Command &c : commands())
        out << "  " << c.words.join(u' ').leftJustified(width + 2) << Cli::tr(c.summary) << '\n';
    out << '\n'
        << Cli::tr("Run citizencard-cli COMMAND --help for the options of one command.") << '\n'
        << Cli::tr("Exit codes: 0 ok, 1 the answer is no or invalid, 2 usage or input error, "
                   "3 device or I/O failure.")
        << '\n';
}

} // namespace

int Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock) {
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        printOverview(arguments.isEmpty() ? err : out);
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    if (arguments.first() == u"--version") {
        out << "citizencard-cli " << CITIZENCARD_VERSION << '\n';
        return ExitOk;
    }
    for (const Command &c : commands()) {
        if (arguments.mid(0, c.words.size()) == c.words) {
            Context ctx{arguments.mid(c.words.size()), out, err, clock};
            return c.run(ctx);
        }
    }
    err << tr("citizencard-cli: unknown command \"%1\"").arg(arguments.join(u' ')) << "\n\n";
    printOverview(err);
    return ExitUsage;
}

std::optional<int> Cli::parse(QCommandLineParser &parser, const QString &usage, Context &ctx) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{QStringLiteral("citizencard-cli")} + ctx.arguments))
        return usageError(ctx, parser.errorText());
    if (parser.isSet(help)) {
        ctx.out << tr("Usage: citizencard-cli %1").arg(usage) << "\n\n"
                << parser.helpText().section(u'\n', 2);
        return ExitOk;
    }
    return std::nullopt;
}

bool needsGui(const QStringList &arguments) {
    const QString first = arguments.value(0);
    const QString second = arguments.value(1);
    return first == u"render" || first == u"print" || first == u"printers" ||
           (first == u"card" && (second == u"produce" || second == u"recover")) ||
           (first == u"batch" && (second == u"produce" || second == u"handover"));
}

int Cli::fail(Context &ctx, int code, const Error &error) {
    ctx.err << "citizencard-cli: " << error.toString() << '\n';
    return code;
}

int Cli::usageError(Context &ctx, const QString &message) {
    ctx.err << "citizencard-cli: " << message << '\n' << tr("Run with --help for usage.") << '\n';
    return ExitUsage;
}

} // namespace cc::cli
