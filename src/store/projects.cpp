#include "store/projects.h"

#include <SQLiteCpp/Statement.h>

#include "store/audit.h"
#include "store/bind.h"
#include "store/owners.h"
#include "util/error.h"

namespace keyproj {
namespace {

// One SELECT serves lists, cards and look-ups, so that a project reads the same everywhere.
constexpr const char* kSelect =
    "SELECT p.id, p.code, p.name_zh, p.name_en, r.code, r.name_zh, p.county, pg.name, p.category, "
    "  p.location, p.scale, o.name, p.stage, p.resume_stage, p.budget_yuan, "
    "  (SELECT ifnull(sum(u.invested_yuan), 0) FROM progress_update u WHERE u.project_id = p.id), "
    "  (SELECT u.progress_pct FROM progress_update u WHERE u.project_id = p.id AND u.progress_pct IS NOT NULL "
    "     ORDER BY u.reported_on DESC, u.id DESC LIMIT 1), "
    "  p.planned_start, p.planned_finish, p.finish_source, pl.title, p.source_file, p.source_lines, "
    "  p.source_quote, (SELECT max(u.reported_on) FROM progress_update u WHERE u.project_id = p.id), "
    "  p.entered_on, p.archived_at IS NOT NULL, "
    "  (SELECT min(m.due) FROM milestone m WHERE m.project_id = p.id AND m.done_on IS NULL) "
    "FROM project p "
    "JOIN region r ON r.id = p.region_id "
    "LEFT JOIN program pg ON pg.id = p.program_id "
    "LEFT JOIN owner o ON o.id = p.owner_id "
    "LEFT JOIN plan pl ON pl.id = p.plan_id ";

Project read_project(SQLite::Statement& q) {
  Project p;
  p.id = q.getColumn(0).getInt64();
  p.code = q.getColumn(1).getString();
  p.name_zh = q.getColumn(2).getString();
  p.name_en = column_text(q, 3);
  p.region = q.getColumn(4).getString();
  p.region_zh = q.getColumn(5).getString();
  p.county = column_text(q, 6);
  p.program = column_text(q, 7);
  p.category = column_text(q, 8);
  p.location = column_text(q, 9);
  p.scale = column_text(q, 10);
  p.owner = column_text(q, 11);
  p.stage = column_stage(q, 12);
  p.resume_stage = column_optional_stage(q, 13);
  p.budget_yuan = column_int64(q, 14);
  p.invested_yuan = q.getColumn(15).getInt64();
  if (!q.getColumn(16).isNull()) p.progress_pct = q.getColumn(16).getInt();
  p.planned_start = column_text(q, 17);
  p.planned_finish = column_text(q, 18);
  p.finish_source = column_text(q, 19);
  p.plan = column_text(q, 20);
  p.source_file = column_text(q, 21);
  p.source_lines = column_text(q, 22);
  p.source_quote = column_text(q, 23);
  p.last_update = column_text(q, 24);
  p.created_on = q.getColumn(25).getString();
  p.archived = q.getColumn(26).getInt() != 0;
  p.earliest_open_due = column_text(q, 27);
  return p;
}

nlohmann::ordered_json opt(const Text& t) { return t ? nlohmann::ordered_json(*t) : nullptr; }
nlohmann::ordered_json opt(const Money& m) { return m ? nlohmann::ordered_json(*m) : nullptr; }

}  // namespace

std::int64_t region_id(Database& db, const std::string& code) {
  SQLite::Statement q(db.sql(), "SELECT id FROM region WHERE code = ?");
  q.bind(1, code);
  if (q.executeStep()) return q.getColumn(0).getInt64();
  std::string known;
  SQLite::Statement all(db.sql(), "SELECT code FROM region ORDER BY id");
  while (all.executeStep()) known += (known.empty() ? "" : ", ") + all.getColumn(0).getString();
  throw rejected("region '" + code + "' is not known; use one of " + known);
}

std::int64_t find_or_add_program(Database& db, const std::string& name, const std::string& region) {
  SQLite::Statement q(db.sql(),
                      "SELECT pg.id FROM program pg LEFT JOIN plan pl ON pl.id = pg.plan_id "
                      "LEFT JOIN region r ON r.id = pl.region_id WHERE pg.name = ? "
                      "ORDER BY (r.code IS ?) DESC, pg.id LIMIT 1");
  q.bind(1, name);
  q.bind(2, region);
  if (q.executeStep()) return q.getColumn(0).getInt64();
  SQLite::Statement add(db.sql(), "INSERT INTO program (plan_id, name) VALUES (NULL, ?)");
  add.bind(1, name);
  add.exec();
  return db.sql().getLastInsertRowid();
}

std::int64_t insert_project(Database& db, const NewProject& p, const std::string& user) {
  if (find_project(db, p.code)) throw rejected("code '" + p.code + "' is already used by another project");
  const std::int64_t region = region_id(db, p.region);
  std::optional<std::int64_t> program;
  if (p.program) program = find_or_add_program(db, *p.program, p.region);
  std::optional<std::int64_t> owner;
  if (p.owner) owner = find_or_add_owner(db, *p.owner, user);

  SQLite::Statement q(db.sql(),
                      "INSERT INTO project (code, name_zh, name_en, region_id, county, program_id, category, "
                      "  location, scale, owner_id, stage, budget_yuan, planned_start, planned_finish, "
                      "  finish_source, plan_id, source_file, source_lines, source_quote, entered_on) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, p.code);
  q.bind(2, p.name_zh);
  bind_optional(q, 3, p.name_en);
  q.bind(4, static_cast<int64_t>(region));
  bind_optional(q, 5, p.county);
  bind_optional(q, 6, program);
  bind_optional(q, 7, p.category);
  bind_optional(q, 8, p.location);
  bind_optional(q, 9, p.scale);
  bind_optional(q, 10, owner);
  q.bind(11, p.stage);
  bind_optional(q, 12, p.budget_yuan);
  bind_optional(q, 13, p.planned_start);
  bind_optional(q, 14, p.planned_finish);
  bind_optional(q, 15, p.finish_source);
  bind_optional(q, 16, p.plan_id);
  bind_optional(q, 17, p.source_file);
  bind_optional(q, 18, p.source_lines);
  bind_optional(q, 19, p.source_quote);
  q.bind(20, p.entered_on);
  q.exec();
  const std::int64_t id = db.sql().getLastInsertRowid();
  const auto stored = find_project(db, p.code);
  record_audit(db, {user, "project", id, id, "create", nullptr, project_facts(*stored), std::nullopt});
  return id;
}

void for_each_project(Database& db, const PortfolioFilter& f, const std::function<void(const Project&)>& fn) {
  SQLite::Statement q(db.sql(), std::string(kSelect) + "WHERE " + filter_condition(f) + "ORDER BY p.code");
  bind_filter(q, f);
  while (q.executeStep()) fn(read_project(q));
}

std::optional<Project> find_project(Database& db, std::string_view code) {
  // Cached: an import looks up the project of every row.
  static const std::string by_code = std::string(kSelect) + "WHERE p.code = ?";
  SQLite::Statement& q = db.cached(by_code);
  q.bind(1, std::string(code));
  if (!q.executeStep()) return std::nullopt;
  return read_project(q);
}

std::optional<ProjectStanding> find_project_standing(Database& db, std::string_view code) {
  // Cached: an import looks up the project of its rows. One index search and the project's
  // own reports for the total; none of the names and aggregates find_project joins.
  SQLite::Statement& q = db.cached(
      "SELECT p.id, p.code, p.stage, p.resume_stage, p.budget_yuan, "
      "  (SELECT ifnull(sum(u.invested_yuan), 0) FROM progress_update u WHERE u.project_id = p.id), "
      "  p.archived_at IS NOT NULL "
      "FROM project p WHERE p.code = ?");
  q.bind(1, std::string(code));
  if (!q.executeStep()) return std::nullopt;
  ProjectStanding s;
  s.id = q.getColumn(0).getInt64();
  s.code = q.getColumn(1).getString();
  s.stage = column_stage(q, 2);
  s.resume_stage = column_optional_stage(q, 3);
  s.budget_yuan = column_int64(q, 4);
  s.invested_yuan = q.getColumn(5).getInt64();
  s.archived = q.getColumn(6).getInt() != 0;
  return s;
}

Project resolve_project(Database& db, std::string_view code_or_name) {
  if (auto p = find_project(db, code_or_name)) return *p;
  SQLite::Statement q(db.sql(),
                      "SELECT code, name_zh FROM project WHERE archived_at IS NULL AND instr(name_zh, ?) > 0 "
                      "ORDER BY code LIMIT 21");
  q.bind(1, std::string(code_or_name));
  std::vector<std::pair<std::string, std::string>> matches;
  while (q.executeStep()) matches.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
  if (matches.empty())
    throw not_found("project '" + std::string(code_or_name) + "' is not a code nor part of any project's name");
  if (matches.size() == 1) return *find_project(db, matches.front().first);
  std::string list;
  for (std::size_t i = 0; i < matches.size() && i < 20; ++i)
    list += (i ? ", " : "") + matches[i].first + " " + matches[i].second;
  if (matches.size() > 20) list += ", …";
  throw usage_error("project '" + std::string(code_or_name) + "' matches several projects; name one by code: " + list);
}

FieldChanges edit_project(Database& db, const Project& p, const ProjectEdit& e, const std::string& user) {
  const Text start = e.planned_start ? Text(*e.planned_start) : p.planned_start;
  const Text finish = e.planned_finish ? Text(*e.planned_finish) : p.planned_finish;
  if (start && finish && *start > *finish)
    throw rejected("finish '" + *finish + "' is before start '" + *start + "'");

  // Column names come from this list, never from input; every value is bound.
  std::vector<std::string> sets;
  std::vector<std::function<void(SQLite::Statement&, int)>> binds;
  auto set_text = [&](const char* column, const std::optional<Text>& v) {
    if (!v) return;
    sets.push_back(column);
    binds.push_back([t = *v](SQLite::Statement& q, int i) { bind_optional(q, i, t); });
  };
  if (e.name_zh) set_text("name_zh", Text(*e.name_zh));
  set_text("name_en", e.name_en);
  set_text("county", e.county);
  set_text("category", e.category);
  set_text("location", e.location);
  set_text("scale", e.scale);
  if (e.program) {
    std::optional<std::int64_t> id;
    if (*e.program) id = find_or_add_program(db, **e.program, p.region);
    sets.push_back("program_id");
    binds.push_back([id](SQLite::Statement& q, int i) { bind_optional(q, i, id); });
  }
  if (e.owner) {
    std::optional<std::int64_t> id;
    if (*e.owner) id = find_or_add_owner(db, **e.owner, user);
    sets.push_back("owner_id");
    binds.push_back([id](SQLite::Statement& q, int i) { bind_optional(q, i, id); });
  }
  if (e.budget_yuan) {
    sets.push_back("budget_yuan");
    binds.push_back([v = *e.budget_yuan](SQLite::Statement& q, int i) { bind_optional(q, i, v); });
  }
  if (e.planned_start) set_text("planned_start", Text(*e.planned_start));
  if (e.planned_finish) {
    set_text("planned_finish", Text(*e.planned_finish));
    set_text("finish_source", Text("officer"));
  }
  if (sets.empty()) return {};

  std::string sql = "UPDATE project SET ";
  for (std::size_t i = 0; i < sets.size(); ++i) sql += (i ? ", " : "") + sets[i] + " = ?";
  sql += " WHERE id = ?";
  SQLite::Statement q(db.sql(), sql);
  for (std::size_t i = 0; i < binds.size(); ++i) binds[i](q, static_cast<int>(i + 1));
  q.bind(static_cast<int>(binds.size() + 1), static_cast<int64_t>(p.id));
  q.exec();

  const auto before_all = project_facts(p);
  const auto after_all = project_facts(*find_project(db, p.code));
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
                       const std::optional<std::string>& reason) {
  if (!move.changed) return;
  // Cached: an import of a month's reports moves many projects.
  SQLite::Statement& q = db.cached("UPDATE project SET stage = ?, resume_stage = ? WHERE id = ?");
  q.bind(1, std::string(stage_name(move.to)));
  bind_optional(q, 2, move.resume_stage ? Text(std::string(stage_name(*move.resume_stage))) : Text());
  q.bind(3, static_cast<int64_t>(p.id));
  q.exec();
  record_audit(db, {user, "project", p.id, p.id, "stage", {{"stage", std::string(stage_name(move.from))}},
                    {{"stage", std::string(stage_name(move.to))}}, reason});
}

void archive_project(Database& db, const Project& p, const std::string& date, const std::string& user) {
  SQLite::Statement q(db.sql(), "UPDATE project SET archived_at = ? WHERE id = ?");
  q.bind(1, date);
  q.bind(2, static_cast<int64_t>(p.id));
  q.exec();
  record_audit(db, {user, "project", p.id, p.id, "archive", {{"archived_at", nullptr}}, {{"archived_at", date}},
                    std::nullopt});
}

nlohmann::ordered_json project_facts(const Project& p) {
  return {
      {"code", p.code},
      {"name_zh", p.name_zh},
      {"name_en", opt(p.name_en)},
      {"region", p.region},
      {"county", opt(p.county)},
      {"program", opt(p.program)},
      {"category", opt(p.category)},
      {"location", opt(p.location)},
      {"scale", opt(p.scale)},
      {"owner", opt(p.owner)},
      {"stage", stage_name(p.stage)},
      {"budget_yuan", opt(p.budget_yuan)},
      {"planned_start", opt(p.planned_start)},
      {"planned_finish", opt(p.planned_finish)},
      {"finish_source", opt(p.finish_source)},
  };
}

}  // namespace keyproj
