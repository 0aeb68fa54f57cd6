#include "core/station/rows.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace cc {

RowReader::RowReader(QSqlQuery &query, QString table, const char *key)
    : m_query(query)
    , m_table(std::move(table))
    , m_key(key) {}

bool RowReader::next() {
    return m_query.next();
}

int RowReader::index(const char *column) const {
    const QByteArray name(column);
    auto found = m_indexes.constFind(name);
    if (found == m_indexes.constEnd())
        found = m_indexes.insert(name, m_query.record().indexOf(QLatin1String(column)));
    Q_ASSERT_X(*found >= 0, "RowReader", column); // a column the query does not select
    return *found;
}

qint64 RowReader::integer(const char *column) const {
    return m_query.value(index(column)).toLongLong();
}

QString RowReader::text(const char *column) const {
    return m_query.value(index(column)).toString();
}

QByteArray RowReader::blob(const char *column) const {
    return m_query.value(index(column)).toByteArray();
}

QDate RowReader::date(const char *column) const {
    return QDate::fromString(text(column), Qt::ISODate);
}

bool RowReader::isNull(const char *column) const {
    return m_query.value(index(column)).isNull();
}

Error RowReader::unknown(const char *column) const {
    const int key = m_query.record().indexOf(QLatin1String(m_key));
    const QString row = key >= 0 ? m_query.value(key).toString() : QStringLiteral("?");
    return Error{ErrorCode::IntegrityFailed,
                 tr("The store holds a value this program does not know (\"%1\"): the row was "
                    "written by something else.")
                     .arg(text(column)),
                 QStringLiteral("%1:%2/%3").arg(m_table, row, QLatin1String(column))};
}

Result<CardType> RowReader::cardType(const char *column) const {
    if (std::optional<CardType> type = CardTypes::fromCode(text(column)))
        return *type;
    return unknown(column);
}

Result<Carrier> RowReader::carrier(const char *column) const {
    if (std::optional<Carrier> carrier = Carriers::fromCode(text(column)))
        return *carrier;
    return unknown(column);
}

Result<IssuanceStep> RowReader::step(const char *column) const {
    if (std::optional<IssuanceStep> step = issuanceStepFromName(text(column)))
        return *step;
    return unknown(column);
}

} // namespace cc
