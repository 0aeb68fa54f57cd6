#include "ui/counter/counterpage.h"

#include "core/domain/nationalid.h"
#include "core/domain/rocdate.h"
#include "core/station/session.h"
#include "ui/common/uiservices.h"
#include "ui/counter/applicantfinder.h"
#include "ui/counter/cameradialog.h"
#include "ui/counter/cardpreview.h"
#include "ui/counter/collectbatch.h"
#include "ui/counter/countercontroller.h"
#include "ui/counter/identry.h"
#include "ui/counter/offlinedialog.h"
#include "ui/counter/photocropper.h"
#include "ui/counter/producesteps.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc {
namespace {

QGroupBox *section(const QString &title, QWidget *parent) {
    auto *box = new QGroupBox(title, parent);
    QFont f = box->font();
    f.setBold(true);
    box->setFont(f);
    return box;
}

// Children of a bold group box get the normal font back.
void plainFont(QWidget *w) {
    QFont f = w->font();
    f.setBold(false);
    w->setFont(f);
}

} // namespace

CounterPage::CounterPage(UiServices &services, std::shared_ptr<Session> session, QWidget *parent)
    : WorkspacePage(parent)
    , m_services(services)
    , m_controller(new CounterController(services, session, this))
    , m_collect(new CollectBatchPicker(services, session, this))
    , m_id(new IdEntry(this))
    , m_person(new QLabel(this))
    , m_cards(new CardsPanel(this))
    , m_eligibility(new QTreeWidget(this))
    , m_type(new QComboBox(this))
    , m_carrier(new QComboBox(this))
    , m_consent(new QCheckBox(tr("Consent to the use of sensitive data recorded (&S)"), this))
    , m_photo(new PhotoCropper(this))
    , m_preview(new CardPreview(this))
    , m_steps(new ProduceSteps(this))
    , m_produce(new QPushButton(tr("Produce card (F9)"), this))
    , m_receipt(new QPushButton(tr("Print receipt (F10)"), this))
    , m_notice(new QLabel(this)) {
    setObjectName(QStringLiteral("counterPage"));
    m_person->setObjectName(QStringLiteral("person"));
    m_person->setWordWrap(true);
    m_person->setTextFormat(Qt::PlainText);
    m_eligibility->setObjectName(QStringLiteral("eligibility"));
    m_eligibility->setHeaderHidden(true);
    m_eligibility->setWordWrap(true);
    m_type->setObjectName(QStringLiteral("cardType"));
    m_carrier->setObjectName(QStringLiteral("carrier"));
    for (Carrier c : {Carrier::EasyCard, Carrier::IPass})
        m_carrier->addItem(Carriers::displayName(c), Carriers::code(c));
    m_consent->setObjectName(QStringLiteral("consent"));
    m_produce->setObjectName(QStringLiteral("produce"));
    m_receipt->setObjectName(QStringLiteral("receipt"));
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);

    // 1 + 2: who, and their cards.
    auto *idBox = section(tr("1  ID number (F2)"), this);
    auto *offline = new QPushButton(tr("Offline documents (F3)"), idBox);
    offline->setObjectName(QStringLiteral("offline"));
    auto *find = new QPushButton(tr("Find by name or card (Ctrl+F)"), idBox);
    find->setObjectName(QStringLiteral("find"));
    auto *idLayout = new QVBoxLayout(idBox);
    idLayout->addWidget(m_id);
    auto *idButtons = new QHBoxLayout;
    idButtons->addWidget(offline);
    idButtons->addWidget(find);
    idLayout->addLayout(idButtons);
    auto *personBox = section(tr("2  Applicant and cards"), this);
    auto *history = new QPushButton(tr("History (Ctrl+H)"), personBox);
    history->setObjectName(QStringLiteral("history"));
    auto *personLayout = new QVBoxLayout(personBox);
    personLayout->addWidget(m_person);
    personLayout->addWidget(m_cards, 1);
    personLayout->addWidget(history, 0, Qt::AlignLeft);

    // 3 + 4: eligibility and type, photo.
    auto *typeBox = section(tr("3  Eligibility and card type"), this);
    auto *typeLayout = new QGridLayout(typeBox);
    auto *typeLabel = new QLabel(tr("&Type"), typeBox);
    typeLabel->setBuddy(m_type);
    auto *carrierLabel = new QLabel(tr("&Carrier"), typeBox);
    carrierLabel->setBuddy(m_carrier);
    typeLayout->addWidget(m_eligibility, 0, 0, 1, 2);
    typeLayout->addWidget(typeLabel, 1, 0);
    typeLayout->addWidget(m_type, 1, 1);
    typeLayout->addWidget(carrierLabel, 2, 0);
    typeLayout->addWidget(m_carrier, 2, 1);
    typeLayout->addWidget(m_consent, 3, 0, 1, 2);
    auto *photoBox = section(tr("4  Photo"), this);
    auto *choose = new QPushButton(tr("Choose photo file… (F4)"), photoBox);
    choose->setObjectName(QStringLiteral("choosePhoto"));
    auto *camera = new QPushButton(tr("Camera… (Shift+F4)"), photoBox);
    camera->setObjectName(QStringLiteral("takePhoto"));
    if (!CameraDialog::stationHasCamera()) {
        camera->setEnabled(false);
        camera->setToolTip(tr("No camera is connected to this station: F4 chooses a photo file."));
    }
    auto *photoHint = new QLabel(tr("Arrows move the frame, + and − zoom."), photoBox);
    auto *photoLayout = new QVBoxLayout(photoBox);
    photoLayout->addWidget(m_photo, 1);
    photoLayout->addWidget(photoHint);
    auto *photoButtons = new QHBoxLayout;
    photoButtons->addWidget(choose, 1);
    photoButtons->addWidget(camera);
    photoLayout->addLayout(photoButtons);

    // 5 + 6: preview, production.
    auto *previewBox = section(tr("5  Card preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);
    auto *produceBox = section(tr("6  Produce and hand over"), this);
    auto *next = new QPushButton(tr("Next applicant (Ctrl+N)"), produceBox);
    next->setObjectName(QStringLiteral("next"));
    auto *produceLayout = new QVBoxLayout(produceBox);
    produceLayout->addWidget(m_collect);
    produceLayout->addWidget(m_steps);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_produce);
    buttons->addWidget(m_receipt);
    buttons->addWidget(next);
    produceLayout->addLayout(buttons);

    for (QWidget *w : {static_cast<QWidget *>(m_id),          static_cast<QWidget *>(offline),
                       static_cast<QWidget *>(find),          static_cast<QWidget *>(history),
                       static_cast<QWidget *>(m_person),      static_cast<QWidget *>(m_cards),
                       static_cast<QWidget *>(m_eligibility), static_cast<QWidget *>(m_type),
                       static_cast<QWidget *>(m_carrier),     static_cast<QWidget *>(m_consent),
                       static_cast<QWidget *>(typeLabel),     static_cast<QWidget *>(carrierLabel),
                       static_cast<QWidget *>(m_photo),       static_cast<QWidget *>(choose),
                       static_cast<QWidget *>(photoHint),     static_cast<QWidget *>(m_preview),
                       static_cast<QWidget *>(m_steps),       static_cast<QWidget *>(m_produce),
                       static_cast<QWidget *>(m_receipt),     static_cast<QWidget *>(next),
                       static_cast<QWidget *>(m_collect)})
        plainFont(w);

    auto *left = new QVBoxLayout;
    left->addWidget(idBox);
    left->addWidget(personBox, 1);
    auto *middle = new QVBoxLayout;
    middle->addWidget(typeBox, 3);
    middle->addWidget(photoBox, 2);
    auto *right = new QVBoxLayout;
    right->addWidget(previewBox, 1);
    right->addWidget(produceBox);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 5);
    columns->addLayout(middle, 5);
    columns->addLayout(right, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(columns, 1);

    // Tab order follows the stages.
    QWidget::setTabOrder(m_id->field(), offline);
    QWidget::setTabOrder(offline, find);
    QWidget::setTabOrder(find, m_cards);
    QWidget::setTabOrder(m_cards, history);
    QWidget::setTabOrder(history, m_eligibility);
    QWidget::setTabOrder(m_eligibility, m_type);
    QWidget::setTabOrder(m_type, m_carrier);
    QWidget::setTabOrder(m_carrier, m_consent);
    QWidget::setTabOrder(m_consent, m_photo);
    QWidget::setTabOrder(m_photo, choose);
    QWidget::setTabOrder(choose, m_produce);
    QWidget::setTabOrder(m_produce, m_receipt);
    QWidget::setTabOrder(m_receipt, next);

    auto shortcut = [this](QKeySequence keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(Qt::Key_F2, &CounterPage::focusId);
    shortcut(Qt::Key_F3, &CounterPage::openOffline);
    shortcut(Qt::Key_F4, &CounterPage::choosePhoto);
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F4), &CounterPage::takePhoto);
    shortcut(Qt::Key_F6, [this] { m_cards->focusList(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), &CounterPage::findApplicant);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_H), [this] { m_controller->showHistory(); });
    shortcut(Qt::Key_F9, &CounterPage::produce);
    shortcut(Qt::Key_F10, &CounterPage::printReceipt);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), &CounterPage::nextApplicant);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_B), [this] { m_collect->focusList(); });

    connect(m_id, &IdEntry::submitted, this, &CounterPage::lookUp);
    connect(offline, &QPushButton::clicked, this, &CounterPage::openOffline);
    connect(find, &QPushButton::clicked, this, &CounterPage::findApplicant);
    connect(history, &QPushButton::clicked, m_controller, &CounterController::showHistory);
    connect(choose, &QPushButton::clicked, this, &CounterPage::choosePhoto);
    connect(camera, &QPushButton::clicked, this, &CounterPage::takePhoto);
    connect(m_produce, &QPushButton::clicked, this, &CounterPage::produce);
    connect(m_receipt, &QPushButton::clicked, this, &CounterPage::printReceipt);
    connect(next, &QPushButton::clicked, this, &CounterPage::nextApplicant);
    connect(m_cards, &CardsPanel::actionRequested, this, &CounterPage::runCardAction);
    // What the role may not do is off, and its tooltip says who may.
    const Role role = session->role();
    m_cards->setRole(role);
    m_mayProduce = Roles::allows(role, Permission::ProduceCards);
    for (auto [button, needed] : {std::pair{m_produce, Permission::ProduceCards},
                                  std::pair{offline, Permission::HandleApplicants},
                                  std::pair{find, Permission::HandleApplicants},
                                  std::pair{history, Permission::HandleApplicants}})
        if (!Roles::allows(role, needed)) {
            button->setEnabled(false);
            button->setToolTip(Roles::refusal(role, needed));
        }
    connect(m_collect, &CollectBatchPicker::changed, this, [this](qint64 batch) {
        m_produce->setText(batch ? tr("Add to batch (F9)") : tr("Produce card (F9)"));
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const std::optional<CardType> t = choices().type;
        m_consent->setVisible(t && CardTypes::usesSensitiveData(*t));
        updatePreview();
    });
    connect(m_carrier, &QComboBox::currentIndexChanged, this, &CounterPage::updatePreview);
    connect(m_photo, &PhotoCropper::cropChanged, this, [this] {
        m_keptPhoto = false; // moved or zoomed: a new crop is taken
        updatePreview();
    });
    connectController();
    nextApplicant();
}

