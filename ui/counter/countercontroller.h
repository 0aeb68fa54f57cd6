#pragma once

#include "core/ports/registrygateway.h"
#include "core/ports/stationdevices.h"
#include "core/workflows/counterdesk.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace cc {

class Session;
struct UiServices;

// What the clerk has chosen on the page for the applicant on screen.
struct CounterChoices {
    std::optional<CardType> type;
    Carrier carrier = Carrier::EasyCard;
    bool consent = false;
    // The cropped photo; empty: none chosen yet, or (a replacement or
    // conversion waiting for F9) the photo on file is kept.
    QByteArray photoPng;
};

// The counter's state for one applicant and the calls behind the page: the
// lookup, F9, the receipt, recovery after a crash and the transactions on
// the person's cards, each on a worker with a copy of the session and of the
// device choice. It holds no widgets: the page asks the clerk (dialogs,
// confirmations) and shows what the signals report. While one call runs, the
// latest request waits and runs next; none is dropped.
class CounterController : public QObject {
    Q_OBJECT

public:
    CounterController(UiServices &services, std::shared_ptr<Session> session,
                      QObject *parent = nullptr);
    ~CounterController() override;

    bool isBusy() const { return m_busy; }
    // When busy, keeps `action` to run once the controller is free, says so
    // with `notice`, and returns true.
    bool deferWhileBusy(std::function<void()> action, const QString &notice);

    const QString &nationalId() const { return m_nationalId; }
    const std::optional<RegistryEntry> &entry() const { return m_entry; }
    const std::optional<EligibilityResult> &eligibility() const { return m_result; }
    const std::optional<IssuanceOutcome> &lastOutcome() const { return m_lastOutcome; }
    // A recorded application waiting for F9 (0: none).
    qint64 pendingApplication() const { return m_pendingApplication; }
    // The applicant leaves without the card of the pending application: it
    // is withdrawn (withdrawn(), or a notice) and the applicant forgotten.
    void withdrawPending();

    // Forgets the applicant on screen.
    void clear();
    // Asks the registry and the store for `nationalId` (applicantShown).
    void lookUp(const QString &nationalId);
    // Opens the pre-application `code` (its QR code, scanned or typed): its
    // applicant is looked up as above, and the application made from it
    // finishes the pre-application (preApplicationOpened, or a notice).
    void openPreApplication(const QString &code);
    const std::optional<PreApplication> &preApplication() const { return m_preApplication; }
    // The applicant as the documents the clerk recorded describe them.
    // `overrideReason`: a supervisor's, when the registry answered for them.
    void useDocuments(const QString &nationalId, const RegistryEntry &entry,
                      const QJsonObject &documents, const QString &overrideReason = {});
    // Whether the registry answered for `nationalId` (found or not) at this
    // station: then documents stand in for it only with a supervisor's reason.
    bool registryAnswered(const QString &nationalId) const;
    bool mayOverrideRegistry() const;
    bool sessionOpen() const;

    // The application the choices make, or the problem that stops it.
    std::optional<CounterApplication> application(const CounterChoices &choices,
                                                  QString &problem) const;
    // The face as it will be printed; none until there is something to show.
    std::optional<Result<FacePreview>> preview(const CounterChoices &choices) const;

    void produce(const CounterChoices &choices);
    // Records the application into the open batch `batchId` (a mobile
    // team's session, a village chief's forms) without making a card:
    // collected() or a notice.
    void collect(const CounterChoices &choices, qint64 batchId);
    void printReceipt();
    // A receipt of the history printed again, as a marked copy.
    void reprintReceipt(qint64 receiptId, const QString &name, const QString &nationalId);
    void recoverUnfinished();

    // The transactions of the cards panel, asked and confirmed by the page.
    void reportLost(const QString &cardNumber);
    void replace(const QString &cardNumber, ReplacementReason why, const FeeSettlement &fee);
    void convert(const QString &cardNumber, const CounterChoices &choices);
    void cancel(const QString &cardNumber, CancellationReason why);
    void linkOwnCard(const CounterChoices &choices);
    void reprint(const QString &cardNumber);

    // The search of Ctrl+F, for a worker, with a copy of the session.
    std::function<Result<QList<ApplicantMatch>>(const QString &)> searcher() const;
    // The history of the applicant on screen (historyShown, or a notice).
    void showHistory();

Q_SIGNALS:
    void busyChanged(bool busy);
    void notice(const QString &text, bool error);
    // The registry answered: `text` describes the person (or why there is
    // none); `loaded` when there is an applicant to work on.
    void applicantShown(const QString &text, bool loaded);
    void cardsChanged(const QList<CardSummary> &cards);
    void produceStarted();
    void produceEvent(const IssuanceEvent &event);
    void produceFailed(const Error &error);
    void produceFinished(const IssuanceOutcome &outcome);
    void collected(qint64 applicationId, qint64 batchId);
    void withdrawn(const QString &message);
    void preApplicationOpened(const PreApplication &document);
    void historyShown(const ApplicantHistory &history);
    // A replacement or conversion is recorded: the photo on file is the one
    // its card carries unless the clerk takes another (CounterChoices).
    void photoOnFile(const QByteArray &photo);

private:
    struct Lookup;
    // What a transaction on the cards did: the message, and a replacement or
    // conversion recorded (its card made by F9) with what that card carries.
    struct Done {
        QString message;
        qint64 application = 0;
        CardType type = CardType::General;
        QDate validUntil = {};
        QByteArray photo = {};
        bool problem = false; // done, but the message says what went wrong
    };
    // A recorded application's Done, the photo on file read for it.
    static Result<Done> recorded(Counter &counter, const Session &session, QString message,
                                 qint64 application, CardType type, const QDate &validUntil);
    // `done` is the application waiting for F9 from now on.
    void adopt(const Done &done);
    void startLookUp(const QString &nationalId);
    void showLookup(const QString &nationalId, const Lookup &lookup);
    void setApplicant(const RegistryEntry &entry, bool offline, const QJsonObject &documents);
    void runCardWork(std::function<Result<Done>()> work);
    void refreshCards();
    void setBusy(bool busy);
    std::shared_ptr<const Session> sessionCopy() const;

    UiServices &m_services;
    std::shared_ptr<Session> m_session;

    QString m_nationalId;
    std::optional<RegistryEntry> m_entry;
    bool m_offline = false;
    QJsonObject m_documents;
    QString m_overrideReason; // a supervisor's, taking documents over that answer
    std::optional<EligibilityResult> m_result;
    std::optional<PreApplication> m_preApplication; // the one being finished
    qint64 m_pendingApplication = 0;                // a replacement or conversion waiting for F9
    std::optional<Done> m_pendingCard;              // what that card will carry
    QByteArray m_photoOnFile; // the photo the recorded application's card carries
    std::optional<IssuanceOutcome> m_lastOutcome;
    QString m_cardNumber; // the card number once allocated
    bool m_busy = false;
    std::function<void()> m_queued; // asked for while busy: runs next
};

} // namespace cc
