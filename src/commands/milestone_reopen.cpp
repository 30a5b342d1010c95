// keyproj milestone reopen ID --reason TEXT: a milestone recorded as reached by mistake is open
// again, as if never reached; the done date it had and the reason are in its history.

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
      ("reason", po::value<std::string>(), tr("why it was not reached after all"));
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string id = required_text(args, "id");
  const std::string reason = required_field(args, "reason", Lines::Many);
  Database db = open_database(g);
  WriteTransaction tx(db);
  const Milestone m = milestone_by_id(db, id);
  reopen_milestone(db, m, reason, g.user);
  tx.commit();
  io.confirm << trf("milestone {} of {} reopened (it was done on {}): {}", m.id, m.project_code, *m.done_on, m.title)
             << "\n";
  return 0;
}

}  // namespace

extern const Command milestone_reopen_command{"milestone reopen", "ID", N_("reopen a milestone recorded as reached by mistake"),
                                              declare, run};

}  // namespace keyproj
