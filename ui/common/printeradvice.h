#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>

namespace cc {

// What the clerk does about a card printer's fault, in their words: the one
// table both the production steps and the devices panel tell from.
class PrinterAdvice {
    Q_DECLARE_TR_FUNCTIONS(PrinterAdvice)

public:
    // Empty when `code` is not a fault the clerk clears at the printer.
    static QString forFault(ErrorCode code);
};

} // namespace cc
