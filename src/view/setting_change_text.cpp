#include "view/setting_change_text.h"

#include "util/translate.h"

namespace keyproj {

std::string setting_change_line(std::string_view key, const SettingChange& change) {
  return trf("{}: {} → {}", key, setting_value_text(change.before), setting_value_text(change.after));
}

}  // namespace keyproj
