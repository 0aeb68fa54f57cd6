// card produce, card recover: the counter's F9 and its crash recovery from
// the command line, through the same use case (CounterDesk) as the GUI.
#include "devices/localdevices.h"
#include "registry/fixtureregistry.h"

#include "app/cli/deviceaccess.h"
#include "app/cli/storeaccess.h"
#include "core/domain/boundedread.h"
#include "core/domain/nationalid.h"
#include "core/station/centralpolicies.h"
#include "core/workflows/batchrun.h"
#include "core/workflows/counterdesk.h"

#include <QCommandLineParser>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::cli {
namespace {

// The options both commands take: the store and operator, the devices.
struct CounterOptions {
    QCommandLineOption db = dbOption();
    QCommandLineOption user = userOption();
    QCommandLineOption json = jsonOption();
    QCommandLineOption keys{QStringLiteral("keys"), Cli::tr("The city key file."),
                            QStringLiteral("KEYFILE")};
    QCommandLineOption printer{QStringLiteral("printer"),
                               Cli::tr("The card printer (evolis://HOST:PORT, proof:FOLDER or a "
                                       "system queue)."),
                               QStringLiteral("PRINTER")};
    QCommandLineOption reader{QStringLiteral("reader"),
                              Cli::tr("The encoder's reader: its name or a unique part of it "
                                      "(default: the only reader)."),
                              QStringLiteral("READER")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               Cli::tr("The chip profile: desfire (default) or classic."),
                               QStringLiteral("PROFILE"), QStringLiteral("desfire")};
    void addTo(QCommandLineParser &parser) const {
        parser.addOptions({db, user, json, keys, printer, reader, profile});
    }
    DeviceChoice choice(const QCommandLineParser &parser) const {
        return {parser.value(reader), {}, {}};
    }
};

// The counter as a command runs it: the store open with the operator logged
// in, the devices, and the desk over both.
struct OpenCounter {
    std::unique_ptr<OpenStore> store;
    Session session;
    std::unique_ptr<LocalDevices> devices;
    std::unique_ptr<CounterDesk> desk;

    // `policy` none: the city's published policy (or the shipped one).
    std::optional<int> open(Context &ctx, const QCommandLineParser &parser,
                            const CounterOptions &options,
                            std::optional<EligibilityPolicy> policy) {
        if (auto code = OpenStore::openAndLogin(ctx, parser.value(options.db),
                                                parser.value(options.user), store, session))
            return code;
        if (parser.value(options.keys).isEmpty())
            return Cli::usageError(ctx, Cli::tr("--keys KEYFILE is required."));
        if (parser.value(options.printer).isEmpty())
            return Cli::usageError(ctx, Cli::tr("--printer PRINTER is required."));
        if (auto code = cli::openDevices(ctx,
                                         {parser.value(options.keys), parser.value(options.profile),
                                          parser.value(options.printer),
                                          LocalDevicesConfig().cardArrivalWaitMs},
                                         devices))
            return code;
        if (!policy) {
            Result<EligibilityPolicy> city = CentralPolicies(store->store()).current();
            if (!city)
                return Cli::fail(ctx, exitCodeFor(city.error()), city.error());
            policy = std::move(city).value();
        }
        desk = std::make_unique<CounterDesk>(store->store(), store->audit(), ctx.clock,
                                             std::move(*policy), *devices);
        return std::nullopt;
    }
};

QJsonObject toJson(const IssuanceOutcome &o) {
    QJsonObject out{{QStringLiteral("attempt"), o.attemptId},
                    {QStringLiteral("application"), o.applicationId},
                    {QStringLiteral("cardNumber"), o.cardNumber},
                    {QStringLiteral("end"), issuanceStepName(o.end)},
                    {QStringLiteral("from"), issuanceStepName(o.from)},
                    {QStringLiteral("chipUid"), QString::fromLatin1(o.chipUid.toHex())}};
    if (o.failure)
        out.insert(QStringLiteral("failure"), o.failure->toString());
    if (!o.faceOutput.isEmpty())
        out.insert(QStringLiteral("faceOutput"), o.faceOutput);
    return out;
}

QString describe(const IssuanceOutcome &o) {
    switch (o.end) {
    case IssuanceStep::Issued:
        return Cli::tr("card %1: issued").arg(o.cardNumber);
    case IssuanceStep::Spoiled:
        return Cli::tr("card %1: spoiled (%2); put it aside for destruction")
            .arg(o.cardNumber, o.failure ? o.failure->message : QString());
    default:
        return Cli::tr("card %1: cancelled, no card was used (%2)")
            .arg(o.cardNumber, o.failure ? o.failure->message : QString());
    }
}

// 0 when issued; 3 when a device ended the attempt.
int exitCodeOf(const IssuanceOutcome &o) {
    return o.end == IssuanceStep::Issued ? ExitOk : ExitFailure;
}

// A walk-in's options, and its application as the counter page builds it:
// the person from the registry, the type (the one eligibility assigns unless
// given), the photo file, the consent.
struct WalkInOptions {
    QCommandLineOption id{QStringLiteral("id"), Cli::tr("A walk-in: the applicant's ID number."),
                          QStringLiteral("NATIONAL_ID")};
    QCommandLineOption registry{QStringLiteral("registry"),
                                Cli::tr("The registry fixture to look the applicant up in."),
                                QStringLiteral("PATH")};
    QCommandLineOption photo{QStringLiteral("photo"), Cli::tr("The applicant's photo."),
                             QStringLiteral("FILE")};
    QCommandLineOption type{QStringLiteral("type"),
                            Cli::tr("The card type (default: the one eligibility assigns)."),
                            QStringLiteral("TYPE")};
    QCommandLineOption consent{
        QStringLiteral("consent"),
        Cli::tr("The applicant consents to the use of disability data (disability and "
                "companion cards).")};
    void addTo(QCommandLineParser &parser) const {
        parser.addOptions({id, registry, photo, type, consent});
    }

