#include "core/domain/roster.h"

#include "core/domain/csv.h"
#include "core/domain/nationalid.h"
#include "core/domain/rocdate.h"

#include <QJsonArray>
#include <QSet>
#include <QStringDecoder>

namespace cc {
namespace {

using Field = RosterMapping::Field;

constexpr int kMaxNameLength = 64;
constexpr int kMaxSchoolLength = 100;

// A header or a cell as a spreadsheet may have typed it: full-width forms
// folded, spaces trimmed and runs of them made one.
QString folded(const QString &text) {
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

QString headerKey(const QString &text) {
    QString key = folded(text).toCaseFolded();
    key.remove(u' ');
    return key;
}

bool isHan(QChar c) {
    return c.script() == QChar::Script_Han;
}

// "王 小明" → "王小明", "國小 三年級" → "國小三年級": a space between two Han
// characters is a stray one.
QString cleanName(const QString &text) {
    const QString s = folded(text);
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u' ' && i > 0 && i + 1 < s.size() && isHan(s[i - 1]) && isHan(s[i + 1]))
            continue;
        out += s[i];
    }
    return out;
}

bool hasControl(const QString &text) {
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

bool hasPrivateUse(const QString &text) {
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_PrivateUse; });
}

struct Decoded {
    QString text;
    QString encoding;
};

// The text and the encoding it was in; the error names the file.
Result<Decoded> decode(const QByteArray &bytes, const QString &source, RosterEncoding encoding) {
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    if (encoding == RosterEncoding::Auto)
        encoding = bom || QUtf8StringView(bytes).isValidUtf8() ? RosterEncoding::Utf8
                                                               : RosterEncoding::Big5;
    if (encoding == RosterEncoding::Utf8) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8.decode(bytes);
        if (utf8.hasError())
            return Error{ErrorCode::ParseFailed,
                         Rosters::tr("The file is not UTF-8 text. Export it again as UTF-8, or "
                                     "give its encoding (Big5)."),
                         source};
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return Decoded{text, QStringLiteral("utf-8")};
    }
    // ICU's code page 950: Big5 with Microsoft's additions (€, the ETEN
    // characters), as Excel in zh_TW writes "CSV".
    QStringDecoder big5("windows-950");
    if (!big5.isValid())
        return Error{ErrorCode::ParseFailed,
                     Rosters::tr("This system cannot read Big5 text (Qt was built without ICU)."),
                     source};
    QString text = big5.decode(bytes);
    if (big5.hasError())
        return Error{ErrorCode::ParseFailed,
                     Rosters::tr("The file is neither UTF-8 nor Big5 text. Export it again as "
                                 "UTF-8."),
                     source};
    return Decoded{text, QStringLiteral("big5")};
}

QStringList standardHeaders(Field field) {
    switch (field) {
    case Field::NationalId:
        return {QStringLiteral("身分證字號"), QStringLiteral("身分證統一編號"),
                QStringLiteral("身份證字號"), QStringLiteral("統一證號"),
                QStringLiteral("nationalId")};
    case Field::Name:
        return {QStringLiteral("姓名"), QStringLiteral("學生姓名"), QStringLiteral("name")};
    case Field::BirthDate:
        return {QStringLiteral("出生日期"), QStringLiteral("生日"), QStringLiteral("birthDate")};
    case Field::School:
        return {QStringLiteral("學校"), QStringLiteral("學校名稱"), QStringLiteral("school")};
    case Field::Level:
        return {QStringLiteral("學制/年級"), QStringLiteral("學制"), QStringLiteral("年級"),
                QStringLiteral("level")};
    case Field::ExpectedGraduation:
        return {QStringLiteral("預計畢業日"), QStringLiteral("預計畢業日期"),
                QStringLiteral("expectedGraduation")};
    }
    return {};
}

// Reads the cells of one row; problems go to `problems`.
class RowReader {
public:
    RowReader(const CsvTable &table, const QHash<Field, qsizetype> &columns, qsizetype index,
              QList<RosterProblem> &problems)
        : m_table(table)
        , m_columns(columns)
        , m_index(index)
        , m_problems(problems) {}

    int row() const { return m_table.lines[m_index]; }
    bool clean() const { return m_clean; }

    QString cell(Field field) const {
        return m_table.rows[m_index].value(m_columns.value(field, -1));
    }
    QString header(Field field) const { return m_table.header.value(m_columns.value(field, -1)); }

    void problem(Field field, const QString &code, const QString &message) {
        m_problems.append({row(), header(field), code, message});
        m_clean = false;
    }

