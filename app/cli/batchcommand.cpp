// batch create, import, list, show, submit, approve, reject.
#include "registry/fixtureregistry.h"

#include "app/cli/storeaccess.h"
#include "core/domain/boundedread.h"
#include "core/domain/error.h"
#include "core/domain/jsonfields.h"
#include "core/station/batches.h"
#include "core/station/centralpolicies.h"
#include "core/workflows/rosterimport.h"
#include "printing/handoverprinter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

namespace cc::cli {
namespace {

QCommandLineOption batchOption() {
    return QCommandLineOption(QStringLiteral("batch"), Cli::tr("The batch number."),
                              QStringLiteral("ID"));
}

// The batch number given, or the exit code of the usage error.
std::optional<int> batchId(Context &ctx, const QCommandLineParser &parser,
                           const QCommandLineOption &option, qint64 &out) {
    bool ok = false;
    out = parser.value(option).toLongLong(&ok);
    if (!ok || out <= 0)
        return Cli::usageError(ctx, Cli::tr("--batch ID is required: the batch's number."));
    return std::nullopt;
}

// A file the operator named, read whole within `limit`; errors name it.
Result<QByteArray> readInput(const QString &path, qint64 limit) {
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error{in.exists() ? ErrorCode::FileUnreadable : ErrorCode::FileNotFound,
                     Cli::tr("cannot read the file: %1").arg(in.errorString()), path};
    return readBounded(in, limit, path);
}

void printSummary(QTextStream &out, const BatchSummary &b) {
    out << Cli::tr("Batch %1: %2").arg(b.id).arg(b.label) << '\n'
        << Cli::tr("Kind: %1").arg(States::displayName(b.kind)) << '\n';
    if (b.cardType)
        out << Cli::tr("Card type: %1").arg(CardTypes::displayName(*b.cardType)) << '\n';
    out << Cli::tr("Status: %1").arg(States::displayName(b.status)) << '\n'
        << Cli::tr("Created by %1 at %2").arg(b.createdBy, b.createdAt) << '\n';
    if (!b.editors.isEmpty())
        out << Cli::tr("Changed by: %1").arg(b.editors.join(QStringLiteral(", "))) << '\n';
    if (!b.decidedBy.isEmpty())
        out << Cli::tr("Decided by %1 at %2").arg(b.decidedBy, b.decidedAt) << '\n';
    if (!b.decisionReason.isEmpty())
        out << Cli::tr("Reason: %1").arg(b.decisionReason) << '\n';
    out << Cli::tr("Applications: %1, issued: %2").arg(b.applications).arg(b.issued) << '\n';
    if (!b.sealed)
        out << Cli::tr("WARNING: the batch does not match its seal; it was changed outside the "
                       "program.")
            << '\n';
}

// A command that changes one batch's state: submit, approve, reject.
int runDecision(
    Context &ctx, const QString &usage, bool withReason,
    const std::function<Status(Batches &, const Session &, qint64, const QString &)> &act) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user = userOption();
    const QCommandLineOption batch = batchOption();
    const QCommandLineOption reason(QStringLiteral("reason"), Cli::tr("Why, for the record."),
                                    QStringLiteral("TEXT"));
    parser.addOptions({db, user, batch});
    if (withReason)
        parser.addOption(reason);
    if (auto code = Cli::parse(parser, usage, ctx))
        return *code;
    qint64 id = 0;
    if (auto code = batchId(ctx, parser, batch, id))
        return *code;
    StoreLogin login;
    if (auto code = login.open(ctx, parser.value(db), parser.value(user)))
        return *code;
    auto &[opened, session] = login;
    Batches batches(opened->store(), opened->audit(), ctx.clock);
    if (Status ok = act(batches, session, id, withReason ? parser.value(reason) : QString()); !ok)
        return Cli::fail(ctx, exitCodeFor(ok.error()), ok.error());
    Result<BatchSummary> now = batches.show(session, id);
    if (!now)
        return Cli::fail(ctx, exitCodeFor(now.error()), now.error());
    ctx.out << Cli::tr("Batch %1 is now %2.").arg(id).arg(States::displayName(now->status)) << '\n';
    return ExitOk;
}

} // namespace

