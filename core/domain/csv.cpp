#include "core/domain/csv.h"

#include "core/domain/boundedread.h"

#include <QFile>
#include <QStringDecoder>

namespace cc {
namespace {

QString csvField(const QString &cell, Csv::Formulas formulas) {
    QString out = cell;
    static const QString kFormulaStart = QStringLiteral("=+-@\t\r");
    bool number = false;
    out.toDouble(&number);
    if (formulas == Csv::Formulas::AsText && !out.isEmpty() &&
        kFormulaStart.contains(out.front()) && !number)
        out.prepend(u'\'');
    if (!out.contains(u',') && !out.contains(u'"') && !out.contains(u'\n') && !out.contains(u'\r'))
        return out;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

} // namespace

QHash<QString, QString> CsvTable::record(qsizetype i) const {
    QHash<QString, QString> out;
    const QStringList &row = rows.at(i);
    for (qsizetype c = 0; c < header.size(); ++c)
        out.insert(header.at(c), row.value(c));
    return out;
}

Result<CsvTable> Csv::parse(const QByteArray &bytes, const QString &source) {
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{ErrorCode::ParseFailed, tr("the file is not UTF-8 text"), source};
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return parseText(text, source);
}

Result<CsvTable> Csv::parseText(const QString &text, const QString &source) {
    CsvTable table;
    QStringList record;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted
    int line = 1;
    int recordLine = 1;
    const auto where = [&](int l) { return QStringLiteral("%1:%2").arg(source).arg(l); };
    const auto endRecord = [&]() -> std::optional<Error> {
        record.append(field);
        field.clear();
        wasQuoted = false;
        if (record.size() == 1 && record.first().isEmpty()) { // a blank line
            record.clear();
            return std::nullopt;
        }
        if (table.header.isEmpty()) {
            table.header = record;
            for (qsizetype i = 0; i < record.size(); ++i) {
                if (record.at(i).trimmed().isEmpty() || record.indexOf(record.at(i)) != i) {
                    return Error{ErrorCode::BadValue,
                                 tr("column %1 of the header is empty or repeated").arg(i + 1),
                                 where(recordLine)};
                }
            }
        } else if (record.size() != table.header.size()) {
            return Error{ErrorCode::BadValue,
                         tr("this row has %1 fields; the header has %2")
                             .arg(record.size())
                             .arg(table.header.size()),
                         where(recordLine)};
        } else {
            table.rows.append(record);
            table.lines.append(recordLine);
        }
        record.clear();
        return std::nullopt;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (auto error = endRecord())
                return *error;
            recordLine = ++line;
        } else if (wasQuoted) {
            return Error{ErrorCode::ParseFailed,
                         tr("text after a closing quote; double a quote inside a quoted field"),
                         where(line)};
        } else {
            field += c;
        }
    }
    if (quoted)
        return Error{ErrorCode::ParseFailed, tr("a quoted field is not closed"), where(recordLine)};
    if (!field.isEmpty() || !record.isEmpty() || wasQuoted) {
        if (auto error = endRecord())
            return *error;
    }
    if (table.header.isEmpty())
        return Error{ErrorCode::ParseFailed, tr("the file is empty; expected a header row"),
                     source};
    return table;
}

Result<CsvTable> Csv::load(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{file.exists() ? ErrorCode::FileUnreadable : ErrorCode::FileNotFound,
                     tr("cannot read the file: %1").arg(file.errorString()), path};
    }
    Result<QByteArray> bytes = readBounded(file, InputLimits::kCsv, path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, path);
}

QByteArray Csv::write(const QStringList &header, const QList<QStringList> &rows,
                      Formulas formulas) {
    const auto line = [formulas](const QStringList &cells) {
        QStringList out;
        out.reserve(cells.size());
        for (const QString &c : cells)
            out << csvField(c, formulas);
        return out.join(u',');
    };
    QStringList lines{line(header)};
    for (const QStringList &row : rows)
        lines << line(row);
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace cc
