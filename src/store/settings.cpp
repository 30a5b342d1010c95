#include "store/settings.h"

#include "store/sql/statement.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "store/audit.h"
#include "store/regions.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"
#include "util/clock.h"

namespace keyproj {
namespace {

constexpr const char* kSelect =
    "SELECT key, type, value, default_value, min_value, max_value, allowed, checked_by, description_en, "
    "description_zh, updated_at FROM setting ";

SettingValue read_value(sql::Statement& q, int i, SettingType type) {
  if (type == SettingType::Integer) return q.int64(i);
  return q.string(i);
}

std::vector<std::string> split_allowed(const std::string& allowed) {
  std::vector<std::string> out;
  for (std::size_t from = 0; from <= allowed.size();) {
    const std::size_t bar = std::min(allowed.find('|', from), allowed.size());
    out.push_back(allowed.substr(from, bar - from));
    from = bar + 1;
  }
  return out;
}

Setting read_setting(sql::Statement& q) {
  Setting s;
  s.key = q.string(0);
  s.type = q.string(1) == "text" ? SettingType::Text : SettingType::Integer;
  s.value = read_value(q, 2, s.type);
  s.default_value = read_value(q, 3, s.type);
  s.min_value = q.optional_int64(4);
  s.max_value = q.optional_int64(5);
  if (const auto allowed = q.optional_string(6)) s.allowed = split_allowed(*allowed);
  s.checked_by = q.optional_string(7);
  s.description_en = q.string(8);
  s.description_zh = q.string(9);
  s.updated_at = q.optional_string(10);
  return s;
}

std::optional<Setting> find_setting(Database& db, const std::string& key) {
  sql::Statement q(db.sql(), std::string(kSelect) + "WHERE key = ?");
  q.bind(1, key);
  if (!q.step()) return std::nullopt;
  return read_setting(q);
}

// The English descriptions the settings migrations store (description_en), marked for the
// catalogue. The Chinese ones the migrations store beside them (description_zh) are these
// texts' translations: settings_test checks every stored pair against the catalogue.
constexpr std::array kDescriptions{
    N_("red when a milestone is more than this many days late"),
    N_("red when an active project has had no report for more than this many days"),
    // xgettext:no-c-format
    N_("amber when invested % lags elapsed-time % by more than this many points"),
    N_("an active project is stale after more than this many days without a report"),
    N_("a project name that matches projects of several regions but one of this region is that one"),
    N_("序时进度 counts the year by month (month ÷ 12) or by day (day of the year ÷ days in the year)"),
    N_("the profile of lights last applied (config profile); custom once a rule it set is changed alone"),
    N_("how a project of the year's plan is judged against 序时进度: points behind it, relative to it, or none (the lag rule)"),
    N_("amber when a new start of the year's plan is due to start and has not started"),
    // xgettext:no-c-format
    N_("points rule: amber when % of the annual plan is at least this many points behind 序时进度"),
    N_("points rule: red when more than this many points behind 序时进度 (100: never)"),
    // xgettext:no-c-format
    N_("relative rule: amber when % of the annual plan is below this % of 序时进度"),
    // xgettext:no-c-format
    N_("relative rule: red when % of the annual plan is below this % of 序时进度"),
    N_("the 序时 rule judges only a project whose annual plan is at least this many yuan"),
    N_("start rule: red when not started more than this many months after its planned start month"),
};

std::string known_keys(Database& db) {
  std::string keys;
  for_each_setting(db, [&](const Setting& s) { keys += (keys.empty() ? "" : ", ") + s.key; });
  return keys;
}

ScheduleBasis basis_named(const std::string& stored) { return stored == "day" ? ScheduleBasis::Day : ScheduleBasis::Month; }

// A setting's value as stored, with the type it is stored as. SQLite keeps each value as given,
// so its type is checked; PostgreSQL's column is text whose form its CHECK holds to the key's
// type.
struct Stored {
  std::string key;
  std::string text;
  std::int64_t number = 0;
  std::string type;
};

std::string stored_sql(Database& db) {
  return db.sql().dialect() == sql::Dialect::Sqlite ? "SELECT key, value, typeof(value) FROM setting "
                                                    : "SELECT key, value, type FROM setting ";
}

Stored read_stored(sql::Statement& q) {
  Stored s{q.string(0), q.string(1), 0, q.string(2)};
  if (s.type == "integer") s.number = q.int64(1);
  return s;
}

// The value of `key` among `stored`, which must be of `type`.
SettingValue value_of(const Database& db, std::span<const Stored> stored, const std::string& key, const char* type) {
  const auto it = std::find_if(stored.begin(), stored.end(), [&](const Stored& s) { return s.key == key; });
  if (it == stored.end())
    throw database_error(
        trf("setting '{}' is missing from database '{}'; the settings migrations did not apply", key, db.name()));
  if (it->type != type)
    throw database_error(trf("setting '{}' in database '{}' holds {}, not {}", key, db.name(), it->type, type));
  if (std::string_view(type) == "integer") return it->number;
  return it->text;
}

// The stored value of `key`, which must be of `type`.
SettingValue stored_value(Database& db, const std::string& key, const char* type) {
  sql::Statement q(db.sql(), stored_sql(db) + "WHERE key = ?");
  q.bind(1, key);
  std::vector<Stored> stored;
  if (q.step()) stored.push_back(read_stored(q));
  return value_of(db, stored, key, type);
}

std::int64_t whole_number(const Setting& s, const std::string& text) {
  const std::string range = trf("{} to {}", *s.min_value, *s.max_value);
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec == std::errc::invalid_argument || end != text.data() + text.size())
    throw rejected(trf("value {} for {} is not a whole number; give one from {}", quote(text), s.key, range));
  if (ec == std::errc::result_out_of_range || value < *s.min_value || value > *s.max_value)
    throw rejected(trf("value {} for {} is out of range; give one from {}", quote(text), s.key, range));
  return value;
}

// "month or day", "a, b or c".
std::string either(const std::vector<std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i)
    out += (i == 0 ? "" : i + 1 == values.size() ? trc("list", " or ") : trc("list", ", ")) + values[i];
  return out;
}

