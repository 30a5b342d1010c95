// keyproj owner merge NAME --into OTHER: two owners that are one unit written two ways become
// one. NAME's projects move to OTHER; NAME is kept, marked as merged, with its history, and its
// name finds OTHER from then on, so that a sheet that still writes it so finds the right owner.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "store/owner_changes.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("name", po::value<std::string>(), tr("the owner to merge, as 'owner list' shows it"))
      ("into", po::value<std::string>(), tr("the owner that takes its projects"));
  p.add("name", 1);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string name = required_field(args, "name");
  const std::string into = required_field(args, "into");
  Database db = open_database(g);
  WriteTransaction tx(db);
  const std::int64_t moved = merge_owner(db, name, into, g.user);
  tx.commit();
  io.confirm << trnf("merged owner {1} into {2}: {0} project moved", "merged owner {1} into {2}: {0} projects moved",
                     static_cast<unsigned long>(moved), name, into)
             << "\n";
  return 0;
}

}  // namespace

extern const Command owner_merge_command{"owner merge", "NAME", N_("merge an owner into another: its projects move"),
                                         declare, run};

}  // namespace keyproj
