// render, printers list, print: card faces from a CSV, as files or on a printer.
#include "app/cli/storeaccess.h"
#include "core/domain/csv.h"
#include "printing/boundface.h"
#include "printing/printers.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <future>

namespace cc::cli {
namespace {

// The data options render and print share.
struct FaceOptions {
    QCommandLineOption templateFile{QStringLiteral("template"),
                                    Cli::tr("Card face template (JSON)."), QStringLiteral("FILE")};
    QCommandLineOption type{QStringLiteral("type"), Cli::tr("Shipped template for this card type."),
                            QStringLiteral("T")};
    QCommandLineOption carrier{QStringLiteral("carrier"),
                               Cli::tr("easycard or ipass (default easycard)."),
                               QStringLiteral("C"), QStringLiteral("easycard")};
    QCommandLineOption data{QStringLiteral("data"),
                            Cli::tr("CSV with a header of the template's field names; a photo "
                                    "column holds image paths, relative to the CSV."),
                            QStringLiteral("CSV")};

    void addTo(QCommandLineParser &parser) const {
        parser.addOptions({templateFile, type, carrier, data});
    }
};

// The face requests of every CSV row, or the exit code after printing why not.
std::optional<int> readFaces(Context &ctx, const QCommandLineParser &parser, const FaceOptions &o,
                             QList<CardFaceRequest> &faces) {
    if (parser.isSet(o.templateFile) == parser.isSet(o.type))
        return Cli::usageError(ctx, Cli::tr("Give exactly one of --template FILE and --type T."));
    if (!parser.isSet(o.data))
        return Cli::usageError(ctx, Cli::tr("--data CSV is required."));
    Result<CsvTable> table = Csv::load(parser.value(o.data));
    if (!table)
        return Cli::fail(ctx, exitCodeFor(table.error()), table.error());
    const QDir base = QFileInfo(parser.value(o.data)).absoluteDir();
    const QString photo = QStringLiteral("photo");
    // A card number names its files and job: a repeated one would overwrite
    // the first card's output, so it is refused before anything is written.
    QHash<QString, qsizetype> rowOfNumber;
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        const QString number = table->record(i).value(QStringLiteral("cardNumber")).remove(u' ');
        const auto first = rowOfNumber.constFind(number);
        if (first == rowOfNumber.constEnd()) {
            rowOfNumber.insert(number, i);
            continue;
        }
        const int firstRow = static_cast<int>(first.value()) + 2;
        const QString message =
            number.isEmpty()
                ? Cli::tr("a second row without a card number (the first is row %1)").arg(firstRow)
                : Cli::tr("card number %1 is repeated (first in row %2)").arg(number).arg(firstRow);
        const Error error{ErrorCode::BadValue, message,
                          QStringLiteral("%1:%2, cardNumber").arg(parser.value(o.data)).arg(i + 2)};
        return Cli::fail(ctx, exitCodeFor(error), error);
    }
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        CardFaceRequest face;
        face.templatePath = parser.value(o.templateFile);
        face.cardType = parser.value(o.type);
        face.carrier = parser.value(o.carrier);
        face.fields = table->record(i);
        if (face.fields.contains(photo) && !face.fields.value(photo).isEmpty())
            face.fields[photo] = base.absoluteFilePath(face.fields.value(photo));
        faces.append(face);
    }
    if (faces.isEmpty())
        return Cli::usageError(ctx, Cli::tr("%1 has no rows.").arg(parser.value(o.data)));
    return std::nullopt;
}

// An error in one CSV row, named by file and line.
Error inRow(const Error &error, const QCommandLineParser &parser, const FaceOptions &o, int row) {
    const QString where = QStringLiteral("%1:%2").arg(parser.value(o.data)).arg(row + 2);
    return Error{error.code, error.message,
                 error.where.isEmpty() ? where : where + QStringLiteral(", ") + error.where};
}

