#pragma once
// Settings: what an office tunes (migrations/0003_settings.sql, 0012_text_settings.sql): the
// thresholds of the lights and the stale rule, whole numbers within a range, and text keys
// such as home.region, each with its fixed set of values or a check the program names. Every
// threshold the program uses is read from here.

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "domain/light.h"
#include "store/database.h"

namespace keyproj {

enum class SettingType { Integer, Text };

// A setting's value: a whole number, or text ("" for none, where the key allows it).
using SettingValue = std::variant<std::int64_t, std::string>;

// How a value reads in a sentence: the number, the text, or "(none)" for empty text.
std::string setting_value_text(const SettingValue& v);

struct Setting {
  std::string key;
  SettingType type = SettingType::Integer;
  SettingValue value;
  SettingValue default_value;
  std::optional<std::int64_t> min_value;  // integers
  std::optional<std::int64_t> max_value;
  std::vector<std::string> allowed;       // text with a fixed set of values
  std::optional<std::string> checked_by;  // text checked by the program: "region"
  std::string description_en;
  std::string description_zh;
  std::optional<std::string> updated_at;  // empty while the default stands
};

// The English descriptions of the settings the migrations add, as the catalogue holds them.
std::span<const char* const> setting_descriptions();

// Every setting, by key.
void for_each_setting(Database& db, const std::function<void(const Setting&)>& fn);

// The value of an integer setting; Error(Database) when the key is missing from the table or
// holds no integer.
std::int64_t setting_value(Database& db, const std::string& key);

// The value of a text setting; Error(Database) when the key is missing or holds no text.
std::string setting_text(Database& db, const std::string& key);

// The region code home.region holds; none while it is empty.
std::optional<std::string> home_region(Database& db);

// How 序时进度 counts the year (schedule.basis): by month, else by day.
ScheduleBasis schedule_basis(Database& db);

// The light thresholds and rules and the stale rule, as the settings hold them.
LightThresholds light_thresholds(Database& db);

struct SettingChange {
  SettingValue before;
  SettingValue after;
  bool changed() const { return before != after; }
};

// Sets `key` to `value` (the text as typed) and audits the change. Error(Rejected) for an
// unknown key, and for a value the key does not take: an integer key a whole number within
// its range, a text key one of its values or what its check accepts (home.region: a region's
// code or name, stored as its code, or "" to clear it). Writes nothing when the value is
// already `value`.
SettingChange set_setting(Database& db, const std::string& key, const std::string& value, const std::string& user);

}  // namespace keyproj
