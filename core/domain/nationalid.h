#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace cc {

// A validated national identification number: a citizen ID (A123456789) or a
// resident certificate number in the new (A800000014) or old (AB12345678) format.
// Construct one through check() or parse(); a NationalId is always valid.
class NationalId {
    Q_DECLARE_TR_FUNCTIONS(NationalId)

public:
    enum class Kind { Citizen, ResidentNew, ResidentOld };
    enum class Rejection { None, Empty, Length, Format, Checksum };

    // Everything a clerk or a script needs to know about one typed or scanned value.
    struct Check {
        QString normalized; // trimmed, upper-cased input
        Rejection rejection = Rejection::None;
        Kind kind = Kind::Citizen; // meaningful only when valid()
        QString message;           // translated: the kind when valid, the reason when not

        bool valid() const { return rejection == Rejection::None; }
    };

    static Check check(QStringView input);
    static Result<NationalId> parse(QStringView input);

    const QString &value() const { return m_value; }
    Kind kind() const { return m_kind; }

    // Stable identifiers used in JSON: "citizen", "resident-new", "resident-old";
    // "empty", "length", "format", "checksum".
    static QString kindCode(Kind kind);
    static QString rejectionCode(Rejection rejection);
    static QString kindDisplayName(Kind kind);
    // For paper the citizen takes away: the letter and the first four digits,
    // the rest starred ("A1234*****").
    static QString masked(const QString &normalized);

    friend bool operator==(const NationalId &, const NationalId &) = default;

private:
    NationalId(QString value, Kind kind)
        : m_value(std::move(value))
        , m_kind(kind) {}

    QString m_value;
    Kind m_kind = Kind::Citizen;
};

} // namespace cc
