#include "app/cli/cli.h"
#include "core/boundedread.h"
#include "core/clock.h"
#include "core/eligibility.h"
#include "core/jsonfields.h"
#include "core/rocdate.h"

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
    parser.addOptions({record, on, policyOption, json});
    if (auto done = Cli::parse(
            parser,
            QStringLiteral(
                "eligibility --record FILE|- [--on YYYY-MM-DD] [--policy FILE] [--json]"),
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
    Result<QByteArray> bytes = readRecordBytes(recordPath);
    if (!bytes) {
        return Cli::fail(ctx,
                         bytes.error().code == ErrorCode::FileUnreadable ? ExitFailure : ExitUsage,
                         bytes.error());
    }
    Result<QJsonObject> object = JsonFields::parseObject(*bytes);
    Result<RegistryRecord> parsed =
        object ? RegistryRecord::fromJson(*object) : Result<RegistryRecord>(object.error());
    if (!parsed) {
        Error e = parsed.error();
        e.where = (recordPath == u"-" ? Cli::tr("standard input") : recordPath) + u':' + e.where;
        return Cli::fail(ctx, ExitUsage, e);
    }

    if (Status plausible = EligibilityEvaluator::checkFacts(*parsed, date); !plausible) {
        Error e = plausible.error();
        e.where = (recordPath == u"-" ? Cli::tr("standard input") : recordPath) + u':' + e.where;
        return Cli::fail(ctx, ExitUsage, e);
    }
    const EligibilityResult result = EligibilityEvaluator(policy).evaluate(*parsed, date);
    if (parser.isSet(json))
        ctx.out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    else
        printText(ctx.out, result);
    return result.assigned ? ExitOk : ExitNo;
}

} // namespace cc::cli
