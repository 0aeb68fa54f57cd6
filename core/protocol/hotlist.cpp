#include "core/protocol/hotlist.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace cc {
namespace {

constexpr const char *kMagic = "citizencard-hotlist 1";

QString tr(const char *text) {
    return QCoreApplication::translate("Hotlist", text);
}

Error bad(qsizetype line, const QString &message) {
    return Error{ErrorCode::BadValue, message, QStringLiteral("line %1").arg(line)};
}

bool isLowerHex(QByteArrayView text) {
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return text.size() % 2 == 0 && text.size() <= 20;
}

bool isCardNumber(QByteArrayView text) {
    if (text.size() != 16)
        return false;
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}

bool isReason(QByteArrayView text) {
    if (text.isEmpty() || text.size() > 32)
        return false;
    for (char c : text)
        if (!((c >= 'a' && c <= 'z') || c == '-'))
            return false;
    return true;
}

QByteArray utc(const QDateTime &at) {
    return at.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

// "name value": the value when the line has that name, else nothing.
std::optional<QByteArray> header(const QByteArray &line, const char *name) {
    const QByteArray prefix = QByteArray(name) + ' ';
    if (!line.startsWith(prefix))
        return std::nullopt;
    return line.mid(prefix.size());
}

// A whole number written canonically, or -1.
qint64 count(const std::optional<QByteArray> &text) {
    bool ok = false;
    const qint64 n = text ? text->toLongLong(&ok) : -1;
    return ok && n >= 0 && QByteArray::number(n) == *text ? n : -1;
}

} // namespace

QByteArray Hotlist::toText() const {
    QByteArray out;
    out.reserve(128 + entries.size() * 72);
    out += kMagic;
    out += "\nversion " + QByteArray::number(version) + "\nsince " + QByteArray::number(since) +
           "\ngenerated " + utc(generated) + "\nentries " + QByteArray::number(entries.size()) +
           '\n';
    for (const HotlistEntry &e : entries)
        out += e.cardNumber.toLatin1() + ',' + e.chipUid.toLatin1() + ',' + utc(e.since) + ',' +
               e.reason.toLatin1() + ',' + QByteArray::number(e.version) + '\n';
    return out;
}

Result<Hotlist> Hotlist::fromText(const QByteArray &text) {
    if (text.size() > kMaxBytes)
        return bad(1, tr("The hotlist is larger than any this program reads."));
    if (!text.endsWith('\n'))
        return bad(1, tr("A hotlist ends with a line break."));
    const QList<QByteArray> lines = text.left(text.size() - 1).split('\n');
    if (lines.size() < 5 || lines[0] != kMagic)
        return bad(1, tr("Not a citizencard hotlist (version 1)."));
    Hotlist list;
    const std::optional<QByteArray> version = header(lines[1], "version"),
                                    since = header(lines[2], "since"),
                                    generated = header(lines[3], "generated"),
                                    entries = header(lines[4], "entries");
    const qint64 v = count(version), s = count(since), n = count(entries);
    if (v < 0)
        return bad(2, tr("Expected \"version\" and a whole number."));
    if (s < 0 || s > v)
        return bad(3, tr("Expected \"since\" and a version no later than the list's."));
    list.version = v;
    list.since = s;
    list.generated = generated
                         ? QDateTime::fromString(QString::fromLatin1(*generated), Qt::ISODateWithMs)
                         : QDateTime();
    if (!list.generated.isValid() || list.generated.timeSpec() != Qt::UTC ||
        utc(list.generated) != *generated)
        return bad(4, tr("Expected \"generated\" and a UTC time."));
    if (n < 0 || n > kMaxEntries || n != lines.size() - 5)
        return bad(5, tr("Expected \"entries\" and the number of lines that follow."));
    list.entries.reserve(qsizetype(n));
    for (qsizetype i = 5; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split(',');
        if (f.size() != 5)
            return bad(i + 1, tr("An entry has 5 fields: card, chip UID, since, reason, version."));
        HotlistEntry e;
        e.cardNumber = QString::fromLatin1(f[0]);
        e.chipUid = QString::fromLatin1(f[1]);
        e.since = QDateTime::fromString(QString::fromLatin1(f[2]), Qt::ISODateWithMs);
        e.reason = QString::fromLatin1(f[3]);
        const qint64 at = count(f[4]);
        if (!isCardNumber(f[0]))
            return bad(i + 1, tr("Not a card number."));
        if (!isLowerHex(f[1]))
            return bad(i + 1, tr("Not a chip UID (lower-case hex)."));
        if (!e.since.isValid() || e.since.timeSpec() != Qt::UTC || utc(e.since) != f[2])
            return bad(i + 1, tr("Not a UTC time (2026-12-01T04:05:06.789Z)."));
        if (!isReason(f[3]))
            return bad(i + 1, tr("Not a reason code."));
        if (at <= list.since || at > list.version)
            return bad(i + 1, tr("The entry's version is outside the list's."));
        e.version = at;
        list.entries.append(std::move(e));
    }
    return list;
}

QByteArray SignedHotlist::toJson() const {
    return QJsonDocument(QJsonObject{{QStringLiteral("list"), QString::fromLatin1(text)},
                                     {QStringLiteral("signature"),
                                      QString::fromLatin1(signature.toBase64())}})
        .toJson(QJsonDocument::Compact);
}

Result<SignedHotlist> SignedHotlist::fromJson(const QByteArray &body) {
    if (body.size() > Hotlist::kMaxBytes * 2)
        return bad(1, tr("The hotlist is larger than any this program reads."));
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue list = o.value(QStringLiteral("list")),
                     signature = o.value(QStringLiteral("signature"));
    const auto decoded = QByteArray::fromBase64Encoding(signature.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (o.size() != 2 || !list.isString() || !decoded || decoded.decoded.size() != 64)
        return Error{ErrorCode::BadValue, tr("Not a signed hotlist."), QStringLiteral("$")};
    return SignedHotlist{list.toString().toLatin1(), decoded.decoded};
}

Status SignedHotlist::save(const QString &path) const {
    const std::pair<QString, QByteArray> files[] = {{path, text},
                                                    {path + QStringLiteral(".sig"), signature}};
    for (const auto &[file, bytes] : files) {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return Error{ErrorCode::FileUnwritable, out.errorString(), file};
    }
    return Done{};
}

} // namespace cc