// Checks every row before the first file is written or card printed: a bad
// row is named and nothing happens. Photos are only checked to be images here;
// they are decoded one card at a time as the cards are produced.
std::optional<int> checkFaces(Context &ctx, const QCommandLineParser &parser, const FaceOptions &o,
                              const QList<CardFaceRequest> &faces) {
    // Every row has the same template: a template error is the template's,
    // not the first row's.
    Result<FaceRenderer> renderer = BoundFace::rendererFor(faces.first());
    if (!renderer)
        return Cli::fail(ctx, exitCodeFor(renderer.error()), renderer.error());
    // First the fields of every row (fast), then the images and barcodes.
    for (FaceRenderer::Images pass : {FaceRenderer::Images::Skip, FaceRenderer::Images::CheckOnly})
        for (qsizetype i = 0; i < faces.size(); ++i) {
            Result<FaceContent> face = renderer->bind(faces.at(i).fields, pass);
            if (!face) {
                const Error error = inRow(face.error(), parser, o, static_cast<int>(i));
                return Cli::fail(ctx, exitCodeFor(error), error);
            }
        }
    return std::nullopt;
}

} // namespace

int runRender(Context &ctx) {
    QCommandLineParser parser;
    const FaceOptions o;
    o.addTo(parser);
    const QCommandLineOption out(QStringLiteral("out"),
                                 Cli::tr("A directory for PNG files, or a file ending in .pdf."),
                                 QStringLiteral("DIR|FILE.pdf"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), Cli::tr("PNG resolution (default 300)."),
                                 QStringLiteral("N"), QStringLiteral("300"));
    parser.addOptions({out, dpi});
    if (auto code = Cli::parse(parser,
                               QStringLiteral("render --template FILE | --type T [--carrier C] "
                                              "--data CSV --out DIR|FILE.pdf [--dpi N]"),
                               ctx))
        return *code;
    const int resolution = parser.value(dpi).toInt();
    if (resolution < 72 || resolution > 1200)
        return Cli::usageError(ctx, Cli::tr("--dpi must be between 72 and 1200."));
    if (!parser.isSet(out) || parser.value(out).trimmed().isEmpty())
        return Cli::usageError(ctx, Cli::tr("--out DIR|FILE.pdf is required."));
    QList<CardFaceRequest> faces;
    if (auto code = readFaces(ctx, parser, o, faces))
        return *code;

    const QString target = parser.value(out);
    const bool pdf = target.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    if (!pdf && !QDir().mkpath(target)) {
        return Cli::fail(
            ctx, ExitFailure,
            Error{ErrorCode::FileUnwritable, Cli::tr("cannot create the directory"), target});
    }
    if (auto code = checkFaces(ctx, parser, o, faces))
        return *code;
    // One card at a time, so a batch of any size needs the memory of two
    // cards: the next card's photo and barcodes are prepared on a second
    // thread while this one is painted.
    std::optional<PdfFaceWriter> writer;
    if (pdf)
        writer.emplace(target, QFileInfo(target).completeBaseName());
    const auto prepare = [&faces](qsizetype i) {
        return std::async(std::launch::async, [&faces, i] { return BoundFace::bind(faces.at(i)); });
    };
    std::future<Result<BoundFace>> next = prepare(0);
    for (qsizetype i = 0; i < faces.size(); ++i) {
        Result<BoundFace> face = next.get();
        if (i + 1 < faces.size())
            next = prepare(i + 1);
        if (!face) {
            const Error error = inRow(face.error(), parser, o, static_cast<int>(i));
            return Cli::fail(ctx, exitCodeFor(error), error);
        }
        if (writer) {
            if (Status ok = writer->add(*face); !ok)
                return Cli::fail(ctx, ExitFailure, ok.error());
            continue;
        }
        Result<QStringList> files = writeFacePngs(*face, target, resolution);
        if (!files)
            return Cli::fail(ctx, ExitFailure, files.error());
        for (const QString &file : *files)
            ctx.out << file << '\n';
    }
    if (writer) {
        if (Status ok = writer->finish(); !ok)
            return Cli::fail(ctx, ExitFailure, ok.error());
        ctx.out << Cli::tr("Wrote %n card(s) to %1.", nullptr, static_cast<int>(faces.size()))
                       .arg(target)
                << '\n';
    }
    return ExitOk;
}

