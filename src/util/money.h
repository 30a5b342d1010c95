#pragma once
// Money is integer yuan. Officers type it the way the plans print it: 150000000, 150,000,000,
// 15000万, 15000万元, 1.5亿, 1.5亿元. Parsing is exact decimal arithmetic, never floating point.

#include <cstdint>
#include <string>
#include <string_view>

namespace keyproj {

// The largest single amount: 10万亿元 (10^13 yuan), beyond a province's whole annual investment,
// so that a slip such as 9000000亿 is caught rather than stored (and summed past 64 bits).
inline constexpr std::int64_t kMaxAmountYuan = 10'000'000'000'000;

// Parses `text` into yuan (units 万, 亿, 万亿, an optional 元). Throws Error(Rejected) naming
// `field` and the value when it is negative, not a number, has more than two decimals of a
// yuan, or is beyond kMaxAmountYuan.
std::int64_t parse_money(std::string_view text, std::string_view field);

// a + b, or Error(Rejected) when the sum is beyond 64 bits: a total is never printed negative.
// `what` names the total ("the budget total of region TM").
std::int64_t add_money(std::int64_t a, std::int64_t b, std::string_view what);

// The sentence for a total beyond 64 bits, for the sums SQL adds up (SQLite's "integer
// overflow").
std::string total_beyond_sentence(std::string_view what);

// For display: "1.5亿元", "15000万元", "8000元". Rounds to two decimals of the unit shown.
std::string format_money(std::int64_t yuan);

// Two amounts a sentence compares ("total X is beyond its budget of Y", "X → Y"), as
// format_money shows them, or both exactly in grouped yuan ("320,000,001元", "320,000,000元")
// when they differ but would read alike: rounding must not make a sentence compare a figure
// with itself.
struct MoneyPair {
  std::string first;
  std::string second;
};
MoneyPair format_money_pair(std::int64_t first, std::int64_t second);

// Plain grouped digits for tables and exports that want the exact value: "150,000,000".
std::string format_yuan_grouped(std::int64_t yuan);

}  // namespace keyproj
