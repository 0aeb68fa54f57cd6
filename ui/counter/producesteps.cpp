#include "ui/counter/producesteps.h"

#include "core/domain/cardnumber.h"
#include "ui/common/printeradvice.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cc {

ProduceSteps::ProduceSteps(QWidget *parent)
    : QWidget(parent)
    , m_advice(new QLabel(this)) {
    setObjectName(QStringLiteral("produceSteps"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        m_rows[i] = new QLabel(this);
        m_rows[i]->setObjectName(QStringLiteral("step%1").arg(i));
        layout->addWidget(m_rows[i]);
    }
    m_advice->setObjectName(QStringLiteral("produceAdvice"));
    m_advice->setWordWrap(true);
    layout->addWidget(m_advice);
    reset();
}

void ProduceSteps::reset() {
    for (int i = 0; i < 4; ++i)
        set(Row(i), State::Waiting);
    m_advice->clear();
}

void ProduceSteps::set(Row row, State state) {
    static const char *const kMarks[] = {"○", "●", "✔", "✘"};
    static const char *const kColours[] = {"#757575", "#1565c0", "#1b5e20", "#b00020"};
    const QString names[] = {tr("Application recorded"), tr("Encoding the chip"),
                             tr("Printing the card face"), tr("Card issued")};
    m_states[int(row)] = state;
    QLabel *label = m_rows[int(row)];
    label->setText(
        QStringLiteral("%1  %2").arg(QString::fromUtf8(kMarks[int(state)]), names[int(row)]));
    label->setStyleSheet(QStringLiteral("color: %1").arg(QLatin1String(kColours[int(state)])));
}

QString ProduceSteps::advice() const {
    return m_advice->text();
}

void ProduceSteps::start() {
    reset();
    set(Row::Recorded, State::Running);
}

void ProduceSteps::apply(const IssuanceEvent &event) {
    if (event.kind != IssuanceEvent::Kind::Committed)
        return;
    switch (event.step) {
    case IssuanceStep::Requested:
        set(Row::Recorded, State::Done);
        set(Row::Encoding, State::Running);
        break;
    case IssuanceStep::Encoded:
        set(Row::Encoding, State::Done);
        set(Row::Printing, State::Running);
        break;
    case IssuanceStep::Printed:
        set(Row::Printing, State::Done);
        set(Row::Issued, State::Running);
        break;
    case IssuanceStep::Issued:
        set(Row::Issued, State::Done);
        break;
    default:
        break;
    }
}

void ProduceSteps::finish(const IssuanceOutcome &outcome) {
    if (outcome.end == IssuanceStep::Issued) {
        for (int i = 0; i < 4; ++i)
            set(Row(i), State::Done);
        m_advice->setText(tr("Card %1 is issued. Hand it over; F10 prints the receipt, "
                             "Ctrl+N takes the next applicant.")
                              .arg(CardNumber::grouped(outcome.cardNumber)));
        m_advice->setStyleSheet(QStringLiteral("color: #1b5e20"));
        return;
    }
    for (int i = 0; i < 4; ++i)
        if (m_states[i] == State::Running)
            set(Row(i), State::Failed);
    const QString what = outcome.end == IssuanceStep::Spoiled
                             ? tr("Card %1 was spoiled and went to the reject tray; put it aside "
                                  "for destruction.")
                                   .arg(CardNumber::grouped(outcome.cardNumber))
                             : tr("No card was taken.");
    m_advice->setText(QStringLiteral("%1 %2 %3")
                          .arg(what, outcome.failure ? outcome.failure->message : QString(),
                               outcome.failure ? adviceFor(*outcome.failure) : QString()));
    m_advice->setStyleSheet(QStringLiteral("color: #b00020"));
}

void ProduceSteps::fail(const Error &error) {
    for (int i = 0; i < 4; ++i)
        if (m_states[i] == State::Running)
            set(Row(i), State::Failed);
    m_advice->setText(QStringLiteral("%1 %2").arg(error.message, adviceFor(error)));
    m_advice->setStyleSheet(QStringLiteral("color: #b00020"));
}

QString ProduceSteps::adviceFor(const Error &error) {
    if (const QString fault = PrinterAdvice::forFault(error.code); !fault.isEmpty())
        return tr("%1 Then F9 again.").arg(fault);
    switch (error.code) {
    case ErrorCode::OutOfStock:
        return tr("Ask a supervisor to book the delivery of blank cards.");
    case ErrorCode::PermissionDenied:
    case ErrorCode::NotLoggedIn:
        return tr("Ask a supervisor.");
    case ErrorCode::NoCard:
    case ErrorCode::CardRemoved:
    case ErrorCode::WrongCardKind:
    case ErrorCode::WrongCardKey:
    case ErrorCode::CardRefused:
    case ErrorCode::VerifyFailed:
    case ErrorCode::CardAlreadyPersonalised:
        return tr("Check the card at the encoder and the reader in the devices panel "
                  "(Ctrl+2), then F9 again.");
    case ErrorCode::ServiceUnavailable:
    case ErrorCode::DeviceNotFound:
    case ErrorCode::DeviceBusy:
    case ErrorCode::DeviceTimeout:
    case ErrorCode::DeviceFailed:
        return tr("Check the printer and the reader in the devices panel (Ctrl+2), then F9 "
                  "again.");
    default:
        return {};
    }
}

} // namespace cc
