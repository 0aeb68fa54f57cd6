#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace cc {

// What a school or a village chief signs for when a batch's cards are
// handed over: the cards with their holders as lists left with other people
// show them (names and ID numbers masked), and lines for both signatures.
struct HandOverList {
    struct Row {
        QString cardNumber;
        QString cardType; // display name
        QString maskedName;
        QString maskedId;
    };
    qint64 batchId = 0;
    QString label;
    QString kind; // display name
    QString stationId;
    QString operatorName;
    QDate date;
    QList<Row> rows;
};

} // namespace cc