CounterPage::~CounterPage() = default;

void CounterPage::connectController() {
    CounterController *c = m_controller;
    connect(c, &CounterController::busyChanged, this, [this](bool busy) {
        m_produce->setEnabled(!busy && m_mayProduce);
        m_cards->setEnabled(!busy);
        // Disabling the cards may have taken the focus out of the page, where
        // F2 … F10 no longer reach it.
        if (!busy && window()->isActiveWindow() && !isAncestorOf(QApplication::focusWidget()))
            focusId();
        Q_EMIT busyChanged(busy);
    });
    connect(c, &CounterController::notice, this, &CounterPage::setNotice);
    connect(c, &CounterController::applicantShown, this, [this](const QString &text, bool loaded) {
        m_person->setText(text);
        m_cards->setPersonLoaded(loaded);
        if (loaded)
            showEligibility();
    });
    connect(c, &CounterController::cardsChanged, m_cards, &CardsPanel::setCards);
    connect(c, &CounterController::preApplicationOpened, this, &CounterPage::showPreApplication);
    connect(c, &CounterController::historyShown, this, &CounterPage::showHistory);
    connect(c, &CounterController::photoOnFile, this, [this](const QByteArray &photo) {
        m_photo->setImage(QImage::fromData(photo));
        m_keptPhoto = !photo.isEmpty();
        m_steps->reset();
        m_receipt->setEnabled(false);
        updatePreview();
        m_produce->setFocus(); // F9 (or Enter) makes the card; F4 takes a photo first
    });
    connect(c, &CounterController::produceStarted, this, [this] {
        m_notice->clear();
        m_steps->start();
    });
    connect(c, &CounterController::produceEvent, m_steps, &ProduceSteps::apply);
    connect(c, &CounterController::produceFailed, m_steps, &ProduceSteps::fail);
    connect(c, &CounterController::produceFinished, this, [this](const IssuanceOutcome &outcome) {
        m_steps->finish(outcome);
        if (outcome.end != IssuanceStep::Issued)
            return;
        updatePreview();
        m_receipt->setEnabled(true);
        m_receipt->setFocus();
    });
    connect(c, &CounterController::withdrawn, this, [this](const QString &message) {
        clearApplicant();
        setNotice(message);
    });
    connect(c, &CounterController::collected, this, [this](qint64 application, qint64 batch) {
        m_steps->reset();
        m_collect->reload();
        setNotice(tr("Application %1 is in batch %2: its card is made once a supervisor approves "
                     "the batch. Ctrl+N takes the next applicant.")
                      .arg(application)
                      .arg(batch));
    });
}

