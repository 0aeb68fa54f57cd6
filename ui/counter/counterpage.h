#pragma once

#include "core/workflows/counterdesk.h"
#include "ui/common/workspace.h"
#include "ui/counter/cardspanel.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace cc {

class CardPreview;
class CollectBatchPicker;
class CounterController;
class IdEntry;
class PhotoCropper;
class ProduceSteps;
class Session;
struct CounterChoices;
struct UiServices;

// The counter workspace's layout: ID number, registry result (or the offline
// documents), eligibility with its reasons and the type, carrier, photo with
// its crop frame, the card preview, then Produce with the live steps, the
// receipt, and the other transactions on the person's cards. It asks the
// clerk and shows; the CounterController does the work, off the GUI thread.
class CounterPage : public WorkspacePage {
    Q_OBJECT

public:
    CounterPage(UiServices &services, std::shared_ptr<Session> session, QWidget *parent = nullptr);
    ~CounterPage() override;

    bool isBusy() const override;
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
    const std::optional<IssuanceOutcome> &lastOutcome() const;
    bool setPhotoFile(const QString &path);

private:
    void connectController();
    // An ID number, or a pre-application's code (its QR code).
    void lookUp(const QString &nationalId);
    void showPreApplication(const PreApplication &document);
    void openOffline();
    void findApplicant();
    void showEligibility();
    void updatePreview();
    void choosePhoto();
    void takePhoto(); // from the station's webcam, where it has one
    void produce();
    void printReceipt();
    void runCardAction(CardsPanel::Action action);
    void showHistory(const ApplicantHistory &history);
    // The replacement fee from the policy, paid or waived with a reason;
    // nothing when the clerk cancels.
    std::optional<FeeSettlement> settleFee(ReplacementReason reason);
    // The applicant goes while application `id` waits for its card.
    enum class Waiting { Withdraw, Keep, Stay };
    Waiting askAboutWaiting(qint64 id);
    void clearApplicant();
    void setNotice(const QString &text, bool error = false);
    CounterChoices choices() const;

    UiServices &m_services;
    CounterController *m_controller;
    CollectBatchPicker *m_collect;

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
    // The photo shown is the one on file of a replacement or conversion,
    // untouched: its card carries the stored photo, not a re-crop of it.
    bool m_keptPhoto = false;
    bool m_mayProduce = false; // the role produces cards
};

} // namespace cc
