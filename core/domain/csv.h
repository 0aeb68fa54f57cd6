#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace cc {

// A CSV table (RFC 4180: commas, double-quoted fields with "" for a quote and
// line breaks inside quotes, CRLF or LF), UTF-8 with or without a BOM. The
// first record is the header.
struct CsvTable {
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; // the line each row starts on, for error messages

    // Row `i` as header name → value.
    QHash<QString, QString> record(qsizetype i) const;
};

class Csv {
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    // Errors name `source` and the line: "people.csv:4".
    static Result<CsvTable> parse(const QByteArray &bytes, const QString &source);
    // The same for text already decoded (a BOM removed).
    static Result<CsvTable> parseText(const QString &text, const QString &source);
    static Result<CsvTable> load(const QString &path);

    // A table as a spreadsheet opens it: UTF-8 with a BOM (so Excel in zh_TW
    // reads the characters), CRLF, fields quoted where RFC 4180 needs it.
    // With `Formulas::AsText` a field Excel would run as a formula (=, +, -,
    // @, a tab or a carriage return first, and not a number) gets a leading
    // apostrophe; `AsGiven` writes cells exactly as they came (a file the
    // program reads back).
    enum class Formulas { AsText, AsGiven };
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows,
                            Formulas formulas = Formulas::AsText);
};

} // namespace cc
