#include "ui/batches/newbatchdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cc {

NewBatchDialog::NewBatchDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("newBatch"));
    setWindowTitle(tr("New batch"));
    m_kind->setObjectName(QStringLiteral("newBatchKind"));
    m_label->setObjectName(QStringLiteral("newBatchLabel"));
    m_type->setObjectName(QStringLiteral("newBatchType"));
    m_problem->setObjectName(QStringLiteral("newBatchProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    for (const BatchKind k : {BatchKind::SchoolRoster, BatchKind::AgencyRoster,
                              BatchKind::MobileSession, BatchKind::VillageCollection})
        m_kind->addItem(States::displayName(k), int(k));
    m_label->setPlaceholderText(tr("e.g. Zhongli Elementary, school year 115"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Label"), m_label);
    form->addRow(tr("Card &type"), m_type);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewBatchDialog::kindChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    kindChanged();
    m_label->setFocus();
}

void NewBatchDialog::kindChanged() {
    const auto kind = BatchKind(m_kind->currentData().toInt());
    m_type->clear();
    const bool roster = kind == BatchKind::SchoolRoster || kind == BatchKind::AgencyRoster;
    if (!roster)
        m_type->addItem(tr("Any card type"), -1);
    // Disability and companion cards need the applicant in person.
    for (const CardType t : {CardType::Student, CardType::Senior, CardType::General,
                             CardType::Disability, CardType::Companion})
        if ((kind != BatchKind::SchoolRoster || t == CardType::Student) &&
            (!roster || !CardTypes::usesSensitiveData(t)))
            m_type->addItem(CardTypes::displayName(t), int(t));
}

BatchSpec NewBatchDialog::spec() const {
    BatchSpec s;
    s.kind = BatchKind(m_kind->currentData().toInt());
    s.label = m_label->text();
    if (const int t = m_type->currentData().toInt(); t >= 0)
        s.cardType = CardType(t);
    return s;
}

void NewBatchDialog::refuse(const QString &why) {
    m_problem->setText(why);
}

} // namespace cc
