#include "store/settings.h"

#include "store/sql/statement.h"

#include <charconv>

#include "store/audit.h"
#include "util/error.h"
#include "util/text.h"

namespace keyproj {
namespace {

constexpr const char* kSelect =
    "SELECT key, value, default_value, min_value, max_value, description_en, description_zh, updated_at "
    "FROM setting ";

Setting read_setting(sql::Statement& q) {
  Setting s;
  s.key = q.string(0);
  s.value = q.int64(1);
  s.default_value = q.int64(2);
  s.min_value = q.int64(3);
  s.max_value = q.int64(4);
  s.description_en = q.string(5);
  s.description_zh = q.string(6);
  s.updated_at = q.optional_string(7);
  return s;
}

std::optional<Setting> find_setting(Database& db, const std::string& key) {
  sql::Statement q(db.sql(), std::string(kSelect) + "WHERE key = ?");
  q.bind(1, key);
  if (!q.step()) return std::nullopt;
  return read_setting(q);
}

std::string known_keys(Database& db) {
  std::string keys;
  for_each_setting(db, [&](const Setting& s) { keys += (keys.empty() ? "" : ", ") + s.key; });
  return keys;
}

}  // namespace

void for_each_setting(Database& db, const std::function<void(const Setting&)>& fn) {
  sql::Statement q(db.sql(), std::string(kSelect) + "ORDER BY key");
  while (q.step()) fn(read_setting(q));
}

std::int64_t setting_value(Database& db, const std::string& key) {
  sql::Statement q(db.sql(), "SELECT value FROM setting WHERE key = ?");
  q.bind(1, key);
  if (!q.step())
    throw database_error("setting '" + key + "' is missing from database '" + db.path() +
                         "'; the settings migration did not apply");
  return q.int64(0);
}

LightThresholds light_thresholds(Database& db) {
  return {setting_value(db, "light.red_days"), setting_value(db, "light.red_stale_days"),
          setting_value(db, "light.amber_lag_points"), setting_value(db, "stale.days")};
}

SettingChange set_setting(Database& db, const std::string& key, const std::string& text, const std::string& user) {
  const auto s = find_setting(db, key);
  if (!s) throw rejected("setting " + quote(key) + " is not known; use one of " + known_keys(db));
  const std::string range = std::to_string(s->min_value) + " to " + std::to_string(s->max_value);
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec == std::errc::invalid_argument || end != text.data() + text.size())
    throw rejected("value " + quote(text) + " for " + key + " is not a whole number; give one from " + range);
  if (ec == std::errc::result_out_of_range || value < s->min_value || value > s->max_value)
    throw rejected("value " + quote(text) + " for " + key + " is out of range; give one from " + range);
  SettingChange change{s->value, value};
  if (!change.changed()) return change;
  sql::Statement q(db.sql(),
                   "UPDATE setting SET value = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE key = ?");
  q.bind(1, static_cast<std::int64_t>(value));
  q.bind(2, key);
  q.run();
  nlohmann::ordered_json before;
  before["key"] = key;
  before["value"] = s->value;
  nlohmann::ordered_json after;
  after["key"] = key;
  after["value"] = value;
  record_audit(db, {user, "setting", std::nullopt, std::nullopt, "edit", before, after, std::nullopt});
  return change;
}

}  // namespace keyproj
