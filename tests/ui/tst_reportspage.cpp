// The reports tab through its widgets, in zh_TW, on a seeded store
// (tests/support/reportseed): the period typed in ROC dates and Enter, the
// figures in the tables and the chart, the split and the grain changed by
// keyboard, the low-stock warning, the CSV export re-read and the PDF's text
// and pages checked with poppler; a clerk is told who may read reports. With
// CITIZENCARD_SCREENSHOT_DIR set it saves the tab there (docs/screenshots/).
#include "tests/support/reportseed.h"

#include "core/domain/carrier.h"
#include "core/domain/csv.h"
#include "core/station/receipts.h"
#include "core/station/reporttables.h"
#include "core/station/session.h"
#include "translations/translations.h"
#include "ui/common/stationfont.h"
#include "ui/reports/reportspage.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

QString zh(const char *context, const char *text) {
    return QCoreApplication::translate(context, text);
}

QStringList column(QTableWidget *t, int c) {
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        out << (t->item(r, c) ? t->item(r, c)->text() : QString());
    return out;
}

QString run(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The sum of every bar of the chart's stacked series, and how many sets.
std::pair<double, int> bars(QChartView *view) {
    const auto *series = qobject_cast<QStackedBarSeries *>(view->chart()->series().value(0));
    if (!series)
        return {-1, 0};
    double sum = 0;
    for (const QBarSet *set : series->barSets())
        sum += set->sum();
    return {sum, int(series->count())};
}

} // namespace

class TstReportsPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void supervisorReadsNovember();
    void splitAndGrainByKeyboard();
    void exportsCsvAndPdf();
    void clerkIsTurnedAway();
    void badDatesAreNamed();

private:
    std::unique_ptr<ReportsPage> pageFor(const std::shared_ptr<Session> &session) {
        auto page = std::make_unique<ReportsPage>(
            &m_fixture->store(), &m_fixture->audit(), m_clock, session,
            [] { return EligibilityPolicy::defaults().stock; });
        page->resize(1280, 760);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qFatal("the page is not shown");
        page->activateWindow();
        if (!QTest::qWaitForWindowActive(page.get()))
            qFatal("the page does not become the active window");
        return page;
    }
    // Types the period and presses Enter; waits for the figures.
    bool showNovember(ReportsPage &page) {
        QSignalSpy refreshed(&page, &ReportsPage::refreshed);
        // The first showing reads this month; let it land first.
        if (page.isBusy() && !refreshed.wait(20000))
            return false;
        refreshed.clear();
        auto *from = page.findChild<QLineEdit *>("reportFrom");
        auto *to = page.findChild<QLineEdit *>("reportTo");
        from->setFocus();
        from->selectAll();
        QTest::keyClicks(from, "115/11/01");
        to->setFocus();
        to->selectAll();
        QTest::keyClicks(to, "115/12/01");
        QTest::keyClick(to, Qt::Key_Return);
        return refreshed.wait(20000) || refreshed.count() > 0;
    }
    void shoot(QWidget *w, const QString &name) {
        if (m_shots.isEmpty())
            return;
        QApplication::processEvents();
        QVERIFY(w->grab().save(QDir(m_shots).filePath(name + ".png")));
    }

    ManualClock m_clock{test::taipei(2026, 12, 3, 9)};
    std::unique_ptr<StoreFixture> m_fixture;
    std::shared_ptr<Session> m_supervisor;
    QString m_shots = qEnvironmentVariable("CITIZENCARD_SCREENSHOT_DIR");
};

void TstReportsPage::initTestCase() {
    QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("zh_TW"))));
    useStationFont();
    if (!m_shots.isEmpty())
        QDir().mkpath(m_shots);
}

void TstReportsPage::init() {
    m_fixture = std::make_unique<StoreFixture>(m_clock);
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    test::ReportSeed seed;
    QCOMPARE(seed.seed(*m_fixture), QString());
    QVERIFY(Receipts(m_fixture->store(), m_fixture->audit(), m_clock)
                .setOffice(m_fixture->admin(), {QStringLiteral("桃園區戶政事務所"), {}, {}})
                .ok());
    m_supervisor = std::make_shared<Session>(m_fixture->loginAs(Role::Supervisor));
}

