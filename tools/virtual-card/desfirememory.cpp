#include "tools/virtual-card/desfirememory.h"

#include <QJsonObject>
#include <QString>

namespace cc::tools::desfire {

QJsonArray toJson(const Applications &apps) {
    QJsonArray out;
    for (const auto &[aid, app] : apps) {
        QJsonArray keys, files;
        for (const Key &key : app.keys)
            keys.append(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(key.value.toHex())},
                                    {QStringLiteral("version"), key.version}});
        for (const auto &[no, file] : app.files)
            files.append(
                QJsonObject{{QStringLiteral("no"), no},
                            {QStringLiteral("comm"), file.comm},
                            {QStringLiteral("access"), file.access},
                            {QStringLiteral("backup"), file.backup},
                            {QStringLiteral("data"), QString::fromLatin1(file.data.toHex())}});
        out.append(QJsonObject{{QStringLiteral("aid"), QString::fromLatin1(aid.toHex())},
                               {QStringLiteral("settings1"), app.settings1},
                               {QStringLiteral("settings2"), app.settings2},
                               {QStringLiteral("keys"), keys},
                               {QStringLiteral("files"), files}});
    }
    return out;
}

Applications applicationsFromJson(const QJsonArray &apps) {
    Applications out;
    for (const QJsonValue appValue : apps) {
        const QJsonObject o = appValue.toObject();
        Application app;
        app.settings1 = quint8(o.value(QStringLiteral("settings1")).toInt());
        app.settings2 = quint8(o.value(QStringLiteral("settings2")).toInt());
        for (const QJsonValue k : o.value(QStringLiteral("keys")).toArray())
            app.keys.push_back(
                Key{QByteArray::fromHex(k[QStringLiteral("key")].toString().toLatin1()),
                    quint8(k[QStringLiteral("version")].toInt())});
        for (const QJsonValue f : o.value(QStringLiteral("files")).toArray())
            app.files[quint8(f[QStringLiteral("no")].toInt())] =
                File{quint8(f[QStringLiteral("comm")].toInt()),
                     quint16(f[QStringLiteral("access")].toInt()),
                     QByteArray::fromHex(f[QStringLiteral("data")].toString().toLatin1()),
                     f[QStringLiteral("backup")].toBool(true)};
        out[QByteArray::fromHex(o.value(QStringLiteral("aid")).toString().toLatin1())] = app;
    }
    return out;
}

} // namespace cc::tools::desfire
