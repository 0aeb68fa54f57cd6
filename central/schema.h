#pragma once

#include "core/domain/result.h"

namespace cc::central {

class PgConnection;

// The central database's schema: versioned migrations applied in order, all
// that are pending in one transaction under an advisory lock, so two service
// processes started at once never apply one twice (docs/central.md).
class Schema {
public:
    static constexpr int kVersion = 6;

    // The version the database is at; 0 for an empty database.
    static Result<int> version(PgConnection &db);
    // Applies what is pending; returns the version reached. A database newer
    // than this program is SchemaTooNew, and is left alone.
    static Result<int> migrate(PgConnection &db);
};

} // namespace cc::central