void TstReportsPage::cleanup() {
    m_supervisor.reset();
    m_fixture.reset();
}

void TstReportsPage::supervisorReadsNovember() {
    auto page = pageFor(m_supervisor);
    QVERIFY(showNovember(*page));
    auto *issued = page->findChild<QTableWidget *>("issuanceTable");
    // By day and card type: each of the 31 days, then the total; 7 cards.
    const QStringList days = column(issued, 0);
    QCOMPARE(days.size(), 31 + 1);
    QCOMPARE(days.first(), "115/11/01");
    QCOMPARE(days.at(1), "115/11/02");
    QCOMPARE(days.at(30), "115/12/01");
    QCOMPARE(days.last(), zh("ReportTables", "Total"));
    QCOMPARE(issued->item(issued->rowCount() - 1, issued->columnCount() - 1)->text(), "7");
    QCOMPARE(bars(page->findChild<QChartView *>("issuanceChart")), std::make_pair(7.0, 4));
    auto *status = page->findChild<QLabel *>("reportStatus");
    // The shipped policy warns at 100 blanks: both carriers are below.
    const QString low = zh("cc::ReportsPage", "Blank cards run low, order more (%1).")
                            .arg(QStringList{zh("cc::ReportsPage", "%1: %2 on hand")
                                                 .arg(Carriers::displayName(Carrier::EasyCard))
                                                 .arg(91),
                                             zh("cc::ReportsPage", "%1: %2 on hand")
                                                 .arg(Carriers::displayName(Carrier::IPass))
                                                 .arg(45)}
                                     .join(zh("cc::ReportsPage", ", ")));
    QVERIFY2(status->text().endsWith(low), qPrintable(status->text()));
    auto *tabs = page->findChild<QTabWidget *>("reportTabs");
    QTest::keyClick(tabs->tabBar(), Qt::Key_Right);
    QCOMPARE(tabs->currentIndex(), 1);
    auto *transactions = page->findChild<QTableWidget *>("transactionsTable");
    QCOMPARE(column(transactions, 1), (QStringList{"5", "1", "0", "1", "0", "0", "0", "0"}));
    tabs->setCurrentIndex(3);
    auto *stock = page->findChild<QTableWidget *>("stockTable");
    QCOMPARE(column(stock, 1), (QStringList{"91", "45"}));
    QCOMPARE(column(stock, 4), (QStringList{"403", "348"}));
    shoot(page.get(), "25-reports-stock");
    tabs->setCurrentIndex(4);
    auto *timing = page->findChild<QTableWidget *>("timingTable");
    QCOMPARE(column(timing, 1), (QStringList{"1", "1", "1", "4", "7"}));
    tabs->setCurrentIndex(0);
}

