#pragma once

#include "core/domain/nationalid.h"

#include <QString>

namespace cc::test {

// The n-th valid citizen ID number after `prefix` (a letter and the sex
// digit, "A1"): seven digits of n and the check digit the rule gives. Each
// test takes its own prefix, so their people never meet.
inline QString idNumber(const char *prefix, int n) {
    const QString body =
        QLatin1String(prefix) + QStringLiteral("%1").arg(n, 7, 10, QLatin1Char('0'));
    for (int check = 0; check < 10; ++check) {
        const QString candidate = body + QString::number(check);
        if (NationalId::check(candidate).valid())
            return candidate;
    }
    return {};
}

} // namespace cc::test
