#include "exchange/money_unit.h"

#include "util/error.h"
#include "util/money.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
std::optional<MoneyUnit> money_unit_named(std::string_view text) {
  if (text == "元") return MoneyUnit::Yuan;
  if (text == "万元" || text == "万") return MoneyUnit::Wan;
  if (text == "亿元" || text == "亿") return MoneyUnit::Yi;
  return std::nullopt;
}

std::string_view money_unit_name(MoneyUnit unit) {
  switch (unit) {
    case MoneyUnit::Yuan: return "元";
    case MoneyUnit::Wan: return "万元";
    case MoneyUnit::Yi: return "亿元";
  }
  return "元";
}

std::int64_t read_money(std::string_view text, std::optional<MoneyUnit> unit, std::string_view field) {
  const std::string_view written = text;
  // A number ending in a digit names no unit of its own; 1500万, 8000元 do.
  const bool bare = !written.empty() && written.back() >= '0' && written.back() <= '9';
  if (!bare || unit == MoneyUnit::Yuan) return parse_money(written, field);
  if (!unit)
    throw rejected(trf("{0} {1} names no unit, nor does its header: it may be 元 or 万元; add the unit to the header "
                       "({0}（万元）) or pass --money-unit 元|万元|亿元",
                       field, quote(written)));
  const std::string in_unit = std::string(written) + (unit == MoneyUnit::Wan ? "万" : "亿");
  try {
    return parse_money(in_unit, field);
  } catch (const Error& e) {
    // The sentence names the value as the file wrote it, with the header's unit.
    std::string why = e.what();
    const std::string shown = quote(in_unit);
    if (const auto at = why.find(shown); at != std::string::npos)
      why.replace(at, shown.size(), quote(written) + " (" + std::string(money_unit_name(*unit)) + ")");
    throw Error(e.code(), why);
  }
}

std::string format_wan(std::int64_t yuan) {
  std::string out = std::to_string(yuan / 10000);
  if (std::int64_t rest = yuan % 10000; rest != 0) {
    std::string frac = std::to_string(rest);
    frac.insert(0, 4 - frac.size(), '0');
    while (frac.back() == '0') frac.pop_back();
    out += "." + frac;
  }
  return out + "万元";
}

}  // namespace keyproj
