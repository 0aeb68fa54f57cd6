#include "core/domain/eligibilitypolicy.h"

#include "core/domain/boundedread.h"
#include "core/domain/jsonfields.h"

#include <QFile>
#include <QJsonArray>

namespace cc {
namespace {

constexpr int kMaxAge = 150;
constexpr int kMaxGraceDays = 3650;
constexpr int kMaxFee = 100000;

QString indexedPath(const QString &path, qsizetype index) {
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

// Reads a list of codes that must each be known (`fromCode`), allowed
// (`problemWith` returns why not, or nothing) and listed once. Absent: nullopt.
template<typename T, typename FromCode, typename ProblemWith>
std::optional<QList<T>> readCodeList(JsonFields &fields, const QString &key, FromCode fromCode,
                                     const QString &unknownMessage, ProblemWith problemWith) {
    QStringList codes;
    fields.readStringList(key, codes);
    if (fields.failed() || !fields.has(key))
        return std::nullopt;
    QList<T> values;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const std::optional<T> value = fromCode(codes.at(i));
        QString problem;
        if (!value)
            problem = unknownMessage.arg(codes.at(i));
        else if (values.contains(*value))
            problem = EligibilityPolicy::tr("\"%1\" is listed twice").arg(codes.at(i));
        else
            problem = problemWith(*value);
        if (!problem.isEmpty()) {
            fields.fail(ErrorCode::BadValue, indexedPath(fields.pathOf(key), i), problem);
            return std::nullopt;
        }
        values.append(*value);
    }
    return values;
}

void readLevels(JsonFields &fields, QList<SchoolLevel> &out) {
    const auto levels = readCodeList<SchoolLevel>(
        fields, QStringLiteral("levels"), &SchoolLevels::fromCode,
        EligibilityPolicy::tr("unknown school level \"%1\"; expected elementary, junior, senior "
                              "or university"),
        [](SchoolLevel) { return QString(); });
    if (levels)
        out = *levels;
}

void readPriority(JsonFields &fields, QList<CardType> &out) {
    const QString key = QStringLiteral("priority");
    const auto priority = readCodeList<CardType>(
        fields, key, &CardTypes::fromCode, EligibilityPolicy::tr("unknown card type \"%1\""),
        [](CardType type) {
            return CardTypes::isPersonal(type)
                       ? QString()
                       : EligibilityPolicy::tr("the companion card is never assigned as a "
                                               "personal card and cannot be in the priority");
        });
    if (!priority)
        return;
    if (priority->size() != 4) {
        fields.fail(ErrorCode::BadValue, fields.pathOf(key),
                    EligibilityPolicy::tr("must list each of disability, senior, student and "
                                          "general exactly once"));
        return;
    }
    out = *priority;
}

} // namespace

EligibilityPolicy EligibilityPolicy::defaults() {
    // The resource is compiled in and checked by the tests; failing to read it is a
    // build defect, not a run-time condition.
    QFile file(QStringLiteral(":/citizencard/policy/default-policy.json"));
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "EligibilityPolicy::defaults", "default policy resource missing");
    Result<QJsonObject> json = JsonFields::parseObject(file.readAll());
    Q_ASSERT_X(json.ok(), "EligibilityPolicy::defaults", "default policy resource malformed");
    Result<EligibilityPolicy> policy = fromJson(json.ok() ? *json : QJsonObject{}, {});
    Q_ASSERT_X(policy.ok(), "EligibilityPolicy::defaults", "default policy resource invalid");
    return policy.ok() ? *policy : EligibilityPolicy{};
}