bool CounterPage::isBusy() const {
    return m_controller->isBusy();
}

const std::optional<IssuanceOutcome> &CounterPage::lastOutcome() const {
    return m_controller->lastOutcome();
}

QString CounterPage::notice() const {
    return m_notice->text();
}

void CounterPage::setNotice(const QString &text, bool error) {
    m_notice->setText(text);
    m_notice->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold")
                                  : QStringLiteral("color: #1b5e20"));
}

void CounterPage::loggedIn(bool sameOperator) {
    m_collect->reload();
    if (!sameOperator)
        recoverUnfinished();
    focusId();
}

void CounterPage::recoverUnfinished() {
    m_controller->recoverUnfinished();
}

bool CounterPage::acceptScan(const QString &code) {
    m_id->acceptScan(code);
    return true;
}

void CounterPage::focusId() {
    m_id->field()->setFocus();
    m_id->field()->selectAll();
}

void CounterPage::nextApplicant() {
    if (m_controller->isBusy())
        return;
    if (const qint64 waiting = m_controller->pendingApplication())
        switch (askAboutWaiting(waiting)) {
        case Waiting::Withdraw:
            m_controller->withdrawPending(); // then withdrawn()
            return;
        case Waiting::Keep:
            break;
        case Waiting::Stay:
            return;
        }
    clearApplicant();
}

