#include "reader/pcscencoder.h"

#include "reader/logging.h"

namespace cc::reader {

PcscEncoder::PcscEncoder(ReaderManager &manager, QString reader, const KeyProvider &keys,
                         std::unique_ptr<ChipProfile> profile)
    : m_manager(manager)
    , m_reader(std::move(reader))
    , m_keys(keys)
    , m_profile(std::move(profile)) {}

Result<QByteArray> PcscEncoder::readUid() {
    return m_manager
        .withCard<QByteArray>(m_reader,
                              [](CardChannel &channel) -> Result<QByteArray> {
                                  Result<CardIdentity> card = CardIdentity::read(channel);
                                  if (!card)
                                      return card.error();
                                  return card->uid;
                              })
        .get();
}

Result<EncodeResult> PcscEncoder::personalise(const ChipRecord &record, bool overwrite) {
    Result<EncodeResult> result =
        m_manager
            .withCard<EncodeResult>(m_reader,
                                    [&](CardChannel &channel) -> Result<EncodeResult> {
                                        Result<CardIdentity> card = CardIdentity::read(channel);
                                        if (!card)
                                            return card.error();
                                        return m_profile->personalise(channel, card.value(), m_keys,
                                                                      record, overwrite);
                                    })
            .get();
    if (result)
        qCInfo(lcReader).noquote() << "personalised a" << cardKindName(result->kind) << "card with"
                                   << result->apduCount << "APDUs";
    else
        qCInfo(lcReader).noquote()
            << "personalisation failed:" << errorCodeName(result.error().code);
    return result;
}

Result<ChipReading> PcscEncoder::verify() {
    return m_manager
        .withCard<ChipReading>(m_reader,
                               [&](CardChannel &channel) -> Result<ChipReading> {
                                   Result<CardIdentity> card = CardIdentity::read(channel);
                                   if (!card)
                                       return card.error();
                                   std::unique_ptr<ChipProfile> profile =
                                       ChipProfile::forKind(card->kind);
                                   if (!profile)
                                       return wrongCardKind(card.value(), m_profile->name());
                                   return profile->inspect(channel, card.value(), m_keys);
                               })
        .get();
}

} // namespace cc::reader
