// keyproj milestone move ID --due D --reason TEXT: a new due date. The baseline stays, the move
// and its reason are recorded, so that the history shows every slip.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/tracking_options.h"
#include "store/milestones.h"
#include "store/projects.h"
#include "store/recording.h"
#include "util/error.h"
#include "view/milestone_view.h"
#include "util/date.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  declare_milestone_id(o, p);
  o.add_options()
      ("due", po::value<std::string>(), ("the new due date: " + std::string(kPeriodForms)).c_str())
      ("reason", po::value<std::string>(), "why it moves");
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string id = required_text(args, "id");
  if (!args.count("due")) throw usage_error("--due is required");
  const std::string due = date_option(args, "due", PeriodEnd::Last)->iso();
  const std::string reason = required_field(args, "reason", Lines::Many);
  Database db = open_database(g);
  WriteTransaction tx(db);
  const Milestone m = milestone_by_id(db, id);
  reschedule_milestone(db, m, due, reason, g.as_of, g.user);  // its rules are shared with import
  tx.commit();
  const std::string baseline = m.baseline_due ? *m.baseline_due : (m.due ? *m.due : due);
  io.confirm << "milestone " << m.id << " of " << m.project_code << " moved from " << (m.due ? *m.due : "no date")
             << " to " << due << " (baseline " << baseline << "): " << m.title << "\n";
  return 0;
}

}  // namespace

extern const Command milestone_move_command{"milestone move", "ID", "move a milestone's due date, keeping its baseline",
                                            declare, run};

}  // namespace keyproj
