#include "reader/pcscencoder.h"

#include "reader/logging.h"

#include <QDeadlineTimer>

namespace cc::reader {

PcscEncoder::PcscEncoder(ReaderManager &manager, QString reader, const KeyProvider &keys,
                         std::unique_ptr<ChipProfile> profile)
    : m_manager(manager)
    , m_reader(std::move(reader))
    , m_keys(keys)
    , m_profile(std::move(profile)) {}

template<typename T>
Result<T> PcscEncoder::withIdentifiedCard(
    std::function<Result<T>(CardChannel &, const CardIdentity &)> work) {
    const auto attempt = [&] {
        return m_manager
            .withCard<T>(m_reader,
                         [&work](CardChannel &channel) -> Result<T> {
                             Result<CardIdentity> card = CardIdentity::read(channel);
                             if (!card)
                                 return card.error();
                             return work(channel, card.value());
                         })
            .get();
    };
    Result<T> result = attempt();
    if (result || result.error().code != ErrorCode::NoCard || m_arrivalWaitMs <= 0)
        return result;
    // A card printer feeds the card to its encoder station: wait for the
    // reader to see it arrive, then try once more.
    if (m_manager.waitForCard(m_reader, QDeadlineTimer(m_arrivalWaitMs)))
        return attempt();
    return result;
}

Result<QByteArray> PcscEncoder::readUid() {
    return withIdentifiedCard<QByteArray>(
        [](CardChannel &, const CardIdentity &card) -> Result<QByteArray> { return card.uid; });
}

Result<EncodeResult> PcscEncoder::personalise(const ChipRecord &record, bool overwrite) {
    Result<EncodeResult> result =
        withIdentifiedCard<EncodeResult>([&](CardChannel &channel, const CardIdentity &card) {
            return m_profile->personalise(channel, card, m_keys, record, overwrite);
        });
    if (result)
        qCInfo(lcReader).noquote() << "personalised a" << cardKindName(result->kind) << "card with"
                                   << result->apduCount << "APDUs";
    else
        qCInfo(lcReader).noquote()
            << "personalisation failed:" << errorCodeName(result.error().code);
    return result;
}

Result<ChipReading> PcscEncoder::verify() {
    return withIdentifiedCard<ChipReading>(
        [&](CardChannel &channel, const CardIdentity &card) -> Result<ChipReading> {
            std::unique_ptr<ChipProfile> profile = ChipProfile::forKind(card.kind);
            if (!profile)
                return wrongCardKind(card, m_profile->name());
            return profile->inspect(channel, card, m_keys);
        });
}

} // namespace cc::reader
