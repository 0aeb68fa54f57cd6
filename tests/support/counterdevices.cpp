#include "tests/support/counterdevices.h"

#include "core/station/stock.h"
#include "core/station/storecheck.h"
#include "printing/barcode.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QSaveFile>
#include <QSqlQuery>
#include <QThread>

namespace cc::test {

CounterDevices::CounterDevices() = default;

CounterDevices::~CounterDevices() {
    stop();
}

QString CounterDevices::start(const QStringList &emulatorArguments) {
    if (!m_dir.isValid())
        return QStringLiteral("no temporary directory");
    if (!m_daemon.start())
        return QStringLiteral("pcscd with vpcd did not start");
    const QString feed = m_dir.filePath(QStringLiteral("feed"));
    if (!m_card.start({QStringLiteral("--type"), QStringLiteral("desfire-ev2"),
                       QStringLiteral("--state"), m_dir.filePath(QStringLiteral("chip.json")),
                       QStringLiteral("--stack"), feed}))
        return QStringLiteral("the virtual card did not start");
    if (!m_emulator.start(outDir(),
                          QStringList{QStringLiteral("--feed-signal"), feed} + emulatorArguments))
        return QStringLiteral("the printer emulator did not start");
    if (!QFile::exists(keyFilePath()))
        if (Status made = reader::KeyFile::create(
                keyFilePath(), kPassphrase,
                {QByteArrayLiteral("\xF0\xC1\xC1"), QByteArrayLiteral("TAOYUAN"), 1},
                {1u << 10, 8, 1});
            !made)
            return made.error().toString();
    Result<std::unique_ptr<reader::KeyFile>> keys =
        reader::KeyFile::unlock(keyFilePath(), kPassphrase);
    if (!keys)
        return keys.error().toString();
    m_keys = std::move(keys).value();
    m_manager = std::make_unique<reader::ReaderManager>();
    m_manager->start();
    if (!m_manager->waitForFirstScan(5000) || !waitForCard(*m_manager, kReader0, true))
        return QStringLiteral("the reader did not see the virtual card");
    m_encoder = std::make_unique<reader::PcscEncoder>(
        *m_manager, kReader0, *m_keys, reader::ChipProfile::byName(QStringLiteral("desfire")));
    m_encoder->setCardArrivalWait(3000); // the printer feeds each card to the encoder
    m_printer = std::make_unique<EvolisPrinter>(m_emulator.address());
    // No card at the station until the printer feeds one.
    if (!signalStack("gone-0", false))
        return QStringLiteral("the virtual card did not leave the reader");
    return {};
}

bool CounterDevices::signalStack(const QByteArray &what, bool present) {
    const QString feed = m_dir.filePath(QStringLiteral("feed"));
    const QByteArray unique = what + '.' + QByteArray::number(++m_signals);
    {
        QSaveFile signal(feed);
        if (!signal.open(QIODevice::WriteOnly) || signal.write(unique) != unique.size() ||
            !signal.commit())
            return false;
    }
    QFile ack(feed + QStringLiteral(".ack"));
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (ack.open(QIODevice::ReadOnly) && ack.readAll() == unique)
            break;
        ack.close();
        if (waited.elapsed() > 5000)
            return false;
        QThread::msleep(10);
    }
    return waitForCard(*m_manager, kReader0, present);
}

bool CounterDevices::placeBlankCard() {
    return signalStack("placed", true);
}

bool CounterDevices::holdEjectedCardToReader() {
    return signalStack("back", true);
}

bool CounterDevices::takeCardOffReader() {
    return signalStack("gone", false);
}

void CounterDevices::stop() {
    m_printer.reset();
    m_encoder.reset();
    m_manager.reset();
    m_card.stop();
    m_emulator.stop();
    m_daemon.stop();
}

QString CounterDevices::producedCardProblem(const QString &number, CardType type,
                                            const QString &uidHex, int printed) {
    if (!holdEjectedCardToReader())
        return QStringLiteral("the ejected card could not be held to the reader");
    Result<ChipReading> reading = m_encoder->verify();
    if (!reading)
        return QStringLiteral("the chip does not read back: ") + reading.error().toString();
    if (reading->state != ChipState::Personalised || !reading->record)
        return QStringLiteral("the chip is ") + chipStateName(reading->state);
    if (reading->record->cardNumber != number || reading->record->type != type)
        return QStringLiteral("the chip holds card %1 of type %2")
            .arg(reading->record->cardNumber, CardTypes::code(reading->record->type));
    if (QString::fromLatin1(reading->uid.toHex()) != uidHex)
        return QStringLiteral("the chip's UID is %1, not %2")
            .arg(QString::fromLatin1(reading->uid.toHex()), uidHex);
    if (counters().value(QStringLiteral("printed")) != printed)
        return QStringLiteral("the printer printed %1 faces, not %2")
            .arg(counters().value(QStringLiteral("printed")))
            .arg(printed);
    // The emulator names a card's faces by the number its back carries.
    const QString back = QStringLiteral("%1/%2-back.png").arg(outDir(), number);
    QStringList decoded;
    for (const DecodedBarcode &b : Barcodes::decode(QImage(back)))
        decoded << b.text;
    if (!decoded.contains(number))
        return back + QStringLiteral(" carries ") + decoded.join(QStringLiteral(", "));
    return {};
}

QString firstIssueProblem(Store &store, AuditLog &audit, const Clock &clock, qint64 attempt,
                          const QString &operatorName) {
    Result<QMap<QString, StockLevel>> levels = Stock(store, audit, clock).levels();
    if (!levels)
        return levels.error().toString();
    const StockLevel easycard = levels->value(QStringLiteral("easycard"));
    if (easycard.used != 1 || easycard.onHand() != 4)
        return QStringLiteral("stock: %1 used, %2 on hand")
            .arg(easycard.used)
            .arg(easycard.onHand());
    const int audited =
        storeValue(store,
                   QStringLiteral("SELECT count(*) FROM audit_entries WHERE object = ? AND "
                                  "operator = ? AND action IN ('production.begin', "
                                  "'production.issued')"),
                   {QStringLiteral("attempt:%1").arg(attempt), operatorName})
            .toInt();
    if (audited != 2)
        return QStringLiteral("%1 audit entries for the attempt, not 2").arg(audited);
    Result<StoreCheckReport> check = StoreCheck::run(store, audit);
    if (!check)
        return check.error().toString();
    return check->problems.join(QLatin1Char('\n'));
}

QHash<QString, int> CounterDevices::counters() {
    QHash<QString, int> out;
    const Result<QByteArray> reply = m_printer->command("Xc");
    if (!reply)
        return out;
    for (const QByteArray &pair : reply->split(';'))
        out.insert(QString::fromLatin1(pair.split('=').value(0)), pair.split('=').value(1).toInt());
    return out;
}

QByteArray applicantPhoto() {
    QFile f(QStringLiteral(CITIZENCARD_TEST_DATA_DIR "/photos/applicant-portrait.png"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QVariant storeValue(Store &store, const QString &sql, const QVariantList &args) {
    QSqlDatabase db = store.connection();
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &a : args)
        q.addBindValue(a);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

} // namespace cc::test
