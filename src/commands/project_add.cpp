// keyproj project add: a new key project, entered by hand.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/tracking_options.h"
#include "domain/project_code.h"
#include "domain/stage.h"
#include "store/leaders.h"
#include "store/projects.h"
#include "util/error.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  o.add_options()
      ("code", po::value<std::string>(), tr("stable short code: 1-32 ASCII letters, digits, - _ . (not starting with -), e.g. TM-022"))
      ("name", po::value<std::string>(), tr("Chinese name as written"))
      ("region", po::value<std::string>(), tr("region code: TM, EZ, WH, ZS, JM"))
      ("stage", po::value<std::string>(), tr("planned (default), preparing, building, completed, operating"))
      ("leader", po::value<std::string>(), tr("the responsible leader (包保领导): an id or a name only one leader has"));
  declare_project_fields(o);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  NewProject p;
  p.code = required_text(args, "code");
  if (const std::string why = code_refusal(p.code, "code"); !why.empty()) throw rejected(why);
  p.name_zh = required_field(args, "name");
  p.region = required_text(args, "region");
  p.name_en = filled_text_option(args, "name-en");
  p.county = filled_text_option(args, "county");
  p.program = filled_text_option(args, "program");
  p.category = filled_text_option(args, "category");
  p.location = filled_text_option(args, "location");
  p.scale = filled_text_option(args, "scale", Lines::Many);
  p.owner = filled_text_option(args, "owner");
  if (auto s = text_option(args, "stage")) {
    const Stage stage = parse_stage(*s, "stage");
    if (stage == Stage::Suspended)
      throw rejected(tr("stage 'suspended' cannot start a project; add it, then log the suspension"));
    p.stage = std::string(stage_name(stage));
  }
  p.budget_yuan = money_option(args, "budget");
  if (auto d = date_option(args, "start", PeriodEnd::First)) p.planned_start = d->iso();
  if (auto d = date_option(args, "finish", PeriodEnd::Last)) {
    p.planned_finish = d->iso();
    p.finish_source = "officer";
  }
  if (p.planned_start && p.planned_finish && *p.planned_start > *p.planned_finish)
    throw rejected(trf("finish '{}' is before start '{}'", *p.planned_finish, *p.planned_start));
  p.entered_on = g.as_of.iso();

  const auto leader = filled_text_option(args, "leader");

  Database db = open_database(g);
  WriteTransaction tx(db);
  if (leader) p.leader_id = resolve_leader(db, *leader).id;
  insert_project(db, p, g.user);
  tx.commit();
  io.confirm << trf("added project {} {}", p.code, p.name_zh) << "\n";
  return 0;
}

}  // namespace

extern const Command project_add_command{"project add", "", N_("add a key project"), declare, run};

}  // namespace keyproj
