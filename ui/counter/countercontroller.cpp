#include "ui/counter/countercontroller.h"

#include "core/domain/cardnumber.h"
#include "core/domain/rocdate.h"
#include "core/ports/cardface.h"
#include "core/ports/clock.h"
#include "core/station/session.h"
#include "ui/common/background.h"
#include "ui/common/uiservices.h"
#include "ui/counter/producesteps.h"

#include <QPointer>

#include <algorithm>
#include <utility>

namespace cc {

struct CounterController::Lookup {
    Result<std::optional<RegistryEntry>> entry;
    Result<QList<CardSummary>> cards;
    Result<std::optional<Done>> waiting = std::optional<Done>{}; // recorded earlier, no card yet
};

CounterController::CounterController(UiServices &services, std::shared_ptr<Session> session,
                                     QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_session(std::move(session)) {}

CounterController::~CounterController() = default;

std::shared_ptr<const Session> CounterController::sessionCopy() const {
    // A copy, so that an idle lock on the GUI thread never wipes keys a
    // worker is using.
    return std::make_shared<const Session>(m_session->share());
}

void CounterController::setBusy(bool busy) {
    m_busy = busy;
    Q_EMIT busyChanged(busy);
    // What the clerk asked for while busy runs once the work that held it has
    // shown its result (queued, so it runs after the caller's completion code).
    if (!busy && m_queued)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_busy || !m_queued)
                    return;
                std::exchange(m_queued, {})();
            },
            Qt::QueuedConnection);
}

bool CounterController::deferWhileBusy(std::function<void()> action, const QString &text) {
    if (!m_busy)
        return false;
    // Never drop a clerk's key or a scanner's burst: the latest request waits.
    m_queued = std::move(action);
    Q_EMIT notice(text, false);
    return true;
}

void CounterController::clear() {
    m_nationalId.clear();
    m_entry.reset();
    m_offline = false;
    m_overrideReason.clear();
    m_documents = {};
    m_result.reset();
    m_pendingApplication = 0;
    m_pendingCard.reset();
    m_photoOnFile.clear();
    m_lastOutcome.reset();
    m_cardNumber.clear();
    m_preApplication.reset();
}

void CounterController::lookUp(const QString &nationalId) {
    if (m_busy)
        return;
    clear();
    startLookUp(nationalId);
}

void CounterController::openPreApplication(const QString &code) {
    if (m_busy)
        return;
    clear();
    Q_EMIT applicantShown(tr("Opening pre-application %1…").arg(code), false);
    setBusy(true);
    runInBackground(
        this,
        [&desk = m_services.desk, session = sessionCopy(), code] {
            return desk.counter().preApplication(*session, code);
        },
        [this](Result<HeldPreApplication> held) {
            if (!held) {
                setBusy(false);
                Q_EMIT applicantShown(held.error().message, false);
                Q_EMIT notice(held.error().message, true);
                return;
            }
            m_preApplication = held->document;
            Q_EMIT preApplicationOpened(held->document);
            startLookUp(held->document.nationalId); // still busy: no flicker
        });
}

void CounterController::startLookUp(const QString &nationalId) {
    m_nationalId = nationalId;
    Q_EMIT applicantShown(tr("Asking the registry…"), false);
    if (!m_busy)
        setBusy(true);
    runInBackground(
        this,
        [&registry = m_services.registry, &desk = m_services.desk, session = sessionCopy(),
         nationalId] {
            Counter &counter = desk.counter();
            Lookup lookup{counter.askRegistry(*session, registry, nationalId),
                          counter.cardsOf(*session, nationalId)};
            Result<std::optional<WaitingApplication>> waiting =
                counter.waitingAtCounter(*session, nationalId);
            if (!waiting)
                lookup.waiting = waiting.error();
            else if (*waiting) {
                const WaitingApplication &w = **waiting;
                Result<Done> done = recorded(
                    counter, *session,
                    tr("Application %1 (%2), recorded %3, is still waiting for its card: F9 "
                       "makes it; Ctrl+N withdraws it if the applicant leaves without it.")
                        .arg(w.id)
                        .arg(CardTypes::displayName(w.type), RocDate::formatMoment(w.recordedAt)),
                    w.id, w.type, w.validUntil);
                lookup.waiting =
                    done ? std::optional<Done>(*done) : Result<std::optional<Done>>(done.error());
            }
            return lookup;
        },
        [this, nationalId](Lookup lookup) {
            setBusy(false);
            showLookup(nationalId, lookup);
        });
}

