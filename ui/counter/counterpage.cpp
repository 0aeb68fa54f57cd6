#include "ui/counter/counterpage.h"

#include "core/domain/nationalid.h"
#include "core/domain/rocdate.h"
#include "core/ports/cardface.h"
#include "core/ports/clock.h"
#include "core/ports/stationdevices.h"
#include "core/station/session.h"
#include "ui/common/background.h"
#include "ui/common/uiservices.h"
#include "ui/counter/cardpreview.h"
#include "ui/counter/identry.h"
#include "ui/counter/offlinedialog.h"
#include "ui/counter/photocropper.h"
#include "ui/counter/producesteps.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

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

struct CounterPage::Lookup {
    Result<std::optional<RegistryEntry>> entry;
    Result<QList<CardSummary>> cards;
};

CounterPage::CounterPage(UiServices &services, std::shared_ptr<Session> session, QWidget *parent)
    : WorkspacePage(parent)
    , m_services(services)
    , m_session(std::move(session))
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
    auto *idLayout = new QVBoxLayout(idBox);
    idLayout->addWidget(m_id);
    idLayout->addWidget(offline);
    auto *personBox = section(tr("2  Applicant and cards"), this);
    auto *personLayout = new QVBoxLayout(personBox);
    personLayout->addWidget(m_person);
    personLayout->addWidget(m_cards, 1);

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
    auto *photoHint = new QLabel(tr("Arrows move the frame, + and − zoom."), photoBox);
    auto *photoLayout = new QVBoxLayout(photoBox);
    photoLayout->addWidget(m_photo, 1);
    photoLayout->addWidget(photoHint);
    photoLayout->addWidget(choose);

    // 5 + 6: preview, production.
    auto *previewBox = section(tr("5  Card preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);
    auto *produceBox = section(tr("6  Produce and hand over"), this);
    auto *next = new QPushButton(tr("Next applicant (Ctrl+N)"), produceBox);
    next->setObjectName(QStringLiteral("next"));
    auto *produceLayout = new QVBoxLayout(produceBox);
    produceLayout->addWidget(m_steps);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_produce);
    buttons->addWidget(m_receipt);
    buttons->addWidget(next);
    produceLayout->addLayout(buttons);

    for (QWidget *w : {static_cast<QWidget *>(m_id), static_cast<QWidget *>(offline),
                       static_cast<QWidget *>(m_person), static_cast<QWidget *>(m_cards),
                       static_cast<QWidget *>(m_eligibility), static_cast<QWidget *>(m_type),
                       static_cast<QWidget *>(m_carrier), static_cast<QWidget *>(m_consent),
                       static_cast<QWidget *>(typeLabel), static_cast<QWidget *>(carrierLabel),
                       static_cast<QWidget *>(m_photo), static_cast<QWidget *>(choose),
                       static_cast<QWidget *>(photoHint), static_cast<QWidget *>(m_preview),
                       static_cast<QWidget *>(m_steps), static_cast<QWidget *>(m_produce),
                       static_cast<QWidget *>(m_receipt), static_cast<QWidget *>(next)})
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
    QWidget::setTabOrder(offline, m_cards);
    QWidget::setTabOrder(m_cards, m_eligibility);
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
    shortcut(Qt::Key_F9, &CounterPage::produce);
    shortcut(Qt::Key_F10, &CounterPage::printReceipt);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), &CounterPage::nextApplicant);

    connect(m_id, &IdEntry::submitted, this, &CounterPage::lookUp);
    connect(offline, &QPushButton::clicked, this, &CounterPage::openOffline);
    connect(choose, &QPushButton::clicked, this, &CounterPage::choosePhoto);
    connect(m_produce, &QPushButton::clicked, this, &CounterPage::produce);
    connect(m_receipt, &QPushButton::clicked, this, &CounterPage::printReceipt);
    connect(next, &QPushButton::clicked, this, &CounterPage::nextApplicant);
    connect(m_cards, &CardsPanel::actionRequested, this, &CounterPage::runCardAction);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const std::optional<CardType> t = chosenType();
        m_consent->setVisible(t && CardTypes::usesSensitiveData(*t));
        updatePreview();
    });
    connect(m_carrier, &QComboBox::currentIndexChanged, this, &CounterPage::updatePreview);
    connect(m_photo, &PhotoCropper::cropChanged, this, &CounterPage::updatePreview);
    nextApplicant();
}

CounterPage::~CounterPage() = default;

QString CounterPage::notice() const {
    return m_notice->text();
}

