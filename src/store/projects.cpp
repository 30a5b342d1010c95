#include "store/projects.h"

#include "store/sql/statement.h"
#include "store/programs.h"
#include "store/regions.h"
#include "store/stage_column.h"

#include "domain/category.h"
#include "domain/project_code.h"
#include "store/as_of.h"
#include "store/audit.h"
#include "store/field_changes.h"
#include "store/owners.h"
#include "store/seeding.h"
#include "store/settings.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// One SELECT serves lists, cards and look-ups, so that a project reads the same everywhere:
// as of :as_of (store/as_of.h), its stage, reports and open milestones those of that day.
const std::string& select_projects() {
  static const std::string sql =
      "SELECT p.id, p.code, p.name_zh, p.name_en, r.code, r.name_zh, p.county, pg.name, p.category, "
      "  p.location, p.scale, o.name, p.leader_id, ld.name, ld.title, ld.phone, " + stage_then_sql() + ", p.resume_stage, p.budget_yuan, "
      "  (SELECT coalesce(sum(u.invested_yuan), 0) FROM " + reports_then_sql() + "), "
      "  (SELECT u.progress_pct FROM " + reports_then_sql() + " AND u.progress_pct IS NOT NULL "
      "     ORDER BY u.reported_on DESC, coalesce(u.corrects_id, u.id) DESC LIMIT 1), "
      "  p.planned_start, p.planned_finish, p.finish_source, pl.title, p.source_file, p.source_lines, "
      "  p.source_quote, (SELECT max(u.reported_on) FROM " + reports_then_sql() + "), "
      "  p.entered_on, NOT " + in_portfolio_then_sql() + ", "
      "  (SELECT min(" + due_then_sql() + ") FROM milestone m "
      "    WHERE m.project_id = p.id AND " + live_milestone_sql() + " AND " + open_then_sql() + "), "
      "  p.archived_at, p.retired, "
      "  CASE WHEN p.started_on <= :as_of THEN p.started_on END, "
      "  CASE WHEN p.started_on <= :as_of THEN p.start_source END, " + year_plan_columns_sql() +
      "FROM project p "
      "JOIN region r ON r.id = p.region_id "
      "LEFT JOIN program pg ON pg.id = p.program_id "
      "LEFT JOIN owner o ON o.id = p.owner_id "
      "LEFT JOIN leader ld ON ld.id = p.leader_id "
      "LEFT JOIN plan pl ON pl.id = p.plan_id " + year_plan_join_sql();
  return sql;
}

Project read_project(sql::Statement& q) {
  Project p;
  p.id = q.int64(0);
  p.code = q.string(1);
  p.name_zh = q.string(2);
  p.name_en = q.optional_string(3);
  p.region = q.string(4);
  p.region_zh = q.string(5);
  p.county = q.optional_string(6);
  p.program = q.optional_string(7);
  p.category = q.optional_string(8);
  p.location = q.optional_string(9);
  p.scale = q.optional_string(10);
  p.owner = q.optional_string(11);
  p.leader_id = q.optional_int64(12);
  p.leader = q.optional_string(13);
  p.leader_title = q.optional_string(14);
  p.leader_phone = q.optional_string(15);
  p.stage = column_stage(q, 16);
  p.resume_stage = column_optional_stage(q, 17);
  p.budget_yuan = q.optional_int64(18);
  p.invested_yuan = q.int64(19);
  if (!q.is_null(20)) p.progress_pct = q.integer(20);
  p.planned_start = q.optional_string(21);
  p.planned_finish = q.optional_string(22);
  p.finish_source = q.optional_string(23);
  p.plan = q.optional_string(24);
  p.source_file = q.optional_string(25);
  p.source_lines = q.optional_string(26);
  p.source_quote = q.optional_string(27);
  p.last_update = q.optional_string(28);
  p.latest_report_on = p.last_update.value_or("");
  p.created_on = q.string(29);
  p.archived = q.integer(30) != 0;
  p.earliest_open_due = q.optional_string(31);
  if (p.archived) {
    p.archived_on = q.optional_string(32);
    p.retired = q.optional_string(33);
  }
  p.started_on = q.optional_string(34);
  p.start_source = q.optional_string(35);
  p.year_plan = read_year_plan(q, 36);
  return p;
}

bool under_way(Stage s) { return s == Stage::Building || s == Stage::Completed || s == Stage::Operating; }

// A move to building or beyond from a stage before building. A suspended project that left
// building had started when it first got there.
bool starts_project(const ProjectStanding& p, const StageMove& move) {
  if (!under_way(move.to) || under_way(move.from)) return false;
  return !(move.from == Stage::Suspended && p.resume_stage && under_way(*p.resume_stage));
}

}  // namespace

