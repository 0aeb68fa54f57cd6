#pragma once

// Figures the benchmarks print.
#include <algorithm>
#include <vector>

namespace bench {

// The middle value (the upper one of an even count).
inline double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace bench
