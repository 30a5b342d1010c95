#include "exchange/row_values.h"

#include "util/error.h"
#include "util/money.h"
#include "util/percent.h"

namespace keyproj {
namespace {

std::string trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(first, last - first + 1));
}

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// 2026/10/31, 2026.10.31, 2026/1/5 → 2026-10-31, 2026-01-05: how spreadsheets show dates.
std::string iso_form(const std::string& s) {
  for (const char sep : {'/', '.'}) {
    if (s.find(sep) == std::string::npos || s.find('-') != std::string::npos) continue;
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t at = s.find(sep); ; at = s.find(sep, start)) {
      parts.push_back(s.substr(start, at == std::string::npos ? std::string::npos : at - start));
      if (at == std::string::npos) break;
      start = at + 1;
    }
    if (parts.size() < 2 || parts.size() > 3 || parts[0].size() != 4) return s;
    std::string out = parts[0];
    for (std::size_t i = 1; i < parts.size(); ++i) {
      if (!digits(parts[i]) || parts[i].size() > 2) return s;
      out += (parts[i].size() == 1 ? "-0" : "-") + parts[i];
    }
    return digits(parts[0]) ? out : s;
  }
  return s;
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

std::optional<std::string> RowValues::text(std::string_view key) const { return value(key); }

std::optional<std::string> RowValues::word(std::string_view key) const {
  if (!value(key)) return std::nullopt;
  return trimmed(*value(key));
}

std::optional<std::int64_t> RowValues::money(std::string_view key) {
  if (!value(key)) return std::nullopt;
  try {
    return parse_money(*value(key), name_view(key));
  } catch (const Error& e) {
    fail(key, e.what());
    return std::nullopt;
  }
}

std::optional<std::string> RowValues::date(std::string_view key, PeriodEnd end) {
  if (!value(key)) return std::nullopt;
  const std::string written = trimmed(*value(key));
  const std::string iso = iso_form(written);
  try {
    return parse_date(iso, name_view(key), end).iso();
  } catch (const Error& e) {
    // The sentence names the value as the file wrote it, not as it was rewritten.
    std::string why = e.what();
    if (const auto at = why.find("'" + iso + "'"); at != std::string::npos && iso != written)
      why.replace(at, iso.size() + 2, "'" + written + "'");
    fail(key, why);
    return std::nullopt;
  }
}

std::optional<int> RowValues::percent(std::string_view key) {
  if (!value(key)) return std::nullopt;
  const auto percent = parse_percent(trimmed(*value(key)));
  if (!percent) fail(key, name(key) + " '" + *value(key) + "' is not a whole percentage from 0 to 100");
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
    fail(key, name(key) + " '" + *value(key) + "' is not an id; ids are whole numbers from 1");
    return std::nullopt;
  }
  return std::stoll(s);
}

}  // namespace keyproj
