#pragma once

#include "core/ports/cardencoder.h"
#include "reader/chipprofile.h"
#include "reader/keyprovider.h"
#include "reader/readermanager.h"

#include <memory>

namespace cc::reader {

// Core's CardEncoder on one PC/SC reader: each call runs as a job on the
// reader manager's thread and blocks the caller until it is done, so call it
// from a worker (or the CLI), never from the GUI thread.
class PcscEncoder final : public CardEncoder {
public:
    // `profile` is what personalise() writes; verify() picks the profile that
    // fits the card it finds.
    PcscEncoder(ReaderManager &manager, QString reader, const KeyProvider &keys,
                std::unique_ptr<ChipProfile> profile);

    Result<QByteArray> readUid() override;
    Result<EncodeResult> personalise(const ChipRecord &record, bool overwrite) override;
    Result<ChipReading> verify() override;

    // When a call finds no card, wait up to `ms` for one to arrive and try
    // again: an encoder inside a card printer, where the card is on its way
    // from the feeder. 0 (the default) reports NoCard at once.
    void setCardArrivalWait(int ms) { m_arrivalWaitMs = ms; }

private:
    // Runs `work` on the reader thread with the card connected and identified.
    template<typename T>
    Result<T>
    withIdentifiedCard(std::function<Result<T>(CardChannel &, const CardIdentity &)> work);

    ReaderManager &m_manager;
    QString m_reader;
    const KeyProvider &m_keys;
    std::unique_ptr<ChipProfile> m_profile;
    int m_arrivalWaitMs = 0;
};

} // namespace cc::reader
