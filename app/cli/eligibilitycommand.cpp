#include "app/cli/cli.h"
#include "core/domain/boundedread.h"
#include "core/domain/eligibility.h"
#include "core/domain/jsonfields.h"
#include "core/domain/rocdate.h"
#include "core/ports/clock.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

namespace cc::cli {
namespace {

// The record's bytes from a file, or from standard input for "-".
Result<QByteArray> readRecordBytes(const QString &path) {
    QFile file;
    if (path == u"-") {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error{ErrorCode::FileUnreadable, file.errorString(), Cli::tr("standard input")};
        return readBounded(file, InputLimits::kJsonDocument, Cli::tr("standard input"));
    }
    file.setFileName(path);
    if (!file.exists())
        return Error{ErrorCode::FileNotFound, Cli::tr("the file does not exist"), path};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, file.errorString(), path};
    return readBounded(file, InputLimits::kJsonDocument, path);
}

void printText(QTextStream &out, const EligibilityResult &result) {
    out << Cli::tr("Date: %1").arg(RocDate::formatShort(result.on)) << '\n';
    if (result.assigned) {
        out << Cli::tr("Assigned: %1 (%2)")
                   .arg(CardTypes::code(*result.assigned), CardTypes::displayName(*result.assigned))
            << '\n';
    } else {
        out << Cli::tr("Assigned: none; not eligible for any personal card") << '\n';
    }
    //: Separator between the card types listed after "Eligible:"
    const QString separator = Cli::tr(", ");
    QStringList eligible;
    for (CardType type : result.eligibleTypes())
        eligible << CardTypes::displayName(type);
    out << Cli::tr("Eligible: %1")
               .arg(eligible.isEmpty() ? Cli::tr("none") : eligible.join(separator))
        << '\n';
    for (const EligibilityDecision &d : result.decisions) {
        QString line = d.eligible ? Cli::tr("%1 (%2): eligible") : Cli::tr("%1 (%2): not eligible");
        line = line.arg(CardTypes::code(d.type), CardTypes::displayName(d.type));
        if (d.eligible) {
            line +=
                u' ' + (d.validUntil.isValid()
                            ? Cli::tr("[valid until %1]").arg(RocDate::formatShort(d.validUntil))
                            : Cli::tr("[no expiry]"));
        }
        out << '\n' << line << '\n';
        for (const EligibilityReason &r : d.reasons) {
            out << "  " << (r.passed ? Cli::tr("[pass]") : Cli::tr("[fail]")) << ' ' << r.rule
                << ": " << r.message << '\n';
        }
    }
}

// One record's decision, or the error naming the field (without the file).
Result<EligibilityResult> decide(QByteArrayView json, const EligibilityEvaluator &evaluator,
                                 const QDate &on) {
    Result<QJsonObject> object = JsonFields::parseObject(json.toByteArray());
    if (!object)
        return object.error();
    Result<RegistryRecord> parsed = RegistryRecord::fromJson(*object);
    if (!parsed)
        return parsed.error();
    if (Status plausible = EligibilityEvaluator::checkFacts(*parsed, on); !plausible)
        return plausible.error();
    return evaluator.evaluate(*parsed, on);
}

// JSON Lines in, JSON Lines out: one record per line, one answer per line
// (the decision, or the error naming line and field), streamed, so a whole
// district's records are decided in one run instead of one process each.
int decideLines(Context &ctx, const QString &path, const EligibilityEvaluator &evaluator,
                const QDate &on) {
    QFile in;
    const bool opened = path == u"-" ? in.open(stdin, QIODevice::ReadOnly)
                                     : (in.setFileName(path), in.open(QIODevice::ReadOnly));
    if (!opened)
        return Cli::fail(
            ctx, in.exists() || path == u"-" ? ExitFailure : ExitUsage,
            {in.exists() || path == u"-" ? ErrorCode::FileUnreadable : ErrorCode::FileNotFound,
             in.errorString(), path});
    int exit = ExitOk;
    qint64 lineNumber = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine(InputLimits::kJsonDocument).trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        Result<EligibilityResult> result = decide(line, evaluator, on);
        QJsonObject answer{{QStringLiteral("line"), lineNumber}};
        if (result) {
            const QJsonObject decision = result->toJson();
            for (auto it = decision.begin(); it != decision.end(); ++it)
                answer.insert(it.key(), it.value());
            if (!result->assigned && exit == ExitOk)
                exit = ExitNo;
        } else {
            answer.insert(QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), errorCodeName(result.error().code)},
                                      {QStringLiteral("where"), result.error().where},
                                      {QStringLiteral("message"), result.error().message}});
            exit = ExitUsage;
        }
        ctx.out << QJsonDocument(answer).toJson(QJsonDocument::Compact) << '\n';
    }
    return exit;
}

} // namespace

int runEligibility(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption record(QStringLiteral("record"),
                                    Cli::tr("Registry record JSON file; - for standard input."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption on(QStringLiteral("on"),
                                Cli::tr("Application date (default: today in Asia/Taipei)."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption policyOption(QStringLiteral("policy"),
                                          Cli::tr("Policy file overriding the shipped defaults."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the decision as JSON."));
    const QCommandLineOption lines(
        QStringLiteral("lines"),
        Cli::tr("The records are JSON Lines, one per line; print one JSON answer per line."));
    parser.addOptions({record, on, policyOption, json, lines});
    if (auto done = Cli::parse(
            parser,
            QStringLiteral(
                "eligibility --record FILE|- [--lines] [--on YYYY-MM-DD] [--policy FILE] [--json]"),
            ctx))
        return *done;

    if (!parser.isSet(record))
        return Cli::usageError(ctx, Cli::tr("--record is required"));
    if (!parser.positionalArguments().isEmpty()) {
        return Cli::usageError(
            ctx, Cli::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    }

    QDate date = ctx.clock.todayInTaipei();
    if (parser.isSet(on)) {
        Result<QDate> parsed = RocDate::parseDate(parser.value(on));
        if (!parsed)
            return Cli::fail(ctx, ExitUsage,
                             {ErrorCode::BadValue, parsed.error().message, QStringLiteral("--on")});
        date = *parsed;
    }

    EligibilityPolicy policy = EligibilityPolicy::defaults();
    if (parser.isSet(policyOption)) {
        Result<EligibilityPolicy> loaded = EligibilityPolicy::loadFile(parser.value(policyOption));
        if (!loaded)
            return Cli::fail(ctx, ExitUsage, loaded.error());
        policy = *loaded;
    }

    const QString recordPath = parser.value(record);
    const EligibilityEvaluator evaluator(policy);
    if (parser.isSet(lines))
        return decideLines(ctx, recordPath, evaluator, date);
    Result<QByteArray> bytes = readRecordBytes(recordPath);
    if (!bytes) {
        return Cli::fail(ctx,
                         bytes.error().code == ErrorCode::FileUnreadable ? ExitFailure : ExitUsage,
                         bytes.error());
    }
    Result<EligibilityResult> decided = decide(*bytes, evaluator, date);
    if (!decided) {
        Error e = decided.error();
        e.where = (recordPath == u"-" ? Cli::tr("standard input") : recordPath) + u':' + e.where;
        return Cli::fail(ctx, ExitUsage, e);
    }
    const EligibilityResult &result = *decided;
    if (parser.isSet(json))
        ctx.out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    else
        printText(ctx.out, result);
    return result.assigned ? ExitOk : ExitNo;
}

} // namespace cc::cli
