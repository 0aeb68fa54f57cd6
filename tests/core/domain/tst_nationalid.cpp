#include "core/domain/nationalid.h"

#include <QTest>

using cc::NationalId;

// Expected values come from an independent implementation of the rule of docs/domain.md.
class TestNationalId : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void parseNormalizes();
    void everyLetterHasItsValue_data();
    void everyLetterHasItsValue();
    void masked_data();
    void masked();
};

void TestNationalId::masked_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("shown");
    QTest::newRow("citizen") << "A123456789"
                             << "A1234*****";
    QTest::newRow("resident") << "AB12345677"
                              << "AB123*****";
    QTest::newRow("short") << "A12"
                           << "A12";
}

void TestNationalId::masked() {
    QFETCH(QString, id);
    QFETCH(QString, shown);
    QCOMPARE(NationalId::masked(id), shown);
}

void TestNationalId::check_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason"); // empty when valid
    QTest::addColumn<QString>("kind");   // when valid

    const QString valid;
    // Citizen IDs: letter, 1 or 2, eight digits.
    QTest::newRow("citizen A male") << "A123456789" << valid << "citizen";
    QTest::newRow("citizen F female") << "F222222222" << valid << "citizen";
    QTest::newRow("citizen Z") << "Z100000002" << valid << "citizen";
    QTest::newRow("citizen I (value 34)") << "I100000003" << valid << "citizen";
    QTest::newRow("citizen O (value 35)") << "O200000006" << valid << "citizen";
    QTest::newRow("citizen W (value 32)") << "W111111113" << valid << "citizen";
    QTest::newRow("citizen K") << "K187654322" << valid << "citizen";
    QTest::newRow("citizen lower-case") << "a123456789" << valid << "citizen";
    QTest::newRow("citizen padded") << "  A123456789\t" << valid << "citizen";
    QTest::newRow("citizen padded lower") << " f222222222 " << valid << "citizen";
    // As typed in groups or sent by a scanner: spaces and dashes dropped,
    // full-width characters folded.
    QTest::newRow("inner space") << "A123 456789" << valid << "citizen";
    QTest::newRow("dashes") << "A-123-456-789" << valid << "citizen";
    QTest::newRow("full-width") << "Ａ１２３４５６７８９" << valid << "citizen";
    QTest::newRow("full-width dash and ideographic space")
        << "Ａ１２３－４５６\u3000７８９" << valid << "citizen";
    QTest::newRow("unicode hyphen") << "A123\u2010456789" << valid << "citizen";
    QTest::newRow("other punctuation stays") << "A123.456789"
                                             << "length"
                                             << "";
    // Resident certificates, new format: letter, 8 or 9, eight digits.
    QTest::newRow("resident new 8") << "A800000014" << valid << "resident-new";
    QTest::newRow("resident new 9") << "B900000008" << valid << "resident-new";
    QTest::newRow("resident new T") << "T801234565" << valid << "resident-new";
    QTest::newRow("resident new lower") << "b900000008" << valid << "resident-new";
    // Resident certificates, old format: two letters (second A-D), eight digits.
    QTest::newRow("resident old AB") << "AB12345677" << valid << "resident-old";
    QTest::newRow("resident old CC") << "CC12345671" << valid << "resident-old";
    QTest::newRow("resident old DD") << "DD00000008" << valid << "resident-old";
    QTest::newRow("resident old BA") << "BA98765434" << valid << "resident-old";
    QTest::newRow("resident old XA") << "XA13579137" << valid << "resident-old";
    QTest::newRow("resident old lower") << "ab12345677" << valid << "resident-old";

    // Checksum: one digit off in each format.
    QTest::newRow("checksum citizen") << "A123456780"
                                      << "checksum"
                                      << "";
    QTest::newRow("checksum citizen F") << "F222222223"
                                        << "checksum"
                                        << "";
    QTest::newRow("checksum citizen I") << "I100000004"
                                        << "checksum"
                                        << "";
    QTest::newRow("checksum citizen O") << "O200000007"
                                        << "checksum"
                                        << "";
    QTest::newRow("checksum transposed") << "A123457689"
                                         << "checksum"
                                         << "";
    QTest::newRow("checksum sex swapped") << "A223456789"
                                          << "checksum"
                                          << "";
    QTest::newRow("checksum resident new") << "A800000015"
                                           << "checksum"
                                           << "";
    QTest::newRow("checksum resident new 9") << "B900000009"
                                             << "checksum"
                                             << "";
    QTest::newRow("checksum resident old") << "AB12345678"
                                           << "checksum"
                                           << "";
    QTest::newRow("checksum resident old DD") << "DD00000009"
                                              << "checksum"
                                              << "";
    QTest::newRow("checksum wrong letter") << "B123456789"
                                           << "checksum"
                                           << "";

    // Empty.
    QTest::newRow("empty") << ""
                           << "empty"
                           << "";
    QTest::newRow("blank") << "   "
                           << "empty"
                           << "";
    QTest::newRow("tab and newline") << "\t\n"
                                     << "empty"
                                     << "";

    // Length.
    QTest::newRow("length 9") << "A12345678"
                              << "length"
                              << "";
    QTest::newRow("length 11") << "A1234567890"
                               << "length"
                               << "";
    QTest::newRow("length 1") << "A"
                              << "length"
                              << "";

    // Format.
    QTest::newRow("digit first") << "1123456789"
                                 << "format"
                                 << "";
    QTest::newRow("symbol first") << "#123456789"
                                  << "format"
                                  << "";
    QTest::newRow("second 3") << "A323456789"
                              << "format"
                              << "";
    QTest::newRow("second 0") << "A023456789"
                              << "format"
                              << "";
    QTest::newRow("second 7") << "A723456789"
                              << "format"
                              << "";
    QTest::newRow("second E") << "AE12345678"
                              << "format"
                              << "";
    QTest::newRow("second Z") << "AZ12345678"
                              << "format"
                              << "";
    QTest::newRow("letter in digits") << "A12345678X"
                                      << "format"
                                      << "";
    QTest::newRow("letter mid digits") << "A1234O6789"
                                       << "format"
                                       << "";
    QTest::newRow("non-ASCII letter") << QStringLiteral(u"Å123456789") << "format"
                                      << "";
    QTest::newRow("a dash in place of a digit") << "A12345-789"
                                                << "length"
                                                << "";
}

