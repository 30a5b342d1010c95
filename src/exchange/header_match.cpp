#include "exchange/columns.h"

#include "util/translate.h"

// How a file's header names a column of a kind (ColumnTable::match): the header is written as
// sheets write it (full-width brackets, spaces, 本月 for 本期, a unit in brackets), and matched
// to a field's key, labels or aliases once both are put in one normal form.

namespace keyproj {
namespace {

// Lower-case ASCII, no spaces, half-width brackets and percent sign, 本期 for 本月.
std::string normal(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (s.substr(i, 3) == "（") { out += '('; i += 2; continue; }
    if (s.substr(i, 3) == "）") { out += ')'; i += 2; continue; }
    if (s.substr(i, 3) == "％") { out += '%'; i += 2; continue; }
    if (s.substr(i, 3) == "\u3000") { i += 2; continue; }  // ideographic space
    if (s.substr(i, 6) == "本月") { out += "本期"; i += 5; continue; }
    if (c == ' ' || c == '\t' || c == '_' || c == '\r' || c == '\n') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

// A normal name split into its name and the bracket at its end: "本期完成投资(万元)" →
// {"本期完成投资", "万元"}; a name without one has an empty unit.
struct Named {
  std::string name;
  std::string unit;
};

Named named(std::string_view header) {
  std::string h = normal(header);
  if (h.size() > 2 && h.back() == ')') {
    if (const auto open = h.rfind('('); open != std::string::npos && open > 0)
      return {h.substr(0, open), h.substr(open + 1, h.size() - open - 2)};
  }
  return {std::move(h), ""};
}

bool ascii(std::string_view s) {
  for (const char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

}  // namespace

std::optional<HeaderMatch> ColumnTable::match(std::string_view header) const {
  const Named h = named(header);
  if (h.name.empty()) return std::nullopt;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const Field& f = fields[i];
    std::optional<std::string_view> by;  // the name of the field the header gives
    for (const std::string* n : {&f.key, &f.label_en, &f.label_zh})
      if (!by && h.name == named(*n).name) by = *n;
    for (const auto& a : f.aliases)
      if (!by && h.name == named(a).name) by = a;
    if (!by) continue;
    HeaderMatch m{i, std::nullopt, ""};
    if (!f.money) {
      if (money_unit_named(h.unit))
        m.problem = trf("'{}' gives a unit of money to a column that holds none", header);
      else if (!h.unit.empty() && h.unit != "%" && h.unit != named(*by).unit)
        continue;  // another column's name with a note, as before: not this one (its own unit is: 时限（天）)
      return m;
    }
    if (!h.unit.empty()) {
      m.unit = money_unit_named(h.unit);
      if (!m.unit)
        m.problem = trf("'{}' names the unit '{}', which is not one keyproj knows; write （元）, （万元） or （亿元）", header,
                        h.unit);
    } else if (ascii(*by)) {
      m.unit = MoneyUnit::Yuan;  // budget_yuan, budget, invested: scripts write yuan
    }
    return m;
  }
  return std::nullopt;
}

std::optional<std::size_t> ColumnTable::find(std::string_view header) const {
  const auto m = match(header);
  if (!m) return std::nullopt;
  return m->field;
}

bool ColumnTable::ignored(std::string_view header) { return normal(header) == "序号"; }

}  // namespace keyproj