int runBatchCreate(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user = userOption();
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        Cli::tr("mobile-session, village-collection, school-roster or agency-roster."),
        QStringLiteral("KIND"));
    const QCommandLineOption label(QStringLiteral("label"), Cli::tr("What the batch is."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption type(QStringLiteral("card-type"),
                                  Cli::tr("The card type a roster makes (student for a school)."),
                                  QStringLiteral("TYPE"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, user, kind, label, type, json});
    if (auto code = Cli::parse(parser,
                               QStringLiteral("batch create --db PATH --user USER --kind KIND "
                                              "--label TEXT [--card-type TYPE] [--json]"),
                               ctx))
        return *code;
    const std::optional<BatchKind> k = States::batchKind(parser.value(kind));
    if (!k)
        return Cli::usageError(ctx, Cli::tr("--kind is mobile-session, village-collection, "
                                            "school-roster or agency-roster."));
    BatchSpec spec{*k, parser.value(label), {}};
    if (parser.isSet(type)) {
        spec.cardType = CardTypes::fromCode(parser.value(type));
        if (!spec.cardType)
            return Cli::usageError(
                ctx, Cli::tr("--card-type is general, student, senior, disability or companion."));
    }
    StoreLogin login;
    if (auto code = login.open(ctx, parser.value(db), parser.value(user)))
        return *code;
    auto &[opened, session] = login;
    Result<qint64> id = Batches(opened->store(), opened->audit(), ctx.clock).create(session, spec);
    if (!id)
        return Cli::fail(ctx, exitCodeFor(id.error()), id.error());
    if (parser.isSet(json))
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("batch"), *id}}).toJson();
    else
        ctx.out << Cli::tr("Batch %1 created.").arg(*id) << '\n';
    return ExitOk;
}

