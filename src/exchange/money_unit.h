#pragma once
// The unit of the bare numbers in a money column. A county's sheet writes 1,500 under
// 本期完成投资（万元） and means 15,000,000 yuan; a number that carries its own unit (1500万,
// 0.15亿, 8000元) means what it says under any header.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace keyproj {

enum class MoneyUnit { Yuan, Wan, Yi };

// 元, 万元 or 亿元 (as a header's bracket or --money-unit writes it; 万 and 亿 too); nullopt otherwise.
std::optional<MoneyUnit> money_unit_named(std::string_view text);
std::string_view money_unit_name(MoneyUnit unit);  // "万元"

// `text` (without spaces around it) in yuan: a bare number in `unit`, any other by its own
// unit (parse_money). A bare number where `unit` is nullopt (a Chinese header that names no
// unit, and no --money-unit) is refused: 1,500 there may be yuan or 万元. Throws
// Error(Rejected) naming `field` and the value as written.
std::int64_t read_money(std::string_view text, std::optional<MoneyUnit> unit, std::string_view field);

// Yuan as 万元, exactly: "2000万元", "1.5万元", "0.0001万元".
std::string format_wan(std::int64_t yuan);

}  // namespace keyproj
