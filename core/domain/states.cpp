#include "core/domain/states.h"

#include "core/domain/codes.h"

#include <QCoreApplication>

namespace cc {
namespace {

constexpr CodeOf<CardStatus> kCardStatuses[] = {{CardStatus::Active, u"active"},
                                                {CardStatus::Blocked, u"blocked"},
                                                {CardStatus::Cancelled, u"cancelled"}};

constexpr CodeOf<StatusReason> kReasons[] = {{StatusReason::None, u""},
                                             {StatusReason::Lost, u"lost"},
                                             {StatusReason::Replaced, u"replaced"},
                                             {StatusReason::Converted, u"converted"},
                                             {StatusReason::Death, u"death"},
                                             {StatusReason::MovedAway, u"moved-away"}};

constexpr CodeOf<ApplicationStatus> kApplicationStatuses[] = {
    {ApplicationStatus::Received, u"received"},
    {ApplicationStatus::InProduction, u"in-production"},
    {ApplicationStatus::Issued, u"issued"},
    {ApplicationStatus::Rejected, u"rejected"},
    {ApplicationStatus::Cancelled, u"cancelled"}};

constexpr CodeOf<BatchStatus> kBatchStatuses[] = {{BatchStatus::Open, u"open"},
                                                  {BatchStatus::Submitted, u"submitted"},
                                                  {BatchStatus::Approved, u"approved"},
                                                  {BatchStatus::Rejected, u"rejected"},
                                                  {BatchStatus::InProduction, u"in-production"},
                                                  {BatchStatus::Completed, u"completed"}};
constexpr CodeOf<BatchKind> kBatchKinds[] = {{BatchKind::MobileSession, u"mobile-session"},
                                             {BatchKind::VillageCollection, u"village-collection"},
                                             {BatchKind::SchoolRoster, u"school-roster"},
                                             {BatchKind::AgencyRoster, u"agency-roster"}};

} // namespace

namespace States {

QString code(CardStatus status) {
    return codeIn(kCardStatuses, status);
}
QString code(StatusReason reason) {
    return codeIn(kReasons, reason);
}
QString code(ApplicationStatus status) {
    return codeIn(kApplicationStatuses, status);
}
QString code(BatchStatus status) {
    return codeIn(kBatchStatuses, status);
}
QString code(BatchKind kind) {
    return codeIn(kBatchKinds, kind);
}

QString displayName(ApplicationStatus status) {
    switch (status) {
    case ApplicationStatus::Received:
        return QCoreApplication::translate("States", "received");
    case ApplicationStatus::InProduction:
        return QCoreApplication::translate("States", "in production");
    case ApplicationStatus::Issued:
        return QCoreApplication::translate("States", "issued");
    case ApplicationStatus::Rejected:
        return QCoreApplication::translate("States", "rejected");
    case ApplicationStatus::Cancelled:
        return QCoreApplication::translate("States", "cancelled");
    }
    return {};
}

QString displayName(BatchStatus status) {
    switch (status) {
    case BatchStatus::Open:
        return QCoreApplication::translate("States", "open");
    case BatchStatus::Submitted:
        return QCoreApplication::translate("States", "submitted");
    case BatchStatus::Approved:
        return QCoreApplication::translate("States", "approved");
    case BatchStatus::Rejected:
        return QCoreApplication::translate("States", "rejected");
    case BatchStatus::InProduction:
        return QCoreApplication::translate("States", "in production");
    case BatchStatus::Completed:
        return QCoreApplication::translate("States", "completed");
    }
    return {};
}

std::optional<CardStatus> cardStatus(QStringView code) {
    return valueIn(kCardStatuses, code);
}
std::optional<StatusReason> statusReason(QStringView code) {
    return valueIn(kReasons, code);
}
std::optional<ApplicationStatus> applicationStatus(QStringView code) {
    return valueIn(kApplicationStatuses, code);
}
std::optional<BatchStatus> batchStatus(QStringView code) {
    return valueIn(kBatchStatuses, code);
}
std::optional<BatchKind> batchKind(QStringView code) {
    return valueIn(kBatchKinds, code);
}

QString displayName(BatchKind kind) {
    switch (kind) {
    case BatchKind::MobileSession:
        return QCoreApplication::translate("States", "mobile-team session");
    case BatchKind::VillageCollection:
        return QCoreApplication::translate("States", "village-chief collection");
    case BatchKind::SchoolRoster:
        return QCoreApplication::translate("States", "school roster");
    case BatchKind::AgencyRoster:
        return QCoreApplication::translate("States", "agency roster");
    }
    return {};
}

QString applicationKindName(QStringView kind) {
    if (kind == u"new")
        return QCoreApplication::translate("States", "new card");
    if (kind == u"replacement-lost")
        return QCoreApplication::translate("States", "replacement (lost)");
    if (kind == u"replacement-damaged")
        return QCoreApplication::translate("States", "replacement (damaged)");
    if (kind == u"conversion")
        return QCoreApplication::translate("States", "type conversion");
    if (kind == u"reprint")
        return QCoreApplication::translate("States", "reprint");
    if (kind == u"link")
        return QCoreApplication::translate("States", "own card linked");
    return kind.toString();
}

} // namespace States
} // namespace cc