std::string checked_text(Database& db, const Setting& s, const std::string& text) {
  if (!s.allowed.empty()) {
    for (const auto& v : s.allowed)
      if (v == text) return text;
    throw rejected(trf("value {} for {} is not one it takes; use {}", quote(text), s.key, either(s.allowed)));
  }
  if (s.checked_by == "region") {
    if (text.empty()) return text;  // no home region
    if (auto code = region_code_named(db, text)) return *code;
    throw rejected(
        trf("value {} for {} is not a region; use one of {}, or '' for none", quote(text), s.key, region_list(db)));
  }
  throw database_error(trf("setting '{}' names neither its values nor a check keyproj knows", s.key));
}

nlohmann::ordered_json audit_value(const std::string& key, const SettingValue& v) {
  nlohmann::ordered_json o;
  o["key"] = key;
  if (const auto* n = std::get_if<std::int64_t>(&v)) o["value"] = *n;
  else o["value"] = std::get<std::string>(v);
  return o;
}

}  // namespace

std::span<const char* const> setting_descriptions() { return kDescriptions; }

std::string setting_value_text(const SettingValue& v) {
  if (const auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  const auto& text = std::get<std::string>(v);
  return text.empty() ? tr("(none)") : text;
}

void for_each_setting(Database& db, const std::function<void(const Setting&)>& fn) {
  sql::Statement q(db.sql(), std::string(kSelect) + "ORDER BY key");
  while (q.step()) fn(read_setting(q));
}

std::int64_t setting_value(Database& db, const std::string& key) {
  return std::get<std::int64_t>(stored_value(db, key, "integer"));
}

std::string setting_text(Database& db, const std::string& key) {
  return std::get<std::string>(stored_value(db, key, "text"));
}

std::optional<std::string> home_region(Database& db) {
  std::string code = setting_text(db, "home.region");
  if (code.empty()) return std::nullopt;
  return code;
}

ScheduleBasis schedule_basis(Database& db) { return basis_named(setting_text(db, "schedule.basis")); }

LightThresholds light_thresholds(Database& db) {
  // Every setting in one statement: the card of one project reads all thirteen of these.
  std::vector<Stored> stored;
  sql::Statement q(db.sql(), stored_sql(db));
  while (q.step()) stored.push_back(read_stored(q));
  const auto number = [&](const char* key) { return std::get<std::int64_t>(value_of(db, stored, key, "integer")); };
  const auto text = [&](const char* key) { return std::get<std::string>(value_of(db, stored, key, "text")); };
  LightThresholds t{number("light.red_days"), number("light.red_stale_days"), number("light.amber_lag_points"),
                    number("stale.days")};
  t.basis = basis_named(text("schedule.basis"));
  const std::string rule = text("light.schedule_rule");
  t.schedule_rule = rule == "points" ? ScheduleRule::Points : rule == "relative" ? ScheduleRule::Relative : ScheduleRule::None;
  t.amber_behind_points = number("light.amber_behind_points");
  t.red_behind_points = number("light.red_behind_points");
  t.amber_below_share = number("light.amber_below_share");
  t.red_below_share = number("light.red_below_share");
  t.schedule_min_plan_yuan = number("light.schedule_min_plan_yuan");
  t.start_rule = text("light.start_rule") == "on";
  t.start_red_months = number("light.start_red_months");
  return t;
}

SettingChange set_setting(Database& db, const std::string& key, const std::string& text, const std::string& user) {
  const auto s = find_setting(db, key);
  if (!s) throw rejected(trf("setting {} is not known; use one of {}", quote(key), known_keys(db)));
  SettingValue value;
  if (s->type == SettingType::Integer) value = whole_number(*s, text);
  else value = checked_text(db, *s, text);
  SettingChange change{s->value, value};
  if (!change.changed()) return change;
  sql::Statement q(db.sql(),
                   "UPDATE setting SET value = ?, updated_at = ? WHERE key = ?");
  if (const auto* n = std::get_if<std::int64_t>(&value)) q.bind(1, *n);
  else q.bind(1, std::get<std::string>(value));
  q.bind(2, utc_second_now());
  q.bind(3, key);
  q.run();
  record_audit(db, {user, "setting", std::nullopt, std::nullopt, "edit", audit_value(key, s->value),
                    audit_value(key, value), std::nullopt});
  return change;
}

}  // namespace keyproj
