#include "ui/counter/offlinedialog.h"

#include "core/domain/offlineevidence.h"
#include "core/domain/rocdate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cc {
namespace {

enum Column { Kind, Number, Issued, ValidUntil, Detail, School, ColumnCount };

constexpr DocumentKind kKinds[] = {
    DocumentKind::NationalIdCard,      DocumentKind::HouseholdTranscript,
    DocumentKind::ResidentCertificate, DocumentKind::DisabilityCertificate,
    DocumentKind::StudentId,           DocumentKind::IndigenousRecord};

QString cellText(const QTableWidget *table, int row, int column) {
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

OfflineDialog::OfflineDialog(const QString &nationalId, QWidget *parent)
    : QDialog(parent)
    , m_nationalId(nationalId)
    , m_name(new QLineEdit(this))
    , m_nameLatin(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_birth(new QLineEdit(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("offlineDialog"));
    setWindowTitle(tr("Offline: documents seen for %1").arg(nationalId));
    m_name->setObjectName(QStringLiteral("offlineName"));
    m_nameLatin->setObjectName(QStringLiteral("offlineNameLatin"));
    m_address->setObjectName(QStringLiteral("offlineAddress"));
    m_birth->setObjectName(QStringLiteral("offlineBirth"));
    m_birth->setPlaceholderText(tr("ROC date, e.g. 50/03/14"));
    m_table->setObjectName(QStringLiteral("offlineDocuments"));
    m_table->setHorizontalHeaderLabels({tr("Document"), tr("Number"), tr("Issued (ROC)"),
                                        tr("Valid until (ROC)"), tr("Detail"), tr("School")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int column : {Kind, Detail})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_message->setObjectName(QStringLiteral("offlineMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *note = new QLabel(
        tr("The registry cannot be asked. Record what the documents show; eligibility is "
           "computed from them and the application is marked \"offline, re-check pending\". "
           "Detail: the permit's category, the companion mark of a disability certificate, the "
           "school level of a student ID (and its school)."),
        this);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Name in &Latin letters"), m_nameLatin);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("&Birth date"), m_birth);

    auto *add = new QPushButton(tr("A&dd document"), this);
    add->setObjectName(QStringLiteral("offlineAdd"));
    auto *remove = new QPushButton(tr("&Remove document"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use these documents"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_table);
    layout->addLayout(rowButtons);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1000, 520);

    connect(add, &QPushButton::clicked, this, &OfflineDialog::addRow);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &OfflineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OfflineDialog::reject);
    addRow(); // the ID card is always seen: its number is the one just checked
    m_table->item(0, Number)->setText(nationalId);
}

void OfflineDialog::addRow() {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *kind = new QComboBox(m_table);
    kind->setObjectName(QStringLiteral("offlineKind%1").arg(row));
    for (DocumentKind k : kKinds)
        kind->addItem(OfflineEvidence::kindName(k), OfflineEvidence::kindCode(k));
    auto *detail = new QComboBox(m_table);
    detail->setObjectName(QStringLiteral("offlineDetail%1").arg(row));
    m_table->setCellWidget(row, Kind, kind);
    m_table->setCellWidget(row, Detail, detail);
    for (int c : {Number, Issued, ValidUntil, School})
        m_table->setItem(row, c, new QTableWidgetItem);
    connect(kind, &QComboBox::currentIndexChanged, this,
            [this, kind, detail] { offerDetails(kind, detail); });
    offerDetails(kind, detail);
    m_table->setCurrentCell(row, Number);
}

// The detail column offers what the chosen kind of document can say, and the
// school is asked only of a student ID.
void OfflineDialog::offerDetails(QComboBox *kind, QComboBox *detail) {
    const DocumentKind k = OfflineEvidence::kindFromCode(kind->currentData().toString())
                               .value_or(DocumentKind::NationalIdCard);
    detail->clear();
    const QList<OfflineEvidence::DetailChoice> choices = OfflineEvidence::detailChoices(k);
    // A permit's category and a school level change what the person may get:
    // the clerk chooses them, nothing is taken for granted.
    if (k == DocumentKind::ResidentCertificate || k == DocumentKind::StudentId)
        detail->addItem(tr("Choose…"), QString());
    for (const OfflineEvidence::DetailChoice &choice : choices)
        detail->addItem(choice.name, choice.code);
    if (choices.isEmpty())
        detail->addItem(QStringLiteral("—"));
    detail->setEnabled(!choices.isEmpty());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->cellWidget(row, Kind) != kind)
            continue;
        QTableWidgetItem *school = m_table->item(row, School);
        const bool student = k == DocumentKind::StudentId;
        school->setFlags(student ? school->flags() | Qt::ItemIsEditable | Qt::ItemIsEnabled
                                 : Qt::NoItemFlags);
        if (!student)
            school->setText(QString());
    }
}

Result<QDate> OfflineDialog::date(int row, int column, bool required) const {
    const QString text = cellText(m_table, row, column);
    if (text.isEmpty() && !required)
        return QDate();
    Result<QDate> d = RocDate::parseDate(text);
    if (!d)
        return Error{d.error().code,
                     tr("Document %1, %2: %3")
                         .arg(row + 1)
                         .arg(m_table->horizontalHeaderItem(column)->text(), d.error().message),
                     QStringLiteral("documents[%1]").arg(row)};
    return d;
}

void OfflineDialog::accept() {
    OfflineEvidence evidence;
    evidence.nationalId = m_nationalId;
    Result<QDate> birth = RocDate::parseDate(m_birth->text().trimmed());
    if (m_name->text().trimmed().isEmpty()) {
        m_message->setText(tr("Name: enter the name as the ID card shows it."));
        m_name->setFocus();
        return;
    }
    if (!birth) {
        m_message->setText(tr("Birth date: %1").arg(birth.error().message));
        m_birth->setFocus();
        return;
    }
    evidence.birthDate = *birth;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        SeenDocument doc;
        auto *kind = static_cast<QComboBox *>(m_table->cellWidget(row, Kind));
        doc.kind = OfflineEvidence::kindFromCode(kind->currentData().toString())
                       .value_or(DocumentKind::NationalIdCard);
        doc.number = cellText(m_table, row, Number);
        doc.detail =
            static_cast<QComboBox *>(m_table->cellWidget(row, Detail))->currentData().toString();
        doc.school = cellText(m_table, row, School);
        Result<QDate> issued = date(row, Issued, false);
        Result<QDate> until = date(row, ValidUntil, false);
        for (const Result<QDate> *d : {&issued, &until})
            if (!*d) {
                m_message->setText(d->error().message);
                m_table->setCurrentCell(row, d == &issued ? Issued : ValidUntil);
                return;
            }
        doc.issued = *issued;
        doc.validUntil = *until;
        evidence.documents << doc;
    }
    Result<RegistryRecord> facts = evidence.toRecord();
    if (!facts) {
        m_message->setText(facts.error().message);
        return;
    }
    m_entry = {*facts, m_name->text().trimmed(), m_nameLatin->text().trimmed(),
               m_address->text().trimmed()};
    m_documents = evidence.toJson();
    QDialog::accept();
}

} // namespace cc