void CounterController::showLookup(const QString &nationalId, const Lookup &lookup) {
    // A role that may not handle applicants is told so, and shown nothing.
    if (!lookup.entry && lookup.entry.error().code == ErrorCode::PermissionDenied) {
        Q_EMIT applicantShown(lookup.entry.error().message, false);
        return;
    }
    if (lookup.cards)
        Q_EMIT cardsChanged(*lookup.cards);
    else
        Q_EMIT notice(lookup.cards.error().message, true);
    if (!lookup.entry)
        Q_EMIT applicantShown(tr("The registry cannot be asked: %1\nF3 records the documents the "
                                 "applicant shows instead.")
                                  .arg(lookup.entry.error().message),
                              false);
    else if (!lookup.entry->has_value())
        Q_EMIT applicantShown(tr("%1 is not in the household registry of this city. If the "
                                 "applicant shows documents, F3 records them.")
                                  .arg(nationalId),
                              false);
    else
        setApplicant(**lookup.entry, false, {});
    if (!lookup.waiting)
        Q_EMIT notice(lookup.waiting.error().message, true);
    else if (*lookup.waiting) {
        const Done &done = **lookup.waiting;
        adopt(done);
        Q_EMIT notice(done.message, false);
    }
}

void CounterController::useDocuments(const QString &nationalId, const RegistryEntry &entry,
                                     const QJsonObject &documents, const QString &overrideReason) {
    m_nationalId = nationalId;
    m_overrideReason = overrideReason;
    setApplicant(entry, true, documents);
}

bool CounterController::registryAnswered(const QString &nationalId) const {
    return m_services.desk.counter().registryAnswered(*m_session, nationalId);
}

bool CounterController::sessionOpen() const {
    return m_session->isUnlocked();
}

bool CounterController::mayOverrideRegistry() const {
    return m_session->require(Permission::ResolveFlags).ok();
}

void CounterController::setApplicant(const RegistryEntry &entry, bool offline,
                                     const QJsonObject &documents) {
    m_entry = entry;
    m_offline = offline;
    m_documents = documents;
    m_result = m_services.desk.counter().evaluate(entry.facts);
    const RegistryRecord &f = entry.facts;
    const int age = ageOn(f.birthDate, m_services.clock.todayInTaipei());
    QString text = tr("%1  %2\nBorn %3 (age %4)\n%5")
                       .arg(entry.name, entry.nameLatin, RocDate::formatShort(f.birthDate))
                       .arg(age)
                       .arg(entry.address);
    text += QLatin1Char('\n') + (offline ? tr("Source: documents seen offline — re-check pending")
                                         : tr("Source: household registry"));
    Q_EMIT applicantShown(text, true);
    if (std::none_of(m_result->decisions.begin(), m_result->decisions.end(),
                     [](const EligibilityDecision &d) { return d.eligible; }))
        Q_EMIT notice(tr("The applicant is eligible for no card type: the reasons are under 3."),
                      true);
}

std::optional<CounterApplication> CounterController::application(const CounterChoices &choices,
                                                                 QString &problem) const {
    if (!m_entry) {
        problem = tr("Look up the applicant first (F2), or record their documents (F3).");
        return std::nullopt;
    }
    if (!choices.type) {
        problem = tr("Choose a card type the applicant is eligible for.");
        return std::nullopt;
    }
    if (CardTypes::usesSensitiveData(*choices.type) && !choices.consent) {
        problem = tr("This card type uses sensitive data: record the applicant's consent (Alt+S).");
        return std::nullopt;
    }
    CounterApplication a;
    a.person = {m_nationalId,       m_entry->name,
                m_entry->nameLatin, m_entry->facts.birthDate,
                m_entry->address,   {},
                choices.photoPng};
    a.facts = m_entry->facts;
    a.documents = m_documents;
    a.offline = m_offline;
    a.overrideReason = m_offline ? m_overrideReason : QString();
    a.type = *choices.type;
    a.consent = choices.consent;
    if (m_preApplication)
        a.preApplication = m_preApplication->code;
    return a;
}