void CounterPage::clearApplicant() {
    m_controller->clear();
    m_person->setText(tr("Nobody yet: type or scan an ID number."));
    m_cards->setCards({});
    m_cards->setPersonLoaded(false);
    m_eligibility->clear();
    m_type->clear();
    m_consent->setChecked(false);
    m_consent->hide();
    m_carrier->setCurrentIndex(0); // a pre-application's choice is not the next applicant's
    m_photo->setImage({});
    m_keptPhoto = false;
    m_preview->clear();
    m_steps->reset();
    m_receipt->setEnabled(false);
    m_notice->clear();
    m_id->clear();
}

void CounterPage::lookUp(const QString &nationalId) {
    if (m_controller->deferWhileBusy(
            [this, nationalId] { lookUp(nationalId); },
            tr("%1 will be looked up as soon as the current step is done.").arg(nationalId)))
        return;
    // Enter again on the ID of the pre-application open: it stays open.
    const std::optional<PreApplication> &open = m_controller->preApplication();
    const QString code = open && open->nationalId == nationalId
                             ? open->code
                             : PreApplication::normalizedCode(nationalId);
    nextApplicant();
    m_id->field()->setText(nationalId);
    if (!code.isEmpty())
        m_controller->openPreApplication(code);
    else
        m_controller->lookUp(nationalId);
}