void TestNationalId::check() {
    QFETCH(QString, input);
    QFETCH(QString, reason);
    QFETCH(QString, kind);

    const NationalId::Check c = NationalId::check(input);
    // The ten characters as stored: upper case, without the spaces and
    // dashes between groups, full-width folded.
    QString expected;
    for (const QChar ch : input.normalized(QString::NormalizationForm_KC))
        if (!ch.isSpace() && ch.category() != QChar::Punctuation_Dash)
            expected += ch.toUpper();
    QCOMPARE(c.normalized, expected);
    if (c.valid())
        QCOMPARE(c.normalized.size(), 10);
    QCOMPARE(NationalId::rejectionCode(c.rejection), reason);
    QCOMPARE(c.valid(), reason.isEmpty());
    QVERIFY2(!c.message.isEmpty(), "every outcome explains itself");
    if (c.valid())
        QCOMPARE(NationalId::kindCode(c.kind), kind);
}

void TestNationalId::parseNormalizes() {
    const cc::Result<NationalId> id = NationalId::parse(u" a800000014 ");
    QVERIFY(id.ok());
    QCOMPARE(id->value(), QStringLiteral("A800000014"));
    QCOMPARE(id->kind(), NationalId::Kind::ResidentNew);

    const cc::Result<NationalId> bad = NationalId::parse(u"A123456780");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, cc::ErrorCode::BadValue);
}

// Every letter's value matters: for each first letter, exactly one check digit
// makes "<letter>12345678?" valid, and it follows the table of docs/domain.md.
void TestNationalId::everyLetterHasItsValue_data() {
    QTest::addColumn<QChar>("letter");
    QTest::addColumn<int>("value");
    const char *letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const int values[] = {10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21,
                          22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33};
    for (int i = 0; i < 26; ++i)
        QTest::newRow(QByteArray(1, letters[i]).constData())
            << QChar::fromLatin1(letters[i]) << values[i];
}

void TestNationalId::everyLetterHasItsValue() {
    QFETCH(QChar, letter);
    QFETCH(int, value);
    // Sum without the last digit: t + 9u + 8·1 + 7·2 + 6·3 + 5·4 + 4·5 + 3·6 + 2·7 + 1·8.
    const int partial = value / 10 + (value % 10) * 9 + 8 + 14 + 18 + 20 + 20 + 18 + 14 + 8;
    const int expectedDigit = (10 - partial % 10) % 10;
    for (int digit = 0; digit <= 9; ++digit) {
        const QString id = QString(letter) + QStringLiteral("12345678") + QString::number(digit);
        QCOMPARE(NationalId::check(id).valid(), digit == expectedDigit);
    }
}

QTEST_APPLESS_MAIN(TestNationalId)
#include "tst_nationalid.moc"