void TstReportsPage::splitAndGrainByKeyboard() {
    auto page = pageFor(m_supervisor);
    QVERIFY(showNovember(*page));
    auto *by = page->findChild<QComboBox *>("reportBy");
    auto *grain = page->findChild<QComboBox *>("reportGrain");
    // Alt+S reaches "split by"; ↓ twice: the channel.
    QTest::keyClick(page.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(by->hasFocus());
    QTest::keyClick(by, Qt::Key_Down);
    QTest::keyClick(by, Qt::Key_Down);
    QCOMPARE(by->currentData().toInt(), int(IssuanceDimension::Channel));
    QTest::keyClick(page.get(), Qt::Key_B, Qt::AltModifier);
    QTRY_VERIFY(grain->hasFocus());
    QTest::keyClick(grain, Qt::Key_Down);
    QCOMPARE(grain->currentData().toInt(), int(ReportGrain::Week));
    auto *issued = page->findChild<QTableWidget *>("issuanceTable");
    QCOMPARE(column(issued, 0),
             (QStringList{"115/11/01", "115/11/02", "115/11/09", "115/11/16", "115/11/23",
                          "115/11/30", zh("ReportTables", "Total")}));
    QCOMPARE(issued->columnCount(), 1 + 4 + 1); // four channels and the total
    QCOMPARE(bars(page->findChild<QChartView *>("issuanceChart")), std::make_pair(7.0, 4));
    shoot(page.get(), "24-reports-issued");
}

void TstReportsPage::exportsCsvAndPdf() {
    auto page = pageFor(m_supervisor);
    QVERIFY(showNovember(*page));
    QTemporaryDir dir;
    const QString csvPath = dir.filePath("issued.csv");
    QVERIFY(page->exportCsv(csvPath).ok());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const CsvTable back = Csv::parse(bytes, "issued.csv").value();
    const ReportTable shown = page->tables().constFirst();
    QCOMPARE(back.header, shown.header);
    QCOMPARE(back.rows.size(), shown.rows.size());
    QCOMPARE(back.rows.at(1).first(), QString("2026-11-02")); // ISO for the spreadsheet
    QCOMPARE(back.rows.last(), shown.rows.last());

    const QString pdfPath = dir.filePath("report.pdf");
    QVERIFY(page->exportPdf(pdfPath).ok());
    const QString info = run("pdfinfo", {pdfPath});
    QVERIFY2(info.contains("595 x 842 pts (A4)"), qPrintable(info));
    const int pages = info.section("Pages:", 1).section('\n', 0, 0).trimmed().toInt();
    QVERIFY2(pages >= 2, qPrintable(info));
    const QString text =
        run("pdftotext", {"-layout", pdfPath, "-"}).normalized(QString::NormalizationForm_KC);
    const auto has = [&](const QString &s) {
        return text.contains(s.normalized(QString::NormalizationForm_KC));
    };
    for (int p = 1; p <= pages; ++p) // every page headed and numbered
        QVERIFY2(has(zh("ReportPdf", "page %1 of %2").arg(p).arg(pages)), qPrintable(text));
    QCOMPARE(text.count("0301"), pages);
    QVERIFY(has(QStringLiteral("桃園區戶政事務所")));
    QVERIFY(has(zh("ReportTables", "%1 to %2").arg("115/11/01", "115/12/01")));
    for (const ReportTable &t : page->tables())
        QVERIFY2(has(t.title), qPrintable(t.title));
    QVERIFY(has(zh("ReportTables", "From application to hand-over")));
}

void TstReportsPage::clerkIsTurnedAway() {
    auto page = pageFor(std::make_shared<Session>(m_fixture->loginAs(Role::Clerk)));
    auto *status = page->findChild<QLabel *>("reportStatus");
    QCOMPARE(status->text(), Roles::refusal(Role::Clerk, Permission::ReadReports));
    QVERIFY(!page->findChild<QLineEdit *>("reportFrom")->isEnabled());
    QVERIFY(!page->findChild<QPushButton *>("exportPdf")->isEnabled());
    QVERIFY(!page->isBusy()); // it never asked the store
}

void TstReportsPage::badDatesAreNamed() {
    auto page = pageFor(m_supervisor);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
    auto *from = page->findChild<QLineEdit *>("reportFrom");
    auto *to = page->findChild<QLineEdit *>("reportTo");
    to->setText("115/13/01");
    QTest::keyClick(to, Qt::Key_Return);
    auto *status = page->findChild<QLabel *>("reportStatus");
    QVERIFY2(status->text().startsWith(zh("cc::ReportsPage", "To")), qPrintable(status->text()));
    QVERIFY(to->hasFocus());
    from->setText("115/12/02");
    to->setText("115/12/01");
    QTest::keyClick(to, Qt::Key_Return);
    QVERIFY2(status->text().contains("115/12/01"), qPrintable(status->text()));
    QVERIFY(!page->isBusy());
}

QTEST_MAIN(TstReportsPage)
#include "tst_reportspage.moc"
