// keyproj project edit PROJECT [--owner ..] [--leader ..] [--budget ..] [--finish ..] … [--stage S]: corrects
// or updates a project's facts. Every changed field is audited with its value before and after;
// an empty value clears an optional field. A finish or a start (--started) given here is an
// officer's date.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/tracking_options.h"
#include "store/field_changes.h"
#include "store/leaders.h"
#include "store/projects.h"
#include "util/error.h"
#include "view/change_text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("project", po::value<std::string>(), tr("code or a unique part of the name"))
      ("name", po::value<std::string>(), tr("Chinese name as written"))
      ("leader", po::value<std::string>(),
       tr("the responsible leader (包保领导): an id or a name only one leader has; '' clears it"))
      ("started", po::value<std::string>(),
       trf("the day it actually started (开工日期): {}; '' clears it", tr(kDayForms)).c_str());
  declare_project_fields(o);
  declare_stage_options(o);
  p.add("project", 1);
}

// An optional text field: not given, given (a value), or given empty (cleared).
std::optional<Text> field(const po::variables_map& args, const std::string& name, Lines lines = Lines::One) {
  auto t = field_option(args, name, lines);
  if (!t) return std::nullopt;
  if (t->empty()) return Text();
  return Text(*t);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string which = required_text(args, "project");
  ProjectEdit e;
  if (args.count("name")) e.name_zh = required_field(args, "name");
  e.name_en = field(args, "name-en");
  e.county = field(args, "county");
  e.program = field(args, "program");
  e.category = field(args, "category");
  e.location = field(args, "location");
  e.scale = field(args, "scale", Lines::Many);
  e.owner = field(args, "owner");
  if (auto m = money_option(args, "budget")) e.budget_yuan = Money(*m);
  if (auto d = date_option(args, "start", PeriodEnd::First)) e.planned_start = d->iso();
  if (auto d = date_option(args, "finish", PeriodEnd::Last)) e.planned_finish = d->iso();
  if (auto started = text_option(args, "started")) {
    // A start is a day that has come: not after the as-of date, as for a report.
    if (started->empty()) e.started_on = Text();
    else e.started_on = Text(event_date(parse_date(*started, "started"), g.as_of, "started").iso());
  }
  const auto leader = field_option(args, "leader");
  const bool any_field = e.name_zh || e.name_en || e.county || e.program || e.category || e.location || e.scale ||
                         e.owner || leader || e.budget_yuan || e.planned_start || e.planned_finish || e.started_on;
  if (!any_field && !args.count("stage"))
    throw usage_error(tr("project edit needs a field to change, such as --budget, --finish, --owner or --stage"));

  Database db = open_database(g);
  WriteTransaction tx(db);
  const Project p = resolve_project(db, which);
  if (leader) e.leader_id = leader->empty() ? std::optional<std::int64_t>() : resolve_leader(db, *leader).id;
  // The stage is decided first: a refused move must leave the other fields unwritten too.
  const auto move = stage_move_option(args, p);
  auto changes = edit_project(db, p, e, g.user);
  auto reason = field_option(args, "reason", Lines::Many);
  if (reason && reason->empty()) reason.reset();
  if (move) set_project_stage(db, p, *move, g.user, reason, g.as_of.iso());
  tx.commit();

  if (move && move->changed) {
    changes.before["stage"] = stage_name(p.stage);
    changes.after["stage"] = std::string(stage_name(move->to));
  }
  const auto pieces = change_pieces(changes.before, changes.after);
  if (pieces.empty()) {
    io.confirm << trf("{} {}: nothing changed", p.code, p.name_zh) << "\n";
    return 0;
  }
  io.confirm << trf("edited {} {}", p.code, p.name_zh) << "\n";
  for (const auto& piece : pieces) io.confirm << "  " << piece << "\n";
  return 0;
}

}  // namespace

extern const Command project_edit_command{"project edit", "PROJECT",
                                          N_("change a project's facts or stage (every change is audited)"), declare, run};

}  // namespace keyproj