int runBatchImport(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user = userOption();
    const QCommandLineOption batch = batchOption();
    const QCommandLineOption file(QStringLiteral("file"), Cli::tr("The roster (CSV)."),
                                  QStringLiteral("CSV"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      Cli::tr("auto (default), utf-8 or big5."),
                                      QStringLiteral("ENC"), QStringLiteral("auto"));
    const QCommandLineOption mapping(
        QStringLiteral("mapping"),
        Cli::tr("A JSON file naming the roster's headers for each field (docs/rosters.md)."),
        QStringLiteral("JSON"));
    const QCommandLineOption goodRows(
        QStringLiteral("good-rows"),
        Cli::tr("Import the rows that pass; by default one bad row stops the file."));
    const QCommandLineOption refused(
        QStringLiteral("refused"),
        Cli::tr("Write the refused rows, with what is wrong, to this CSV to send back."),
        QStringLiteral("CSV"));
    const QCommandLineOption policy(QStringLiteral("policy"),
                                    Cli::tr("A policy file (default: the city's published one)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption registry(
        QStringLiteral("registry"),
        Cli::tr("The registry fixture an agency roster's people are looked up in."),
        QStringLiteral("PATH"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions(
        {db, user, batch, file, encoding, mapping, goodRows, refused, policy, registry, json});
    if (auto code =
            Cli::parse(parser,
                       QStringLiteral("batch import --db PATH --user USER --batch ID --file CSV "
                                      "[--encoding auto|utf-8|big5] [--mapping JSON] [--good-rows] "
                                      "[--refused CSV] [--policy FILE] [--registry PATH] [--json]"),
                       ctx))
        return *code;
    qint64 id = 0;
    if (auto code = batchId(ctx, parser, batch, id))
        return *code;
    if (!parser.isSet(file))
        return Cli::usageError(ctx, Cli::tr("--file CSV is required."));
    RosterImportOptions options;
    options.goodRowsOnly = parser.isSet(goodRows);
    Result<RosterEncoding> enc = Rosters::encodingFromCode(parser.value(encoding));
    if (!enc)
        return Cli::fail(ctx, ExitUsage, enc.error());
    options.encoding = *enc;
    if (parser.isSet(mapping)) {
        Result<QByteArray> text = readInput(parser.value(mapping), InputLimits::kJsonDocument);
        Result<QJsonObject> map = text ? JsonFields::parseObject(*text) : text.error();
        if (!map)
            return Cli::fail(ctx, ExitUsage,
                             Error{map.error().code, map.error().message, parser.value(mapping)});
        Result<RosterMapping> m = RosterMapping::fromJson(*map, parser.value(mapping));
        if (!m)
            return Cli::fail(ctx, ExitUsage, m.error());
        options.mapping = *m;
    }
    Result<QByteArray> bytes = readInput(parser.value(file), InputLimits::kCsv);
    if (!bytes)
        return Cli::fail(ctx, ExitUsage, bytes.error());
    std::unique_ptr<FixtureRegistry> people;
    if (parser.isSet(registry)) {
        Result<std::unique_ptr<FixtureRegistry>> loaded =
            FixtureRegistry::load(parser.value(registry));
        if (!loaded)
            return Cli::fail(ctx, ExitUsage, loaded.error());
        people = std::move(loaded).value();
    }

    StoreLogin login;
    if (auto code = login.open(ctx, parser.value(db), parser.value(user)))
        return *code;
    auto &[opened, session] = login;
    Result<EligibilityPolicy> rules = parser.isSet(policy)
                                          ? EligibilityPolicy::loadFile(parser.value(policy))
                                          : CentralPolicies(opened->store()).current();
    if (!rules)
        return Cli::fail(ctx, exitCodeFor(rules.error()), rules.error());
    Result<RosterImportReport> report =
        RosterImport(opened->store(), opened->audit(), ctx.clock, *rules, people.get())
            .run(session, id, *bytes, parser.value(file), options);
    if (!report)
        return Cli::fail(ctx, exitCodeFor(report.error()), report.error());

    if (parser.isSet(json)) {
        ctx.out << QJsonDocument(report->toJson()).toJson();
    } else {
        for (const RosterProblem &p : report->problems)
            ctx.out << Cli::tr("row %1").arg(p.row)
                    << (p.column.isEmpty() ? QString() : QStringLiteral(", ") + p.column) << ": "
                    << p.message << '\n';
        ctx.out << Cli::tr("%1 rows read (%2), %3 imported, %4 refused.")
                       .arg(report->rows)
                       .arg(report->encoding)
                       .arg(report->imported)
                       .arg(report->bad.size())
                << '\n';
        if (!report->written && !report->problems.isEmpty())
            ctx.out << Cli::tr("Nothing was imported. Correct the rows, or give --good-rows to "
                               "import the others.")
                    << '\n';
    }
    // After the report: what was imported stays imported whatever happens here.
    if (parser.isSet(refused) && !report->bad.isEmpty()) {
        QSaveFile back(parser.value(refused));
        if (!back.open(QIODevice::WriteOnly) || back.write(report->refusedCsv()) < 0 ||
            !back.commit())
            return Cli::fail(
                ctx, ExitFailure,
                Error{ErrorCode::FileUnwritable,
                      Cli::tr("cannot write the refused rows: %1").arg(back.errorString()),
                      parser.value(refused)});
    }
    return report->problems.isEmpty() ? ExitOk : ExitNo;
}

int runBatchList(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user = userOption();
    const QCommandLineOption status(
        QStringLiteral("status"),
        Cli::tr("Only batches in this state (open, submitted, approved, rejected, "
                "in-production, completed)."),
        QStringLiteral("STATE"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, user, status, json});
    if (auto code = Cli::parse(
            parser, QStringLiteral("batch list --db PATH --user USER [--status STATE] [--json]"),
            ctx))
        return *code;
    std::optional<BatchStatus> only;
    if (parser.isSet(status)) {
        only = States::batchStatus(parser.value(status));
        if (!only)
            return Cli::usageError(ctx, Cli::tr("--status is open, submitted, approved, "
                                                "rejected, in-production or completed."));
    }
    StoreLogin login;
    if (auto code = login.open(ctx, parser.value(db), parser.value(user)))
        return *code;
    auto &[opened, session] = login;
    Result<QList<BatchSummary>> list =
        Batches(opened->store(), opened->audit(), ctx.clock).list(session, only);
    if (!list)
        return Cli::fail(ctx, exitCodeFor(list.error()), list.error());
    if (parser.isSet(json)) {
        QJsonArray out;
        for (const BatchSummary &b : *list)
            out.append(b.toJson());
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("batches"), out}}).toJson();
        return ExitOk;
    }
    if (list->isEmpty())
        ctx.out << Cli::tr("No batches.") << '\n';
    for (const BatchSummary &b : *list)
        ctx.out << b.id << '\t' << States::displayName(b.status) << '\t'
                << States::displayName(b.kind) << '\t' << b.applications << '\t' << b.label
                << (b.sealed ? QString() : QStringLiteral("\t") + Cli::tr("SEAL BROKEN")) << '\n';
    return ExitOk;
}

int runBatchShow(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user = userOption();
    const QCommandLineOption batch = batchOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, user, batch, json});
    if (auto code = Cli::parse(
            parser, QStringLiteral("batch show --db PATH --user USER --batch ID [--json]"), ctx))
        return *code;
    qint64 id = 0;
    if (auto code = batchId(ctx, parser, batch, id))
        return *code;
    StoreLogin login;
    if (auto code = login.open(ctx, parser.value(db), parser.value(user)))
        return *code;
    auto &[opened, session] = login;
    Result<BatchSummary> b = Batches(opened->store(), opened->audit(), ctx.clock).show(session, id);
    if (!b)
        return Cli::fail(ctx, exitCodeFor(b.error()), b.error());
    if (parser.isSet(json))
        ctx.out << QJsonDocument(b->toJson()).toJson();
    else
        printSummary(ctx.out, *b);
    return b->sealed ? ExitOk : ExitNo;
}

