// The counter's transactions on the cards and on a recorded application
// waiting for its card: run in the background, their outcome shown.
#include "core/domain/cardnumber.h"
#include "core/station/session.h"
#include "ui/common/background.h"
#include "ui/common/uiservices.h"
#include "ui/counter/countercontroller.h"
#include "ui/counter/producesteps.h"

namespace cc {

void CounterController::adopt(const Done &done) {
    m_pendingApplication = done.application;
    m_pendingCard = done;
    m_photoOnFile = done.photo;
    m_lastOutcome.reset(); // F9 makes this one now
    m_cardNumber.clear();
    Q_EMIT photoOnFile(done.photo);
}

void CounterController::withdrawPending() {
    if (m_busy || !m_pendingApplication)
        return;
    setBusy(true);
    runInBackground(
        this,
        [&desk = m_services.desk, session = sessionCopy(), application = m_pendingApplication] {
            return desk.counter().withdraw(*session, application);
        },
        [this, application = m_pendingApplication](Status withdrawn) {
            setBusy(false);
            if (!withdrawn) {
                Q_EMIT notice(withdrawn.error().message, true);
                return;
            }
            clear();
            Q_EMIT this->withdrawn(
                tr("Application %1 is withdrawn: the applicant left without the card.")
                    .arg(application));
        });
}

void CounterController::runCardWork(std::function<Result<Done>()> work) {
    if (m_busy)
        return;
    setBusy(true);
    runInBackground(this, std::move(work), [this](Result<Done> done) {
        setBusy(false);
        if (done && done->application)
            adopt(*done);
        if (done)
            Q_EMIT notice(done->message, done->problem);
        else
            Q_EMIT notice(done.error().message + QLatin1Char(' ') +
                              ProduceSteps::adviceFor(done.error()),
                          true);
        refreshCards();
    });
}

Result<CounterController::Done> CounterController::recorded(Counter &counter,
                                                            const Session &session, QString message,
                                                            qint64 application, CardType type,
                                                            const QDate &validUntil) {
    Result<QByteArray> photo = counter.photoFor(session, application);
    if (!photo)
        return photo.error();
    return Done{std::move(message), application, type, validUntil, *photo};
}

void CounterController::reportLost(const QString &number) {
    runCardWork([&desk = m_services.desk, session = sessionCopy(), number,
                 name = m_entry ? m_entry->name : QString(), id = m_nationalId,
                 devices = m_services.settings.devices]() -> Result<Done> {
        if (Status s = desk.counter().reportLost(*session, number); !s)
            return s.error();
        // The citizen leaves with a proof; the block stands if it cannot print.
        if (Status printed = desk.printLostReport(*session, number, name, id, devices); !printed) {
            Done done{tr("Card %1 is blocked as lost, but its proof could not be printed: %2 %3")
                          .arg(CardNumber::grouped(number), printed.error().message,
                               ProduceSteps::adviceFor(printed.error()))};
            done.problem = true;
            return done;
        }
        return Done{tr("Card %1 is blocked as lost; the applicant takes the printed proof.")
                        .arg(CardNumber::grouped(number))};
    });
}

void CounterController::replace(const QString &number, ReplacementReason why,
                                const FeeSettlement &fee) {
    const int due = m_services.desk.policy().fees.forReplacement(why);
    const QString settled = due == 0     ? tr("no fee")
                            : fee.waived ? tr("fee NT$%1 waived").arg(due)
                                         : tr("fee NT$%1 paid").arg(due);
    runCardWork([&desk = m_services.desk, session = sessionCopy(), number, why, fee,
                 settled]() -> Result<Done> {
        Result<CardSummary> card = desk.counter().card(*session, number);
        if (!card)
            return card.error();
        Result<qint64> id = desk.counter().applyReplacement(*session, number, why, fee);
        if (!id)
            return id.error();
        return recorded(desk.counter(), *session,
                        tr("Replacement of card %1 recorded, %2. F9 produces the new card with "
                           "the photo on file; F4 takes another.")
                            .arg(CardNumber::grouped(number), settled),
                        *id, card->type, card->expires);
    });
}

void CounterController::convert(const QString &number, const CounterChoices &choices) {
    QString problem;
    const std::optional<CounterApplication> app = application(choices, problem);
    if (!app) {
        Q_EMIT notice(problem, true);
        return;
    }
    const QDate validUntil = m_result->decision(app->type).validUntil;
    runCardWork([&desk = m_services.desk, session = sessionCopy(), number, app,
                 validUntil]() -> Result<Done> {
        Result<qint64> id = desk.counter().applyConversion(*session, number, *app);
        if (!id)
            return id.error();
        return recorded(desk.counter(), *session,
                        tr("Conversion to %1 recorded; card %2 is blocked on hand-over. F9 "
                           "produces the new card with the photo shown; F4 takes another.")
                            .arg(CardTypes::displayName(app->type), CardNumber::grouped(number)),
                        *id, app->type, validUntil);
    });
}

void CounterController::cancel(const QString &number, CancellationReason why) {
    runCardWork([&desk = m_services.desk, session = sessionCopy(), number, why]() -> Result<Done> {
        if (Status s = desk.counter().cancel(*session, number, why); !s)
            return s.error();
        return Done{tr("Card %1 is cancelled.").arg(CardNumber::grouped(number))};
    });
}

void CounterController::linkOwnCard(const CounterChoices &choices) {
    QString problem;
    const std::optional<CounterApplication> app = application(choices, problem);
    if (!app) {
        Q_EMIT notice(problem, true);
        return;
    }
    runCardWork([&desk = m_services.desk, session = sessionCopy(), app, carrier = choices.carrier,
                 devices = m_services.settings.devices]() -> Result<Done> {
        Result<QString> linked = desk.linkOwnCard(*session, *app, carrier, devices);
        if (!linked)
            return linked.error();
        Result<CardSummary> card = desk.counter().card(*session, *linked);
        if (!card)
            return card.error();
        return Done{tr("The applicant's own %1 card (chip UID %2) is linked as card %3.")
                        .arg(Carriers::displayName(card->carrier), card->chipUid.toUpper(),
                             CardNumber::grouped(*linked))};
    });
}

void CounterController::reprint(const QString &number) {
    runCardWork([&desk = m_services.desk, session = sessionCopy(), number,
                 devices = m_services.settings.devices]() -> Result<Done> {
        if (Status printed = desk.reprintFace(*session, number, devices); !printed)
            return printed.error();
        return Done{tr("The face of card %1 is printed again.").arg(CardNumber::grouped(number))};
    });
}

} // namespace cc