    std::optional<int> application(Context &ctx, const QCommandLineParser &parser,
                                   CounterDesk &desk, CounterApplication &out) const {
        const NationalId::Check checked = NationalId::check(parser.value(id));
        if (!checked.valid())
            return Cli::fail(ctx, ExitUsage,
                             Error{ErrorCode::BadValue, checked.message, QStringLiteral("--id")});
        if (parser.value(registry).isEmpty())
            return Cli::usageError(ctx, Cli::tr("--registry PATH is required with --id."));
        if (parser.value(photo).isEmpty())
            return Cli::usageError(ctx, Cli::tr("--photo FILE is required with --id."));
        Result<std::unique_ptr<FixtureRegistry>> fixture =
            FixtureRegistry::load(parser.value(registry));
        if (!fixture)
            return Cli::fail(ctx, exitCodeFor(fixture.error()), fixture.error());
        Result<std::optional<RegistryEntry>> entry = fixture.value()->lookup(checked.normalized);
        if (!entry)
            return Cli::fail(ctx, exitCodeFor(entry.error()), entry.error());
        if (!*entry)
            return Cli::fail(ctx, ExitUsage,
                             Error{ErrorCode::NotFound,
                                   Cli::tr("The registry has no person with this ID number."),
                                   QStringLiteral("--id")});
        Result<QByteArray> image = readPhoto(parser.value(photo));
        if (!image)
            return Cli::fail(ctx, ExitUsage, image.error());
        const RegistryEntry &person = **entry;
        std::optional<CardType> chosen = desk.counter().evaluate(person.facts).assigned;
        if (parser.isSet(type)) {
            chosen = CardTypes::fromCode(parser.value(type));
            if (!chosen)
                return Cli::fail(ctx, ExitUsage,
                                 Error{ErrorCode::BadValue,
                                       Cli::tr("Unknown card type \"%1\".").arg(parser.value(type)),
                                       QStringLiteral("--type")});
        }
        if (!chosen)
            return Cli::fail(ctx, ExitUsage,
                             Error{ErrorCode::BadValue,
                                   Cli::tr("The applicant is eligible for no card type."),
                                   QStringLiteral("--id")});
        out.person = {checked.normalized,
                      person.name,
                      person.nameLatin,
                      person.facts.birthDate,
                      person.address,
                      {},
                      *image};
        out.facts = person.facts;
        out.type = *chosen;
        out.consent = parser.isSet(consent);
        return std::nullopt;
    }

    static Result<QByteArray> readPhoto(const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::FileNotFound, Cli::tr("The photo cannot be read."), path};
        Result<QByteArray> bytes = readBounded(file, InputLimits::kPhoto, path);
        if (bytes && QImage::fromData(*bytes).isNull())
            return Error{ErrorCode::BadValue, Cli::tr("The photo is not an image."), path};
        return bytes;
    }
};

