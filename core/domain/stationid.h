#pragma once

#include <QStringView>

namespace cc {

// A station ID: 1 to 32 ASCII letters, digits or dashes ("0301",
// "taoyuan-mobile-2"). The station's store, its certificate's common name
// and the central service's rows all use it.
inline bool isValidStationId(QStringView id) {
    if (id.isEmpty() || id.size() > 32)
        return false;
    for (QChar c : id)
        if (!(c.isDigit() || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-'))
            return false;
    return true;
}

} // namespace cc