int runPrintersList(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (auto code = Cli::parse(parser, QStringLiteral("printers list [--json]"), ctx))
        return *code;
    const QStringList configured =
        qEnvironmentVariable("CITIZENCARD_PRINTERS").split(u',', Qt::SkipEmptyParts);
    const QList<PrinterListing> printers = Printers::list(configured);
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const PrinterListing &p : printers) {
            QJsonObject entry{{QStringLiteral("name"), p.name},
                              {QStringLiteral("kind"), p.kind},
                              {QStringLiteral("state"), printerStateName(p.status.state)}};
            if (!p.status.reason.isEmpty())
                entry.insert(QStringLiteral("reason"), p.status.reason);
            if (p.status.error)
                entry.insert(QStringLiteral("error"), errorCodeName(*p.status.error));
            if (!p.detail.isEmpty())
                entry.insert(QStringLiteral("detail"), p.detail);
            list.append(entry);
        }
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("printers"), list}}).toJson();
        return ExitOk;
    }
    if (printers.empty()) {
        ctx.out << Cli::tr("No printers. Add a print queue, or name direct printers in "
                           "CITIZENCARD_PRINTERS (e.g. evolis://192.168.1.20:9100).")
                << '\n';
    }
    for (const PrinterListing &p : printers) {
        ctx.out << p.name << '\t' << p.kind << '\t' << printerStateName(p.status.state);
        if (!p.status.reason.isEmpty())
            ctx.out << '\t' << p.status.reason;
        if (!p.detail.isEmpty())
            ctx.out << '\t' << p.detail;
        ctx.out << '\n';
    }
    return ExitOk;
}

int runPrint(Context &ctx) {
    QCommandLineParser parser;
    const FaceOptions o;
    o.addTo(parser);
    const QCommandLineOption printerName(
        QStringLiteral("printer"),
        Cli::tr("A print queue, evolis://HOST:PORT, evolis:/dev/FILE, or proof:DIR."),
        QStringLiteral("NAME"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({printerName, json});
    if (auto code = Cli::parse(parser,
                               QStringLiteral("print --printer NAME --template FILE | --type T "
                                              "[--carrier C] --data CSV [--json]"),
                               ctx))
        return *code;
    if (!parser.isSet(printerName))
        return Cli::usageError(ctx, Cli::tr("--printer NAME is required; see \"printers list\"."));
    QList<CardFaceRequest> faces;
    if (auto code = readFaces(ctx, parser, o, faces))
        return *code;
    if (auto code = checkFaces(ctx, parser, o, faces))
        return *code;
    Result<std::unique_ptr<CardPrinter>> printer = Printers::open(parser.value(printerName));
    if (!printer)
        return Cli::fail(ctx, exitCodeFor(printer.error()), printer.error());

    QJsonArray jobs;
    int code = ExitOk;
    for (const CardFaceRequest &face : std::as_const(faces)) {
        const PrintJobRecord job = (*printer)->print(face);
        QJsonObject entry{{QStringLiteral("cardNumber"), job.cardNumber},
                          {QStringLiteral("job"), job.jobName},
                          {QStringLiteral("outcome"), printJobOutcomeName(job.outcome)}};
        if (job.error) {
            entry.insert(QStringLiteral("error"), errorCodeName(job.error->code));
            entry.insert(QStringLiteral("message"), job.error->toString());
        }
        jobs.append(entry);
        if (!parser.isSet(json)) {
            ctx.out << job.cardNumber << '\t' << printJobOutcomeName(job.outcome) << '\t'
                    << job.jobName << '\n';
        }
        if (job.error) {
            if (!parser.isSet(json))
                ctx.err << Cli::tr("error") << " [" << errorCodeName(job.error->code)
                        << "]: " << job.error->toString() << '\n';
            code = exitCodeFor(*job.error);
            break; // the operator deals with the printer before the next card
        }
    }
    if (parser.isSet(json))
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("jobs"), jobs}}).toJson();
    return code;
}

} // namespace cc::cli
