// keyproj owner rename NAME --to NEW: an owner's name put right. Its projects keep it; each
// project's history shows the new name. A NEW that another owner has is refused: two owners
// that are one are merged (owner merge), never renamed into each other.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "store/owner_changes.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("name", po::value<std::string>(), tr("the owner's name, as 'owner list' shows it"))
      ("to", po::value<std::string>(), tr("the new name"));
  p.add("name", 1);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string name = required_field(args, "name");
  const std::string to = required_field(args, "to");
  Database db = open_database(g);
  WriteTransaction tx(db);
  if (!rename_owner(db, name, to, g.user)) {
    io.confirm << trf("owner {}: nothing changed", name) << "\n";
    return 0;
  }
  tx.commit();
  io.confirm << trf("renamed owner {} to {}", name, to) << "\n";
  return 0;
}

}  // namespace

extern const Command owner_rename_command{"owner rename", "NAME", N_("rename an owner"), declare, run};

}  // namespace keyproj
