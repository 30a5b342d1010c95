#include "view/change_text.h"

#include "util/money.h"
#include "util/translate.h"
#include "view/value_labels.h"

namespace keyproj {
namespace {

using json = nlohmann::ordered_json;

bool is_money(const std::string& key) { return key.size() > 5 && key.compare(key.size() - 5, 5, "_yuan") == 0; }

std::string value_text(const std::string& key, const json& v) {
  if (v.is_null()) return "—";
  if (v.is_string()) return field_value_label(key, v.get<std::string>(), current_language());
  if (v.is_number_integer() && is_money(key)) return format_money(v.get<std::int64_t>());
  return v.dump();
}

// "budget_yuan: " in English, "计划总投资：" in Chinese.
std::string name(const std::string& key) {
  const Lang lang = current_language();
  return field_label(key, lang) + (lang == Lang::Zh ? "：" : ": ");
}

json parse_or_null(const std::string& text) {
  if (text.empty()) return nullptr;
  return json::parse(text, nullptr, /*allow_exceptions=*/false);
}

}  // namespace

std::vector<std::string> change_pieces(const json& before, const json& after) {
  std::vector<std::string> out;
  const json empty = json::object();
  const json& b = before.is_object() ? before : empty;
  const json& a = after.is_object() ? after : empty;
  if (!before.is_object()) {
    for (const auto& [key, value] : a.items())
      if (!value.is_null()) out.push_back(name(key) + value_text(key, value));
    return out;
  }
  auto piece = [&](const std::string& key) {
    const json bv = b.contains(key) ? b[key] : json(nullptr);
    const json av = a.contains(key) ? a[key] : json(nullptr);
    if (bv == av) return;
    if (is_money(key) && bv.is_number_integer() && av.is_number_integer()) {
      const MoneyPair shown = format_money_pair(bv.get<std::int64_t>(), av.get<std::int64_t>());
      out.push_back(name(key) + shown.first + " → " + shown.second);
      return;
    }
    out.push_back(name(key) + value_text(key, bv) + " → " + value_text(key, av));
  };
  for (const auto& [key, value] : a.items()) piece(key);
  for (const auto& [key, value] : b.items())
    if (!a.contains(key)) piece(key);
  return out;
}

std::vector<std::string> stored_change_pieces(const std::string& before, const std::string& after) {
  return change_pieces(parse_or_null(before), parse_or_null(after));
}

}  // namespace keyproj
