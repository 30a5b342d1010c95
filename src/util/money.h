#pragma once
// Money is integer yuan. Officers type it the way the plans print it: 150000000, 150,000,000,
// 15000万, 15000万元, 1.5亿, 1.5亿元. Parsing is exact decimal arithmetic, never floating point.

#include <cstdint>
#include <string>
#include <string_view>

namespace keyproj {

// Parses `text` into yuan. Throws Error(Rejected) naming `field` and the value when it is
// negative, not a number, has more than two decimals of a yuan, or does not fit in 64 bits.
std::int64_t parse_money(std::string_view text, std::string_view field);

// For display: "1.5亿元", "15000万元", "8000元". Rounds to two decimals of the unit shown.
std::string format_money(std::int64_t yuan);

// Plain grouped digits for tables and exports that want the exact value: "150,000,000".
std::string format_yuan_grouped(std::int64_t yuan);

}  // namespace keyproj
