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
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  declare_milestone_id(o, p);
  o.add_options()
      ("due", po::value<std::string>(), trf("the new due date: {}", tr(kPeriodForms)).c_str())
      ("reason", po::value<std::string>(), tr("why it moves"));
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string id = required_text(args, "id");
  if (!args.count("due")) throw usage_error(tr("--due is required"));
  const std::string due = date_option(args, "due", PeriodEnd::Last)->iso();
  const std::string reason = required_field(args, "reason", Lines::Many);
  Database db = open_database(g);
  WriteTransaction tx(db);
  const Milestone m = milestone_by_id(db, id);
  reschedule_milestone(db, m, due, reason, g.as_of, g.user);  // its rules are shared with import
  tx.commit();
  const std::string baseline = m.baseline_due ? *m.baseline_due : (m.due ? *m.due : due);
  io.confirm << trf("milestone {} of {} moved from {} to {} (baseline {}): {}", m.id, m.project_code,
                    m.due ? *m.due : std::string(tr("no date")), due, baseline, m.title)
             << "\n";
  return 0;
}

}  // namespace

extern const Command milestone_move_command{"milestone move", "ID", N_("move a milestone's due date, keeping its baseline"),
                                            declare, run};

}  // namespace keyproj
