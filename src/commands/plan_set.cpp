// keyproj plan set PROJECT --year Y --class C [--investment X] [--start M] [--finish M]: puts a
// project in a year's list (年度重点项目计划), or changes its entry there. A field left out keeps
// its value; one given empty ('') clears it. Every change is audited; a set that changes
// nothing writes nothing and says so.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "domain/annual_plan.h"
#include "domain/record_rules.h"
#include "store/plans.h"
#include "store/projects.h"
#include "util/error.h"
#include "util/money.h"
#include "view/plan_view.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("project", po::value<std::string>(), tr("code or a unique part of the name"))
      ("year", po::value<std::string>(), tr("the plan's year, e.g. 2026"))
      ("class", po::value<std::string>(),
       tr("new (新开工), continuing (续建), completing (竣工投产) or reserve (预备/前期); needed for a new entry"))
      ("investment", po::value<std::string>(), tr("the year's planned investment: 3亿, 15000万; '' for no plan amount"))
      ("start", po::value<std::string>(), tr("a new start's planned start month, in the plan's year: 2026-05; '' clears it"))
      ("finish", po::value<std::string>(), tr("a completing project's planned finish, in the plan's year: 2026-12; '' clears it"));
  p.add("project", 1);
}

// An option that may be given empty to clear its field.
std::optional<Text> period_option(const po::variables_map& args, const std::string& name, PeriodEnd end) {
  const auto v = text_option(args, name);
  if (!v) return std::nullopt;
  if (v->empty()) return Text();
  return Text(parse_date(*v, name, end).iso());
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string which = required_text(args, "project");
  const int year = parse_plan_year(required_text(args, "year"), "year");
  PlanChange change;
  if (auto c = text_option(args, "class")) change.plan_class = parse_plan_class(*c, "class");
  if (auto m = text_option(args, "investment"))
    change.investment_yuan = m->empty() ? Money() : Money(parse_money(*m, "investment"));
  change.planned_start = period_option(args, "start", PeriodEnd::First);
  change.planned_finish = period_option(args, "finish", PeriodEnd::Last);

  Database db = open_database(g);
  WriteTransaction tx(db);
  const Project p = resolve_project(db, which);
  require_not_archived(p, N_("plan entries"));
  const PlanWrite w = set_plan(db, p, year, change, g.user);
  tx.commit();

  if (w.what == PlanWritten::Unchanged) {
    io.confirm << trf("{} {} in the {} plan: nothing changed", p.code, p.name_zh, year) << "\n";
    return 0;
  }
  io.confirm << (w.what == PlanWritten::Added ? trf("added {} {} in the {} plan", p.code, p.name_zh, year)
                                              : trf("changed {} {} in the {} plan", p.code, p.name_zh, year))
             << "\n";
  for (const auto& piece : plan_change_pieces(w.before, w.entry)) io.confirm << "  " << piece << "\n";
  return 0;
}

}  // namespace

extern const Command plan_set_command{"plan set", "PROJECT",
                                      N_("put a project in a year's plan, or change its entry (audited)"), declare, run};

}  // namespace keyproj
