// A projects row: upserted by code. A new project is added as `project add` adds one; an
// existing one changes only in the fields the row carries (an empty cell changes nothing),
// through the same store functions as `project edit`, its stage by the same stage machine.

#include "domain/finish_source.h"
#include "domain/project_code.h"
#include "domain/record_rules.h"
#include "exchange/import_rows.h"
#include "store/field_changes.h"
#include "store/leaders.h"
#include "store/projects.h"
#include "store/regions.h"
#include "store/seeding.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// The row's values, read once.
struct ProjectRow {
  std::optional<std::string> code, name_zh, name_en, region, county, program, category, location, scale, owner, leader;
  std::optional<Stage> stage, resume_stage;
  std::optional<std::int64_t> budget;
  std::optional<std::string> start, finish, finish_source, plan, source_file, source_lines, source_quote,
      entered_on;
};

ProjectRow read_row(RowValues& row) {
  ProjectRow r;
  r.code = row.word("project_code");
  if (!r.code) row.fail("project_code", trf("{} is empty; every project row needs its code", row.name("project_code")));
  r.name_zh = row.text("name_zh");
  r.name_en = row.text("name_en");
  r.region = row.word("region");
  r.county = row.text("county");
  r.program = row.text("program");
  r.category = row.word("category");
  r.location = row.text("location");
  r.scale = row.text("scale");
  r.owner = row.word("owner");
  r.leader = row.word("leader");
  r.stage = row.stage("stage");
  r.resume_stage = row.stage("resume_stage");
  r.budget = row.money("budget_yuan");
  r.start = row.date("planned_start", PeriodEnd::First);
  r.finish = row.date("planned_finish", PeriodEnd::Last);
  r.finish_source = row.word("finish_source");
  if (r.finish_source) {
    if (const auto word = finish_source_from_name(*r.finish_source))
      r.finish_source = std::string(*word);
    else
      row.fail("finish_source", trf("{} {} is not known; use stated, plan or officer (规划载明, 规划期末, 项目办填报)",
                                    row.name("finish_source"), quote(*r.finish_source)));
  }
  r.plan = row.text("plan");
  r.source_file = row.text("source_file");
  r.source_lines = row.word("source_lines");
  r.source_quote = row.text("source_quote");
  r.entered_on = row.date("entered_on");
  return r;
}

// The plan a row names by title, in the project's region; added (title only) when the
// database does not hold it, as an export of a seeded database names plans an empty one lacks.
std::optional<std::int64_t> plan_id(Database& db, const std::optional<std::string>& title, const std::string& region) {
  if (!title) return std::nullopt;
  if (auto id = find_plan_id(db, region, *title)) return id;
  PlanRow plan;
  plan.region = region;
  plan.title = *title;
  SeedOutcome outcome;
  return seed_plan(db, plan, outcome);
}

// The leader a row names, by name (or id): an unknown name, or one several leaders share, is
// refused at the row's leader cell.
std::optional<std::int64_t> leader_id(Database& db, RowValues& row, const ProjectRow& r) {
  std::optional<std::int64_t> id;
  if (r.leader) row.check("leader", [&] { id = resolve_leader(db, *r.leader).id; });
  return id;
}

void add_project(Database& db, RowValues& row, const ProjectRow& r, const ImportOptions& options,
                 ImportResult& result) {
  // Only a new code is held to the rule: a row may still update a project of an older code.
  if (const std::string why = code_refusal(*r.code, row.name("project_code")); !why.empty())
    row.fail("project_code", why);
  if (!r.name_zh)
    row.fail("name_zh", trf("{} is empty; {} is a new project and needs its name", row.name("name_zh"), *r.code));
  if (!r.region)
    row.fail("region",
             trf("{} is empty; {} is a new project and needs its region (TM, EZ, …)", row.name("region"), *r.code));
  else row.check("region", [&] { region_id(db, *r.region); });
  if (r.start && r.finish && *r.start > *r.finish)
    row.fail("planned_finish", trf("finish '{}' is before start '{}'", *r.finish, *r.start));
  if (r.resume_stage && !is_active(*r.resume_stage))
    row.fail("resume_stage", trf("{} '{}' is not a stage a suspension returns to; use planned, preparing or building",
                                 row.name("resume_stage"), stage_name(*r.resume_stage)));
  const auto leader = leader_id(db, row, r);
  if (!row.ok()) return;

  NewProject p;
  p.code = *r.code;
  p.name_zh = *r.name_zh;
  p.name_en = r.name_en;
  p.region = *r.region;
  p.county = r.county;
  p.program = r.program;
  p.category = r.category;
  p.location = r.location;
  p.scale = r.scale;
  p.owner = r.owner;
  p.leader_id = leader;
  // A suspended project starts where it will resume, then is suspended by the stage machine,
  // which keeps the stage to return to.
  const Stage stage = r.stage.value_or(Stage::Planned);
  const Stage first = stage == Stage::Suspended ? r.resume_stage.value_or(Stage::Planned) : stage;
  p.stage = std::string(stage_name(first));
  p.budget_yuan = r.budget;
  p.planned_start = r.start;
  p.planned_finish = r.finish;
  p.finish_source = r.finish_source ? r.finish_source : r.finish ? Text("officer") : Text();
  p.plan_id = plan_id(db, r.plan, p.region);
  p.source_file = r.source_file;
  p.source_lines = r.source_lines;
  p.source_quote = r.source_quote;
  p.entered_on = r.entered_on.value_or(options.as_of.iso());
  insert_project(db, p, options.user);
  if (stage != first) {
    const Project added = *find_project(db, p.code);
    set_project_stage(db, added, decide_stage_move(first, std::nullopt, stage, false, std::nullopt), options.user,
                      std::nullopt, std::nullopt);
  }
  result.changes.push_back(trf("add {} {}", p.code, p.name_zh));
  ++result.added;
}

