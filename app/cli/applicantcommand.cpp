#include "demo/syntheticapplicants.h"

#include "app/cli/storeaccess.h"
#include "core/domain/rocdate.h"
#include "core/ports/clock.h"
#include "core/station/applicants.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace cc::cli {
namespace {

QJsonObject toJson(const ApplicantRecord &r) {
    QJsonArray applications;
    for (const ApplicationRecord &a : r.applications)
        applications.append(QJsonObject{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("cardType"), CardTypes::code(a.cardType)},
            {QStringLiteral("kind"), a.kind},
            {QStringLiteral("status"), States::code(a.status)},
            {QStringLiteral("createdAt"), a.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("documents"), a.documents},
        });
    return {{QStringLiteral("personId"), r.personId},
            {QStringLiteral("nationalId"), r.person.nationalId},
            {QStringLiteral("name"), r.person.name},
            {QStringLiteral("nameLatin"), r.person.nameLatin},
            {QStringLiteral("birthDate"), r.person.birthDate.toString(Qt::ISODate)},
            {QStringLiteral("address"), r.person.address},
            {QStringLiteral("phone"), r.person.phone},
            {QStringLiteral("hasPhoto"), !r.person.photo.isEmpty()},
            {QStringLiteral("applications"), applications}};
}

void printText(QTextStream &out, const ApplicantRecord &r) {
    const PersonData &p = r.person;
    out << Cli::tr("Person %1").arg(r.personId) << '\n'
        << Cli::tr("ID number: %1").arg(p.nationalId) << '\n'
        << Cli::tr("Name: %1")
               .arg(p.nameLatin.isEmpty() ? p.name
                                          : p.name + QStringLiteral(" (") + p.nameLatin + u')')
        << '\n'
        << Cli::tr("Born: %1").arg(RocDate::formatShort(p.birthDate)) << '\n';
    if (!p.address.isEmpty())
        out << Cli::tr("Address: %1").arg(p.address) << '\n';
    if (!p.phone.isEmpty())
        out << Cli::tr("Phone: %1").arg(p.phone) << '\n';
    out << Cli::tr("Applications: %1").arg(r.applications.size()) << '\n';
    for (const ApplicationRecord &a : r.applications)
        out << "  #" << a.id << ' ' << CardTypes::displayName(a.cardType) << ' ' << a.kind << ' '
            << States::displayName(a.status) << ' '
            << RocDate::formatShort(a.createdAt.toTimeZone(QTimeZone("Asia/Taipei")).date())
            << '\n';
}

} // namespace

int runApplicantFind(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user = userOption();
    const QCommandLineOption id(QStringLiteral("id"), Cli::tr("The applicant's ID number."),
                                QStringLiteral("NATIONAL_ID"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, user, id, json});
    if (auto code = Cli::parse(
            parser,
            QStringLiteral("applicant find --db PATH --user USER --id NATIONAL_ID [--json]"), ctx))
        return *code;
    if (!parser.isSet(id))
        return Cli::usageError(ctx, Cli::tr("--id NATIONAL_ID is required."));
    StoreLogin login;
    if (auto code = login.open(ctx, parser.value(db), parser.value(user)))
        return *code;
    auto &[opened, session] = login;
    Applicants applicants(opened->store(), opened->audit(), ctx.clock);
    Result<std::optional<ApplicantRecord>> found =
        applicants.findByNationalId(session, parser.value(id));
    opened->accounts().logout(session);
    if (!found)
        return Cli::fail(ctx, exitCodeFor(found.error()), found.error());
    if (!found->has_value()) {
        if (parser.isSet(json))
            ctx.out << "null\n";
        else
            ctx.out << Cli::tr("No applicant with this ID number.") << '\n';
        return ExitNo;
    }
    if (parser.isSet(json))
        ctx.out << QString::fromUtf8(
            QJsonDocument(toJson(**found)).toJson(QJsonDocument::Indented));
    else
        printText(ctx.out, **found);
    return ExitOk;
}

int runDemoSeed(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user = userOption();
    const QCommandLineOption count(QStringLiteral("count"), Cli::tr("How many applicants."),
                                   QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Cli::tr("Seed for the made-up data (default: the clock)."),
                                  QStringLiteral("S"));
    parser.addOptions({db, user, count, seed});
    if (auto code = Cli::parse(
            parser, QStringLiteral("demo seed --db PATH --user USER --count N [--seed S]"), ctx))
        return *code;
    bool ok = false;
    const qint64 n = parser.value(count).toLongLong(&ok);
    if (!ok || n < 1 || n > 10'000'000)
        return Cli::usageError(ctx, Cli::tr("--count must be a number from 1 to 10,000,000."));
    const quint64 seedValue = parser.isSet(seed) ? parser.value(seed).toULongLong()
                                                 : quint64(ctx.clock.nowUtc().toMSecsSinceEpoch());
    StoreLogin login;
    if (auto code = login.open(ctx, parser.value(db), parser.value(user)))
        return *code;
    auto &[opened, session] = login;
    Applicants applicants(opened->store(), opened->audit(), ctx.clock);
    const SyntheticApplicants synthetic(seedValue);
    const QDate today = ctx.clock.todayInTaipei();
    QElapsedTimer timer;
    timer.start();
    constexpr qint64 kBlock = 10'000; // generated and written a block at a time
    for (qint64 done = 0; done < n; done += kBlock) {
        const qint64 size = std::min(kBlock, n - done);
        Status written = applicants.submitMany(session, synthetic.make(done, size, today));
        if (!written) {
            opened->accounts().logout(session);
            return Cli::fail(ctx, exitCodeFor(written.error()), written.error());
        }
        ctx.err << Cli::tr("Seeded %1 of %2 applicants").arg(done + size).arg(n) << '\r'
                << Qt::flush;
    }
    ctx.err << '\n';
    opened->accounts().logout(session);
    const double seconds = std::max<qint64>(1, timer.elapsed()) / 1000.0;
    ctx.out << Cli::tr("Added %1 applicants with applications in %2 s (%3 per second).")
                   .arg(n)
                   .arg(seconds, 0, 'f', 1)
                   .arg(qRound64(double(n) / seconds))
            << '\n'
            << Cli::tr("Look one up: citizencard-cli applicant find --db %1 --user %2 --id %3")
                   .arg(parser.value(db), parser.value(user),
                        synthetic.make(0, today).first.nationalId)
            << '\n';
    return ExitOk;
}

} // namespace cc::cli
