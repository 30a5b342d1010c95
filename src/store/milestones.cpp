#include "store/milestones.h"

#include "store/sql/statement.h"

#include "store/as_of.h"
#include "store/audit.h"
#include "store/stage_column.h"

namespace keyproj {
namespace {

constexpr const char* kSelect =
    "SELECT m.id, m.project_id, p.code, m.title, m.baseline_due, m.due, m.done_on, m.kind, m.marks_start, m.deleted_on "
    "FROM milestone m JOIN project p ON p.id = m.project_id ";


nlohmann::ordered_json opt(const Text& t) { return t ? nlohmann::ordered_json(*t) : nullptr; }

}  // namespace

Milestone read_milestone(sql::Statement& q, bool with_deleted) {
  // Both forms read the kind and the start mark in columns 7 and 8.
  Milestone m;
  m.id = q.int64(0);
  m.project_id = q.int64(1);
  m.project_code = q.string(2);
  m.title = q.string(3);
  m.baseline_due = q.optional_string(4);
  m.due = q.optional_string(5);
  m.done_on = q.optional_string(6);
  m.kind = q.text(7) == "approval" ? MilestoneKind::Approval : MilestoneKind::Milestone;
  m.marks_start = q.integer(8) != 0;
  if (with_deleted) m.deleted_on = q.optional_string(9);
  return m;
}

std::int64_t add_milestone(Database& db, const Project& project, const std::string& title, const Text& due,
                           const std::string& created_on, const std::string& user,
                           std::optional<std::int64_t> id_given, MilestoneKind kind, bool marks_start) {
  // A NULL id is SQLite's next one.
  sql::Statement q(db.sql(),
                   "INSERT INTO milestone (id, project_id, title, baseline_due, due, created_at, kind, marks_start) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, id_given);
  q.bind(2, static_cast<int64_t>(project.id));
  q.bind(3, title);
  q.bind(4, due);
  q.bind(5, due);
  q.bind(6, created_on);
  q.bind(7, std::string(milestone_kind_name(kind)));
  q.bind(8, static_cast<std::int64_t>(marks_start));
  q.run();
  const std::int64_t id = db.sql().last_insert_id();
  nlohmann::ordered_json after{{"title", title}, {"baseline_due", opt(due)}, {"due", opt(due)}};
  // A plain milestone's record stays as it always was; an approval node says what it is.
  if (kind == MilestoneKind::Approval) after["kind"] = milestone_kind_name(kind);
  if (marks_start) after["marks_start"] = true;
  record_audit(db, {user, "milestone", id, project.id, "create", nullptr, after, std::nullopt});
  return id;
}

std::optional<Milestone> find_milestone(Database& db, std::int64_t id) {
  sql::Statement q(db.sql(), std::string(kSelect) + "WHERE m.id = ?");
  q.bind(1, static_cast<int64_t>(id));
  if (!q.step()) return std::nullopt;
  return read_milestone(q);
}

std::optional<Milestone> open_start_node(Database& db, std::int64_t project_id) {
  // Cached: an import asks it at every report that starts a project.
  static const std::string sql = std::string(kSelect) +
                                 "WHERE m.project_id = ? AND m.marks_start = 1 AND m.done_on IS NULL AND "
                                 "m.deleted_on IS NULL ORDER BY m.id LIMIT 1";
  sql::Statement& q = db.cached(sql);
  q.bind(1, static_cast<int64_t>(project_id));
  if (!q.step()) return std::nullopt;
  Milestone m = read_milestone(q);
  q.reset();  // the milestone is marked done next: no read is left open on its table
  return m;
}

void mark_milestone_done(Database& db, const Milestone& m, const std::string& date, const std::string& user) {
  sql::Statement q(db.sql(), "UPDATE milestone SET done_on = ? WHERE id = ?");
  q.bind(1, date);
  q.bind(2, static_cast<int64_t>(m.id));
  q.run();
  record_audit(db, {user, "milestone", m.id, m.project_id, "done", {{"done_on", opt(m.done_on)}},
                    {{"done_on", date}}, std::nullopt});
}

void move_milestone(Database& db, const Milestone& m, const std::string& due, const std::string& reason,
                    const std::string& moved_on, const std::string& user) {
  // A milestone entered without a baseline gets the date it was due before its first move.
  sql::Statement q(db.sql(), "UPDATE milestone SET due = ?, baseline_due = coalesce(baseline_due, due) WHERE id = ?");
  q.bind(1, due);
  q.bind(2, static_cast<int64_t>(m.id));
  q.run();
  sql::Statement move(db.sql(),
                      "INSERT INTO milestone_move (milestone_id, from_due, to_due, reason, moved_at, author) "
                      "VALUES (?, ?, ?, ?, ?, ?)");
  move.bind(1, static_cast<int64_t>(m.id));
  move.bind(2, m.due);
  move.bind(3, due);
  move.bind(4, reason);
  move.bind(5, moved_on);
  move.bind(6, user);
  move.run();
  nlohmann::ordered_json before{{"due", opt(m.due)}};
  nlohmann::ordered_json after{{"due", due}};
  if (!m.baseline_due && m.due) {
    before["baseline_due"] = nullptr;
    after["baseline_due"] = *m.due;
  }
  record_audit(db, {user, "milestone", m.id, m.project_id, "move", before, after, reason});
}

std::vector<MilestoneMove> milestone_moves(Database& db, std::int64_t milestone_id) {
  sql::Statement q(db.sql(),
                   "SELECT id, from_due, to_due, reason, moved_at, author FROM milestone_move "
                   "WHERE milestone_id = ? ORDER BY id");
  q.bind(1, static_cast<int64_t>(milestone_id));
  std::vector<MilestoneMove> out;
  while (q.step())
    out.push_back({q.int64(0), q.optional_string(1), q.string(2),
                   q.string(3), q.string(4), q.string(5)});
  return out;
}

void for_each_milestone(Database& db, const MilestoneFilter& f, const std::function<void(const Milestone&)>& fn) {
  std::string sql = "SELECT m.id, m.project_id, p.code, m.title, m.baseline_due, " + due_then_sql() + " AS due_then, " +
                    done_then_sql() + ", m.kind, m.marks_start, " + stage_then_sql() + " IN (" + stage_list(is_finished) + ") ";
  // deleted_on is not read: a column more in every row SQLite sorts cost `milestone list` of
  // 5,000 milestones (bench/gen S) 74M instructions instead of 65M.
  sql += "FROM milestone m JOIN project p ON p.id = m.project_id ";
  sql += f.project_id ? "WHERE m.project_id = :project " : "WHERE " + in_portfolio_then_sql() + " ";
  sql += "AND " + live_milestone_sql() + " ";
  if (f.open_only) sql += "AND " + open_then_sql() + " ";
  if (f.kind) sql += "AND m.kind = :kind ";
  // NULLS LAST by name: PostgreSQL orders by an output column only as a bare name.
  sql += "ORDER BY p.code, due_then NULLS LAST, m.id";
  sql::Statement q(db.sql(), sql);
  if (f.project_id) q.bind(":project", static_cast<int64_t>(*f.project_id));
  if (f.kind) q.bind(":kind", std::string(milestone_kind_name(*f.kind)));
  bind_as_of(q, f.as_of);
  while (q.step()) {
    Milestone m = read_milestone(q, false);
    m.project_finished = q.integer(9) != 0;
    fn(m);
  }
}

void for_each_milestone_by_id(Database& db, const std::function<void(const Milestone&)>& fn) {
  sql::Statement q(db.sql(), std::string(kSelect) + "WHERE " + live_milestone_sql() + " ORDER BY m.id");
  while (q.step()) fn(read_milestone(q));
}

void for_each_calendar_milestone(Database& db, const PortfolioFilter& filter, std::optional<MilestoneKind> kind,
                                 const std::function<void(const Milestone&)>& fn) {
  std::string sql = "SELECT m.id, m.project_id, p.code, m.title, m.baseline_due, " + due_then_sql() + ", " +
                    done_then_sql() + ", m.kind, m.marks_start, m.deleted_on "
                    "FROM milestone m JOIN project p ON p.id = m.project_id "
                    "JOIN region r ON r.id = p.region_id LEFT JOIN program pg ON pg.id = p.program_id "
                    "WHERE " + filter_condition(filter) + " ";
  if (kind) sql += "AND m.kind = :kind ";
  sql += "ORDER BY p.code, m.id";
  sql::Statement q(db.sql(), sql);
  bind_filter(q, filter);
  if (kind) q.bind(":kind", std::string(milestone_kind_name(*kind)));
  while (q.step()) fn(read_milestone(q));
}

}  // namespace keyproj