    // The cell folded; a problem when it is required and empty.
    QString text(Field field, bool required = true) {
        const QString value = folded(cell(field));
        if (value.isEmpty() && required)
            problem(field, QStringLiteral("empty"), Rosters::tr("This cell is empty."));
        return value;
    }

    QDate date(Field field) {
        const QString value = text(field);
        if (value.isEmpty())
            return {};
        const RocDate::Parsed parsed = RocDate::parse(value);
        if (!parsed.valid()) {
            problem(field, QStringLiteral("date"),
                    Rosters::tr("\"%1\" is not a date: %2").arg(value, parsed.message));
            return {};
        }
        return parsed.date;
    }

private:
    const CsvTable &m_table;
    const QHash<Field, qsizetype> &m_columns;
    qsizetype m_index;
    QList<RosterProblem> &m_problems;
    bool m_clean = true;
};

void readPerson(RowReader &r, RosterRow &out) {
    const QString id = r.text(Field::NationalId);
    if (!id.isEmpty()) {
        const NationalId::Check check = NationalId::check(id);
        if (check.valid())
            out.nationalId = check.normalized;
        else
            r.problem(Field::NationalId, QStringLiteral("national-id"), check.message);
    }
    const QString raw = r.cell(Field::Name);
    if (hasControl(raw)) {
        r.problem(Field::Name, QStringLiteral("name"),
                  Rosters::tr("The name holds a line break or a control character."));
    } else if (hasPrivateUse(raw)) {
        r.problem(Field::Name, QStringLiteral("name"),
                  Rosters::tr("The name holds a self-made character (造字) that other systems "
                              "cannot show; enter it at the counter instead."));
    } else {
        out.name = cleanName(raw);
        if (out.name.isEmpty())
            r.problem(Field::Name, QStringLiteral("empty"), Rosters::tr("This cell is empty."));
        else if (out.name.size() > kMaxNameLength)
            r.problem(Field::Name, QStringLiteral("name"),
                      Rosters::tr("The name is longer than %1 characters.").arg(kMaxNameLength));
    }
    out.birthDate = r.date(Field::BirthDate);
}

void readEnrollment(RowReader &r, RosterRow &out) {
    Enrollment e;
    e.school = cleanName(r.text(Field::School));
    if (e.school.size() > kMaxSchoolLength || hasControl(e.school))
        r.problem(Field::School, QStringLiteral("school"),
                  Rosters::tr("This is not a school's name."));
    out.levelText = cleanName(r.text(Field::Level));
    if (!out.levelText.isEmpty()) {
        if (const std::optional<SchoolLevel> level = Rosters::levelFrom(out.levelText))
            e.level = *level;
        else
            r.problem(Field::Level, QStringLiteral("level"),
                      Rosters::tr("\"%1\" is not a school level; write 國小, 國中, 高中, 高職 or "
                                  "大學, with the grade after it if you like.")
                          .arg(out.levelText));
    }
    e.expectedGraduation = r.date(Field::ExpectedGraduation);
    if (e.expectedGraduation.isValid() && out.birthDate.isValid() &&
        e.expectedGraduation <= out.birthDate)
        r.problem(Field::ExpectedGraduation, QStringLiteral("date"),
                  Rosters::tr("The expected graduation is not after the birth date."));
    out.enrollment = e;
}

} // namespace

QJsonObject RosterProblem::toJson() const {
    return {{QStringLiteral("row"), row},
            {QStringLiteral("column"), column},
            {QStringLiteral("code"), code},
            {QStringLiteral("message"), message}};
}

RosterMapping RosterMapping::standard() {
    RosterMapping m;
    for (Field f : kFields)
        m.headers.insert(f, standardHeaders(f));
    return m;
}

QString RosterMapping::fieldCode(Field field) {
    return standardHeaders(field).constLast();
}

Result<RosterMapping> RosterMapping::fromJson(const QJsonObject &json, const QString &source) {
    RosterMapping m = standard();
    for (auto it = json.begin(); it != json.end(); ++it) {
        const auto field = std::find_if(std::begin(kFields), std::end(kFields),
                                        [&](Field f) { return fieldCode(f) == it.key(); });
        if (field == std::end(kFields))
            return Error{ErrorCode::UnknownKey,
                         Rosters::tr("\"%1\" is not a roster field; the fields are nationalId, "
                                     "name, birthDate, school, level and expectedGraduation.")
                             .arg(it.key()),
                         source + QStringLiteral(": ") + it.key()};
        QStringList names;
        for (const QJsonValue &v : it.value().toArray())
            if (v.isString() && !v.toString().trimmed().isEmpty())
                names << v.toString();
        if (names.isEmpty())
            return Error{ErrorCode::BadValue,
                         Rosters::tr("Give a list of the header names for this field."),
                         source + QStringLiteral(": ") + it.key()};
        m.headers.insert(*field, names);
    }
    return m;
}

