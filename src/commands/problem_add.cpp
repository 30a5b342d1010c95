// keyproj problem add PROJECT --text T [--unit OWNER] [--level L] [--due D] [--date D]: a
// problem of the project, raised on --date; prints the new problem's id.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/problem_options.h"
#include "domain/record_rules.h"
#include "store/problems.h"
#include "store/projects.h"
#include "util/date.h"
#include "util/error.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("project", po::value<std::string>(), tr("code or a unique part of the name"))
      ("text", po::value<std::string>(), tr("the problem, e.g. 征地拆迁未完成"))
      ("unit", po::value<std::string>(), tr("the unit responsible for solving it (an owner; a new name adds one)"))
      ("level", po::value<std::string>(), tr("county (default), city or province: who handles it"))
      ("due", po::value<std::string>(), trf("deadline: {} (2025 = 2025-12-31)", tr(kPeriodForms)).c_str());
  declare_entry_date(o, tr("the day it was raised"));
  p.add("project", 1);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string which = required_text(args, "project");
  NewProblem n;
  n.text = required_field(args, "text", Lines::Many);
  n.unit = filled_text_option(args, "unit");
  n.level = level_option(args).value_or(ProblemLevel::County);
  if (const auto due = date_option(args, "due", PeriodEnd::Last)) n.due = due->iso();
  n.raised_on = entry_date(args, g.as_of);
  Database db = open_database(g);
  WriteTransaction tx(db);
  const Project p = resolve_project(db, which);
  require_not_archived(p, N_("new problems"));
  const auto id = add_problem(db, p.id, n, g.user);
  tx.commit();
  io.out << id << "\n";
  return 0;
}

}  // namespace

extern const Command problem_add_command{"problem add", "PROJECT", N_("add a problem of a project (prints its id)"),
                                         declare, run};

}  // namespace keyproj
