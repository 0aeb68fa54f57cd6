#pragma once

#include "core/ports/registrygateway.h"
#include "core/workflows/counterdesk.h"
#include "ui/common/workspace.h"
#include "ui/counter/cardspanel.h"

#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace cc {

class CardPreview;
class IdEntry;
class PhotoCropper;
class ProduceSteps;
class Session;
struct UiServices;

// The counter workspace: ID number, registry result (or the offline
// documents), eligibility with its reasons and the type, carrier, photo with
// its crop frame, the card preview, then Produce with the live steps, the
// receipt, and the other transactions on the person's cards. Everything that
// waits on the registry, a device or scrypt runs off the GUI thread.
class CounterPage : public WorkspacePage {
    Q_OBJECT

public:
    CounterPage(UiServices &services, std::shared_ptr<Session> session, QWidget *parent = nullptr);
    ~CounterPage() override;

    bool isBusy() const override { return m_busy; }
    // A new operator's login resolves what a crash left unfinished first.
    void loggedIn(bool sameOperator) override;
    // A scanned ID number is looked up as if typed and Enter pressed.
    bool acceptScan(const QString &code) override;
    // Resolves attempts a crash left unfinished and reports what became of them.
    void recoverUnfinished();
    void nextApplicant();
    void focusId();

    // For tests and screenshots.
    IdEntry *idEntry() const { return m_id; }
    PhotoCropper *photo() const { return m_photo; }
    ProduceSteps *steps() const { return m_steps; }
    QString notice() const;
    const std::optional<IssuanceOutcome> &lastOutcome() const { return m_lastOutcome; }
    bool setPhotoFile(const QString &path);

private:
    struct Lookup;
    void lookUp(const QString &nationalId);
    void showLookup(const QString &nationalId, const Lookup &lookup);
    void openOffline();
    void setPerson(const RegistryEntry &entry, bool offline, const QJsonObject &documents);
    void evaluate();
    void updatePreview();
    void choosePhoto();
    void produce();
    void printReceipt();
    void runCardAction(CardsPanel::Action action);
    void refreshCards();
    void setBusy(bool busy);
    // When busy, keeps `action` to run once the page is free and says so.
    bool deferWhileBusy(std::function<void()> action, const QString &notice);
    void setNotice(const QString &text, bool error = false);
    std::optional<CounterApplication> application(QString &problem) const;
    std::optional<CardType> chosenType() const;
    // The operator's session for one background call: a copy, so that an
    // idle lock on this thread never wipes keys a worker is using.
    std::shared_ptr<const Session> sessionCopy() const;
    Carrier chosenCarrier() const;

    UiServices &m_services;
    std::shared_ptr<Session> m_session;

    IdEntry *m_id;
    QLabel *m_person;
    CardsPanel *m_cards;
    QTreeWidget *m_eligibility;
    QComboBox *m_type;
    QComboBox *m_carrier;
    QCheckBox *m_consent;
    PhotoCropper *m_photo;
    CardPreview *m_preview;
    ProduceSteps *m_steps;
    QPushButton *m_produce;
    QPushButton *m_receipt;
    QLabel *m_notice;

    QString m_nationalId;
    std::optional<RegistryEntry> m_entry;
    bool m_offline = false;
    QJsonObject m_documents;
    std::optional<EligibilityResult> m_result;
    qint64 m_pendingApplication = 0; // a replacement or conversion waiting for F9
    std::optional<IssuanceOutcome> m_lastOutcome;
    QString m_previewNumber; // the card number once allocated
    bool m_busy = false;
    std::function<void()> m_queued; // asked for while busy: runs next
};

} // namespace cc
