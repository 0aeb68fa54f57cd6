// Registry records as the registry gateway receives them (core/registryrecord.*):
// any JSON document; a record that parses must survive toJson() and parse again
// to the same facts.
#include "fuzz/fuzzsupport.h"

#include "core/domain/jsonfields.h"
#include "core/domain/registryrecord.h"

#include <QJsonDocument>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    cc::fuzz::ensureApplication();
    const cc::Result<QJsonObject> json = cc::JsonFields::parseObject(cc::fuzz::bytesOf(data, size));
    if (!json)
        return 0;
    const cc::Result<cc::RegistryRecord> record = cc::RegistryRecord::fromJson(json.value());
    if (!record) {
        (void)record.error().toString();
        return 0;
    }
    const QJsonObject written = record->toJson();
    const cc::Result<cc::RegistryRecord> again = cc::RegistryRecord::fromJson(written);
    if (!again || again->toJson() != written)
        std::abort(); // what we write we must read back unchanged
    return 0;
}