std::optional<Result<FacePreview>> CounterController::preview(const CounterChoices &choices) const {
    // A replacement or conversion waiting for F9: its own type and expiry,
    // and the photo on file unless another was taken.
    const Done *pending = m_pendingCard ? &*m_pendingCard : nullptr;
    const QByteArray photo =
        !choices.photoPng.isEmpty() || !pending ? choices.photoPng : pending->photo;
    if (!m_entry || (!choices.type && !pending) || photo.isEmpty())
        return std::nullopt;
    const CardType type = pending ? pending->type : *choices.type;
    const CardFace face{type,
                        choices.carrier,
                        m_cardNumber.isEmpty() ? QStringLiteral("0000000000000000") : m_cardNumber,
                        m_entry->name,
                        m_entry->nameLatin,
                        m_services.clock.todayInTaipei(),
                        pending ? pending->validUntil : m_result->decision(type).validUntil,
                        photo,
                        m_entry->facts.enrollment ? m_entry->facts.enrollment->school : QString()};
    return m_services.devices.preview(face.request(), 150);
}

void CounterController::produce(const CounterChoices &choices) {
    if (m_busy)
        return;
    // F9 again after the card is made: a success stays one on screen.
    if (m_lastOutcome && m_lastOutcome->end == IssuanceStep::Issued && m_pendingApplication == 0) {
        Q_EMIT notice(tr("Card %1 is already made for this applicant. F10 prints the receipt; "
                         "Ctrl+N takes the next applicant.")
                          .arg(CardNumber::grouped(m_lastOutcome->cardNumber)),
                      false);
        return;
    }
    std::optional<CounterApplication> app;
    if (m_pendingApplication == 0) {
        QString problem;
        app = application(choices, problem);
        if (app && choices.photoPng.isEmpty())
            problem = tr("Choose the applicant's photo first (F4).");
        if (!problem.isEmpty()) {
            Q_EMIT notice(problem, true);
            return;
        }
    }
    // A recorded application's photo taken again (a replacement's, or after
    // a failed F9) replaces the one on file before its card is made.
    const QByteArray retaken =
        m_pendingApplication && choices.photoPng != m_photoOnFile ? choices.photoPng : QByteArray();
    setBusy(true);
    Q_EMIT produceStarted();
    QPointer<CounterController> self(this);
    auto observer = [self](const IssuanceEvent &event) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self,
            [self, event] {
                if (self)
                    Q_EMIT self->produceEvent(event);
            },
            Qt::QueuedConnection);
    };
    runInBackground(
        this,
        [&desk = m_services.desk, devices = m_services.settings.devices, session = sessionCopy(),
         app, pending = m_pendingApplication, carrier = choices.carrier, retaken,
         observer]() -> ProduceResult {
            if (!retaken.isEmpty())
                if (Status ok = desk.counter().retakePhoto(*session, pending, retaken); !ok)
                    return {ok.error(), pending};
            return desk.produce(*session, app, pending, carrier, devices, observer);
        },
        [this, photo = choices.photoPng, retaken](ProduceResult produced) {
            setBusy(false);
            // The application stays recorded: F9 again produces it. A photo
            // taken again is on file unless that step failed (F9 tries again).
            m_pendingApplication = produced.applicationId;
            if (!photo.isEmpty() && produced.applicationId &&
                (retaken.isEmpty() || produced.outcome))
                m_photoOnFile = photo;
            if (!produced.outcome) {
                Q_EMIT produceFailed(produced.outcome.error());
                return;
            }
            const bool issued = produced.outcome->end == IssuanceStep::Issued;
            if (issued) {
                m_lastOutcome = *produced.outcome;
                m_pendingApplication = 0;
                m_pendingCard.reset();
                m_cardNumber = produced.outcome->cardNumber;
            }
            Q_EMIT produceFinished(*produced.outcome);
            if (issued)
                refreshCards();
        });
}

void CounterController::collect(const CounterChoices &choices, qint64 batchId) {
    if (m_busy)
        return;
    QString problem;
    std::optional<CounterApplication> app = application(choices, problem);
    if (app && choices.photoPng.isEmpty())
        problem = tr("Choose the applicant's photo first (F4).");
    if (!problem.isEmpty() || !app) {
        Q_EMIT notice(problem, true);
        return;
    }
    setBusy(true);
    runInBackground(
        this,
        [&counter = m_services.desk.counter(), session = sessionCopy(), app = *app, batchId] {
            return counter.applyNew(*session, app, batchId);
        },
        [this, batchId](const Result<qint64> &added) {
            setBusy(false);
            if (!added) {
                Q_EMIT notice(added.error().message, true);
                return;
            }
            Q_EMIT collected(*added, batchId);
        });
}

