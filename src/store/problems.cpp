#include "store/problems.h"

#include "store/as_of.h"
#include "store/audit.h"
#include "store/dialect_sql.h"
#include "store/owners.h"
#include "store/sql/statement.h"
#include "util/error.h"
#include "util/translate.h"

namespace keyproj {
namespace {

constexpr const char* kSelect =
    "SELECT pr.id, pr.project_id, p.code, pr.text, u.name, pr.level, pr.raised_on, pr.due, pr.resolved_on, "
    "pr.resolution FROM problem pr JOIN project p ON p.id = pr.project_id LEFT JOIN owner u ON u.id = pr.owner_id ";

ProblemLevel stored_level(const std::string& s) { return problem_level_from_name(s).value_or(ProblemLevel::County); }

Problem read_problem(sql::Statement& q) {
  Problem p;
  p.id = q.int64(0);
  p.project_id = q.int64(1);
  p.project_code = q.string(2);
  p.text = q.string(3);
  p.unit = q.optional_string(4);
  p.level = stored_level(q.string(5));
  p.raised_on = q.string(6);
  p.due = q.optional_string(7);
  p.resolved_on = q.optional_string(8);
  p.resolution = q.optional_string(9);
  return p;
}

nlohmann::ordered_json opt(const Text& t) { return t ? nlohmann::ordered_json(*t) : nullptr; }

std::optional<std::int64_t> owner_of(Database& db, const Text& unit, const std::string& user) {
  if (!unit) return std::nullopt;
  return find_or_add_owner(db, *unit, user);
}

void add_entry(Database& db, std::int64_t problem_id, const std::string& entered_on, const std::string& kind,
               const Text& note, const std::optional<ProblemLevel>& level, const Text& due,
               std::optional<std::int64_t> owner_id, const std::string& user) {
  // Cached, as are the two below: an import of a year's reports raises a problem for each new
  // blocker, a hundred thousand of them at M.
  sql::Statement& q = db.cached(
      "INSERT INTO problem_entry (problem_id, entered_on, kind, note, level, due, owner_id, author) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, problem_id);
  q.bind(2, entered_on);
  q.bind(3, kind);
  q.bind(4, note);
  q.bind(5, level ? Text(std::string(problem_level_name(*level))) : Text());
  q.bind(6, due);
  q.bind(7, owner_id);
  q.bind(8, user);
  q.run();
}

void require_not_before_raised(const Problem& p, const std::string& date) {
  if (date < p.raised_on) throw rejected(trf("--date {} is before problem {} was raised ({})", date, p.id, p.raised_on));
}

}  // namespace

std::int64_t add_problem(Database& db, std::int64_t project_id, const NewProblem& n, const std::string& user,
                         std::optional<std::int64_t> id_given) {
  const auto owner_id = owner_of(db, n.unit, user);
  const std::string level(problem_level_name(n.level));
  sql::Statement& q = db.cached(
      "INSERT INTO problem (id, project_id, text, owner_id, level, raised_on, due, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, id_given);
  q.bind(2, project_id);
  q.bind(3, n.text);
  q.bind(4, owner_id);
  q.bind(5, level);
  q.bind(6, n.raised_on);
  q.bind(7, n.due);
  q.bind(8, n.raised_on);
  q.run();
  const std::int64_t id = db.sql().last_insert_id();
  add_entry(db, id, n.raised_on, "raise", std::nullopt, n.level, n.due, owner_id, user);
  record_audit(db, {user, "problem", id, project_id, "create", nullptr,
                    {{"text", n.text}, {"unit", opt(n.unit)}, {"level", level}, {"raised_on", n.raised_on},
                     {"due", opt(n.due)}},
                    std::nullopt});
  return id;
}

std::int64_t raise_blocker_problems(Database& db, std::int64_t after_report_id, const std::string& user) {
  sql::Statement before(db.sql(), "SELECT coalesce(max(id), 0) FROM problem");
  before.step();
  const std::int64_t last_before = before.int64(0);
  // Each statement gives its rows the ids after its table's largest, in the order of the
  // problems (dialect_sql::next_ids).
  //
  // The first report of each project and text, in the order the reports were taken, as they
  // would have raised them one by one. NOT INDEXED: the command's reports are a range of ids at
  // the end of the table; left to itself SQLite reads every report ever taken through the
  // index by project, for the order its GROUP BY wants.
  const sql::Dialect dialect = db.sql().dialect();
  sql::Statement raise(db.sql(),
                       "INSERT INTO problem (id, project_id, text, level, raised_on, created_at) "
                       "SELECT " + dialect_sql::next_ids(dialect, "problem", "u.id") + ", u.project_id, u.blocker, "
                       "  'county', u.reported_on, u.reported_on FROM progress_update u "
                       "WHERE u.id > :after AND u.id IN (SELECT first FROM ("
                       "    SELECT project_id, blocker, min(id) AS first FROM progress_update" +
                           std::string(dialect_sql::not_indexed(dialect)) +
                           "    WHERE id > :after AND blocker IS NOT NULL AND corrects_id IS NULL "
                           "    GROUP BY project_id, blocker) f) "
                           "  AND NOT EXISTS (SELECT 1 FROM problem x "
                           "    WHERE x.project_id = u.project_id AND x.status = 'open' AND x.text = u.blocker) "
                           "ORDER BY u.id");
  raise.bind(":after", after_report_id);
  const std::int64_t raised = raise.run();
  if (raised == 0) return 0;
  sql::Statement entries(db.sql(), "INSERT INTO problem_entry (id, problem_id, entered_on, kind, level, author) "
                                   "SELECT " + dialect_sql::next_ids(dialect, "problem_entry", "id") +
                                       ", id, raised_on, 'raise', level, :user FROM problem WHERE id > :last "
                                       "ORDER BY id");
  entries.bind(":user", user);
  entries.bind(":last", last_before);
  entries.run();
  // The audit row add_problem writes, field for field (its JSON as nlohmann writes it), at the
  // instant of the report that raised it: history lists it with that report, as it did when
  // each report raised its own. That report is the command's first of the project with the
  // text, so it is dated the day the problem was raised: found by the index by project and
  // day, where grouping the command's reports a second time took twice as long (M: 0.46 s
  // against 0.28 s of reading; the problems come in the order of their reports, so the look-ups
  // walk the index forward).
  sql::Statement audit(db.sql(),
                       "INSERT INTO audit (id, at, \"user\", entity, entity_id, project_id, action, after) "
                       "SELECT " + dialect_sql::next_ids(dialect, "audit", "pr.id") +
                           ", u.created_at, :user, 'problem', pr.id, pr.project_id, 'create', " +
                           dialect_sql::json_object(dialect, {{"text", "pr.text"}, {"unit", "NULL"}, {"level", "pr.level"},
                                                              {"raised_on", "pr.raised_on"}, {"due", "NULL"}}) +
                           " FROM problem pr JOIN progress_update u ON u.id = ("
                           "  SELECT min(r.id) FROM progress_update r WHERE r.project_id = pr.project_id "
                           "    AND r.reported_on = pr.raised_on AND r.blocker = pr.text AND r.id > :after "
                           "    AND r.corrects_id IS NULL) "
                           "WHERE pr.id > :last ORDER BY pr.id");
  audit.bind(":user", user);
  audit.bind(":last", last_before);
  audit.bind(":after", after_report_id);
  audit.run();
  return raised;
}

std::optional<Problem> find_problem(Database& db, std::int64_t id) {
  sql::Statement q(db.sql(), std::string(kSelect) + "WHERE pr.id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return read_problem(q);
}

std::optional<std::int64_t> find_open_problem(Database& db, std::int64_t project_id, const std::string& text) {
  sql::Statement& q =
      db.cached("SELECT id FROM problem WHERE project_id = ? AND status = 'open' AND text = ? ORDER BY id LIMIT 1");
  q.bind(1, project_id);
  q.bind(2, text);
  if (!q.step()) return std::nullopt;
  return q.int64(0);
}

void update_problem(Database& db, const Problem& p, const ProblemChange& c, const std::string& entered_on,
                    const std::string& user) {
  if (!p.open())
    throw rejected(trf("problem {} is resolved (on {}); reopen it before updating it", p.id, *p.resolved_on));
  require_not_before_raised(p, entered_on);
  nlohmann::ordered_json before = nlohmann::ordered_json::object();
  nlohmann::ordered_json after = nlohmann::ordered_json::object();
  const bool new_level = c.level && *c.level != p.level;
  const bool new_due = c.due && c.due != p.due;
  const bool new_unit = c.unit && c.unit != p.unit;
  if (!new_level && !new_due && !new_unit && !c.note)
    throw rejected(trf("problem {}: the update changes nothing; give --note, or a new --level, --due or --unit", p.id));
  std::optional<std::int64_t> owner_id;
  if (new_unit) owner_id = owner_of(db, c.unit, user);
  if (new_level) {
    before["level"] = problem_level_name(p.level);
    after["level"] = problem_level_name(*c.level);
  }
  if (new_due) {
    before["due"] = opt(p.due);
    after["due"] = *c.due;
  }
  if (new_unit) {
    before["unit"] = opt(p.unit);
    after["unit"] = *c.unit;
  }
  // A note alone is the change; with fields changed it is their reason.
  if (c.note && after.empty()) after["note"] = *c.note;
  sql::Statement q(db.sql(),
                   "UPDATE problem SET level = coalesce(?, level), due = coalesce(?, due), owner_id = coalesce(?, owner_id) "
                   "WHERE id = ?");
  q.bind(1, new_level ? Text(std::string(problem_level_name(*c.level))) : Text());
  q.bind(2, new_due ? c.due : Text());
  q.bind(3, owner_id);
  q.bind(4, p.id);
  q.run();
  add_entry(db, p.id, entered_on, "update", c.note, new_level ? c.level : std::nullopt, new_due ? c.due : Text(),
            owner_id, user);
  // A level changed with a note is an escalation (or a hand-back down): its own word in history.
  const std::string action = new_level && c.note ? "escalate" : "edit";
  const bool note_alone = before.empty();
  record_audit(db, {user, "problem", p.id, p.project_id, action, note_alone ? nullptr : before, after,
                    note_alone ? std::nullopt : c.note});
}

void resolve_problem(Database& db, const Problem& p, const std::string& note, const std::string& date,
                     const std::string& user) {
  if (!p.open()) throw rejected(trf("problem {} is already resolved (on {})", p.id, *p.resolved_on));
  require_not_before_raised(p, date);
  sql::Statement q(db.sql(), "UPDATE problem SET status = 'resolved', resolved_on = ?, resolution = ? WHERE id = ?");
  q.bind(1, date);
  q.bind(2, note);
  q.bind(3, p.id);
  q.run();
  add_entry(db, p.id, date, "resolve", note, std::nullopt, std::nullopt, std::nullopt, user);
  record_audit(db, {user, "problem", p.id, p.project_id, "resolve", {{"status", "open"}},
                    {{"status", "resolved"}, {"resolved_on", date}, {"resolution", note}}, std::nullopt});
}

void reopen_problem(Database& db, const Problem& p, const std::string& reason, const std::string& date,
                    const std::string& user) {
  if (p.open()) throw rejected(trf("problem {} is open; only a resolved problem can be reopened", p.id));
  if (date < *p.resolved_on)
    throw rejected(trf("--date {} is before problem {} was resolved ({})", date, p.id, *p.resolved_on));
  sql::Statement q(db.sql(), "UPDATE problem SET status = 'open', resolved_on = NULL, resolution = NULL WHERE id = ?");
  q.bind(1, p.id);
  q.run();
  add_entry(db, p.id, date, "reopen", reason, std::nullopt, std::nullopt, std::nullopt, user);
  record_audit(db, {user, "problem", p.id, p.project_id, "reopen",
                    {{"status", "resolved"}, {"resolved_on", *p.resolved_on}, {"resolution", opt(p.resolution)}},
                    {{"status", "open"}, {"reopened_on", date}}, reason});
}

std::vector<ProblemEntry> problem_entries(Database& db, std::int64_t problem_id) {
  sql::Statement q(db.sql(),
                   "SELECT e.entered_on, e.kind, e.note, e.level, e.due, o.name, e.author FROM problem_entry e "
                   "LEFT JOIN owner o ON o.id = e.owner_id WHERE e.problem_id = ? ORDER BY e.id");
  q.bind(1, problem_id);
  std::vector<ProblemEntry> out;
  while (q.step()) {
    ProblemEntry e;
    e.entered_on = q.string(0);
    e.kind = q.string(1);
    e.note = q.optional_string(2);
    if (auto l = q.optional_string(3)) e.level = stored_level(*l);
    e.due = q.optional_string(4);
    e.unit = q.optional_string(5);
    e.author = q.string(6);
    out.push_back(std::move(e));
  }
  return out;
}

void for_each_problem(Database& db, const ProblemFilter& f, const std::function<void(const Problem&)>& fn) {
  // kSelect's columns, read from the problems as they stood then.
  std::string sql =
      "SELECT pr.id, pr.project_id, p.code, pr.text, u.name, pr.level, pr.raised_on, pr.due, pr.resolved_on, "
      "pr.resolution FROM " + problems_then_sql() + " pr JOIN project p ON p.id = pr.project_id "
      "LEFT JOIN owner u ON u.id = pr.owner_id "
      "JOIN region r ON r.id = p.region_id LEFT JOIN program pg ON pg.id = p.program_id "
      "WHERE " + filter_condition(f.portfolio) + " ";
  if (f.status == ProblemStatus::Open) sql += "AND pr.resolved_on IS NULL ";
  if (f.status == ProblemStatus::Overdue) sql += "AND pr.resolved_on IS NULL AND pr.due < :as_of ";
  sql += "ORDER BY p.code, pr.raised_on, pr.id";
  sql::Statement q(db.sql(), sql);
  bind_filter(q, f.portfolio);
  while (q.step()) fn(read_problem(q));
}

void for_each_problem_by_id(Database& db, const std::function<void(const Problem&)>& fn) {
  sql::Statement q(db.sql(), std::string(kSelect) + "ORDER BY pr.id");
  while (q.step()) fn(read_problem(q));
}

}  // namespace keyproj
