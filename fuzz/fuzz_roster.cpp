// Rosters (core/domain/roster.*): any bytes, in any encoding choice, give a
// roster or an error; every row read cleanly carries a valid ID number, a name
// and a birth date, and every problem a row of the file.
#include "fuzz/fuzzsupport.h"

#include "core/domain/nationalid.h"
#include "core/domain/roster.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    cc::fuzz::ensureApplication();
    if (size == 0)
        return 0;
    // The first byte picks the encoding and the kind of roster.
    const auto encoding = cc::RosterEncoding(data[0] % 3);
    const bool school = data[0] & 4;
    const cc::Result<cc::Roster> roster =
        cc::Rosters::parse(cc::fuzz::bytesOf(data + 1, size - 1), QStringLiteral("fuzz.csv"),
                           encoding, cc::RosterMapping::standard(), school);
    if (!roster) {
        (void)roster.error().toString();
        return 0;
    }
    if (roster->cells.size() != roster->rowCount || roster->rows.size() > roster->rowCount)
        std::abort();
    for (const cc::RosterRow &row : roster->rows)
        if (!cc::NationalId::check(row.nationalId).valid() || row.name.isEmpty() ||
            !row.birthDate.isValid() || !roster->cells.contains(row.row) ||
            school != row.enrollment.has_value())
            std::abort();
    for (const cc::RosterProblem &p : roster->problems)
        if (!roster->cells.contains(p.row) || p.message.isEmpty())
            std::abort();
    return 0;
}
