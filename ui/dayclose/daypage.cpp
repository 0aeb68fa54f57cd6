#include "ui/dayclose/daypage.h"

#include "core/domain/cardtype.h"
#include "core/domain/carrier.h"
#include "core/domain/rocdate.h"
#include "core/domain/roles.h"
#include "core/ports/clock.h"
#include "core/station/dayclose.h"
#include "core/station/session.h"
#include "ui/common/listtable.h"
#include "ui/common/uiservices.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cc {

DayPage::DayPage(UiServices &services, std::shared_ptr<Session> session, QWidget *parent)
    : WorkspacePage(parent)
    , m_services(services)
    , m_session(std::move(session))
    , m_title(new QLabel(this))
    , m_figures(makeListTable({tr("Today"), tr("Figure")}, this))
    , m_stock(new QGridLayout)
    , m_status(new QLabel(this))
    , m_signOff(new QPushButton(tr("&Sign off the day…"), this)) {
    setObjectName(QStringLiteral("dayPage"));
    m_figures->setObjectName(QStringLiteral("dayFigures"));
    m_status->setObjectName(QStringLiteral("dayStatus"));
    m_status->setWordWrap(true);
    m_signOff->setObjectName(QStringLiteral("signOffDay"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    m_title->setFont(bold);
    auto *stockBox = new QGroupBox(tr("Blank cards in the drawer"), this);
    stockBox->setLayout(m_stock);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_figures, 1);
    layout->addWidget(stockBox);
    layout->addWidget(m_status);
    layout->addWidget(m_signOff, 0, Qt::AlignRight);
    if (!Roles::allows(m_session->role(), Permission::SignOffDay)) {
        m_signOff->setEnabled(false);
        m_signOff->setToolTip(Roles::refusal(m_session->role(), Permission::SignOffDay));
    }
    connect(m_signOff, &QPushButton::clicked, this, &DayPage::signOff);
}

void DayPage::showEvent(QShowEvent *event) {
    WorkspacePage::showEvent(event);
    refresh();
}

void DayPage::refresh() {
    const QDate today = m_services.clock.todayInTaipei();
    m_title->setText(tr("End of day %1").arg(RocDate::formatShort(today)));
    if (!m_services.store || !m_services.audit) {
        m_status->setText(tr("The end of day is not available at this station."));
        m_signOff->setEnabled(false);
        return;
    }
    DayClose close(*m_services.store, *m_services.audit, m_services.clock);
    const Result<DayFigures> f = close.figures(*m_session, today);
    if (!f) {
        m_figures->setRowCount(0);
        m_status->setText(f.error().message);
        return;
    }
    QList<std::pair<QString, QString>> rows;
    for (auto it = f->issued.cbegin(); it != f->issued.cend(); ++it)
        rows.append({tr("Cards issued: %1")
                         .arg(CardTypes::displayName(
                             CardTypes::fromCode(it.key()).value_or(CardType::General))),
                     QString::number(*it)});
    rows.append({tr("Cards issued in all"), QString::number(f->issuedTotal())});
    rows.append(
        {tr("Blank cards spoiled (put aside for destruction)"), QString::number(f->spoiled)});
    rows.append({tr("Replacement fees paid"), QStringLiteral("NT$%1").arg(f->feesPaid)});
    rows.append({tr("Replacement fees waived"),
                 tr("NT$%1 (%n replacement(s))", nullptr, f->waivers).arg(f->feesWaived)});
    m_figures->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_figures->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        m_figures->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }

    // One row per carrier the stock log holds: expected, counted, difference.
    m_expected = f->onHand;
    while (QLayoutItem *item = m_stock->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_counted.clear();
    m_difference.clear();
    m_stock->addWidget(new QLabel(tr("Carrier")), 0, 0);
    m_stock->addWidget(new QLabel(tr("Expected by the stock log")), 0, 1);
    m_stock->addWidget(new QLabel(tr("Counted")), 0, 2);
    m_stock->addWidget(new QLabel(tr("Difference")), 0, 3);
    int row = 1;
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it, ++row) {
        const QString carrier = it.key();
        const std::optional<Carrier> c = Carriers::fromCode(carrier);
        auto *label = new QLabel(c ? Carriers::displayName(*c) : carrier);
        auto *counted = new QSpinBox;
        counted->setObjectName(QStringLiteral("counted-") + carrier);
        counted->setRange(0, 1000000);
        counted->setValue(int(*it));
        label->setBuddy(counted);
        auto *difference = new QLabel;
        m_stock->addWidget(label, row, 0);
        m_stock->addWidget(new QLabel(QString::number(*it)), row, 1);
        m_stock->addWidget(counted, row, 2);
        m_stock->addWidget(difference, row, 3);
        m_counted.insert(carrier, counted);
        m_difference.insert(carrier, difference);
        connect(counted, &QSpinBox::valueChanged, this,
                [this, carrier] { showDifference(carrier); });
        showDifference(carrier);
    }

    const Result<std::optional<DaySignOff>> signed_ = close.signedOff(*m_session, today);
    const bool done = signed_ && signed_->has_value();
    if (done) {
        const QDateTime at = (*signed_)->at.toOffsetFromUtc(8 * 3600);
        m_status->setText(
            tr("Signed off by %1 at %2.")
                .arg((*signed_)->supervisor, at.time().toString(QStringLiteral("HH:mm"))));
    } else {
        m_status->setText(tr("Count the blank cards in the drawer, then a supervisor signs off."));
    }
    m_signOff->setEnabled(!done && Roles::allows(m_session->role(), Permission::SignOffDay));
    for (auto it = m_counted.cbegin(); it != m_counted.cend(); ++it) {
        if (done && (*signed_)->counted.contains(it.key()))
            (*it)->setValue(int((*signed_)->counted.value(it.key()))); // as signed off
        (*it)->setEnabled(!done);
    }
}

void DayPage::showDifference(const QString &carrier) {
    const qint64 difference = m_counted.value(carrier)->value() - m_expected.value(carrier);
    QLabel *label = m_difference.value(carrier);
    label->setText(difference == 0 ? tr("none")
                                   : tr("%1 (find out why before signing off)")
                                         .arg(difference > 0 ? QStringLiteral("+%1").arg(difference)
                                                             : QString::number(difference)));
    label->setStyleSheet(difference == 0 ? QString() : QStringLiteral("color: #b00020"));
}

void DayPage::signOff() {
    QMap<QString, qint64> counted;
    bool differs = false;
    for (auto it = m_counted.cbegin(); it != m_counted.cend(); ++it) {
        counted.insert(it.key(), (*it)->value());
        differs |= (*it)->value() != m_expected.value(it.key());
    }
    QMessageBox box(QMessageBox::Question, tr("Sign off the day"),
                    differs ? tr("The blank cards counted differ from the stock log. Sign off "
                                 "anyway? The difference is recorded.")
                            : tr("Sign off the day? It is recorded once, with these figures."),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("confirmSignOff"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes || !m_session->isUnlocked())
        return;
    DayClose close(*m_services.store, *m_services.audit, m_services.clock);
    if (Status ok = close.signOff(*m_session, m_services.clock.todayInTaipei(), counted); !ok) {
        m_status->setText(ok.error().message);
        return;
    }
    refresh();
}

} // namespace cc
