// keyproj config profile NAME: applies a named set of the lights' rules (a city's, or
// keyproj's default) in one transaction, each change audited and printed.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "store/profiles.h"
#include "store/settings.h"
#include "util/translate.h"
#include "view/setting_change_text.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()("profile", po::value<std::string>(), tr("default, yinchuan or sanya (see README, Lights)"));
  p.add("profile", 1);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string name = required_text(args, "profile");
  Database db = open_database(g);
  WriteTransaction tx(db);
  const auto changes = apply_profile(db, name, g.user);
  tx.commit();
  for (const auto& [key, change] : changes) io.confirm << setting_change_line(key, change) << "\n";
  if (changes.empty()) io.confirm << trf("profile {} is already applied; nothing changed", name) << "\n";
  return 0;
}

}  // namespace

extern const Command config_profile_command{"config profile", "NAME",
                                            N_("apply a named set of the lights' rules (default, yinchuan, sanya)"),
                                            declare, run};

}  // namespace keyproj
