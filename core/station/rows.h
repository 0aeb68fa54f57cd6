#pragma once

#include "core/crypto/crypto.h"
#include "core/domain/cardtype.h"
#include "core/domain/carrier.h"
#include "core/domain/issuancestep.h"
#include "core/domain/result.h"
#include "core/domain/roles.h"
#include "core/domain/states.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVarLengthArray>
#include <QVariant>

class QSqlQuery;

namespace cc {

// Reads the rows of a query by column name (each name's index is looked up
// once per query, not per row). A stored code that is none of the known
// values (a state, a card type, a carrier) is an IntegrityFailed error naming
// the table, the row and the column: it was written by something else than
// this program, and is never read as a default.
class RowReader {
    Q_DECLARE_TR_FUNCTIONS(RowReader)

public:
    // `table` names the rows in errors; `key` is the column that identifies a
    // row ("id"), when the query selects it.
    RowReader(QSqlQuery &query, QString table, const char *key = "id");

    bool next();

    qint64 integer(const char *column) const;
    QString text(const char *column) const;
    QByteArray blob(const char *column) const;
    QDate date(const char *column) const; // ISO date; invalid when NULL
    bool isNull(const char *column) const;
    QVariant value(const char *column) const;

    Result<CardType> cardType(const char *column) const;
    Result<Carrier> carrier(const char *column) const;
    Result<IssuanceStep> step(const char *column) const;
    Result<CardStatus> cardStatus(const char *column) const;
    Result<StatusReason> statusReason(const char *column) const; // NULL: None
    Result<ApplicationStatus> applicationStatus(const char *column) const;
    Result<BatchStatus> batchStatus(const char *column) const;
    Result<BatchKind> batchKind(const char *column) const;
    Result<Role> role(const char *column) const;
    // The scrypt cost kept beside a key: scrypt_n, scrypt_r, scrypt_p.
    ScryptParams scrypt() const;

private:
    int index(const char *column) const;
    Error unknown(const char *column) const;
    template<typename E> Result<E> known(std::optional<E> value, const char *column) const {
        if (value)
            return *value;
        return unknown(column);
    }

    QSqlQuery &m_query;
    QString m_table;
    const char *m_key;
    // Column names as the caller spells them (string literals: the same
    // pointer each time), with their index: a few, searched in order.
    mutable QVarLengthArray<std::pair<const char *, int>, 16> m_indexes;
};

} // namespace cc
