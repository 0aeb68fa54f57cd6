#include "ui/counter/identry.h"

#include "core/domain/nationalid.h"
#include "core/station/preapplications.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace cc {

IdEntry::IdEntry(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this)) {
    m_field->setObjectName(QStringLiteral("nationalId"));
    m_field->setPlaceholderText(
        tr("e.g. A123456789 — or scan the ID card or a pre-application's QR code"));
    // Room for the spaces and dashes people and scanners put between groups.
    m_field->setMaxLength(24);
    QFont big = m_field->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setFamily(QStringLiteral("monospace"));
    m_field->setFont(big);
    m_status->setObjectName(QStringLiteral("nationalIdStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    connect(m_field, &QLineEdit::textChanged, this, &IdEntry::check);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (check())
            Q_EMIT submitted(normalized(m_field->text()));
    });
    check();
}

void IdEntry::clear() {
    m_field->clear();
    m_field->setFocus();
}

void IdEntry::acceptScan(const QString &code) {
    m_field->setText(code);
    m_field->setFocus();
    if (check())
        Q_EMIT submitted(normalized(code));
}

QString IdEntry::normalized(const QString &text) {
    const QString code = PreApplication::normalizedCode(text);
    return code.isEmpty() ? NationalId::check(text).normalized : code;
}

bool IdEntry::check() {
    const QString text = m_field->text().trimmed();
    if (text.isEmpty()) {
        m_status->setText(tr("Type or scan the applicant's ID number, then Enter."));
        m_status->setStyleSheet({});
        return false;
    }
    if (!PreApplication::normalizedCode(text).isEmpty()) {
        m_status->setText(tr("✔ A pre-application's code: Enter opens it."));
        m_status->setStyleSheet(QStringLiteral("color: #1b5e20"));
        return true;
    }
    const NationalId::Check c = NationalId::check(text); // its form drops spaces and dashes
    const qsizetype typed = c.normalized.size();
    if (text.startsWith(QLatin1String("PA"), Qt::CaseInsensitive) &&
        typed < PreApplication::kCodeLength) { // an ID number's second character is a digit
        m_status->setText(tr("%1 of %2 characters of a pre-application's code")
                              .arg(typed)
                              .arg(PreApplication::kCodeLength));
        m_status->setStyleSheet({});
        return false;
    }
    // While the clerk is still typing, a short number is not yet an error.
    const bool incomplete = c.rejection == NationalId::Rejection::Length && typed < 10;
    m_status->setText(c.valid() ? QStringLiteral("✔ ") + c.message
                                : (incomplete ? tr("%1 of 10 characters").arg(typed)
                                              : QStringLiteral("✘ ") + c.message));
    m_status->setStyleSheet(c.valid()    ? QStringLiteral("color: #1b5e20")
                            : incomplete ? QString()
                                         : QStringLiteral("color: #b00020"));
    return c.valid();
}

} // namespace cc