// The policy a command decides by: the file given, or none (the city's
// published policy, or the shipped one).
std::optional<int> loadPolicy(Context &ctx, const QString &path,
                              std::optional<EligibilityPolicy> &out) {
    if (path.isEmpty())
        return std::nullopt;
    Result<EligibilityPolicy> loaded = EligibilityPolicy::loadFile(path);
    if (!loaded)
        return Cli::fail(ctx, ExitUsage, loaded.error());
    out = std::move(loaded).value();
    return std::nullopt;
}

} // namespace

int runCardProduce(Context &ctx) {
    QCommandLineParser parser;
    const CounterOptions options;
    const QCommandLineOption application(
        QStringLiteral("application"),
        Cli::tr("An application already recorded (a replacement, a conversion, or a card "
                "whose production failed)."),
        QStringLiteral("ID"));
    const WalkInOptions walkIn;
    const QCommandLineOption policy(QStringLiteral("policy"),
                                    Cli::tr("A policy file (default: the one the city published "
                                            "through the centre, else the built-in one)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption carrier(QStringLiteral("carrier"),
                                     Cli::tr("The blank card: easycard (default) or ipass."),
                                     QStringLiteral("CARRIER"), QStringLiteral("easycard"));
    parser.addOptions({application, carrier, policy});
    walkIn.addTo(parser);
    options.addTo(parser);
    if (auto code = Cli::parse(
            parser,
            Cli::tr("card produce --db PATH --user USER --keys KEYFILE --printer PRINTER "
                    "(--application ID | --id NATIONAL_ID --registry PATH --photo FILE) [--json]"),
            ctx))
        return *code;
    if (parser.isSet(application) == parser.isSet(walkIn.id))
        return Cli::usageError(ctx, Cli::tr("Give either --application ID or --id NATIONAL_ID."));
    bool numeric = false;
    const qint64 applicationId =
        parser.isSet(application) ? parser.value(application).toLongLong(&numeric) : 0;
    if (parser.isSet(application) && (!numeric || applicationId <= 0))
        return Cli::usageError(ctx, Cli::tr("--application takes an application number."));
    const std::optional<Carrier> blank = Carriers::fromCode(parser.value(carrier));
    if (!blank)
        return Cli::usageError(
            ctx, Cli::tr("Unknown carrier \"%1\": easycard or ipass.").arg(parser.value(carrier)));

    std::optional<EligibilityPolicy> rules;
    if (auto code = loadPolicy(ctx, parser.value(policy), rules))
        return *code;

    OpenCounter counter;
    if (auto code = counter.open(ctx, parser, options, std::move(rules)))
        return *code;
    std::optional<CounterApplication> walkInApplication;
    if (parser.isSet(walkIn.id)) {
        walkInApplication.emplace();
        if (auto code = walkIn.application(ctx, parser, *counter.desk, *walkInApplication))
            return *code;
    }
    const ProduceResult produced = counter.desk->produce(
        counter.session, walkInApplication, applicationId, *blank, options.choice(parser));
    if (!produced.outcome) {
        if (produced.applicationId)
            ctx.err << Cli::tr("Application %1 stays recorded: card produce --application %1 "
                               "produces it.")
                           .arg(produced.applicationId)
                    << '\n';
        return Cli::fail(ctx, exitCodeFor(produced.outcome.error()), produced.outcome.error());
    }
    const IssuanceOutcome &outcome = *produced.outcome;
    if (parser.isSet(options.json))
        ctx.out << QString::fromUtf8(
            QJsonDocument(toJson(outcome)).toJson(QJsonDocument::Indented));
    else
        ctx.out << describe(outcome) << '\n';
    return exitCodeOf(outcome);
}

int runCardRecover(Context &ctx) {
    QCommandLineParser parser;
    const CounterOptions options;
    options.addTo(parser);
    if (auto code = Cli::parse(
            parser,
            Cli::tr("card recover --db PATH --user USER --keys KEYFILE --printer PRINTER [--json]"),
            ctx))
        return *code;
    OpenCounter counter;
    if (auto code = counter.open(ctx, parser, options, std::nullopt))
        return *code;
    Result<QList<IssuanceOutcome>> outcomes =
        counter.desk->recoverUnfinished(counter.session, options.choice(parser));
    if (!outcomes)
        return Cli::fail(ctx, exitCodeFor(outcomes.error()), outcomes.error());
    int code = ExitOk;
    QJsonArray list;
    for (const IssuanceOutcome &o : *outcomes) {
        list.append(toJson(o));
        if (!parser.isSet(options.json))
            ctx.out << describe(o) << '\n';
        code = std::max(code, exitCodeOf(o));
    }
    if (parser.isSet(options.json))
        ctx.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    else if (outcomes->isEmpty())
        ctx.out << Cli::tr("Nothing was left unfinished.") << '\n';
    return code;
}

int runBatchProduce(Context &ctx) {
    QCommandLineParser parser;
    const CounterOptions options;
    const QCommandLineOption batch(QStringLiteral("batch"), Cli::tr("The batch number."),
                                   QStringLiteral("ID"));
    const QCommandLineOption carrier(QStringLiteral("carrier"),
                                     Cli::tr("The blank card: easycard (default) or ipass."),
                                     QStringLiteral("CARRIER"), QStringLiteral("easycard"));
    const QCommandLineOption onFailure(
        QStringLiteral("on-failure"),
        Cli::tr("When a card fails: stop (default), skip it (it waits for the next run), or "
                "retry it up to --retries times and then skip it."),
        QStringLiteral("WHAT"), QStringLiteral("stop"));
    const QCommandLineOption retries(QStringLiteral("retries"),
                                     Cli::tr("Tries after a failure with --on-failure retry "
                                             "(default 1)."),
                                     QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({batch, carrier, onFailure, retries});
    options.addTo(parser);
    if (auto code = Cli::parse(parser,
                               Cli::tr("batch produce --db PATH --user USER --keys KEYFILE "
                                       "--printer PRINTER --batch ID [--on-failure "
                                       "stop|skip|retry] [--retries N] [--json]"),
                               ctx))
        return *code;
    bool numeric = false;
    const qint64 batchId = parser.value(batch).toLongLong(&numeric);
    if (!numeric || batchId <= 0)
        return Cli::usageError(ctx, Cli::tr("--batch ID is required: the batch's number."));
    const std::optional<Carrier> blank = Carriers::fromCode(parser.value(carrier));
    if (!blank)
        return Cli::usageError(
            ctx, Cli::tr("Unknown carrier \"%1\": easycard or ipass.").arg(parser.value(carrier)));
    const QString policy = parser.value(onFailure);
    const int tries = parser.value(retries).toInt(&numeric);
    if ((policy != u"stop" && policy != u"skip" && policy != u"retry") || !numeric || tries < 0)
        return Cli::usageError(ctx, Cli::tr("--on-failure is stop, skip or retry; --retries a "
                                            "number of tries."));
    OpenCounter counter;
    if (auto code = counter.open(ctx, parser, options, std::nullopt))
        return *code;
    BatchRun::Hooks hooks;
    hooks.onFailure = [&](qint64, const IssuanceOutcome &failed, int attempt) {
        ctx.err << describe(failed) << '\n';
        if (policy == u"retry" && attempt <= tries)
            return BatchRun::Choice::Retry;
        return policy == u"stop" ? BatchRun::Choice::Stop : BatchRun::Choice::Skip;
    };
    hooks.progress = [&](const BatchProgress &p) {
        ctx.err << Cli::tr("%1 of %2 done, %3 issued, about %4 s left")
                       .arg(p.done)
                       .arg(p.total)
                       .arg(p.issued)
                       .arg(qRound(p.secondsLeft))
                << '\n';
        ctx.err.flush();
    };
    Result<BatchRunReport> report =
        counter.desk->produceBatch(counter.session, batchId, *blank, options.choice(parser), hooks);
    if (!report)
        return Cli::fail(ctx, exitCodeFor(report.error()), report.error());
    if (parser.isSet(options.json)) {
        ctx.out << QString::fromUtf8(
            QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented));
    } else {
        // What a crash had left (of this batch or of the counter), resolved first.
        for (const IssuanceOutcome &o : report->recovered)
            ctx.out << Cli::tr("Left by an interrupted run: %1").arg(describe(o)) << '\n';
        ctx.out << Cli::tr("Batch %1: %2 of %3 issued, %4 spoiled, %5 skipped.")
                       .arg(batchId)
                       .arg(report->issued)
                       .arg(report->total)
                       .arg(report->spoiled)
                       .arg(report->skipped.size())
                << '\n';
        for (const auto &[application, why] : report->skipped)
            ctx.out << Cli::tr("  application %1 waits: %2").arg(application).arg(why) << '\n';
        if (report->stoppedBy)
            ctx.out << Cli::tr("Stopped: %1").arg(report->stoppedBy->message) << '\n';
    }
    if (report->stoppedBy)
        return ExitFailure;
    return report->skipped.isEmpty() ? ExitOk : ExitNo;
}

} // namespace cc::cli