void CounterController::printReceipt() {
    if (!m_lastOutcome || !m_entry || m_busy)
        return;
    setBusy(true);
    runInBackground(
        this,
        [&desk = m_services.desk, session = sessionCopy(), devices = m_services.settings.devices,
         application = m_lastOutcome->applicationId, card = m_lastOutcome->cardNumber,
         name = m_entry->name, id = m_nationalId] {
            return desk.printReceipt(*session, application, card, name, id, devices);
        },
        [this](Status printed) {
            setBusy(false);
            if (printed)
                Q_EMIT notice(tr("The receipt is printed: the applicant signs it."), false);
            else
                Q_EMIT notice(printed.error().message, true);
        });
}

void CounterController::reprintReceipt(qint64 receiptId, const QString &name,
                                       const QString &nationalId) {
    if (m_busy)
        return;
    setBusy(true);
    runInBackground(
        this,
        [&desk = m_services.desk, session = sessionCopy(), devices = m_services.settings.devices,
         receiptId, name, nationalId] {
            return desk.reprintReceipt(*session, receiptId, name, nationalId, devices);
        },
        [this](Status printed) {
            setBusy(false);
            if (printed)
                Q_EMIT notice(tr("The receipt is printed again, marked as a copy."), false);
            else
                Q_EMIT notice(printed.error().message, true);
        });
}

void CounterController::recoverUnfinished() {
    setBusy(true);
    runInBackground(
        this,
        [&desk = m_services.desk, devices = m_services.settings.devices, session = sessionCopy()] {
            return desk.recoverUnfinished(*session, devices);
        },
        [this](Result<QList<IssuanceOutcome>> outcomes) {
            setBusy(false);
            if (!outcomes) {
                Q_EMIT notice(tr("Cards left unfinished by the last session could not be "
                                 "resolved: %1 Check the devices (Ctrl+2) and log in again.")
                                  .arg(outcomes.error().message),
                              true);
                return;
            }
            if (outcomes->isEmpty())
                return;
            QStringList lines;
            for (const IssuanceOutcome &o : *outcomes) {
                if (o.end == IssuanceStep::Issued)
                    lines << tr("card %1: finished and issued")
                                 .arg(CardNumber::grouped(o.cardNumber));
                else if (o.end == IssuanceStep::Spoiled)
                    lines << tr("card %1: spoiled (%2); put it aside for destruction")
                                 .arg(CardNumber::grouped(o.cardNumber),
                                      o.failure ? o.failure->message : QString());
                else
                    lines << tr("card %1: cancelled, no card was used")
                                 .arg(CardNumber::grouped(o.cardNumber));
            }
            Q_EMIT notice(tr("Cards left unfinished by the last session: %1")
                              .arg(lines.join(QStringLiteral("; "))),
                          false);
        });
}

std::function<Result<QList<ApplicantMatch>>(const QString &)> CounterController::searcher() const {
    return [&counter = m_services.desk.counter(), session = sessionCopy()](const QString &text) {
        return counter.search(*session, text);
    };
}

void CounterController::showHistory() {
    if (m_busy)
        return;
    if (m_nationalId.isEmpty() || !m_entry) {
        Q_EMIT notice(tr("Look the applicant up first (F2 or Ctrl+F): Ctrl+H shows their "
                         "history."),
                      true);
        return;
    }
    setBusy(true);
    runInBackground(
        this,
        [&counter = m_services.desk.counter(), session = sessionCopy(), id = m_nationalId] {
            return counter.history(*session, id);
        },
        [this](const Result<ApplicantHistory> &history) {
            setBusy(false);
            if (history)
                Q_EMIT historyShown(*history);
            else
                Q_EMIT notice(history.error().message, true);
        });
}

void CounterController::refreshCards() {
    runInBackground(
        this,
        [&desk = m_services.desk, session = sessionCopy(), id = m_nationalId] {
            return desk.counter().cardsOf(*session, id);
        },
        [this](Result<QList<CardSummary>> cards) {
            if (cards)
                Q_EMIT cardsChanged(*cards);
        });
}

} // namespace cc
