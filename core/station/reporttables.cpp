#include "core/station/reporttables.h"

#include "core/domain/cardtype.h"
#include "core/domain/carrier.h"
#include "core/domain/csv.h"
#include "core/domain/rocdate.h"
#include "core/domain/states.h"

#include <QLocale>

namespace cc {
namespace {

QString dateText(const QDate &date, ReportDates dates) {
    return dates == ReportDates::Roc ? RocDate::formatShort(date) : date.toString(Qt::ISODate);
}

QString stem(IssuanceDimension by) {
    switch (by) {
    case IssuanceDimension::CardType:
        return QStringLiteral("card-type");
    case IssuanceDimension::Carrier:
        return QStringLiteral("carrier");
    case IssuanceDimension::Channel:
        return QStringLiteral("channel");
    case IssuanceDimension::Operator:
        return QStringLiteral("operator");
    }
    return {};
}

QString percent(double share) {
    return QLocale().toString(share * 100, 'f', 1) + u'%';
}

} // namespace

QByteArray ReportTable::csv() const {
    return Csv::write(header, rows);
}

QString ReportTables::dimensionName(IssuanceDimension by) {
    switch (by) {
    case IssuanceDimension::CardType:
        return tr("Card type");
    case IssuanceDimension::Carrier:
        return tr("Carrier");
    case IssuanceDimension::Channel:
        return tr("Channel");
    case IssuanceDimension::Operator:
        return tr("Operator");
    }
    return {};
}

QString ReportTables::issuanceTitle(IssuanceDimension by) {
    switch (by) {
    case IssuanceDimension::CardType:
        return tr("Cards issued by card type");
    case IssuanceDimension::Carrier:
        return tr("Cards issued by carrier");
    case IssuanceDimension::Channel:
        return tr("Cards issued by channel");
    case IssuanceDimension::Operator:
        return tr("Cards issued by operator");
    }
    return {};
}

QString ReportTables::grainName(ReportGrain grain) {
    switch (grain) {
    case ReportGrain::Day:
        return tr("Day");
    case ReportGrain::Week:
        return tr("Week of");
    case ReportGrain::Month:
        return tr("Month");
    }
    return {};
}

QString ReportTables::valueName(IssuanceDimension by, const QString &code) {
    switch (by) {
    case IssuanceDimension::CardType:
        if (const auto type = CardTypes::fromCode(code))
            return CardTypes::displayName(*type);
        return code;
    case IssuanceDimension::Carrier:
        if (const auto carrier = Carriers::fromCode(code))
            return Carriers::displayName(*carrier);
        return code;
    case IssuanceDimension::Channel:
        return Channels::displayName(code);
    case IssuanceDimension::Operator:
        return code;
    }
    return code;
}

QString ReportTables::kindName(const QString &kind) {
    return States::applicationKindName(kind);
}

QString ReportTables::reasonName(const QString &reason) {
    static const QHash<QString, const char *> names = {
        {QStringLiteral("card-jam"), QT_TR_NOOP("card jammed in the printer")},
        {QStringLiteral("ribbon-out"), QT_TR_NOOP("ribbon ran out")},
        {QStringLiteral("cover-open"), QT_TR_NOOP("printer cover opened")},
        {QStringLiteral("card-removed"), QT_TR_NOOP("card taken off the encoder")},
        {QStringLiteral("verify-failed"), QT_TR_NOOP("chip did not read back")},
        {QStringLiteral("card-refused"), QT_TR_NOOP("chip refused a command")},
        {QStringLiteral("wrong-card-kind"), QT_TR_NOOP("wrong kind of blank card")},
        {QStringLiteral("wrong-card-key"), QT_TR_NOOP("blank card with foreign keys")},
        {QStringLiteral("card-already-personalised"), QT_TR_NOOP("blank card already used")},
        {QStringLiteral("device-failed"), QT_TR_NOOP("device failure")},
        {QStringLiteral("device-timeout"), QT_TR_NOOP("device did not answer")},
        {QStringLiteral("device-busy"), QT_TR_NOOP("device held by another program")},
        {QStringLiteral("feeder-empty"), QT_TR_NOOP("no blank card in the feeder")},
        {QStringLiteral("no-card"), QT_TR_NOOP("no card on the encoder")},
    };
    const char *name = names.value(reason);
    return name ? tr(name) : (reason.isEmpty() ? tr("no reason given") : reason);
}

QString ReportTables::duration(qint64 minutes) {
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
}

QString ReportTables::period(const ReportPeriod &period) {
    return tr("%1 to %2").arg(RocDate::formatShort(period.from), RocDate::formatShort(period.to));
}

ReportTable ReportTables::issuance(const IssuanceReport &report, ReportGrain grain,
                                   IssuanceDimension by, ReportDates dates) {
    const QMap<QDate, QMap<QString, int>> tally = report.tally(grain, by);
    const QStringList values = report.totals(by).keys();
    ReportTable table;
    table.name = QStringLiteral("issuance-by-") + stem(by);
    table.title = issuanceTitle(by);
    table.header << grainName(grain);
    for (const QString &v : values)
        table.header << valueName(by, v);
    table.header << tr("Total");
    QMap<QString, int> column;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it) {
        QStringList row{dateText(it.key(), dates)};
        int total = 0;
        for (const QString &v : values) {
            const int n = it.value().value(v);
            row << QString::number(n);
            total += n;
            column[v] += n;
        }
        table.rows << (row << QString::number(total));
    }
    QStringList last{tr("Total")};
    for (const QString &v : values)
        last << QString::number(column.value(v));
    table.rows << (last << QString::number(report.total()));
    return table;
}

