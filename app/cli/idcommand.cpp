#include "app/cli/cli.h"
#include "core/nationalid.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::cli {
namespace {

QJsonObject checkToJson(const QString &input, const NationalId::Check &c) {
    QJsonObject json{{QStringLiteral("input"), input},
                     {QStringLiteral("normalized"), c.normalized},
                     {QStringLiteral("valid"), c.valid()},
                     {QStringLiteral("message"), c.message}};
    if (c.valid())
        json.insert(QStringLiteral("kind"), NationalId::kindCode(c.kind));
    else
        json.insert(QStringLiteral("reason"), NationalId::rejectionCode(c.rejection));
    return json;
}

// IDs from the arguments; "-" reads one ID per line from standard input.
QStringList collectIds(const QStringList &positional) {
    QStringList ids;
    for (const QString &arg : positional) {
        if (arg != u"-") {
            ids << arg;
            continue;
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
            continue;
        while (!in.atEnd()) {
            const QString line = QString::fromUtf8(in.readLine()).trimmed();
            if (!line.isEmpty())
                ids << line;
        }
    }
    return ids;
}

} // namespace

int runIdCheck(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the results as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 Cli::tr("National ID numbers to check; - reads them from "
                                         "standard input, one per line."));
    if (auto done = Cli::parse(parser, QStringLiteral("id check [--json] ID..."), ctx))
        return *done;

    const QStringList ids = collectIds(parser.positionalArguments());
    if (ids.isEmpty())
        return Cli::usageError(ctx, Cli::tr("give at least one ID number to check"));

    bool allValid = true;
    QJsonArray results;
    for (const QString &id : ids) {
        const NationalId::Check c = NationalId::check(id);
        allValid = allValid && c.valid();
        if (parser.isSet(json)) {
            results.append(checkToJson(id, c));
        } else if (c.valid()) {
            ctx.out << id << "\tvalid\t" << c.message << '\n';
        } else {
            ctx.out << id << "\tinvalid\t" << NationalId::rejectionCode(c.rejection) << ": "
                    << c.message << '\n';
        }
    }
    if (parser.isSet(json))
        ctx.out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    return allValid ? ExitOk : ExitNo;
}

} // namespace cc::cli
