#pragma once

#include "core/domain/result.h"
#include "core/ports/stationdevices.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace cc {

// A batch's hand-over list on A4: on every page the batch, the station, the
// date in ROC form and "page n of m"; the cards in a table (number, card
// number, type, masked name and ID number, a box ticked as each is handed
// over); after the last card, signature and date lines for the office and
// for whoever receives the cards.
class HandOverPrinter {
    Q_DECLARE_TR_FUNCTIONS(HandOverPrinter)

public:
    // `printer`: a system print queue (empty: the default) or "pdf:PATH".
    static Status print(const HandOverList &list, const QString &printer);
    // Paints the list on `device`, which must be A4, as many pages as it takes.
    static Status paint(const HandOverList &list, QPagedPaintDevice &device);
    // The pages `rows` cards take.
    static int pagesFor(qsizetype rows);
};

} // namespace cc
