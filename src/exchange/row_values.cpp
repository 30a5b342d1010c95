#include "exchange/row_values.h"

#include "exchange/money_unit.h"
#include "util/error.h"
#include "util/percent.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

const std::optional<std::string>& RowValues::value(std::string_view key) const {
  return record_.values[table_.index(key)];
}

bool RowValues::carried(std::string_view key) const { return value(key).has_value(); }

std::string RowValues::name(std::string_view key) const { return std::string(name_view(key)); }

std::string_view RowValues::name_view(std::string_view key) const {
  const std::string& n = record_.name(table_.index(key));
  return n.empty() ? key : std::string_view(n);
}

ImportProblem RowValues::problem(std::string_view key, std::string text) const {
  return record_.problem(key.empty() ? std::nullopt : std::optional(table_.index(key)), std::move(text));
}

void RowValues::fail(std::string_view key, const std::string& why) {
  ++failures_;
  errors_.push_back(problem(key, why));
}

// The field's index is looked up once: an import reads several text cells of every row.
std::optional<std::string> RowValues::text(std::string_view key) {
  const std::size_t i = table_.index(key);
  return cleaned(key, i, table_.fields[i].lines ? Lines::Many : Lines::One);
}

std::optional<std::string> RowValues::word(std::string_view key) { return cleaned(key, table_.index(key), Lines::One); }

std::optional<std::string> RowValues::cleaned(std::string_view key, std::size_t index, Lines lines) {
  const std::optional<std::string>& v = record_.values[index];
  if (!v) return std::nullopt;
  try {
    const std::string& name = record_.name(index);
    std::string t = clean_text(*v, name.empty() ? key : std::string_view(name), lines);
    if (t.empty()) return std::nullopt;
    return t;
  } catch (const Error& e) {
    fail(key, e.what());
    return std::nullopt;
  }
}

std::optional<std::int64_t> RowValues::money(std::string_view key) {
  if (!value(key)) return std::nullopt;
  const std::optional<MoneyUnit>& header_unit = record_.layout->units[table_.index(key)];
  try {
    return read_money(trimmed(*value(key)), header_unit ? header_unit : money_unit_, name_view(key));
  } catch (const Error& e) {
    fail(key, e.what());
    return std::nullopt;
  }
}

std::optional<std::string> RowValues::date(std::string_view key, PeriodEnd end) {
  if (!value(key)) return std::nullopt;
  try {
    return parse_date(trimmed(*value(key)), name_view(key), end).iso();
  } catch (const Error& e) {
    fail(key, e.what());
    return std::nullopt;
  }
}

std::optional<int> RowValues::percent(std::string_view key) {
  if (!value(key)) return std::nullopt;
  const auto percent = parse_percent(trimmed(*value(key)));
  if (!percent) fail(key, trf("{} {} is not a whole percentage from 0 to 100", name(key), quote(*value(key))));
  return percent;
}

std::optional<Stage> RowValues::stage(std::string_view key) {
  if (!value(key)) return std::nullopt;
  try {
    return parse_stage(trimmed(*value(key)), name_view(key));
  } catch (const Error& e) {
    fail(key, e.what());
    return std::nullopt;
  }
}

std::optional<std::int64_t> RowValues::id(std::string_view key) {
  if (!value(key)) return std::nullopt;
  const std::string s = trimmed(*value(key));
  if (!digits(s) || s.size() > 18 || std::stoll(s) == 0) {
    fail(key, trf("{} {} is not an id; ids are whole numbers from 1", name(key), quote(*value(key))));
    return std::nullopt;
  }
  return std::stoll(s);
}

}  // namespace keyproj