int runBatchSubmit(Context &ctx) {
    return runDecision(
        ctx, QStringLiteral("batch submit --db PATH --user USER --batch ID"), false,
        [](Batches &b, const Session &s, qint64 id, const QString &) { return b.submit(s, id); });
}

int runBatchApprove(Context &ctx) {
    return runDecision(
        ctx, QStringLiteral("batch approve --db PATH --user USER --batch ID"), false,
        [](Batches &b, const Session &s, qint64 id, const QString &) { return b.approve(s, id); });
}

int runBatchReject(Context &ctx) {
    return runDecision(
        ctx, QStringLiteral("batch reject --db PATH --user USER --batch ID --reason TEXT"), true,
        [](Batches &b, const Session &s, qint64 id, const QString &reason) {
            return b.reject(s, id, reason);
        });
}

int runBatchHandOver(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user = userOption();
    const QCommandLineOption batch = batchOption();
    const QCommandLineOption pdf(QStringLiteral("pdf"),
                                 Cli::tr("The PDF file to write the hand-over list to."),
                                 QStringLiteral("FILE"));
    parser.addOptions({db, user, batch, pdf});
    if (auto code = Cli::parse(
            parser, QStringLiteral("batch handover --db PATH --user USER --batch ID --pdf FILE"),
            ctx))
        return *code;
    qint64 id = 0;
    if (auto code = batchId(ctx, parser, batch, id))
        return *code;
    const QString target = parser.value(pdf);
    if (target.isEmpty())
        return Cli::usageError(ctx, Cli::tr("--pdf FILE is required: where to write the list."));
    StoreLogin login;
    if (auto code = login.open(ctx, parser.value(db), parser.value(user)))
        return *code;
    auto &[opened, session] = login;
    Result<HandOverList> list =
        Batches(opened->store(), opened->audit(), ctx.clock).handOver(session, id);
    if (!list)
        return Cli::fail(ctx, exitCodeFor(list.error()), list.error());
    // Written beside the target and renamed: never a half-written list.
    const QString part = target + QStringLiteral(".part");
    if (Status printed = HandOverPrinter::print(*list, QStringLiteral("pdf:") + part); !printed) {
        QFile::remove(part);
        return Cli::fail(ctx, exitCodeFor(printed.error()), printed.error());
    }
    // rename(2) replaces an older list in one step: never none, never half.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) !=
        0) {
        QFile::remove(part);
        return Cli::fail(
            ctx, ExitFailure,
            Error{ErrorCode::FileUnwritable, Cli::tr("cannot write the file"), target});
    }
    ctx.out << Cli::tr("Hand-over list of batch %1: %n card(s), written to %2", nullptr,
                       int(list->rows.size()))
                   .arg(id)
                   .arg(target)
            << '\n';
    return ExitOk;
}

} // namespace cc::cli
