#include "app/cli/cli.h"
#include "core/domain/nationalid.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

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

// Calls `check` for each ID from the arguments as they come; "-" reads one ID
// per line from standard input, streamed (a million IDs need no more memory
// than one). Returns how many were checked.
qint64 forEachId(const QStringList &positional, const std::function<void(const QString &)> &check) {
    qint64 count = 0;
    for (const QString &arg : positional) {
        if (arg != u"-") {
            check(arg);
            ++count;
            continue;
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            continue;
        // Large reads, lines cut out here: one system call per 64 KiB, not per line.
        QByteArray buffer;
        const auto emitLine = [&](QByteArrayView line) {
            const QString id = QString::fromUtf8(line).trimmed();
            if (!id.isEmpty()) {
                check(id);
                ++count;
            }
        };
        for (;;) {
            const QByteArray chunk = in.read(64 * 1024);
            if (chunk.isEmpty())
                break;
            buffer.append(chunk);
            qsizetype start = 0;
            for (qsizetype nl; (nl = buffer.indexOf('\n', start)) >= 0; start = nl + 1)
                emitLine(QByteArrayView(buffer).sliced(start, nl - start));
            buffer.remove(0, start);
            if (buffer.size() > 4096) // no ID is that long: a binary file, not a list
                buffer.clear();
        }
        emitLine(buffer);
    }
    return count;
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

    bool allValid = true;
    const bool asJson = parser.isSet(json);
    bool first = true;
    const qint64 checked = forEachId(parser.positionalArguments(), [&](const QString &id) {
        const NationalId::Check c = NationalId::check(id);
        allValid = allValid && c.valid();
        if (asJson) {
            // One array, written element by element.
            ctx.out << (first ? "[\n    " : ",\n    ")
                    << QJsonDocument(checkToJson(id, c)).toJson(QJsonDocument::Compact);
            first = false;
        } else if (c.valid()) {
            ctx.out << id << "\tvalid\t" << c.message << '\n';
        } else {
            ctx.out << id << "\tinvalid\t" << NationalId::rejectionCode(c.rejection) << ": "
                    << c.message << '\n';
        }
    });
    if (checked == 0)
        return Cli::usageError(ctx, Cli::tr("give at least one ID number to check"));
    if (asJson)
        ctx.out << "\n]\n";
    return allValid ? ExitOk : ExitNo;
}

} // namespace cc::cli
