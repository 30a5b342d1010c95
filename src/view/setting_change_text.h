#pragma once
// How a changed setting is confirmed, by `config set` and `config profile` alike:
// "light.amber_lag_points: 10 → 15".

#include <string>
#include <string_view>

#include "store/settings.h"

namespace keyproj {

std::string setting_change_line(std::string_view key, const SettingChange& change);

}  // namespace keyproj
