#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace cc {

// A stored state and the code the store and the sync events spell it with.
template<typename E> struct CodeOf {
    E value;
    const char16_t *code;
};

// The code of `value` in `table` (every enumerator is listed once).
template<typename E, std::size_t N> QString codeIn(const CodeOf<E> (&table)[N], E value) {
    for (const CodeOf<E> &c : table)
        if (c.value == value)
            return QString::fromUtf16(c.code);
    return {};
}

// The value spelled `code`; none for a code the table does not have, which a
// reader of stored rows turns into an error, never into a default.
template<typename E, std::size_t N>
std::optional<E> valueIn(const CodeOf<E> (&table)[N], QStringView code) {
    for (const CodeOf<E> &c : table)
        if (code == QStringView(c.code))
            return c.value;
    return std::nullopt;
}

} // namespace cc
