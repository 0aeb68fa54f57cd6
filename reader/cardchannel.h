#pragma once

#include "core/domain/result.h"
#include "reader/apdu.h"
#include "reader/pcsc.h"

#include <QByteArray>
#include <QString>

namespace cc::reader {

// A connection to the card on one reader: the APDU transport. Lives on the
// reader thread (ReaderManager::withCard hands one to a job). Follows 61xx
// with GET RESPONSE and answers 6Cxx by resending with the right Le; sends a
// repeatable command again once if another program reset the card.
class CardChannel {
    Q_DECLARE_TR_FUNCTIONS(CardChannel)

public:
    static Result<CardChannel> open(SCARDCONTEXT context, const QString &reader);
    ~CardChannel();
    CardChannel(CardChannel &&other) noexcept;
    CardChannel &operator=(CardChannel &&) = delete;
    CardChannel(const CardChannel &) = delete;
    CardChannel &operator=(const CardChannel &) = delete;

    Result<ApduResponse> transmit(const Apdu &apdu);

    const QString &reader() const { return m_reader; }
    const QByteArray &atr() const { return m_atr; }
    int apduCount() const { return m_apduCount; } // exchanges with the card, all included

private:
    CardChannel(QString reader, SCARDHANDLE handle, DWORD protocol, QByteArray atr);
    Result<ApduResponse> exchange(const QByteArray &command, bool repeatable, bool secret);

    QString m_reader;
    SCARDHANDLE m_handle = 0;
    DWORD m_protocol = 0;
    QByteArray m_atr;
    int m_apduCount = 0;
};

} // namespace cc::reader
