// keyproj problem update ID [--note T] [--level L] [--due D] [--unit OWNER] [--date D]: a dated
// entry of the problem's log; a level change with a note is an escalation.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/problem_options.h"
#include "store/problems.h"
#include "util/date.h"
#include "util/translate.h"
#include "view/problem_view.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  declare_problem_id(o, p);
  o.add_options()
      ("note", po::value<std::string>(), tr("what happened: progress, or why it is escalated"))
      ("level", po::value<std::string>(), tr("a new level: county, city or province"))
      ("due", po::value<std::string>(), trf("a new deadline: {}", tr(kPeriodForms)).c_str())
      ("unit", po::value<std::string>(), tr("a new responsible unit (an owner)"));
  declare_entry_date(o, tr("the day of the entry"));
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string id = required_text(args, "id");
  ProblemChange c;
  c.note = field_option(args, "note", Lines::Many);
  c.level = level_option(args);
  if (const auto due = date_option(args, "due", PeriodEnd::Last)) c.due = due->iso();
  c.unit = filled_text_option(args, "unit");
  const std::string date = entry_date(args, g.as_of);
  Database db = open_database(g);
  WriteTransaction tx(db);
  const Problem p = problem_by_id(db, id);
  update_problem(db, p, c, date, g.user);
  tx.commit();
  io.confirm << trf("problem {} of {} updated on {}", p.id, p.project_code, date) << "\n";
  return 0;
}

}  // namespace

extern const Command problem_update_command{"problem update", "ID",
                                            N_("add a dated entry to a problem: a note, a level, a deadline, a unit"),
                                            declare, run};

}  // namespace keyproj
