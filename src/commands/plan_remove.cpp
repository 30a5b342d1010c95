// keyproj plan remove PROJECT --year Y --reason TEXT: takes a project out of a year's list.
// The entry is deleted; the audit row keeps it, with who, when and why.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "store/plans.h"
#include "store/projects.h"
#include "view/plan_view.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("project", po::value<std::string>(), tr("code or a unique part of the name"))
      ("year", po::value<std::string>(), tr("the plan's year, e.g. 2026"))
      ("reason", po::value<std::string>(), tr("why it leaves the list (required)"));
  p.add("project", 1);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string which = required_text(args, "project");
  const int year = parse_plan_year(required_text(args, "year"), "year");
  const std::string reason = required_field(args, "reason", Lines::Many);
  Database db = open_database(g);
  WriteTransaction tx(db);
  const Project p = resolve_project(db, which);
  const PlanEntry was = remove_plan(db, p, year, reason, g.user);
  tx.commit();
  io.confirm << trf("removed {} {} from the {} plan (it was {})", p.code, p.name_zh, year,
                    current_language() == Lang::Zh ? plan_class_name_zh(was.plan_class) : plan_class_name(was.plan_class))
             << "\n";
  return 0;
}

}  // namespace

extern const Command plan_remove_command{"plan remove", "PROJECT", N_("take a project out of a year's plan (audited)"),
                                         declare, run};

}  // namespace keyproj