Result<EligibilityPolicy> EligibilityPolicy::fromJson(const QJsonObject &json,
                                                      const EligibilityPolicy &base) {
    EligibilityPolicy policy = base;
    JsonFields root(json);
    root.rejectUnknownKeys({QStringLiteral("general"), QStringLiteral("student"),
                            QStringLiteral("senior"), QStringLiteral("priority"),
                            QStringLiteral("fees"), QStringLiteral("offline"),
                            QStringLiteral("stock")});

    if (auto general = root.object(QStringLiteral("general"))) {
        general->rejectUnknownKeys({QStringLiteral("minAge"), QStringLiteral("admitSpouses"),
                                    QStringLiteral("admitUniversityStudents")});
        general->readInt(QStringLiteral("minAge"), policy.general.minAge, 0, kMaxAge);
        general->readBool(QStringLiteral("admitSpouses"), policy.general.admitSpouses);
        general->readBool(QStringLiteral("admitUniversityStudents"),
                          policy.general.admitUniversityStudents);
    }
    if (auto student = root.object(QStringLiteral("student"))) {
        student->rejectUnknownKeys({QStringLiteral("levels"), QStringLiteral("graceDays")});
        readLevels(*student, policy.student.levels);
        student->readInt(QStringLiteral("graceDays"), policy.student.graceDays, 0, kMaxGraceDays);
    }
    if (auto senior = root.object(QStringLiteral("senior"))) {
        senior->rejectUnknownKeys({QStringLiteral("minAge"), QStringLiteral("indigenousMinAge")});
        senior->readInt(QStringLiteral("minAge"), policy.senior.minAge, 0, kMaxAge);
        senior->readInt(QStringLiteral("indigenousMinAge"), policy.senior.indigenousMinAge, 0,
                        kMaxAge);
        if (!root.failed() && policy.senior.indigenousMinAge > policy.senior.minAge) {
            // Blame the value this file set; both may come from it.
            const bool setsIndigenous = senior->has(QStringLiteral("indigenousMinAge"));
            senior->fail(ErrorCode::BadValue,
                         senior->pathOf(setsIndigenous ? QStringLiteral("indigenousMinAge")
                                                       : QStringLiteral("minAge")),
                         tr("senior.indigenousMinAge (%1) must not be above senior.minAge (%2)")
                             .arg(policy.senior.indigenousMinAge)
                             .arg(policy.senior.minAge));
        }
    }
    readPriority(root, policy.priority);
    if (auto fees = root.object(QStringLiteral("fees"))) {
        fees->rejectUnknownKeys(
            {QStringLiteral("replacementLost"), QStringLiteral("replacementDamaged")});
        fees->readInt(QStringLiteral("replacementLost"), policy.fees.replacementLost, 0, kMaxFee);
        fees->readInt(QStringLiteral("replacementDamaged"), policy.fees.replacementDamaged, 0,
                      kMaxFee);
    }
    if (auto offline = root.object(QStringLiteral("offline"))) {
        offline->rejectUnknownKeys({QStringLiteral("maxDays"), QStringLiteral("maxUnsentEvents")});
        offline->readInt(QStringLiteral("maxDays"), policy.offline.maxDays, 1, 365);
        offline->readInt(QStringLiteral("maxUnsentEvents"), policy.offline.maxUnsentEvents, 1,
                         10000000);
    }
    if (auto stock = root.object(QStringLiteral("stock"))) {
        stock->rejectUnknownKeys({QStringLiteral("lowWarning"), QStringLiteral("lowWarningDays")});
        stock->readInt(QStringLiteral("lowWarning"), policy.stock.lowWarning, 0, 1000000);
        stock->readInt(QStringLiteral("lowWarningDays"), policy.stock.lowWarningDays, 0, 365);
    }

    if (root.failed())
        return *root.error();
    return policy;
}

Result<EligibilityPolicy> EligibilityPolicy::loadFile(const QString &path) {
    QFile file(path);
    if (!file.exists())
        return Error{ErrorCode::FileNotFound, tr("the policy file does not exist"), path};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, file.errorString(), path};
    Result<QByteArray> bytes = readBounded(file, InputLimits::kJsonDocument, path);
    if (!bytes)
        return bytes.error();
    return fromBytes(*bytes, path);
}

Result<EligibilityPolicy> EligibilityPolicy::fromBytes(const QByteArray &bytes,
                                                       const QString &where) {
    if (bytes.size() > InputLimits::kJsonDocument)
        return Error{ErrorCode::BadValue, tr("the policy is larger than any this program reads"),
                     where};
    Result<QJsonObject> json = JsonFields::parseObject(bytes);
    if (!json)
        return Error{json.error().code, json.error().message, where + u':' + json.error().where};
    Result<EligibilityPolicy> policy = fromJson(*json, defaults());
    if (!policy)
        return Error{policy.error().code, policy.error().message,
                     where + u':' + policy.error().where};
    return policy;
}

QJsonObject EligibilityPolicy::toJson() const {
    QJsonArray levels;
    for (SchoolLevel level : student.levels)
        levels.append(SchoolLevels::code(level));
    QJsonArray order;
    for (CardType type : priority)
        order.append(CardTypes::code(type));
    return QJsonObject{
        {QStringLiteral("general"),
         QJsonObject{{QStringLiteral("minAge"), general.minAge},
                     {QStringLiteral("admitSpouses"), general.admitSpouses},
                     {QStringLiteral("admitUniversityStudents"), general.admitUniversityStudents}}},
        {QStringLiteral("student"), QJsonObject{{QStringLiteral("levels"), levels},
                                                {QStringLiteral("graceDays"), student.graceDays}}},
        {QStringLiteral("senior"),
         QJsonObject{{QStringLiteral("minAge"), senior.minAge},
                     {QStringLiteral("indigenousMinAge"), senior.indigenousMinAge}}},
        {QStringLiteral("priority"), order},
        {QStringLiteral("fees"),
         QJsonObject{{QStringLiteral("replacementLost"), fees.replacementLost},
                     {QStringLiteral("replacementDamaged"), fees.replacementDamaged}}},
        {QStringLiteral("offline"),
         QJsonObject{{QStringLiteral("maxDays"), offline.maxDays},
                     {QStringLiteral("maxUnsentEvents"), offline.maxUnsentEvents}}},
        {QStringLiteral("stock"),
         QJsonObject{{QStringLiteral("lowWarning"), stock.lowWarning},
                     {QStringLiteral("lowWarningDays"), stock.lowWarningDays}}},
    };
}

} // namespace cc
