#pragma once

#include "core/domain/registryrecord.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace cc {

// The text encodings a roster arrives in: UTF-8 (with or without a BOM) from
// current spreadsheets, Big5 as Windows writes it (code page 950) from older
// ones. Auto takes UTF-8 when the bytes are valid UTF-8, else Big5.
enum class RosterEncoding { Auto, Utf8, Big5 };

// The columns a roster has, by the field each one fills, and the header names
// that mean it (docs/rosters.md). The default knows the Chinese headers
// schools and agencies use (身分證字號, 姓名, 出生日期, 學校, 學制/年級,
// 預計畢業日) and English codes; a city can give its own.
struct RosterMapping {
    enum class Field { NationalId, Name, BirthDate, School, Level, ExpectedGraduation };
    static constexpr Field kFields[] = {Field::NationalId, Field::Name,  Field::BirthDate,
                                        Field::School,     Field::Level, Field::ExpectedGraduation};

    QHash<Field, QStringList> headers;

    static RosterMapping standard();
    // {"nationalId": ["身分證字號", …], …}: the fields given replace the
    // standard names, the others keep them. Unknown keys are refused.
    static Result<RosterMapping> fromJson(const QJsonObject &json, const QString &source);
    static QString fieldCode(Field field); // "nationalId", "name", …
};

// One row a roster gives, cleaned: full-width letters and digits folded
// (NFKC), spaces trimmed and collapsed, dates in ROC or Gregorian read.
struct RosterRow {
    int row = 0; // the line of the file it starts on: the spreadsheet's row number
    QString nationalId;
    QString name;
    QDate birthDate;
    std::optional<Enrollment> enrollment; // school rosters
    QString levelText;                    // 學制/年級 as written ("國中二年級")
};

// What is wrong with one row, or with the file (row 0 or 1), in the clerk's
// language, naming the column as the file's header spells it.
struct RosterProblem {
    int row = 0;
    QString column; // the file's header, or empty for the whole row
    QString code;   // stable: "missing-column", "empty", "national-id", "date", "level", …
    QString message;

    QJsonObject toJson() const;
};

struct Roster {
    QString encoding; // "utf-8" or "big5"
    QStringList header;
    QHash<RosterMapping::Field, QString> columns; // the header of each field the file has
    QHash<int, QStringList> cells;                // every data row as the file has it, by row
    QList<RosterRow> rows;                        // the rows that read cleanly, in file order
    QList<RosterProblem> problems;                // one or more per row that did not, in file order
    int rowCount = 0; // data rows in the file (rows with no value skipped)
};

// Reads a roster file (CSV) for a kind of batch: a school roster needs the
// school, level and expected graduation columns, an agency roster only the
// person's. Every row is read; each problem names its row and column. The
// same ID number twice is a problem on the later row. A row whose every cell
// is empty (",,,," as spreadsheets end a sheet) is skipped. A file that cannot be
// read at all (no such encoding, bad CSV, a missing column) is an error.
class Rosters {
    Q_DECLARE_TR_FUNCTIONS(Rosters)

public:
    static constexpr int kMaxRows = 200'000;

    static Result<Roster> parse(const QByteArray &bytes, const QString &source,
                                RosterEncoding encoding, const RosterMapping &mapping, bool school);
    static Result<RosterEncoding> encodingFromCode(const QString &code); // auto, utf-8, big5
    // The level a 學制/年級 cell names: 國小, 國中, 高中 / 高職, 大學 / 專科 (a
    // grade after it is allowed: "國中二年級"), or the English codes.
    static std::optional<SchoolLevel> levelFrom(const QString &cell);
};

} // namespace cc