std::int64_t insert_project(Database& db, const NewProject& p, const std::string& user) {
  if (const std::string why = code_refusal(p.code, "code"); !why.empty()) throw rejected(why);
  if (find_project(db, p.code)) throw rejected(trf("code {} is already used by another project", quote(p.code)));
  // A name is looked up after the codes: a code equal to a project's name would take over the
  // look-ups of that name, silently. (A scan: names have no index, and new projects are few.)
  sql::Statement& named = db.cached("SELECT code FROM project WHERE name_zh = ? LIMIT 1");
  named.bind(1, p.code);
  if (named.step())
    throw rejected(trf("code {} is the name of project {}; a code equal to a name would take over that name's look-ups; "
                       "choose another code",
                       quote(p.code), named.string(0)));
  const std::int64_t region = region_id(db, p.region);
  std::optional<std::int64_t> program;
  if (p.program) program = find_or_add_program(db, *p.program, region_code(db, p.region));
  std::optional<std::int64_t> owner;
  if (p.owner) owner = find_or_add_owner(db, *p.owner, user);

  sql::Statement q(db.sql(),
                   "INSERT INTO project (code, name_zh, name_en, region_id, county, program_id, category, "
                   "  location, scale, owner_id, stage, budget_yuan, planned_start, planned_finish, "
                   "  finish_source, plan_id, source_file, source_lines, source_quote, entered_on, leader_id) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, p.code);
  q.bind(2, p.name_zh);
  q.bind(3, p.name_en);
  q.bind(4, static_cast<std::int64_t>(region));
  q.bind(5, p.county);
  q.bind(6, program);
  q.bind(7, p.category ? Text(category_stored(*p.category)) : Text());
  q.bind(8, p.location);
  q.bind(9, p.scale);
  q.bind(10, owner);
  q.bind(11, p.stage);
  q.bind(12, p.budget_yuan);
  q.bind(13, p.planned_start);
  q.bind(14, p.planned_finish);
  q.bind(15, p.finish_source);
  q.bind(16, p.plan_id);
  q.bind(17, p.source_file);
  q.bind(18, p.source_lines);
  q.bind(19, p.source_quote);
  q.bind(20, p.entered_on);
  q.bind(21, p.leader_id);
  q.run();
  const std::int64_t id = db.sql().last_insert_id();
  const auto stored = find_project(db, p.code);
  record_audit(db, {user, "project", id, id, "create", nullptr, project_facts(*stored), std::nullopt});
  return id;
}

void for_each_project(Database& db, const PortfolioFilter& f, const std::function<void(const Project&)>& fn) {
  sql::Statement q(db.sql(), select_projects() + "WHERE " + filter_condition(f) + "ORDER BY p.code");
  bind_filter(q, f);
  while (q.step()) fn(read_project(q));
}

std::optional<Project> find_project(Database& db, std::string_view code, const std::optional<Date>& as_of) {
  // Cached: an import looks up the project of every row.
  static const std::string by_code = select_projects() + "WHERE p.code = :code";
  sql::Statement& q = db.cached(by_code);
  q.bind(":code", std::string(code));
  bind_as_of(q, as_of);
  if (!q.step()) return std::nullopt;
  return read_project(q);
}

std::optional<ProjectStanding> find_project_standing(Database& db, std::string_view code) {
  // Cached: an import looks up the project of its rows. One index search and the project's
  // own reports for the total; none of the names and aggregates find_project joins.
  sql::Statement& q = db.cached(
      "SELECT p.id, p.code, p.stage, p.resume_stage, p.budget_yuan, "
      "  (SELECT coalesce(sum(u.invested_yuan), 0) FROM report_in_force u WHERE u.project_id = p.id), "
      "  p.archived_at IS NOT NULL, "
      // A date, not a figure: a correction carries its original's date, so every row counts.
      "  (SELECT coalesce(max(u.reported_on), '') FROM progress_update u WHERE u.project_id = p.id) "
      "FROM project p WHERE p.code = ?");
  q.bind(1, std::string(code));
  if (!q.step()) return std::nullopt;
  ProjectStanding s;
  s.id = q.int64(0);
  s.code = q.string(1);
  s.stage = column_stage(q, 2);
  s.resume_stage = column_optional_stage(q, 3);
  s.budget_yuan = q.optional_int64(4);
  s.invested_yuan = q.int64(5);
  s.archived = q.integer(6) != 0;
  s.latest_report_on = q.string(7);
  return s;
}

Project resolve_project(Database& db, std::string_view code_or_name, const std::optional<Date>& as_of) {
  if (auto p = find_project(db, code_or_name, as_of)) return *p;
  // The projects whose name holds `code_or_name`, the first `limit`, only of region `region`
  // when given.
  auto matching = [&](const std::optional<std::string>& region, int limit) {
    sql::Statement q(db.sql(),
                     "SELECT p.code, p.name_zh FROM project p JOIN region r ON r.id = p.region_id WHERE " +
                         in_portfolio_then_sql() + " AND instr(p.name_zh, :name) > 0" +
                         (region ? " AND r.code = :region" : "") + " ORDER BY p.code LIMIT " + std::to_string(limit));
    q.bind(":name", std::string(code_or_name));
    if (region) q.bind(":region", *region);
    bind_as_of(q, as_of);
    std::vector<std::pair<std::string, std::string>> found;
    while (q.step()) found.emplace_back(q.string(0), q.string(1));
    return found;
  };
  const auto matches = matching(std::nullopt, 21);
  if (matches.empty())
    throw not_found(trf("project {} is not a code nor part of any project's name", quote(code_or_name)));
  if (matches.size() == 1) return *find_project(db, matches.front().first, as_of);
  // Several: one of the officer's home region (config set home.region) is the one meant.
  if (const auto home = home_region(db)) {
    const auto at_home = matching(home, 2);
    if (at_home.size() == 1) return *find_project(db, at_home.front().first, as_of);
  }
  std::string list;
  for (std::size_t i = 0; i < matches.size() && i < 20; ++i)
    list += (i ? trc("list", ", ") : "") + matches[i].first + " " + matches[i].second;
  if (matches.size() > 20) list += std::string(trc("list", ", ")) + "…";
  throw usage_error(trf("project {} matches several projects; name one by code: {}", quote(code_or_name), list));
}

FieldChanges edit_project(Database& db, const Project& p, const ProjectEdit& e, const std::string& user) {
  const Text start = e.planned_start ? Text(*e.planned_start) : p.planned_start;
  const Text finish = e.planned_finish ? Text(*e.planned_finish) : p.planned_finish;
  if (start && finish && *start > *finish)
    throw rejected(trf("finish '{}' is before start '{}'", *finish, *start));

  // Column names come from this list, never from input; every value is bound.
  std::vector<std::string> sets;
  std::vector<std::function<void(sql::Statement&, int)>> binds;
  auto set_text = [&](const char* column, const std::optional<Text>& v) {
    if (!v) return;
    sets.push_back(column);
    binds.push_back([t = *v](sql::Statement& q, int i) { q.bind(i, t); });
  };
  if (e.name_zh) set_text("name_zh", Text(*e.name_zh));
  set_text("name_en", e.name_en);
  set_text("county", e.county);
  if (e.category) set_text("category", *e.category ? Text(category_stored(**e.category)) : Text());
  set_text("location", e.location);
  set_text("scale", e.scale);
  if (e.program) {
    std::optional<std::int64_t> id;
    if (*e.program) id = find_or_add_program(db, **e.program, p.region);
    sets.push_back("program_id");
    binds.push_back([id](sql::Statement& q, int i) { q.bind(i, id); });
  }
  if (e.owner) {
    std::optional<std::int64_t> id;
    if (*e.owner) id = find_or_add_owner(db, **e.owner, user);
    sets.push_back("owner_id");
    binds.push_back([id](sql::Statement& q, int i) { q.bind(i, id); });
  }
  if (e.leader_id) {
    sets.push_back("leader_id");
    binds.push_back([id = *e.leader_id](sql::Statement& q, int i) { q.bind(i, id); });
  }
  if (e.budget_yuan) {
    sets.push_back("budget_yuan");
    binds.push_back([v = *e.budget_yuan](sql::Statement& q, int i) { q.bind(i, v); });
  }
  if (e.planned_start) set_text("planned_start", Text(*e.planned_start));
  if (e.planned_finish) {
    set_text("planned_finish", Text(*e.planned_finish));
    set_text("finish_source", Text("officer"));
  }
  if (e.started_on) {
    set_text("started_on", *e.started_on);
    set_text("start_source", *e.started_on ? Text("officer") : Text());
  }
  if (sets.empty()) return {};

  std::string sql = "UPDATE project SET ";
  for (std::size_t i = 0; i < sets.size(); ++i) sql += (i ? ", " : "") + sets[i] + " = ?";
  sql += " WHERE id = ?";
  sql::Statement q(db.sql(), sql);
  for (std::size_t i = 0; i < binds.size(); ++i) binds[i](q, static_cast<int>(i + 1));
  q.bind(static_cast<int>(binds.size() + 1), static_cast<std::int64_t>(p.id));
  q.run();

  const auto before_all = project_facts(p, LeaderFacts::Always);
  const auto after_all = project_facts(*find_project(db, p.code), LeaderFacts::Always);
  FieldChanges changes;
  for (const auto& [key, value] : after_all.items()) {
    if (before_all[key] == value) continue;
    changes.before[key] = before_all[key];
    changes.after[key] = value;
  }
  if (!changes.after.empty())
    record_audit(db, {user, "project", p.id, p.id, "edit", changes.before, changes.after, std::nullopt});
  return changes;
}

void set_project_stage(Database& db, const ProjectStanding& p, const StageMove& move, const std::string& user,
                       const std::optional<std::string>& reason, const std::optional<std::string>& day) {
  if (!move.changed) return;
  if (day) {
    sql::Statement& c = db.cached(
        "INSERT INTO stage_change (project_id, changed_on, from_stage, to_stage, author) VALUES (?, ?, ?, ?, ?)");
    c.bind(1, static_cast<std::int64_t>(p.id));
    c.bind(2, *day);
    c.bind(3, stage_name(move.from));
    c.bind(4, stage_name(move.to));
    c.bind(5, user);
    c.run();
  }
  nlohmann::ordered_json before{{"stage", std::string(stage_name(move.from))}};
  nlohmann::ordered_json after{{"stage", std::string(stage_name(move.to))}};
  // The first such move starts the project (开工), unless an officer gave its start day; an
  // earlier day found later (a report filed late) moves the start back.
  bool starts = false;
  if (day && starts_project(p, move)) {
    sql::Statement& s = db.cached("SELECT started_on, start_source FROM project WHERE id = ?");
    s.bind(1, static_cast<std::int64_t>(p.id));
    s.step();
    const Text started = s.optional_string(0);
    const Text source = s.optional_string(1);
    s.reset();
    starts = !started || (source != "officer" && *day < *started);
    if (starts) {
      before["started_on"] = started ? nlohmann::ordered_json(*started) : nullptr;
      after["started_on"] = *day;
    }
  }
  // Cached: an import of a month's reports moves many projects, and starts a good part of them
  // (one statement for the stage and the start, as the project's row is written once).
  sql::Statement& q = db.cached(starts ? "UPDATE project SET stage = ?, resume_stage = ?, started_on = ?, "
                                         "start_source = 'stage' WHERE id = ?"
                                       : "UPDATE project SET stage = ?, resume_stage = ? WHERE id = ?");
  q.bind(1, std::string(stage_name(move.to)));
  q.bind(2, move.resume_stage ? Text(std::string(stage_name(*move.resume_stage))) : Text());
  if (starts) q.bind(3, *day);
  q.bind(starts ? 4 : 3, static_cast<std::int64_t>(p.id));
  q.run();
  record_audit(db, {user, "project", p.id, p.id, "stage", before, after, reason});
}

void archive_project(Database& db, const Project& p, const std::string& date, const std::string& user) {
  sql::Statement q(db.sql(), "UPDATE project SET archived_at = ? WHERE id = ?");
  q.bind(1, date);
  q.bind(2, static_cast<std::int64_t>(p.id));
  q.run();
  record_audit(db, {user, "project", p.id, p.id, "archive", {{"archived_at", nullptr}}, {{"archived_at", date}},
                    std::nullopt});
}

std::string unarchive_project(Database& db, const Project& p, const std::string& user) {
  // Read here, not from `p`: whether it is archived now, whatever the as-of date.
  sql::Statement q(db.sql(), "SELECT archived_at, retired FROM project WHERE id = ?");
  q.bind(1, static_cast<std::int64_t>(p.id));
  if (!q.step()) throw not_found(trf("project {} does not exist", quote(p.code)));
  const Text archived_at = q.optional_string(0);
  if (const Text retired = q.optional_string(1))
    throw rejected(trf("project {} was retired by the seed as not a project of its plan ({}); it stays archived",
                       quote(p.code), *retired));
  if (!archived_at) throw rejected(trf("project {} is not archived", quote(p.code)));
  sql::Statement u(db.sql(), "UPDATE project SET archived_at = NULL WHERE id = ?");
  u.bind(1, static_cast<std::int64_t>(p.id));
  u.run();
  record_audit(db, {user, "project", p.id, p.id, "unarchive", {{"archived_at", *archived_at}}, {{"archived_at", nullptr}},
                    std::nullopt});
  return *archived_at;
}

}  // namespace keyproj