ReportTable ReportTables::transactions(const IssuanceReport &report) {
    ReportTable table;
    table.name = QStringLiteral("transactions");
    table.title = tr("Replacements, conversions and lost cards");
    table.header = {tr("What"), tr("Cards")};
    const QMap<QString, int> kinds = report.byKind();
    for (const QString &kind : {QStringLiteral("new"), QStringLiteral("replacement-lost"),
                                QStringLiteral("replacement-damaged"), QStringLiteral("conversion"),
                                QStringLiteral("reprint"), QStringLiteral("link")})
        table.rows << QStringList{tr("Issued: %1").arg(kindName(kind)),
                                  QString::number(kinds.value(kind))};
    table.rows << QStringList{tr("Reported lost"), QString::number(report.lostReported)}
               << QStringList{tr("Cancelled (death, moving away)"),
                              QString::number(report.cancelled)};
    return table;
}

ReportTable ReportTables::spoilage(const SpoilageReport &report) {
    ReportTable table;
    table.name = QStringLiteral("spoilage");
    table.title = tr("Blank cards spoiled");
    table.header = {tr("Reason"), tr("Cards"), tr("Share of spoiled")};
    for (auto it = report.byReason.cbegin(); it != report.byReason.cend(); ++it)
        table.rows << QStringList{reasonName(it.key()), QString::number(it.value()),
                                  percent(double(it.value()) / report.spoiled())};
    table.rows << QStringList{tr("Spoiled"), QString::number(report.spoiled()), QString()}
               << QStringList{tr("Used for cards"), QString::number(report.used()), QString()}
               << QStringList{tr("Spoilage rate"), QString(), percent(report.rate())};
    return table;
}

ReportTable ReportTables::stock(const StockReport &report) {
    ReportTable table;
    table.name = QStringLiteral("stock");
    table.title = tr("Blank cards in stock");
    table.header = {tr("Carrier"),      tr("On hand"),   tr("Used and spoiled in the period"),
                    tr("Used per day"), tr("Days left"), tr("Warning")};
    for (const StockLine &l : report.lines)
        table.rows << QStringList{valueName(IssuanceDimension::Carrier, l.carrier),
                                  QString::number(l.onHand),
                                  QString::number(l.consumed),
                                  QLocale().toString(l.perDay, 'f', 1),
                                  l.daysLeft ? QString::number(*l.daysLeft) : tr("no use"),
                                  l.low ? tr("order more") : QString()};
    return table;
}

ReportTable ReportTables::timing(const TimingReport &report) {
    ReportTable table;
    table.name = QStringLiteral("timing");
    table.title = tr("From application to hand-over");
    table.header = {tr("Channel"), tr("Cards"), tr("Median"), tr("90th percentile")};
    const auto row = [](const TimingLine &l, const QString &name) {
        return QStringList{name, QString::number(l.cards), duration(l.medianMinutes),
                           duration(l.p90Minutes)};
    };
    for (const TimingLine &l : report.byChannel)
        table.rows << row(l, Channels::displayName(l.channel));
    table.rows << row(report.all, tr("All channels"));
    return table;
}

} // namespace cc
