#pragma once

#include <QLoggingCategory>

// Printing: templates, rendering and printers. Log job names, card positions
// and outcomes; never names, photos or other personal data.
Q_DECLARE_LOGGING_CATEGORY(lcPrinting) // citizencard.printing
