#pragma once
// Settings: the thresholds an office may tune (migrations/0003_settings.sql seeds them with
// DESIGN.md's defaults). Every threshold the program uses is read from here.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "domain/light.h"
#include "store/database.h"

namespace keyproj {

struct Setting {
  std::string key;
  std::int64_t value = 0;
  std::int64_t default_value = 0;
  std::int64_t min_value = 0;
  std::int64_t max_value = 0;
  std::string description_en;
  std::string description_zh;
  std::optional<std::string> updated_at;  // empty while the default stands
};

// Every setting, by key.
void for_each_setting(Database& db, const std::function<void(const Setting&)>& fn);

// The setting's value; Error(Database) when the key is missing from the table.
std::int64_t setting_value(Database& db, const std::string& key);

// The light thresholds and the stale rule, as the settings hold them.
LightThresholds light_thresholds(Database& db);

struct SettingChange {
  std::int64_t before = 0;
  std::int64_t after = 0;
  bool changed() const { return before != after; }
};

// Sets `key` to `value` (the text as typed) and audits the change. Error(Rejected) for an
// unknown key, a value that is not a whole number, or one outside the key's range. Writes
// nothing when the value is already `value`.
SettingChange set_setting(Database& db, const std::string& key, const std::string& value, const std::string& user);

}  // namespace keyproj
