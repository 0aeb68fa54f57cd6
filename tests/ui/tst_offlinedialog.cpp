// The offline documents form: the detail of each document is chosen from what
// that kind of document can say (never typed as a code), the school is asked of
// a student ID only, and the facts taken are the ones chosen.
#include "ui/counter/offlinedialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

using namespace cc;

namespace {

enum Column { Kind, Number, Issued, ValidUntil, Detail, School };

template<typename T> T *child(QWidget *parent, const QString &name) {
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no widget named %s", qPrintable(name));
    return widget;
}

// Picks an entry of a combo box by keys, as the clerk does: focus, then Down.
void pickByKeys(QComboBox *box, int index) {
    box->setFocus();
    box->setCurrentIndex(0);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(box, Qt::Key_Down);
}

} // namespace

class TstOfflineDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void detailIsChosen_data();
    void detailIsChosen();
    void schoolOnlyForAStudentId();
};

void TstOfflineDialog::detailIsChosen_data() {
    QTest::addColumn<int>("kind");      // index in the document list
    QTest::addColumn<int>("detail");    // index in the detail list
    QTest::addColumn<QString>("shown"); // the detail as the clerk reads it
    QTest::addColumn<QString>("fact");  // what the record then says
    QTest::newRow("permit, not chosen") << 2 << 0 << "Choose…"
                                        << "refused:detail";
    QTest::newRow("permit, mainland spouse") << 2 << 2 << "Mainland spouse"
                                             << "permit:mainland-spouse";
    QTest::newRow("permit, other") << 2 << 4 << "Other category"
                                   << "permit:other";
    QTest::newRow("disability, no mark") << 3 << 0 << "No companion mark"
                                         << "disability:alone";
    QTest::newRow("disability, companion") << 3 << 1 << "Companion needed (marked)"
                                           << "disability:companion";
    QTest::newRow("student, level not chosen") << 4 << 0 << "Choose…"
                                               << "refused:detail";
    QTest::newRow("student, senior high") << 4 << 3 << "senior high school"
                                          << "student:senior";
    QTest::newRow("student, university") << 4 << 4 << "university"
                                         << "student:university";
}

void TstOfflineDialog::detailIsChosen() {
    QFETCH(int, kind);
    QFETCH(int, detail);
    QFETCH(QString, shown);
    QFETCH(QString, fact);
    OfflineDialog dialog("A123456789");
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    child<QLineEdit>(&dialog, "offlineName")->setText("Chen Mei-ling");
    child<QLineEdit>(&dialog, "offlineBirth")->setText("99/03/14");
    auto *table = child<QTableWidget>(&dialog, "offlineDocuments");
    auto *firstDetail = child<QComboBox>(&dialog, "offlineDetail0");
    QVERIFY(!firstDetail->isEnabled());                   // an ID card says nothing more
    QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier); // Add document (clicked a moment later)
    QTRY_COMPARE(table->rowCount(), 2);
    pickByKeys(child<QComboBox>(&dialog, "offlineKind1"), kind);
    auto *details = child<QComboBox>(&dialog, "offlineDetail1");
    QVERIFY(details->isEnabled());
    pickByKeys(details, detail);
    QCOMPARE(details->currentText(), shown);
    // Names, never codes ("mainland-spouse", "senior", "companion").
    const QStringList codes = {"elementary", "junior", "senior", "companion", "other"};
    for (int i = 0; i < details->count(); ++i)
        QVERIFY2(!details->itemText(i).contains('-') && !codes.contains(details->itemText(i)),
                 qPrintable(details->itemText(i)));
    table->item(1, Number)->setText("X-2291");
    table->item(1, ValidUntil)->setText("120/07/31");
    if (table->item(1, School)->flags() & Qt::ItemIsEditable)
        table->item(1, School)->setText("Taoyuan Senior High");
    dialog.accept();
    if (fact == "refused:detail") { // nothing taken; the message says what to choose
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.findChild<QLabel *>("offlineMessage")->text().isEmpty());
        return;
    }
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const RegistryRecord &record = dialog.entry().facts;
    QString got;
    if (record.residencePermit)
        got = "permit:" + ResidencePermit::categoryCode(record.residencePermit->category);
    else if (record.disability)
        got = record.disability->companionNeeded ? "disability:companion" : "disability:alone";
    else if (record.enrollment) {
        got = "student:" + SchoolLevels::code(record.enrollment->level);
        QCOMPARE(record.enrollment->school, QString("Taoyuan Senior High"));
    }
    QCOMPARE(got, fact);
}

void TstOfflineDialog::schoolOnlyForAStudentId() {
    OfflineDialog dialog("A123456789");
    auto *table = child<QTableWidget>(&dialog, "offlineDocuments");
    auto *kind = child<QComboBox>(&dialog, "offlineKind0");
    QVERIFY(!(table->item(0, School)->flags() & Qt::ItemIsEditable));
    kind->setCurrentIndex(4); // student ID
    QVERIFY(table->item(0, School)->flags() & Qt::ItemIsEditable);
    table->item(0, School)->setText("Taoyuan Senior High");
    kind->setCurrentIndex(0); // back to the ID card: the school goes with it
    QVERIFY(!(table->item(0, School)->flags() & Qt::ItemIsEditable));
    QCOMPARE(table->item(0, School)->text(), QString());
}

QTEST_MAIN(TstOfflineDialog)
#include "tst_offlinedialog.moc"
