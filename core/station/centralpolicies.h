#pragma once

#include "core/domain/eligibilitypolicy.h"
#include "core/domain/result.h"

class QSqlDatabase;

namespace cc {

class Store;

// The eligibility policies the city published through the centre
// (central_policies): the newest is the one the station decides by, unless
// the program was started with a policy file of its own.
class CentralPolicies {
public:
    explicit CentralPolicies(Store &store)
        : m_store(store) {}

    // Inside the caller's write transaction; a version kept before stays.
    Status keepIn(QSqlDatabase &db, qint64 version, const QByteArray &body,
                  const QByteArray &sha256Hex, const QString &now);
    // The newest published policy; the shipped defaults when none arrived.
    // `version` is 0 for the defaults.
    Result<EligibilityPolicy> current(qint64 *version = nullptr);

private:
    Store &m_store;
};

} // namespace cc