std::string shown(const nlohmann::ordered_json& v) {
  if (v.is_null()) return "—";
  return v.is_string() ? v.get<std::string>() : v.dump();
}

void change_project(Database& db, RowValues& row, const ProjectRow& r, const Project& p,
                    const ImportOptions& options, ImportResult& result) {
  // Only what differs goes into the edit: an unchanged finish must not become an officer's.
  ProjectEdit e;
  auto differs = [](const std::optional<std::string>& given, const Text& current) {
    return given && given != current;
  };
  if (r.name_zh && *r.name_zh != p.name_zh) e.name_zh = r.name_zh;
  if (differs(r.name_en, p.name_en)) e.name_en = Text(r.name_en);
  if (differs(r.county, p.county)) e.county = Text(r.county);
  if (differs(r.program, p.program)) e.program = Text(r.program);
  if (differs(r.category, p.category)) e.category = Text(r.category);
  if (differs(r.location, p.location)) e.location = Text(r.location);
  if (differs(r.scale, p.scale)) e.scale = Text(r.scale);
  if (differs(r.owner, p.owner)) e.owner = Text(r.owner);
  if (const auto leader = leader_id(db, row, r); leader && leader != p.leader_id)
    e.leader_id = std::optional<std::int64_t>(leader);
  if (r.budget && r.budget != p.budget_yuan) e.budget_yuan = Money(r.budget);
  if (differs(r.start, p.planned_start)) e.planned_start = r.start;
  if (differs(r.finish, p.planned_finish)) e.planned_finish = r.finish;
  if (r.region && *r.region != p.region)
    row.fail("region", trf("{} {} differs from {}'s region {}; a project's region is not changed by import",
                           row.name("region"), quote(*r.region), p.code, p.region));
  std::optional<StageMove> move;
  if (r.stage) row.check("stage", [&] { move = decide_project_move(p, *r.stage, options.force, options.reason); });
  if (!row.ok()) return;

  FieldChanges changes = edit_project(db, p, e, options.user);
  if (move && move->changed) {
    set_project_stage(db, p, *move, options.user, move->backward ? options.reason : std::nullopt,
                      options.as_of.iso());
    changes.before["stage"] = stage_name(p.stage);
    changes.after["stage"] = std::string(stage_name(move->to));
  }
  // Provenance is refreshed the way a new seed refreshes it.
  const std::pair<const char*, Text> before[] = {
      {"plan", p.plan}, {"source_file", p.source_file}, {"source_lines", p.source_lines},
      {"source_quote", p.source_quote}};
  const std::pair<const char*, Text> after[] = {{"plan", r.plan ? r.plan : p.plan},
                                                {"source_file", r.source_file ? r.source_file : p.source_file},
                                                {"source_lines", r.source_lines ? r.source_lines : p.source_lines},
                                                {"source_quote", r.source_quote ? r.source_quote : p.source_quote}};
  bool provenance_changed = false;
  for (int i = 0; i < 4; ++i) {
    if (before[i].second == after[i].second) continue;
    provenance_changed = true;
    changes.before[before[i].first] = before[i].second ? nlohmann::ordered_json(*before[i].second) : nullptr;
    changes.after[after[i].first] = after[i].second ? nlohmann::ordered_json(*after[i].second) : nullptr;
  }
  if (provenance_changed) {
    NewProject prov;
    prov.code = p.code;
    prov.plan_id = plan_id(db, after[0].second, p.region);
    prov.source_file = after[1].second;
    prov.source_lines = after[2].second;
    prov.source_quote = after[3].second;
    seed_project(db, prov, options.user);
  }
  if (changes.after.empty()) {
    ++result.unchanged;
    return;
  }
  std::string what;
  for (const auto& [key, after] : changes.after.items())
    what += (what.empty() ? "" : "; ") + key + " " + shown(changes.before[key]) + " → " + shown(after);
  result.changes.push_back(trf("change {}: {}", p.code, what));
  ++result.changed;
}

}  // namespace

void import_project_row(Database& db, RowValues& row, const ImportOptions& options, ImportResult& result) {
  const ProjectRow r = read_row(row);
  if (!row.ok()) return;
  if (const auto existing = find_project(db, *r.code)) change_project(db, row, r, *existing, options, result);
  else add_project(db, row, r, options, result);
}

}  // namespace keyproj
