#include "core/station/rows.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <cstring>

namespace cc {

RowReader::RowReader(QSqlQuery &query, QString table, const char *key)
    : m_query(query)
    , m_table(std::move(table))
    , m_key(key) {}

bool RowReader::next() {
    return m_query.next();
}

int RowReader::index(const char *column) const {
    for (const auto &[name, index] : m_indexes)
        if (name == column || std::strcmp(name, column) == 0)
            return index;
    const int index = m_query.record().indexOf(QLatin1String(column));
    Q_ASSERT_X(index >= 0, "RowReader", column); // a column the query does not select
    m_indexes.append({column, index});
    return index;
}

qint64 RowReader::integer(const char *column) const {
    return value(column).toLongLong();
}

QString RowReader::text(const char *column) const {
    return value(column).toString();
}

QByteArray RowReader::blob(const char *column) const {
    return value(column).toByteArray();
}

QDate RowReader::date(const char *column) const {
    return QDate::fromString(text(column), Qt::ISODate);
}

bool RowReader::isNull(const char *column) const {
    return value(column).isNull();
}

QVariant RowReader::value(const char *column) const {
    return m_query.value(index(column));
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
    return known(CardTypes::fromCode(text(column)), column);
}

Result<Carrier> RowReader::carrier(const char *column) const {
    return known(Carriers::fromCode(text(column)), column);
}

Result<IssuanceStep> RowReader::step(const char *column) const {
    return known(issuanceStepFromName(text(column)), column);
}

Result<CardStatus> RowReader::cardStatus(const char *column) const {
    return known(States::cardStatus(text(column)), column);
}

Result<StatusReason> RowReader::statusReason(const char *column) const {
    return known(States::statusReason(text(column)), column);
}

Result<ApplicationStatus> RowReader::applicationStatus(const char *column) const {
    return known(States::applicationStatus(text(column)), column);
}

Result<BatchStatus> RowReader::batchStatus(const char *column) const {
    return known(States::batchStatus(text(column)), column);
}

Result<BatchKind> RowReader::batchKind(const char *column) const {
    return known(States::batchKind(text(column)), column);
}

Result<Role> RowReader::role(const char *column) const {
    return known(Roles::fromCode(text(column)), column);
}

ScryptParams RowReader::scrypt() const {
    return {quint64(integer("scrypt_n")), quint32(integer("scrypt_r")),
            quint32(integer("scrypt_p"))};
}

} // namespace cc
