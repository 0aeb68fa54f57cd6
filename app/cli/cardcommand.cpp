// reader list, card uid, card personalise, card verify, keys create.
#include "devices/localdevices.h"

#include "app/cli/deviceaccess.h"
#include "app/cli/storeaccess.h"
#include "core/domain/cardnumber.h"
#include "core/domain/rocdate.h"
#include "reader/chipprofile.h"
#include "reader/keyfile.h"
#include "reader/pcsc.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::cli {
namespace {

QCommandLineOption readerOption() {
    return QCommandLineOption(QStringLiteral("reader"),
                              Cli::tr("The reader: its name or a unique part of it "
                                      "(default: the only reader with a card)."),
                              QStringLiteral("READER"));
}

QCommandLineOption keysOption() {
    return QCommandLineOption(QStringLiteral("keys"), Cli::tr("The city key file."),
                              QStringLiteral("KEYFILE"));
}

QJsonObject toJson(const ChipRecord &record) {
    return {{QStringLiteral("cardNumber"), record.cardNumber},
            {QStringLiteral("type"), CardTypes::code(record.type)},
            {QStringLiteral("issued"), record.issued.toString(Qt::ISODate)},
            {QStringLiteral("expires"), record.expires.toString(Qt::ISODate)},
            {QStringLiteral("station"), record.station}};
}

QJsonObject toJson(const ChipReading &reading) {
    QJsonObject out{{QStringLiteral("uid"), QString::fromLatin1(reading.uid.toHex().toUpper())},
                    {QStringLiteral("kind"), cardKindName(reading.kind)},
                    {QStringLiteral("state"), chipStateName(reading.state)},
                    {QStringLiteral("macVerifies"), reading.state == ChipState::Personalised}};
    if (reading.record)
        out.insert(QStringLiteral("record"), toJson(*reading.record));
    if (!reading.detail.isEmpty())
        out.insert(QStringLiteral("detail"), reading.detail);
    return out;
}

void printRecord(QTextStream &out, const ChipRecord &record) {
    out << Cli::tr("Card number: %1").arg(CardNumber::grouped(record.cardNumber)) << '\n'
        << Cli::tr("Card type: %1").arg(CardTypes::displayName(record.type)) << '\n'
        << Cli::tr("Issued: %1").arg(RocDate::formatShort(record.issued)) << '\n'
        << Cli::tr("Expires: %1").arg(RocDate::formatShort(record.expires)) << '\n'
        << Cli::tr("Issuing station: %1").arg(record.station) << '\n';
}

std::optional<QDate> parseDate(Context &ctx, const QString &text, const char *option,
                               std::optional<int> &code) {
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        code = Cli::usageError(
            ctx, Cli::tr("%1 must be a date as YYYY-MM-DD.").arg(QLatin1StringView(option)));
        return std::nullopt;
    }
    return date;
}

} // namespace

int runReaderList(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (auto code = Cli::parse(parser, QStringLiteral("reader list [--json]"), ctx))
        return *code;
    std::unique_ptr<LocalDevices> devices;
    if (auto code = openDevices(ctx, {}, devices))
        return *code;
    const QList<ReaderListing> readers = devices->readers();
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const ReaderListing &r : readers)
            list.append(
                QJsonObject{{QStringLiteral("name"), r.name},
                            {QStringLiteral("cardPresent"), r.cardPresent},
                            {QStringLiteral("atr"), QString::fromLatin1(r.atr.toHex().toUpper())}});
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("readers"), list}}).toJson();
        return ExitOk;
    }
    if (readers.isEmpty())
        ctx.out << Cli::tr("No readers are connected.") << '\n';
    for (const ReaderListing &r : readers)
        ctx.out << r.name << '\t'
                << (r.cardPresent ? Cli::tr("card present (%1)").arg(reader::hex(r.atr))
                                  : Cli::tr("no card"))
                << '\n';
    return ExitOk;
}

int runCardUid(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption readerName = readerOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions({readerName, json});
    if (auto code = Cli::parse(parser, QStringLiteral("card uid [--reader READER] [--json]"), ctx))
        return *code;
    std::unique_ptr<LocalDevices> devices;
    if (auto code = openDevices(ctx, {}, devices))
        return *code;
    Result<LocalDevices::CardIdentification> card = devices->identify(parser.value(readerName));
    if (!card)
        return Cli::fail(ctx, exitCodeFor(card.error()), card.error());
    const QString uid = QString::fromLatin1(card->uid.toHex().toUpper());
    if (parser.isSet(json))
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("reader"), card->reader},
                                             {QStringLiteral("uid"), uid},
                                             {QStringLiteral("kind"), cardKindName(card->kind)}})
                       .toJson();
    else
        ctx.out << uid << '\t' << cardKindName(card->kind) << '\n';
    return ExitOk;
}

