#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace cc {

// The states the store keeps, as enums from the row to the screen. Each has
// its stored code ("active", "in-production", …); a code none of these know
// is an error where a row is read (RowReader), never a default.

// A card's status (cards.status).
enum class CardStatus { Active, Blocked, Cancelled };

// Why a card is blocked or cancelled (cards.status_reason; none while active).
enum class StatusReason { None, Lost, Replaced, Converted, Death, MovedAway };

// Where an application is (applications.status).
enum class ApplicationStatus { Received, InProduction, Issued, Rejected, Cancelled };

// Where a batch is (batches.status).
enum class BatchStatus { Open, Submitted, Approved, Rejected, InProduction, Completed };

// What a batch is (batches.kind): where its applications came from.
enum class BatchKind { MobileSession, VillageCollection, SchoolRoster, AgencyRoster };

namespace States {

QString code(CardStatus status);
QString code(StatusReason reason); // empty for None
QString code(ApplicationStatus status);
QString code(BatchStatus status);
QString code(BatchKind kind);

// In the operator's language, for messages ("in production", "submitted").
QString displayName(ApplicationStatus status);
QString displayName(BatchStatus status);
QString displayName(BatchKind kind);
// An application's kind (applications.kind: "new", "replacement-lost", …)
// by name; an unknown code as it is.
QString applicationKindName(QStringView kind);

std::optional<CardStatus> cardStatus(QStringView code);
std::optional<StatusReason> statusReason(QStringView code); // empty: None
std::optional<ApplicationStatus> applicationStatus(QStringView code);
std::optional<BatchStatus> batchStatus(QStringView code);
std::optional<BatchKind> batchKind(QStringView code);

} // namespace States
} // namespace cc
