#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace cc {

// The five card types. Codes are stable identifiers used in files, APIs and
// the database; never renumber or rename them.
enum class CardType { General, Student, Senior, Disability, Companion };

inline constexpr std::array<CardType, 5> kAllCardTypes = {CardType::General, CardType::Student,
                                                          CardType::Senior, CardType::Disability,
                                                          CardType::Companion};

class CardTypes {
    Q_DECLARE_TR_FUNCTIONS(CardTypes)

public:
    // "general", "student", "senior", "disability", "companion".
    static QString code(CardType type);
    static std::optional<CardType> fromCode(QStringView code);
    // Translated display name (zh_TW: 一般卡, 學生卡, 敬老卡, 愛心卡, 愛心陪伴卡).
    static QString displayName(CardType type);
    // A personal card: a person holds at most one active. Companion cards are extra.
    static bool isPersonal(CardType type) { return type != CardType::Companion; }
    // Disability and companion cards rest on sensitive data (the disability
    // certificate): the applicant's recorded consent is required, and the
    // receipt carries the consent statement.
    static bool usesSensitiveData(CardType type) {
        return type == CardType::Disability || type == CardType::Companion;
    }
};

} // namespace cc