int runCardPersonalise(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption readerName = readerOption();
    const QCommandLineOption keys = keysOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     Cli::tr("desfire (default) or classic."),
                                     QStringLiteral("PROFILE"), QStringLiteral("desfire"));
    const QCommandLineOption number(QStringLiteral("card-number"), Cli::tr("The card number."),
                                    QStringLiteral("N"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  Cli::tr("general, student, senior, disability or companion."),
                                  QStringLiteral("T"));
    const QCommandLineOption issued(QStringLiteral("issued"), Cli::tr("Issue date, YYYY-MM-DD."),
                                    QStringLiteral("DATE"));
    const QCommandLineOption expires(QStringLiteral("expires"), Cli::tr("Expiry date, YYYY-MM-DD."),
                                     QStringLiteral("DATE"));
    const QCommandLineOption station(QStringLiteral("station"), Cli::tr("Issuing station ID."),
                                     QStringLiteral("S"), QStringLiteral("CLI"));
    const QCommandLineOption overwrite(
        QStringLiteral("overwrite"),
        Cli::tr("Re-personalise a card that already carries a record."));
    const QCommandLineOption json = jsonOption();
    parser.addOptions(
        {readerName, profile, keys, number, type, issued, expires, station, overwrite, json});
    if (auto code = Cli::parse(
            parser,
            QStringLiteral("card personalise --reader R --profile desfire|classic --keys KEYFILE "
                           "--card-number N --type T --issued DATE --expires DATE [--station S] "
                           "[--overwrite] [--json]"),
            ctx))
        return *code;
    for (const QCommandLineOption *required : {&number, &type, &issued, &expires})
        if (!parser.isSet(*required))
            return Cli::usageError(ctx,
                                   Cli::tr("--%1 is required.").arg(required->names().first()));
    std::unique_ptr<reader::ChipProfile> chipProfile =
        reader::ChipProfile::byName(parser.value(profile));
    if (!chipProfile)
        return Cli::usageError(ctx, Cli::tr("--profile is desfire or classic."));
    const std::optional<CardType> cardType = CardTypes::fromCode(parser.value(type));
    if (!cardType)
        return Cli::usageError(
            ctx, Cli::tr("--type is general, student, senior, disability or companion."));
    std::optional<int> code;
    const std::optional<QDate> issuedDate = parseDate(ctx, parser.value(issued), "--issued", code);
    if (!issuedDate)
        return *code;
    const std::optional<QDate> expiryDate =
        parseDate(ctx, parser.value(expires), "--expires", code);
    if (!expiryDate)
        return *code;
    const ChipRecord record{parser.value(number).remove(u' '), *cardType, *issuedDate, *expiryDate,
                            parser.value(station)};
    if (Result<QByteArray> valid = record.body(); !valid)
        return Cli::fail(ctx, ExitUsage, valid.error());

    if (parser.value(keys).isEmpty())
        return Cli::usageError(ctx, Cli::tr("--keys KEYFILE is required."));
    std::unique_ptr<LocalDevices> devices;
    if (auto c = openDevices(ctx, {parser.value(keys), parser.value(profile), {}, 0}, devices))
        return *c;
    Result<std::unique_ptr<CardEncoder>> encoder = devices->openEncoder(parser.value(readerName));
    if (!encoder)
        return Cli::fail(ctx, exitCodeFor(encoder.error()), encoder.error());
    Result<EncodeResult> result = (*encoder)->personalise(record, parser.isSet(overwrite));
    if (!result)
        return Cli::fail(ctx, exitCodeFor(result.error()), result.error());
    if (parser.isSet(json)) {
        QJsonObject out{
            {QStringLiteral("uid"), QString::fromLatin1(result->uid.toHex().toUpper())},
            {QStringLiteral("kind"), cardKindName(result->kind)},
            {QStringLiteral("profile"), result->profile},
            {QStringLiteral("written"), toJson(result->written)},
            {QStringLiteral("where"), result->writtenWhere},
            {QStringLiteral("verified"), result->readBack.state == ChipState::Personalised},
            {QStringLiteral("apdus"), result->apduCount}};
        ctx.out << QJsonDocument(out).toJson();
        return ExitOk;
    }
    ctx.out << Cli::tr("Personalised the %1 card %2 (%3).")
                   .arg(cardKindName(result->kind),
                        QString::fromLatin1(result->uid.toHex().toUpper()), result->writtenWhere)
            << '\n';
    printRecord(ctx.out, result->written);
    ctx.out << Cli::tr("Read back and verified (%1 APDUs).").arg(result->apduCount) << '\n';
    return ExitOk;
}

