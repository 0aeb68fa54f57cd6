#include "ui/counter/applicantfinder.h"

#include "core/domain/cardnumber.h"
#include "core/domain/nationalid.h"
#include "core/domain/rocdate.h"
#include "core/domain/states.h"
#include "ui/common/background.h"
#include "ui/common/listtable.h"
#include "ui/counter/cardspanel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cc {
namespace {

void fill(QTableWidget *table, const QList<QStringList> &rows) {
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
}

QString feeText(const ApplicationRecord &a) {
    if (a.fee == 0)
        return {};
    return a.feeWaived ? HistoryDialog::tr("NT$%1 waived").arg(a.fee)
                       : HistoryDialog::tr("NT$%1 paid").arg(a.fee);
}

} // namespace

ApplicantFinder::ApplicantFinder(Search search, QWidget *parent)
    : QDialog(parent)
    , m_search(std::move(search))
    , m_text(new QLineEdit(this))
    , m_matches(makeListTable(
          {tr("Name"), tr("Name in Latin letters"), tr("Born"), tr("ID number")}, this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("applicantFinder"));
    setWindowTitle(tr("Find an applicant"));
    m_text->setObjectName(QStringLiteral("findText"));
    m_text->setPlaceholderText(tr("Name, name in Latin letters, or card number"));
    m_matches->setObjectName(QStringLiteral("findMatches"));
    m_message->setObjectName(QStringLiteral("findMessage"));
    m_message->setWordWrap(true);
    auto *hint = new QLabel(tr("Enter searches; Enter on a match takes it to the counter."), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(hint);
    layout->addWidget(m_matches, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 420);
    connect(m_text, &QLineEdit::returnPressed, this, &ApplicantFinder::search);
    connect(m_matches, &QTableWidget::activated, this,
            [this](const QModelIndex &index) { choose(index.row()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ApplicantFinder::search() {
    if (m_busy)
        return;
    m_busy = true;
    m_message->setText(tr("Searching…"));
    runInBackground(
        this, [search = m_search, text = m_text->text()] { return search(text); },
        [this](const Result<QList<ApplicantMatch>> &found) {
            m_busy = false;
            show(found);
        });
}

void ApplicantFinder::show(const Result<QList<ApplicantMatch>> &found) {
    m_found = found ? *found : QList<ApplicantMatch>();
    QList<QStringList> rows;
    for (const ApplicantMatch &m : std::as_const(m_found))
        rows << QStringList{m.name, m.nameLatin, RocDate::formatShort(m.birthDate),
                            NationalId::masked(m.nationalId)};
    fill(m_matches, rows);
    if (!found) {
        m_message->setText(found.error().message);
        return;
    }
    if (m_found.isEmpty()) {
        m_message->setText(tr("Nobody at this station has that name or card number. People "
                              "recorded before this version are found by ID number until their "
                              "record is next written."));
        return;
    }
    m_message->setText(tr("%n applicant(s) found.", nullptr, int(m_found.size())));
    m_matches->setFocus();
    m_matches->selectRow(0);
}

void ApplicantFinder::choose(int row) {
    if (row < 0 || row >= m_found.size())
        return;
    m_chosen = m_found[row].nationalId;
    accept();
}

HistoryDialog::HistoryDialog(const ApplicantHistory &history, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("historyDialog"));
    const PersonData &p = history.applicant.person;
    setWindowTitle(tr("History of %1").arg(p.name));
    auto *who = new QLabel(tr("%1  %2, born %3, ID number %4")
                               .arg(p.name, p.nameLatin, RocDate::formatShort(p.birthDate),
                                    NationalId::masked(p.nationalId)),
                           this);
    auto *applications = makeListTable(
        {tr("Application"), tr("Received"), tr("Kind"), tr("Type"), tr("Status"), tr("Fee")}, this);
    applications->setObjectName(QStringLiteral("historyApplications"));
    QList<QStringList> rows;
    for (const ApplicationRecord &a : history.applicant.applications)
        rows << QStringList{QString::number(a.id),
                            RocDate::formatShort(a.createdAt.toOffsetFromUtc(8 * 3600).date()),
                            States::applicationKindName(a.kind),
                            CardTypes::displayName(a.cardType),
                            States::displayName(a.status),
                            feeText(a)};
    fill(applications, rows);

    auto *cards = makeListTable(CardsPanel::columns(), this);
    cards->setObjectName(QStringLiteral("historyCards"));
    rows.clear();
    for (const CardSummary &c : history.cards)
        rows << CardsPanel::cells(c);
    fill(cards, rows);

    auto *events =
        makeListTable({tr("When"), tr("Operator"), tr("What"), tr("On"), tr("Outcome")}, this);
    events->setObjectName(QStringLiteral("historyEvents"));
    rows.clear();
    for (const ApplicantEvent &e : history.events) {
        QString on = e.object;
        if (on.startsWith(u"card:"))
            on = tr("card %1").arg(CardNumber::grouped(on.mid(5)));
        else if (on.startsWith(u"application:"))
            on = tr("application %1").arg(on.mid(12));
        else if (on.startsWith(u"attempt:"))
            on = tr("card production %1").arg(on.mid(8));
        else if (on.startsWith(u"person:"))
            on = tr("the applicant");
        const QString outcome = e.outcome == u"ok"       ? tr("done")
                                : e.outcome == u"denied" ? tr("refused")
                                                         : tr("failed");
        rows << QStringList{RocDate::formatMoment(e.at), e.operatorName, actionText(e.action), on,
                            outcome};
    }
    fill(events, rows);

    auto *receipts = makeListTable(
        {tr("Receipt"), tr("What"), tr("Card"), tr("Printed"), tr("By"), tr("Copy")}, this);
    receipts->setObjectName(QStringLiteral("historyReceipts"));
    rows.clear();
    for (const ReceiptEntry &r : history.receipts)
        rows << QStringList{QString::number(r.number()),
                            r.kind == ReceiptEntry::Kind::LostReport ? tr("lost report proof")
                                                                     : tr("receipt"),
                            CardNumber::grouped(r.cardNumber),
                            RocDate::formatMoment(r.printedAt),
                            r.printedBy,
                            r.copyOf ? tr("printed again") : QString()};
    fill(receipts, rows);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    QPushButton *reprint = buttons->addButton(tr("&Print again"), QDialogButtonBox::ActionRole);
    reprint->setObjectName(QStringLiteral("historyReprint"));
    // The newest receipt is the one chosen at first: Alt+P prints it again.
    reprint->setEnabled(!history.receipts.isEmpty());
    if (!history.receipts.isEmpty())
        receipts->setCurrentCell(receipts->rowCount() - 1, 0);
    connect(receipts, &QTableWidget::currentCellChanged, this,
            [reprint](int row) { reprint->setEnabled(row >= 0); });
    connect(reprint, &QPushButton::clicked, this, [this, receipts, list = history.receipts] {
        const int row = receipts->currentRow();
        if (row < 0 || row >= list.size())
            return;
        m_reprint = list[row].id;
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(new QLabel(tr("Applications"), this));
    layout->addWidget(applications, 1);
    layout->addWidget(new QLabel(tr("Cards"), this));
    layout->addWidget(cards, 1);
    layout->addWidget(new QLabel(tr("What was done"), this));
    layout->addWidget(events, 2);
    layout->addWidget(new QLabel(tr("Receipts printed"), this));
    layout->addWidget(receipts, 1);
    layout->addWidget(buttons);
    resize(900, 660);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString HistoryDialog::actionText(const QString &action) {
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("application.submit"), QT_TR_NOOP("application recorded")},
        {QStringLiteral("production.begin"), QT_TR_NOOP("card production started")},
        {QStringLiteral("production.encoding"), QT_TR_NOOP("chip being written")},
        {QStringLiteral("production.encoded"), QT_TR_NOOP("chip written and checked")},
        {QStringLiteral("production.printing"), QT_TR_NOOP("face being printed")},
        {QStringLiteral("production.printed"), QT_TR_NOOP("face printed")},
        {QStringLiteral("production.issued"), QT_TR_NOOP("card issued")},
        {QStringLiteral("production.spoiled"), QT_TR_NOOP("card spoiled")},
        {QStringLiteral("production.cancelled"), QT_TR_NOOP("production cancelled, no card used")},
        {QStringLiteral("production.recover"), QT_TR_NOOP("unfinished card resolved")},
        {QStringLiteral("card.report-lost"), QT_TR_NOOP("reported lost")},
        {QStringLiteral("card.cancel"), QT_TR_NOOP("card cancelled")},
        {QStringLiteral("card.link"), QT_TR_NOOP("own card linked")},
        {QStringLiteral("card.reprint"), QT_TR_NOOP("face printed again")},
        {QStringLiteral("card.replace"), QT_TR_NOOP("replacement")},
        {QStringLiteral("card.convert"), QT_TR_NOOP("type conversion")},
        {QStringLiteral("applicant.photo"), QT_TR_NOOP("photo taken again")},
        {QStringLiteral("applicant.history"), QT_TR_NOOP("history viewed")},
        {QStringLiteral("applicant.find"), QT_TR_NOOP("looked up")},
        {QStringLiteral("card.list"), QT_TR_NOOP("cards listed")},
        {QStringLiteral("registry.lookup"), QT_TR_NOOP("registry asked")},
        {QStringLiteral("registry.override"), QT_TR_NOOP("documents over the registry's answer")},
        {QStringLiteral("preapplication.collect"), QT_TR_NOOP("pre-application finished")},
        {QStringLiteral("batch.add"), QT_TR_NOOP("added to a batch")},
        {QStringLiteral("receipt.print"), QT_TR_NOOP("receipt printed")},
        {QStringLiteral("receipt.reprint"), QT_TR_NOOP("receipt printed again")},
        {QStringLiteral("application.withdraw"), QT_TR_NOOP("application withdrawn")},
    };
    const auto it = texts.constFind(action);
    return it == texts.cend() ? action : tr(*it);
}

} // namespace cc