void CounterPage::showPreApplication(const PreApplication &document) {
    m_id->field()->setText(document.nationalId);
    m_carrier->setCurrentIndex(m_carrier->findData(Carriers::code(document.carrier)));
    setNotice(tr("Pre-application %1, made online on %2: %3 asks for a %4. Check the "
                 "applicant's ID card, then finish it as a walk-in.")
                  .arg(document.code,
                       RocDate::formatShort(
                           document.submittedAt.toOffsetFromUtc(8 * 3600).date()), // Taipei
                       document.name, CardTypes::displayName(document.cardType)),
              false);
}

void CounterPage::openOffline() {
    if (m_controller->deferWhileBusy(
            [this] { openOffline(); },
            tr("The offline documents open as soon as the current step is done.")))
        return;
    const NationalId::Check id = NationalId::check(m_id->field()->text());
    if (!id.valid()) {
        setNotice(tr("Type the applicant's ID number first."), true);
        focusId();
        return;
    }
    // The registry is authoritative: documents stand in for it only when it
    // cannot be asked, or with a supervisor's reason (the core checks it too).
    QString reason;
    if (m_controller->registryAnswered(id.normalized)) {
        if (!m_controller->mayOverrideRegistry()) {
            setNotice(tr("The household registry answered for this applicant: documents stand "
                         "in for it only when it cannot be asked. A supervisor can take the "
                         "documents over its answer, with a reason (the supervisor logs in, "
                         "types the ID number, then F3)."),
                      true);
            return;
        }
        bool ok = false;
        reason = QInputDialog::getText(
            this, tr("Documents over the registry's answer"),
            tr("The household registry answered for this applicant. Why do the documents "
               "stand over its answer? (Audited; the application is re-checked at the next "
               "sync.)"),
            QLineEdit::Normal, {}, &ok);
        if (!ok || reason.trimmed().isEmpty() || !m_controller->sessionOpen())
            return; // cancelled, or the station locked meanwhile
    }
    OfflineDialog dialog(id.normalized, this);
    if (dialog.exec() != QDialog::Accepted || !m_controller->sessionOpen())
        return;
    m_controller->useDocuments(id.normalized, dialog.entry(), dialog.documents(), reason);
}

void CounterPage::findApplicant() {
    if (m_controller->deferWhileBusy([this] { findApplicant(); },
                                     tr("The search opens as soon as the current step is done.")))
        return;
    ApplicantFinder finder(m_controller->searcher(), this);
    if (finder.exec() != QDialog::Accepted || !m_controller->sessionOpen())
        return;
    lookUp(finder.chosenId());
}

