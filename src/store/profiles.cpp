#include "store/profiles.h"

#include "store/sql/statement.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {

std::vector<std::string> profile_names(Database& db) {
  sql::Statement q(db.sql(), "SELECT DISTINCT profile FROM setting_profile ORDER BY profile");
  std::vector<std::string> names;
  while (q.step()) names.push_back(q.string(0));
  return names;
}

std::vector<std::pair<std::string, SettingChange>> apply_profile(Database& db, const std::string& name,
                                                                 const std::string& user) {
  std::vector<std::pair<std::string, std::string>> values;
  {
    sql::Statement q(db.sql(), "SELECT key, value FROM setting_profile WHERE profile = ? ORDER BY key");
    q.bind(1, name);
    while (q.step()) values.emplace_back(q.string(0), q.string(1));
  }
  if (values.empty()) {
    std::string names;
    for (const auto& n : profile_names(db)) names += (names.empty() ? "" : ", ") + n;
    throw rejected(trf("profile {} is not known; use one of {}", quote(name), names));
  }
  values.emplace_back("light.profile", name);
  std::vector<std::pair<std::string, SettingChange>> changes;
  for (const auto& [key, value] : values)
    if (const SettingChange c = set_setting(db, key, value, user); c.changed()) changes.emplace_back(key, c);
  return changes;
}

std::optional<SettingChange> profile_after_set(Database& db, const std::string& key, const std::string& user) {
  // The profile named sets `key` to something else than the setting now holds (an integer
  // setting's value is compared as the profile writes it, as text).
  sql::Statement q(db.sql(),
                   "SELECT 1 FROM setting_profile sp JOIN setting s ON s.key = sp.key "
                   "WHERE sp.profile = (SELECT value FROM setting WHERE key = 'light.profile') AND sp.key = ? "
                   "  AND CAST(s.value AS TEXT) <> sp.value");
  q.bind(1, key);
  if (!q.step()) return std::nullopt;  // custom already, a key no profile sets, or the profile's value
  return set_setting(db, "light.profile", "custom", user);
}

}  // namespace keyproj
