#include "store/seeding.h"

#include "store/sql/statement.h"

#include "store/audit.h"
#include "store/dialect_sql.h"
#include "store/regions.h"
#include "util/error.h"
#include "util/translate.h"
#include "util/clock.h"

namespace keyproj {
namespace {

nlohmann::ordered_json opt(const Text& t) { return t ? nlohmann::ordered_json(*t) : nlohmann::ordered_json(nullptr); }

}  // namespace

std::optional<std::int64_t> find_plan_id(Database& db, const std::string& region, const std::string& title) {
  sql::Statement q(db.sql(), "SELECT pl.id FROM plan pl JOIN region r ON r.id = pl.region_id WHERE r.code = " +
                                 region_named_sql("?1") + " AND pl.title = ?2");
  q.bind(1, region);
  q.bind(2, title);
  if (!q.step()) return std::nullopt;
  return q.int64(0);
}

std::int64_t seed_plan(Database& db, const PlanRow& plan, SeedOutcome& outcome) {
  const std::int64_t region = region_id(db, plan.region);
  sql::Statement find(db.sql(), "SELECT id FROM plan WHERE region_id = ? AND title = ?");
  find.bind(1, static_cast<std::int64_t>(region));
  find.bind(2, plan.title);
  if (find.step()) {
    const std::int64_t id = find.int64(0);
    sql::Statement refresh(db.sql(),
                           "UPDATE plan SET issuer = ?, issued_on = ?, period_start = ?, period_end = ?, "
                           "  source_file = ?, source_lines = ? "
                           "WHERE id = ? AND (issuer IS DISTINCT FROM ? OR issued_on IS DISTINCT FROM ? "
                           "  OR period_start IS DISTINCT FROM ? OR period_end IS DISTINCT FROM ? "
                           "  OR source_file IS DISTINCT FROM ? OR source_lines IS DISTINCT FROM ?)");
    // Each value is bound twice: once to set it, once to see whether it differs.
    const Text values[] = {plan.issuer, plan.issued_on, plan.period_start, plan.period_end, plan.source_file,
                           plan.source_lines};
    for (int i = 0; i < 6; ++i) {
      refresh.bind(1 + i, values[i]);
      refresh.bind(8 + i, values[i]);
    }
    refresh.bind(7, static_cast<std::int64_t>(id));
    outcome = refresh.run() > 0 ? SeedOutcome::Refreshed : SeedOutcome::Unchanged;
    return id;
  }
  sql::Statement add(db.sql(),
                     "INSERT INTO plan (region_id, title, issuer, issued_on, period_start, period_end, source_file, "
                     "  source_lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  add.bind(1, static_cast<std::int64_t>(region));
  add.bind(2, plan.title);
  add.bind(3, plan.issuer);
  add.bind(4, plan.issued_on);
  add.bind(5, plan.period_start);
  add.bind(6, plan.period_end);
  add.bind(7, plan.source_file);
  add.bind(8, plan.source_lines);
  add.run();
  outcome = SeedOutcome::Added;
  return db.sql().last_insert_id();
}

std::int64_t seed_program(Database& db, std::int64_t plan_id, const std::string& name, const Text& source_lines,
                          SeedOutcome& outcome) {
  sql::Statement find(db.sql(), "SELECT id, source_lines FROM program WHERE plan_id = ? AND name = ?");
  find.bind(1, static_cast<std::int64_t>(plan_id));
  find.bind(2, name);
  if (find.step()) {
    const std::int64_t id = find.int64(0);
    if (find.optional_string(1) == source_lines) {
      outcome = SeedOutcome::Unchanged;
      return id;
    }
    sql::Statement refresh(db.sql(), "UPDATE program SET source_lines = ? WHERE id = ?");
    refresh.bind(1, source_lines);
    refresh.bind(2, static_cast<std::int64_t>(id));
    refresh.run();
    outcome = SeedOutcome::Refreshed;
    return id;
  }
  sql::Statement add(db.sql(), "INSERT INTO program (plan_id, name, source_lines) VALUES (?, ?, ?)");
  add.bind(1, static_cast<std::int64_t>(plan_id));
  add.bind(2, name);
  add.bind(3, source_lines);
  add.run();
  outcome = SeedOutcome::Added;
  return db.sql().last_insert_id();
}

SeedOutcome seed_project(Database& db, const NewProject& p, const std::string& user) {
  const auto existing = find_project(db, p.code);
  if (!existing) {
    insert_project(db, p, user);
    return SeedOutcome::Added;
  }
  sql::Statement current(db.sql(), "SELECT plan_id FROM project WHERE id = ?");
  current.bind(1, static_cast<std::int64_t>(existing->id));
  current.step();
  const std::optional<std::int64_t> plan_id = current.optional_int64(0);
  if (plan_id == p.plan_id && existing->source_file == p.source_file && existing->source_lines == p.source_lines &&
      existing->source_quote == p.source_quote)
    return SeedOutcome::Unchanged;
  sql::Statement refresh(db.sql(),
                         "UPDATE project SET plan_id = ?, source_file = ?, source_lines = ?, source_quote = ? "
                         "WHERE id = ?");
  refresh.bind(1, p.plan_id);
  refresh.bind(2, p.source_file);
  refresh.bind(3, p.source_lines);
  refresh.bind(4, p.source_quote);
  refresh.bind(5, static_cast<std::int64_t>(existing->id));
  refresh.run();
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
  if (!project) throw rejected(trf("seed milestone names project '{}', which is not in the seed", m.project_code));
  // The seed's milestone, deleted or not (a deleted one stays deleted), under its seed title or
  // a title an officer gave it since (milestone edit), so that seeding again adds no copy.
  sql::Statement find(db.sql(),
                      "SELECT id, source_lines, source_quote FROM milestone WHERE project_id = ?1 AND (title = ?2 "
                      "  OR id IN (SELECT a.entity_id FROM audit a WHERE a.project_id = ?1 AND a.entity = 'milestone' "
                      "             AND a.action = 'edit' AND " +
                          dialect_sql::json_text_field(db.sql().dialect(), "a.before", "title") + " = ?2)) "
                      "ORDER BY title = ?2 DESC, id LIMIT 1");
  find.bind(1, static_cast<std::int64_t>(project->id));
  find.bind(2, m.title);
  if (find.step()) {
    const std::int64_t id = find.int64(0);
    if (find.optional_string(1) == m.source_lines && find.optional_string(2) == m.source_quote) return SeedOutcome::Unchanged;
    sql::Statement refresh(db.sql(), "UPDATE milestone SET source_lines = ?, source_quote = ? WHERE id = ?");
    refresh.bind(1, m.source_lines);
    refresh.bind(2, m.source_quote);
    refresh.bind(3, static_cast<std::int64_t>(id));
    refresh.run();
    return SeedOutcome::Refreshed;
  }
  sql::Statement add(db.sql(),
                     "INSERT INTO milestone (project_id, title, baseline_due, due, done_on, source_lines, "
                     "  source_quote, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  add.bind(1, static_cast<std::int64_t>(project->id));
  add.bind(2, m.title);
  add.bind(3, m.due);
  add.bind(4, m.due);
  add.bind(5, m.done_on);
  add.bind(6, m.source_lines);
  add.bind(7, m.source_quote);
  add.bind(8, utc_second_now());
  add.run();
  const std::int64_t id = db.sql().last_insert_id();
  const nlohmann::ordered_json after{{"title", m.title}, {"due", opt(m.due)}, {"done_on", opt(m.done_on)}};
  record_audit(db, {user, "milestone", id, project->id, "seed", nullptr, after, std::nullopt});
  return SeedOutcome::Added;
}

bool retire_project(Database& db, const std::string& code, const std::string& date, const std::string& reason,
                    const std::string& user) {
  sql::Statement find(db.sql(), "SELECT id, archived_at FROM project WHERE code = ? AND retired IS NULL");
  find.bind(1, code);
  if (!find.step()) return false;
  const std::int64_t id = find.int64(0);
  const Text was_archived = find.optional_string(1);
  // An entry an earlier seed archived keeps the day it was archived; it is marked retired.
  const std::string archived_at = was_archived.value_or(date);
  sql::Statement q(db.sql(), "UPDATE project SET archived_at = ?, retired = ? WHERE id = ?");
  q.bind(1, archived_at);
  q.bind(2, reason);
  q.bind(3, static_cast<std::int64_t>(id));
  q.run();
  record_audit(db, {user, "project", id, id, "archive", {{"archived_at", opt(was_archived)}, {"retired", nullptr}},
                    {{"archived_at", archived_at}, {"retired", reason}}, reason});
  return true;
}

}  // namespace keyproj
