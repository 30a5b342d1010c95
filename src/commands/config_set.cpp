// keyproj config set KEY VALUE: changes a threshold (a light's or the stale rule's), audited.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "store/settings.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("key", po::value<std::string>(), "the setting, e.g. light.red_days (see 'config list')")
      ("value", po::value<std::string>(), "a whole number within the setting's range");
  p.add("key", 1).add("value", 1);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string key = required_text(args, "key");
  const std::string value = required_text(args, "value");
  Database db = open_database(g);
  WriteTransaction tx(db);
  const SettingChange change = set_setting(db, key, value, g.user);
  tx.commit();
  if (change.changed()) io.confirm << key << ": " << change.before << " → " << change.after << "\n";
  else io.confirm << key << " is already " << change.after << "; nothing changed\n";
  return 0;
}

}  // namespace

extern const Command config_set_command{"config set", "KEY VALUE", "change a setting (light and stale thresholds)",
                                        declare, run};

}  // namespace keyproj
