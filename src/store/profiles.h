#pragma once
// Named sets of settings (migrations/0015_light_profiles.sql, table setting_profile): the rules
// of lights as a city defines them, applied at once by `keyproj config profile NAME`. The
// setting light.profile names the profile last applied; once a setting it set is changed
// alone to another value, it says `custom`.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "store/database.h"
#include "store/settings.h"

namespace keyproj {

// The names of the profiles, sorted.
std::vector<std::string> profile_names(Database& db);

// Sets every setting of profile `name`, then light.profile to `name`, each change audited as
// `config set` audits one. Returns the changes, by key, light.profile last; the ones already so
// are left out. Error(Rejected) naming the profiles when `name` is none of them.
std::vector<std::pair<std::string, SettingChange>> apply_profile(Database& db, const std::string& name,
                                                                 const std::string& user);

// After `key` was set alone: when light.profile names a profile that sets `key` to another
// value than it now holds, light.profile becomes custom (audited), and that change is returned.
std::optional<SettingChange> profile_after_set(Database& db, const std::string& key, const std::string& user);

}  // namespace keyproj
