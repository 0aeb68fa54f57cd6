#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cc {

// The stored-value platform a card is built on; blank stock is kept per carrier.
enum class Carrier { EasyCard, IPass };

class Carriers {
    Q_DECLARE_TR_FUNCTIONS(Carriers)

public:
    static QString code(Carrier carrier); // "easycard", "ipass"
    static std::optional<Carrier> fromCode(const QString &code);
    static QString displayName(Carrier carrier); // 悠遊卡, 一卡通
};

} // namespace cc
