#pragma once

// The PC/SC API as both pcsc-lite (Linux, macOS) and WinSCard (Windows) spell
// it, plus the one place PC/SC return codes become our named errors.

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QString>

#include <winscard.h>

namespace cc::reader {

class Pcsc {
    Q_DECLARE_TR_FUNCTIONS(Pcsc)

public:
    // "SCARD_E_NO_SERVICE" for the code, or its hexadecimal value if unknown.
    static QString codeName(LONG rv);
    // The named error for a failed PC/SC call, with a message a clerk or an IT
    // admin can act on; `where` names the reader (or the call) involved.
    static Error error(LONG rv, const QString &where);
};

} // namespace cc::reader
