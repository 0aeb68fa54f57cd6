#include "core/station/stationfile.h"

#include "core/crypto/crypto.h"
#include "core/station/auditlog.h"
#include "core/station/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <cerrno>
#include <unistd.h>

namespace cc {
namespace {

void removeStoreFiles(const QString &path) {
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

Result<Session> createStationFile(const QString &path, const StationSetup &setup,
                                  const Clock &clock) {
    if (QFileInfo::exists(path))
        return Error{ErrorCode::AlreadyExists,
                     Store::tr("A file is already there; a new store needs a new file."), path};
    const QString temporary =
        path + QStringLiteral(".init-") + QString::fromLatin1(Crypto::randomBytes(6).toHex());
    Result<Session> session = Error{};
    {
        Result<std::unique_ptr<Store>> store = Store::create(temporary);
        if (!store) {
            removeStoreFiles(temporary);
            Error e = store.error();
            e.where = path;
            return e;
        }
        AuditLog audit(**store, clock);
        session = Accounts(**store, audit, clock).initialiseStation(setup);
        // Everything into the main file before it is linked into place.
        QSqlQuery((*store)->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    if (!session) {
        removeStoreFiles(temporary);
        return session.error();
    }
    // link() never replaces: the first init to get here wins.
    const int linked =
        ::link(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData());
    const int error = errno;
    removeStoreFiles(temporary);
    if (linked != 0)
        return Error{error == EEXIST ? ErrorCode::AlreadyExists : ErrorCode::FileUnwritable,
                     error == EEXIST
                         ? Store::tr("A file is already there; a new store needs a new file.")
                         : Store::tr("The store could not be created."),
                     path};
    return session;
}

} // namespace cc
