// keyproj milestone done ID [--date D]: the milestone was reached.

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
      ("date", po::value<std::string>(), trf("the day it was reached, {} (default: today, --as-of)", tr(kDayForms)).c_str());
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string id = required_text(args, "id");
  const auto given = date_option(args, "date");
  const std::string date = event_date(given, g.as_of, "date").iso();
  Database db = open_database(g);
  WriteTransaction tx(db);
  const Milestone m = milestone_by_id(db, id);
  complete_milestone(db, m, given, g.as_of, g.user);  // its rules are shared with import
  tx.commit();
  io.confirm << trf("milestone {} of {} done on {}: {}", m.id, m.project_code, date, m.title) << "\n";
  return 0;
}

}  // namespace

extern const Command milestone_done_command{"milestone done", "ID", N_("record a milestone as reached"), declare, run};

}  // namespace keyproj
