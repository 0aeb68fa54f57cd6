#pragma once

#include <QStringList>

class QTableWidget;
class QWidget;

namespace cc {

// A read-only list with a header row: whole rows selected, one at a time,
// columns sized to their contents, the last one stretched. The devices
// panel, the card list and the flags list look and behave alike.
QTableWidget *makeListTable(const QStringList &headers, QWidget *parent);

} // namespace cc