void CounterPage::setNotice(const QString &text, bool error) {
    m_notice->setText(text);
    m_notice->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold")
                                  : QStringLiteral("color: #1b5e20"));
}

void CounterPage::setBusy(bool busy) {
    m_busy = busy;
    m_produce->setEnabled(!busy);
    m_cards->setEnabled(!busy);
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

bool CounterPage::deferWhileBusy(std::function<void()> action, const QString &notice) {
    if (!m_busy)
        return false;
    // Never drop a clerk's key or a scanner's burst: the latest request waits.
    m_queued = std::move(action);
    setNotice(notice);
    return true;
}

void CounterPage::loggedIn(bool sameOperator) {
    if (!sameOperator)
        recoverUnfinished();
    focusId();
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
    if (m_busy)
        return;
    m_nationalId.clear();
    m_entry.reset();
    m_offline = false;
    m_documents = {};
    m_result.reset();
    m_pendingApplication = 0;
    m_lastOutcome.reset();
    m_previewNumber.clear();
    m_person->setText(tr("Nobody yet: type or scan an ID number."));
    m_cards->setCards({});
    m_cards->setPersonLoaded(false);
    m_eligibility->clear();
    m_type->clear();
    m_consent->setChecked(false);
    m_consent->hide();
    m_photo->setImage({});
    m_preview->clear();
    m_steps->reset();
    m_receipt->setEnabled(false);
    m_notice->clear();
    m_id->clear();
}

void CounterPage::lookUp(const QString &nationalId) {
    if (deferWhileBusy(
            [this, nationalId] { lookUp(nationalId); },
            tr("%1 will be looked up as soon as the current step is done.").arg(nationalId)))
        return;
    const QString keep = nationalId;
    nextApplicant();
    m_id->field()->setText(keep);
    m_nationalId = keep;
    m_person->setText(tr("Asking the registry…"));
    setBusy(true);
    RegistryGateway &registry = m_services.registry;
    runInBackground(
        this,
        [&registry, &desk = m_services.desk, session = sessionCopy(), keep] {
            return Lookup{registry.lookup(keep), desk.counter().cardsOf(*session, keep)};
        },
        [this, keep](Lookup lookup) {
            setBusy(false);
            showLookup(keep, lookup);
        });
}

void CounterPage::showLookup(const QString &nationalId, const Lookup &lookup) {
    if (lookup.cards)
        m_cards->setCards(*lookup.cards);
    else
        setNotice(lookup.cards.error().message, true);
    if (!lookup.entry) {
        m_person->setText(tr("The registry cannot be asked: %1\nF3 records the documents the "
                             "applicant shows instead.")
                              .arg(lookup.entry.error().message));
        return;
    }
    if (!lookup.entry->has_value()) {
        m_person->setText(tr("%1 is not in the household registry of this city. If the applicant "
                             "shows documents, F3 records them.")
                              .arg(nationalId));
        return;
    }
    setPerson(**lookup.entry, false, {});
}

void CounterPage::openOffline() {
    if (deferWhileBusy([this] { openOffline(); },
                       tr("The offline documents open as soon as the current step is done.")))
        return;
    const NationalId::Check id = NationalId::check(m_id->field()->text());
    if (!id.valid()) {
        setNotice(tr("Type the applicant's ID number first."), true);
        focusId();
        return;
    }
    OfflineDialog dialog(id.normalized, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_nationalId = id.normalized;
    setPerson(dialog.entry(), true, dialog.documents());
}

void CounterPage::setPerson(const RegistryEntry &entry, bool offline,
                            const QJsonObject &documents) {
    m_entry = entry;
    m_offline = offline;
    m_documents = documents;
    const RegistryRecord &f = entry.facts;
    const int age = ageOn(f.birthDate, m_services.clock.todayInTaipei());
    QString text = tr("%1  %2\nBorn %3 (age %4)\n%5")
                       .arg(entry.name, entry.nameLatin, RocDate::formatShort(f.birthDate))
                       .arg(age)
                       .arg(entry.address);
    text += QLatin1Char('\n') + (offline ? tr("Source: documents seen offline — re-check pending")
                                         : tr("Source: household registry"));
    m_person->setText(text);
    m_cards->setPersonLoaded(true);
    evaluate();
}

void CounterPage::evaluate() {
    m_result = m_services.desk.counter().evaluate(m_entry->facts);
    m_eligibility->clear();
    m_type->clear();
    for (const EligibilityDecision &d : m_result->decisions) {
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
    if (m_result->assigned)
        m_type->setCurrentIndex(m_type->findData(CardTypes::code(*m_result->assigned)));
    if (m_type->count() == 0)
        setNotice(tr("The applicant is eligible for no card type: the reasons are under 3."), true);
    updatePreview();
}

std::optional<CardType> CounterPage::chosenType() const {
    return CardTypes::fromCode(m_type->currentData().toString());
}

Carrier CounterPage::chosenCarrier() const {
    return Carriers::fromCode(m_carrier->currentData().toString()).value_or(Carrier::EasyCard);
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
    return true;
}

void CounterPage::choosePhoto() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("The applicant's photo"), {},
                                     tr("Photos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)"));
    if (!path.isEmpty())
        setPhotoFile(path);
}

void CounterPage::updatePreview() {
    const std::optional<CardType> type = chosenType();
    if (!m_entry || !type || !m_photo->hasImage()) {
        m_preview->clear();
        return;
    }
    const CardFace face{*type,
                        chosenCarrier(),
                        m_previewNumber.isEmpty() ? QStringLiteral("0000000000000000")
                                                  : m_previewNumber,
                        m_entry->name,
                        m_entry->nameLatin,
                        m_services.clock.todayInTaipei(),
                        m_result->decision(*type).validUntil,
                        m_photo->croppedPng()};
    Result<FacePreview> preview = m_services.devices.preview(face.request(), 150);
    if (preview)
        m_preview->setPreview(*preview);
    else
        m_preview->setMessage(preview.error().message);
}

std::optional<CounterApplication> CounterPage::application(QString &problem) const {
    const std::optional<CardType> type = chosenType();
    if (!m_entry) {
        problem = tr("Look up the applicant first (F2), or record their documents (F3).");
        return std::nullopt;
    }
    if (!type) {
        problem = tr("Choose a card type the applicant is eligible for.");
        return std::nullopt;
    }
    if (m_consent->isVisible() && !m_consent->isChecked()) {
        problem = tr("This card type uses sensitive data: record the applicant's consent (Alt+S).");
        return std::nullopt;
    }
    CounterApplication a;
    a.person = {m_nationalId,         m_entry->name,
                m_entry->nameLatin,   m_entry->facts.birthDate,
                m_entry->address,     {},
                m_photo->croppedPng()};
    a.facts = m_entry->facts;
    a.documents = m_documents;
    a.offline = m_offline;
    a.type = *type;
    a.consent = m_consent->isChecked();
    return a;
}

void CounterPage::produce() {
    if (m_busy)
        return;
    QString problem;
    std::optional<CounterApplication> app;
    if (m_pendingApplication == 0) {
        app = application(problem);
        if (app && !m_photo->hasImage())
            problem = tr("Choose the applicant's photo first (F4).");
        if (!problem.isEmpty()) {
            setNotice(problem, true);
            return;
        }
    }
    setBusy(true);
    m_notice->clear();
    m_steps->start();
    const qint64 pending = m_pendingApplication;
    QPointer<CounterPage> self(this);
    auto observer = [self](const IssuanceEvent &event) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self,
            [self, event] {
                if (self)
                    self->m_steps->apply(event);
            },
            Qt::QueuedConnection);
    };
    runInBackground(
        this,
        [&desk = m_services.desk, devices = m_services.settings.devices, session = sessionCopy(),
         app, pending, carrier = chosenCarrier(),
         observer] { return desk.produce(*session, app, pending, carrier, devices, observer); },
        [this](ProduceResult produced) {
            setBusy(false);
            // The application stays recorded: F9 again produces it.
            m_pendingApplication = produced.applicationId;
            if (!produced.outcome) {
                m_steps->fail(produced.outcome.error());
                return;
            }
            m_steps->finish(*produced.outcome);
            if (produced.outcome->end == IssuanceStep::Issued) {
                m_lastOutcome = *produced.outcome;
                m_pendingApplication = 0;
                m_previewNumber = produced.outcome->cardNumber;
                updatePreview();
                m_receipt->setEnabled(true);
                m_receipt->setFocus();
                refreshCards();
            }
        });
}

std::shared_ptr<const Session> CounterPage::sessionCopy() const {
    return std::make_shared<const Session>(m_session->share());
}

void CounterPage::refreshCards() {
    runInBackground(
        this,
        [&desk = m_services.desk, session = sessionCopy(), id = m_nationalId] {
            return desk.counter().cardsOf(*session, id);
        },
        [this](Result<QList<CardSummary>> cards) {
            if (cards)
                m_cards->setCards(*cards);
        });
}

} // namespace cc
