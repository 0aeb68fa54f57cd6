#pragma once

#include "ui/common/workspace.h"

#include <QMap>

#include <memory>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QGridLayout;

namespace cc {

class Session;
struct UiServices;

// The end of the counter day (Ctrl+6): the cards issued today by type, the
// blank cards spoiled, the replacement fees paid and waived, and per carrier
// the blank cards the stock log expects against those counted in the drawer,
// with the difference. A supervisor signs it off (Alt+S), once; the figures
// and counts go into the audit log. Counts and amounts only: no personal data.
class DayPage : public WorkspacePage {
    Q_OBJECT

public:
    DayPage(UiServices &services, std::shared_ptr<Session> session, QWidget *parent = nullptr);

    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void signOff();
    void showDifference(const QString &carrier);

    UiServices &m_services;
    std::shared_ptr<Session> m_session;
    QLabel *m_title;
    QTableWidget *m_figures;
    QGridLayout *m_stock;
    QLabel *m_status;
    QPushButton *m_signOff;
    QMap<QString, QSpinBox *> m_counted;
    QMap<QString, QLabel *> m_difference;
    QMap<QString, qint64> m_expected;
};

} // namespace cc