Result<RosterEncoding> Rosters::encodingFromCode(const QString &code) {
    const QString c = code.toLower();
    if (c == u"auto")
        return RosterEncoding::Auto;
    if (c == u"utf-8" || c == u"utf8")
        return RosterEncoding::Utf8;
    if (c == u"big5" || c == u"cp950")
        return RosterEncoding::Big5;
    return Error{ErrorCode::InvalidArgument,
                 tr("\"%1\" is not an encoding; give auto, utf-8 or big5.").arg(code),
                 QStringLiteral("encoding")};
}

std::optional<SchoolLevel> Rosters::levelFrom(const QString &cell) {
    const QString c = folded(cell).toLower();
    if (const std::optional<SchoolLevel> code = SchoolLevels::fromCode(c))
        return code;
    const struct {
        const char16_t *prefix;
        SchoolLevel level;
    } kLevels[] = {{u"國小", SchoolLevel::Elementary},     {u"小學", SchoolLevel::Elementary},
                   {u"國民小學", SchoolLevel::Elementary}, {u"國中", SchoolLevel::Junior},
                   {u"國民中學", SchoolLevel::Junior},     {u"高中", SchoolLevel::Senior},
                   {u"高職", SchoolLevel::Senior},         {u"高級中等", SchoolLevel::Senior},
                   {u"大學", SchoolLevel::University},     {u"專科", SchoolLevel::University},
                   {u"五專", SchoolLevel::University}};
    for (const auto &l : kLevels)
        if (c.startsWith(QStringView(l.prefix)))
            return l.level;
    return std::nullopt;
}

Result<Roster> Rosters::parse(const QByteArray &bytes, const QString &source,
                              RosterEncoding encoding, const RosterMapping &mapping, bool school) {
    Result<Decoded> decoded = decode(bytes, source, encoding);
    if (!decoded)
        return decoded.error();
    Result<CsvTable> table = Csv::parseText(decoded->text, source);
    if (!table)
        return table.error();
    if (table->rows.size() > kMaxRows)
        return Error{ErrorCode::BadValue,
                     tr("The roster has %1 rows; split it into files of at most %2.")
                         .arg(table->rows.size())
                         .arg(kMaxRows),
                     source};

    Roster roster;
    roster.encoding = decoded->encoding;
    roster.header = table->header;

    // Which column each field is in: a missing required column stops the
    // import (no row could be read); the problem names it on row 1.
    QHash<Field, qsizetype> columns;
    QStringList missing;
    for (Field f : RosterMapping::kFields) {
        const bool required =
            school || f == Field::NationalId || f == Field::Name || f == Field::BirthDate;
        QSet<QString> keys;
        for (const QString &name : mapping.headers.value(f))
            keys.insert(headerKey(name));
        for (qsizetype c = 0; c < table->header.size(); ++c)
            if (keys.contains(headerKey(table->header[c]))) {
                columns.insert(f, c);
                roster.columns.insert(f, table->header[c]);
                break;
            }
        if (required && !columns.contains(f))
            missing << mapping.headers.value(f).value(0);
    }
    if (!missing.isEmpty())
        return Error{ErrorCode::MissingField,
                     tr("The roster has no column %1. Name the columns as docs/rosters.md says, "
                        "or give a mapping.")
                         .arg(missing.join(QStringLiteral(", "))),
                     source + QStringLiteral(":1")};

    QHash<QString, int> firstRow; // ID number → the row it first appeared on
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        const QStringList &cells = table->rows[i];
        if (std::all_of(cells.begin(), cells.end(),
                        [](const QString &c) { return folded(c).isEmpty(); }))
            continue;
        ++roster.rowCount;
        roster.cells.insert(table->lines[i], cells);
        RowReader r(*table, columns, i, roster.problems);
        RosterRow row;
        row.row = r.row();
        readPerson(r, row);
        if (school)
            readEnrollment(r, row);
        if (!row.nationalId.isEmpty()) {
            const auto first = firstRow.constFind(row.nationalId);
            if (first != firstRow.cend())
                r.problem(Field::NationalId, QStringLiteral("duplicate"),
                          tr("%1 is already on row %2 of this file.")
                              .arg(NationalId::masked(row.nationalId))
                              .arg(*first));
            else
                firstRow.insert(row.nationalId, row.row);
        }
        if (r.clean())
            roster.rows.append(std::move(row));
    }
    return roster;
}

} // namespace cc
