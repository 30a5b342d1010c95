// keyproj config set KEY VALUE: changes a setting (a light's threshold, the stale rule, the
// home region), audited.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "store/profiles.h"
#include "store/settings.h"
#include "util/error.h"
#include "util/translate.h"
#include "view/setting_change_text.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("key", po::value<std::string>(), tr("the setting, e.g. light.red_days (see 'config list')"))
      ("value", po::value<std::string>(),
       tr("a whole number within the setting's range, or a text it takes ('' clears home.region)"));
  p.add("key", 1).add("value", 1);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string key = required_text(args, "key");
  // Empty is a value here: '' clears a text setting (home.region); set_setting judges it.
  const auto value_given = text_option(args, "value");
  if (!value_given) throw usage_error(tr("--value is required"));
  const std::string& value = *value_given;
  // The profile last applied is a record of `config profile`, not a rule to set alone.
  if (key == "light.profile")
    throw rejected(tr("setting light.profile names the profile last applied; apply one with 'keyproj config "
                      "profile NAME'"));
  Database db = open_database(g);
  WriteTransaction tx(db);
  const SettingChange change = set_setting(db, key, value, g.user);
  // A rule of the profile applied, changed alone, makes the settings a custom set.
  const auto profile = change.changed() ? profile_after_set(db, key, g.user) : std::nullopt;
  tx.commit();
  if (change.changed()) io.confirm << setting_change_line(key, change) << "\n";
  else io.confirm << trf("{} is already {}; nothing changed", key, setting_value_text(change.after)) << "\n";
  if (profile) io.confirm << setting_change_line("light.profile", *profile) << "\n";
  return 0;
}

}  // namespace

extern const Command config_set_command{"config set", "KEY VALUE", N_("change a setting (thresholds, home region)"),
                                        declare, run};

}  // namespace keyproj
