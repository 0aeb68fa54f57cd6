#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>

class QFont;
class QPrinter;

namespace cc {

// The office printers for paper (receipts, hand-over lists): a system print
// queue, or a PDF file.
class PaperPrinters {
    Q_DECLARE_TR_FUNCTIONS(PaperPrinters)

public:
    // Points `device` (A4) at `printer`: a system print queue (empty: the
    // default queue) or "pdf:PATH" for a PDF file.
    static Status prepare(QPrinter &device, const QString &printer, const QString &docName);
    // The station's typeface on paper. Not shaped: shaped, a digit after a
    // Latin letter gets a glyph Qt's PDF gives no text for, and "A1234*****"
    // would read back (and copy) as "A*****".
    static QFont font(double pointSize, bool bold = false);
};

} // namespace cc
