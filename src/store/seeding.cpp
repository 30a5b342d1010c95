#include "store/seeding.h"

#include <SQLiteCpp/Statement.h>

#include "store/audit.h"
#include "store/bind.h"
#include "util/error.h"

namespace keyproj {
namespace {

nlohmann::ordered_json opt(const Text& t) { return t ? nlohmann::ordered_json(*t) : nlohmann::ordered_json(nullptr); }

}  // namespace

std::optional<std::int64_t> find_plan_id(Database& db, const std::string& region, const std::string& title) {
  SQLite::Statement q(db.sql(),
                      "SELECT pl.id FROM plan pl JOIN region r ON r.id = pl.region_id WHERE r.code = ? AND pl.title = ?");
  q.bind(1, region);
  q.bind(2, title);
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getInt64();
}

std::int64_t seed_plan(Database& db, const PlanRow& plan, SeedOutcome& outcome) {
  const std::int64_t region = region_id(db, plan.region);
  SQLite::Statement find(db.sql(), "SELECT id FROM plan WHERE region_id = ? AND title = ?");
  find.bind(1, static_cast<int64_t>(region));
  find.bind(2, plan.title);
  if (find.executeStep()) {
    const std::int64_t id = find.getColumn(0).getInt64();
    SQLite::Statement refresh(db.sql(),
                              "UPDATE plan SET issuer = ?, issued_on = ?, period_start = ?, period_end = ?, "
                              "  source_file = ?, source_lines = ? "
                              "WHERE id = ? AND (issuer IS NOT ? OR issued_on IS NOT ? OR period_start IS NOT ? "
                              "  OR period_end IS NOT ? OR source_file IS NOT ? OR source_lines IS NOT ?)");
    // Each value is bound twice: once to set it, once to see whether it differs.
    const Text values[] = {plan.issuer, plan.issued_on, plan.period_start, plan.period_end, plan.source_file,
                           plan.source_lines};
    for (int i = 0; i < 6; ++i) {
      bind_optional(refresh, 1 + i, values[i]);
      bind_optional(refresh, 8 + i, values[i]);
    }
    refresh.bind(7, static_cast<int64_t>(id));
    outcome = refresh.exec() > 0 ? SeedOutcome::Refreshed : SeedOutcome::Unchanged;
    return id;
  }
  SQLite::Statement add(db.sql(),
                        "INSERT INTO plan (region_id, title, issuer, issued_on, period_start, period_end, source_file, "
                        "  source_lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  add.bind(1, static_cast<int64_t>(region));
  add.bind(2, plan.title);
  bind_optional(add, 3, plan.issuer);
  bind_optional(add, 4, plan.issued_on);
  bind_optional(add, 5, plan.period_start);
  bind_optional(add, 6, plan.period_end);
  bind_optional(add, 7, plan.source_file);
  bind_optional(add, 8, plan.source_lines);
  add.exec();
  outcome = SeedOutcome::Added;
  return db.sql().getLastInsertRowid();
}

std::int64_t seed_program(Database& db, std::int64_t plan_id, const std::string& name, const Text& source_lines,
                          SeedOutcome& outcome) {
  SQLite::Statement find(db.sql(), "SELECT id, source_lines FROM program WHERE plan_id = ? AND name = ?");
  find.bind(1, static_cast<int64_t>(plan_id));
  find.bind(2, name);
  if (find.executeStep()) {
    const std::int64_t id = find.getColumn(0).getInt64();
    if (column_text(find, 1) == source_lines) {
      outcome = SeedOutcome::Unchanged;
      return id;
    }
    SQLite::Statement refresh(db.sql(), "UPDATE program SET source_lines = ? WHERE id = ?");
    bind_optional(refresh, 1, source_lines);
    refresh.bind(2, static_cast<int64_t>(id));
    refresh.exec();
    outcome = SeedOutcome::Refreshed;
    return id;
  }
  SQLite::Statement add(db.sql(), "INSERT INTO program (plan_id, name, source_lines) VALUES (?, ?, ?)");
  add.bind(1, static_cast<int64_t>(plan_id));
  add.bind(2, name);
  bind_optional(add, 3, source_lines);
  add.exec();
  outcome = SeedOutcome::Added;
  return db.sql().getLastInsertRowid();
}

SeedOutcome seed_project(Database& db, const NewProject& p, const std::string& user) {
  const auto existing = find_project(db, p.code);
  if (!existing) {
    insert_project(db, p, user);
    return SeedOutcome::Added;
  }
  SQLite::Statement current(db.sql(), "SELECT plan_id FROM project WHERE id = ?");
  current.bind(1, static_cast<int64_t>(existing->id));
  current.executeStep();
  const std::optional<std::int64_t> plan_id = column_int64(current, 0);
  if (plan_id == p.plan_id && existing->source_file == p.source_file && existing->source_lines == p.source_lines &&
      existing->source_quote == p.source_quote)
    return SeedOutcome::Unchanged;
  SQLite::Statement refresh(db.sql(),
                            "UPDATE project SET plan_id = ?, source_file = ?, source_lines = ?, source_quote = ? "
                            "WHERE id = ?");
  bind_optional(refresh, 1, p.plan_id);
  bind_optional(refresh, 2, p.source_file);
  bind_optional(refresh, 3, p.source_lines);
  bind_optional(refresh, 4, p.source_quote);
  refresh.bind(5, static_cast<int64_t>(existing->id));
  refresh.exec();
  const nlohmann::ordered_json before{{"source_file", opt(existing->source_file)},
                                      {"source_lines", opt(existing->source_lines)},
                                      {"source_quote", opt(existing->source_quote)}};
  const nlohmann::ordered_json after{
      {"source_file", opt(p.source_file)}, {"source_lines", opt(p.source_lines)}, {"source_quote", opt(p.source_quote)}};
  record_audit(db, {user, "project", existing->id, existing->id, "seed", before, after, std::nullopt});
  return SeedOutcome::Refreshed;
}

SeedOutcome seed_milestone(Database& db, const SeedMilestone& m, const std::string& user) {
  const auto project = find_project(db, m.project_code);
  if (!project) throw rejected("seed milestone names project '" + m.project_code + "', which is not in the seed");
  SQLite::Statement find(db.sql(), "SELECT id, source_lines, source_quote FROM milestone WHERE project_id = ? AND title = ?");
  find.bind(1, static_cast<int64_t>(project->id));
  find.bind(2, m.title);
  if (find.executeStep()) {
    const std::int64_t id = find.getColumn(0).getInt64();
    if (column_text(find, 1) == m.source_lines && column_text(find, 2) == m.source_quote) return SeedOutcome::Unchanged;
    SQLite::Statement refresh(db.sql(), "UPDATE milestone SET source_lines = ?, source_quote = ? WHERE id = ?");
    bind_optional(refresh, 1, m.source_lines);
    bind_optional(refresh, 2, m.source_quote);
    refresh.bind(3, static_cast<int64_t>(id));
    refresh.exec();
    return SeedOutcome::Refreshed;
  }
  SQLite::Statement add(db.sql(),
                        "INSERT INTO milestone (project_id, title, baseline_due, due, done_on, source_lines, "
                        "  source_quote, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
  add.bind(1, static_cast<int64_t>(project->id));
  add.bind(2, m.title);
  bind_optional(add, 3, m.due);
  bind_optional(add, 4, m.due);
  bind_optional(add, 5, m.done_on);
  bind_optional(add, 6, m.source_lines);
  bind_optional(add, 7, m.source_quote);
  add.exec();
  const std::int64_t id = db.sql().getLastInsertRowid();
  const nlohmann::ordered_json after{{"title", m.title}, {"due", opt(m.due)}, {"done_on", opt(m.done_on)}};
  record_audit(db, {user, "milestone", id, project->id, "seed", nullptr, after, std::nullopt});
  return SeedOutcome::Added;
}

bool retire_project(Database& db, const std::string& code, const std::string& date, const std::string& reason,
                    const std::string& user) {
  SQLite::Statement find(db.sql(), "SELECT id FROM project WHERE code = ? AND archived_at IS NULL");
  find.bind(1, code);
  if (!find.executeStep()) return false;
  const std::int64_t id = find.getColumn(0).getInt64();
  SQLite::Statement q(db.sql(), "UPDATE project SET archived_at = ? WHERE id = ?");
  q.bind(1, date);
  q.bind(2, static_cast<int64_t>(id));
  q.exec();
  record_audit(db, {user, "project", id, id, "archive", {{"archived_at", nullptr}}, {{"archived_at", date}}, reason});
  return true;
}

std::optional<std::string> region_code_named(Database& db, const std::string& name) {
  SQLite::Statement q(db.sql(),
                      "SELECT code FROM region WHERE upper(code) = upper(?1) OR name_zh = ?1 OR name_zh || '市' = ?1 "
                      "  OR lower(name_en) = lower(?1)");
  q.bind(1, name);
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getString();
}

std::string region_list(Database& db) {
  std::string out;
  SQLite::Statement q(db.sql(), "SELECT code, name_zh FROM region ORDER BY id");
  while (q.executeStep()) out += (out.empty() ? "" : ", ") + q.getColumn(0).getString() + " " + q.getColumn(1).getString();
  return out;
}

}  // namespace keyproj
