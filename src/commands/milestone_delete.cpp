// keyproj milestone delete ID --reason TEXT: a milestone entered by mistake leaves every list,
// figure and export. Its row stays, so its id is never given to another milestone and its
// history stays its own (migration 0013).

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/tracking_options.h"
#include "store/milestone_undo.h"
#include "view/milestone_view.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  declare_milestone_id(o, p);
  o.add_options()
      ("reason", po::value<std::string>(), tr("why it is not a milestone"));
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string id = required_text(args, "id");
  const std::string reason = required_field(args, "reason", Lines::Many);
  Database db = open_database(g);
  WriteTransaction tx(db);
  const Milestone m = milestone_by_id(db, id);
  delete_milestone(db, m, reason, g.as_of.iso(), g.user);
  tx.commit();
  io.confirm << trf("milestone {} of {} deleted: {}", m.id, m.project_code, m.title) << "\n";
  return 0;
}

}  // namespace

extern const Command milestone_delete_command{"milestone delete", "ID",
                                              N_("delete a milestone entered by mistake (its id and history are kept)"),
                                              declare, run};

}  // namespace keyproj
