// keyproj milestone add PROJECT --title T --due D: prints the new milestone's id, so that a
// script can keep it. The due date given now is the baseline every later move is measured from.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/tracking_options.h"
#include "store/milestones.h"
#include "store/projects.h"
#include "util/error.h"
#include "util/date.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("project", po::value<std::string>(), tr("code or a unique part of the name"))
      ("title", po::value<std::string>(), tr("what is to be reached, e.g. 主体工程完工"))
      ("due", po::value<std::string>(), trf("due date: {} (2025 = 2025-12-31)", tr(kPeriodForms)).c_str());
  p.add("project", 1);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string which = required_text(args, "project");
  const std::string title = required_field(args, "title");
  if (!args.count("due")) throw usage_error(tr("--due is required"));
  const std::string due = date_option(args, "due", PeriodEnd::Last)->iso();
  Database db = open_database(g);
  WriteTransaction tx(db);
  const Project p = resolve_project(db, which);
  require_not_archived(p, N_("new milestones"));
  const auto id = add_milestone(db, p, title, due, g.as_of.iso(), g.user);
  tx.commit();
  io.out << id << "\n";
  return 0;
}

}  // namespace

extern const Command milestone_add_command{"milestone add", "PROJECT",
                                           N_("add a milestone with its due date (prints its id)"), declare, run};

}  // namespace keyproj
