#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cc {

// One blocked card as partners (transit operators, libraries) refuse it: its
// number, its chip's UID (empty when the centre never heard of the chip),
// since when and why (a status reason code: lost, replaced, death, …), and
// the hotlist version that first carried it.
struct HotlistEntry {
    QString cardNumber;
    QString chipUid; // lower-case hex
    QDateTime since; // UTC
    QString reason;
    qint64 version = 0;
};

// The signed hotlist (docs/sync-protocol.md, "Hotlist"): the cards blocked
// after version `since` up to `version`, the whole list when `since` is 0.
// Its text is what the centre signs and what a partner checks with
// `openssl pkeyutl -verify -rawin`; it is read back only within bounds.
struct Hotlist {
    static constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;
    static constexpr qsizetype kMaxEntries = 1000000;

    qint64 version = 0;
    qint64 since = 0;
    QDateTime generated; // UTC
    QList<HotlistEntry> entries;

    // Canonical lines, LF-terminated:
    //   citizencard-hotlist 1
    //   version 42
    //   since 0
    //   generated 2026-12-01T04:05:06.789Z
    //   entries 1
    //   0301000000000014,04a1b2c3d4e5f6,2026-12-01T04:00:00.000Z,lost,41
    QByteArray toText() const;
    // Errors name the line ("line 7").
    static Result<Hotlist> fromText(const QByteArray &text);
};

// A hotlist's text and the centre's Ed25519 signature of exactly those bytes
// (GET /v1/hotlist answers {"list": text, "signature": base64}).
struct SignedHotlist {
    QByteArray text;
    QByteArray signature; // 64 bytes

    QByteArray toJson() const;
    static Result<SignedHotlist> fromJson(const QByteArray &body);
    // Writes `path` (the text) and `path`.sig (the 64 raw bytes), each
    // whole or not at all.
    Status save(const QString &path) const;
};

} // namespace cc