void CounterPage::showHistory(const ApplicantHistory &history) {
    HistoryDialog dialog(history, this);
    dialog.exec();
    if (const qint64 receipt = dialog.reprintChosen())
        m_controller->reprintReceipt(receipt, history.applicant.person.name,
                                     history.applicant.person.nationalId);
}

void CounterPage::showEligibility() {
    const std::optional<EligibilityResult> &result = m_controller->eligibility();
    m_eligibility->clear();
    m_type->clear();
    for (const EligibilityDecision &d : result->decisions) {
        auto *item = new QTreeWidgetItem(m_eligibility);
        item->setText(
            0, QStringLiteral("%1 %2").arg(d.eligible ? QStringLiteral("✔") : QStringLiteral("✘"),
                                           CardTypes::displayName(d.type)));
        item->setForeground(0, d.eligible ? QColor(0x1b, 0x5e, 0x20) : QColor(0x75, 0x75, 0x75));
        for (const EligibilityReason &r : d.reasons) {
            auto *reason = new QTreeWidgetItem(item);
            reason->setText(0,
                            (r.passed ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + r.message);
        }
        item->setExpanded(d.eligible);
        if (d.eligible)
            m_type->addItem(CardTypes::displayName(d.type), CardTypes::code(d.type));
    }
    if (result->assigned)
        m_type->setCurrentIndex(m_type->findData(CardTypes::code(*result->assigned)));
    if (const std::optional<PreApplication> &pre = m_controller->preApplication()) {
        const int asked = m_type->findData(CardTypes::code(pre->cardType));
        if (asked >= 0)
            m_type->setCurrentIndex(asked);
        else
            setNotice(tr("The pre-application asks for a %1, which the applicant is not "
                         "eligible for (the reasons are under 3): choose another type or "
                         "explain it to them.")
                          .arg(CardTypes::displayName(pre->cardType)),
                      true);
    }
    updatePreview();
}

CounterChoices CounterPage::choices() const {
    CounterChoices c;
    c.type = CardTypes::fromCode(m_type->currentData().toString());
    c.carrier = Carriers::fromCode(m_carrier->currentData().toString()).value_or(Carrier::EasyCard);
    c.consent = m_consent->isChecked();
    if (m_photo->hasImage() && !m_keptPhoto)
        c.photoPng = m_photo->croppedPng();
    return c;
}

bool CounterPage::setPhotoFile(const QString &path) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        setNotice(tr("%1 is not a photo this program can read: %2").arg(path, reader.errorString()),
                  true);
        return false;
    }
    m_photo->setImage(image);
    m_photo->setFocus();
    m_services.settings.photoFolder = QFileInfo(path).absolutePath(); // the next one is there too
    return true;
}

void CounterPage::choosePhoto() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("The applicant's photo"), m_services.settings.photoFolder,
        tr("Photos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)"));
    if (!path.isEmpty())
        setPhotoFile(path);
}

void CounterPage::takePhoto() {
    if (!CameraDialog::stationHasCamera()) {
        setNotice(tr("No camera is connected to this station: F4 chooses a photo file."), true);
        return;
    }
    CameraDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.taken().isNull())
        return;
    m_photo->setImage(dialog.taken());
    m_photo->setFocus();
}

void CounterPage::updatePreview() {
    const std::optional<Result<FacePreview>> preview = m_controller->preview(choices());
    if (!preview)
        m_preview->clear();
    else if (*preview)
        m_preview->setPreview(**preview);
    else
        m_preview->setMessage(preview->error().message);
}

void CounterPage::produce() {
    if (const qint64 batch = m_collect->batchId())
        m_controller->collect(choices(), batch);
    else
        m_controller->produce(choices());
}

void CounterPage::printReceipt() {
    m_controller->printReceipt();
}

} // namespace cc