int runCardVerify(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption readerName = readerOption();
    const QCommandLineOption keys = keysOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions({readerName, keys, json});
    if (auto code = Cli::parse(
            parser, QStringLiteral("card verify --reader R --keys KEYFILE [--json]"), ctx))
        return *code;
    if (parser.value(keys).isEmpty())
        return Cli::usageError(ctx, Cli::tr("--keys KEYFILE is required."));
    std::unique_ptr<LocalDevices> devices;
    if (auto c = openDevices(ctx, {parser.value(keys), QStringLiteral("desfire"), {}, 0}, devices))
        return *c;
    Result<std::unique_ptr<CardEncoder>> encoder = devices->openEncoder(parser.value(readerName));
    if (!encoder)
        return Cli::fail(ctx, exitCodeFor(encoder.error()), encoder.error());
    Result<ChipReading> reading = (*encoder)->verify();
    if (!reading)
        return Cli::fail(ctx, exitCodeFor(reading.error()), reading.error());
    const bool valid = reading->state == ChipState::Personalised;
    if (parser.isSet(json)) {
        ctx.out << QJsonDocument(toJson(reading.value())).toJson();
        return valid ? ExitOk : ExitNo;
    }
    ctx.out << Cli::tr("Card %1 (%2)")
                   .arg(QString::fromLatin1(reading->uid.toHex().toUpper()),
                        cardKindName(reading->kind))
            << '\n';
    if (valid) {
        printRecord(ctx.out, *reading->record);
        ctx.out << Cli::tr("The record's MAC verifies.") << '\n';
    } else if (reading->state == ChipState::Blank) {
        ctx.out << Cli::tr("The card is blank: it carries no city record.") << '\n';
    } else {
        ctx.out << Cli::tr("The card is incomplete: %1").arg(reading->detail) << '\n';
    }
    return valid ? ExitOk : ExitNo;
}

int runKeysCreate(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("Where to write the key file."),
                                 QStringLiteral("KEYFILE"));
    const QCommandLineOption aid(QStringLiteral("aid"),
                                 Cli::tr("DESFire application id, 6 hex digits (default F0C1C1)."),
                                 QStringLiteral("HEX"), QStringLiteral("F0C1C1"));
    const QCommandLineOption system(QStringLiteral("system-id"),
                                    Cli::tr("AN10922 system identifier, 1 to 21 characters "
                                            "(default CITIZENCARD)."),
                                    QStringLiteral("TEXT"), QStringLiteral("CITIZENCARD"));
    const QCommandLineOption sector(QStringLiteral("classic-sector"),
                                    Cli::tr("MIFARE Classic sector, 1 to 15 (default 1)."),
                                    QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({out, aid, system, sector});
    if (auto code = Cli::parse(
            parser,
            QStringLiteral(
                "keys create --out KEYFILE [--aid HEX] [--system-id TEXT] [--classic-sector N]"),
            ctx))
        return *code;
    if (!parser.isSet(out))
        return Cli::usageError(ctx, Cli::tr("--out KEYFILE is required."));
    const reader::CardKeySettings settings{QByteArray::fromHex(parser.value(aid).toLatin1()),
                                           parser.value(system).toUtf8(),
                                           parser.value(sector).toInt()};
    if (Status valid = reader::KeyFile::checkSettings(settings); !valid)
        return Cli::fail(ctx, ExitUsage, valid.error());
    const bool prompted = !qEnvironmentVariableIsSet(kPassphraseVariable);
    const QString passphrase =
        readSecret(ctx, kPassphraseVariable, Cli::tr("Passphrase for the new key file:"));
    if (prompted && readSecret(ctx, kPassphraseVariable, Cli::tr("The same again:")) != passphrase)
        return Cli::usageError(ctx, Cli::tr("The two passphrases differ."));
    if (Status created = reader::KeyFile::create(parser.value(out), passphrase.toUtf8(), settings);
        !created)
        return Cli::fail(ctx, exitCodeFor(created.error()), created.error());
    ctx.out << Cli::tr("Wrote new city master keys to %1. Keep a copy in the city's safe: cards "
                       "written with these keys can only be verified with them.")
                   .arg(parser.value(out))
            << '\n';
    return ExitOk;
}

} // namespace cc::cli
