// CSV files (core/csv.*: render/print batches, rosters): every row the parser
// accepts has the header's width and a line number.
#include "fuzz/fuzzsupport.h"

#include "core/domain/csv.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    cc::fuzz::ensureApplication();
    const cc::Result<cc::CsvTable> table =
        cc::Csv::parse(cc::fuzz::bytesOf(data, size), QStringLiteral("fuzz.csv"));
    if (!table) {
        (void)table.error().toString();
        return 0;
    }
    if (table->header.isEmpty() || table->rows.size() != table->lines.size())
        std::abort();
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        if (table->rows.at(i).size() != table->header.size())
            std::abort();
        (void)table->record(i);
    }
    return 0;
}
