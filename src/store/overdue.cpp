#include "store/overdue.h"

#include "store/sql/statement.h"

#include <algorithm>
#include <vector>

#include "domain/stage.h"
#include "store/as_of.h"
#include "store/dialect_sql.h"
#include "store/stage_column.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

constexpr const char* kJoins =
    "JOIN region r ON r.id = p.region_id "
    "LEFT JOIN owner o ON o.id = p.owner_id "
    "LEFT JOIN leader ld ON ld.id = p.leader_id "
    "LEFT JOIN program pg ON pg.id = p.program_id ";

// The last due date that is late and at least min_days late (at least one day, so before the
// as-of date), computed once, in C++: a row's days late is the as-of date minus its due date,
// so `due <= this` is `due < as_of AND days >= min_days` without date arithmetic per row, and
// as one bound it ends the index range (a range with two upper bounds kept only one and
// checked the other on every entry).
constexpr const char* kLatestDue = ":latest_due";

// `days` before `day`, as ISO text; before year 0 (no stored date is), the empty text, which
// every date follows: no row is that late.
std::string days_before(const Date& day, std::int64_t days) {
  static const std::int64_t first_day = *iso_days("0000-01-01");
  const std::int64_t n = day.days() - days;
  return n < first_day ? std::string() : Date::from_days(n).iso();
}

// Every row's days late is the as-of date minus its due date (for a stale row too: its due date
// is `since` plus stale_days, and it is that many days late). So "most days late first" is
// "earliest due date first" (ISO dates sort as text), which the milestone branch reads in that
// order from milestone_open_due: SQLite then sorts only the rows of one due date by code,
// instead of every late milestone. The columns: kind_rank, code, name, region, owner, leader's
// name, title and phone, milestone, due, item; days late are counted in C++ from due.
//
// Milestones as of the as-of date (store/as_of.h) come in two disjoint parts: those open now
// and not moved since, whose stored due date is their due date then, read from
// milestone_open_due as before; and the few done or moved after the as-of date (none as of
// today), each with its done state and due date of then. A deleted milestone is in neither
// (migration 0013): the first part's two IS NULL terms are the index's own. One condition over
// all milestones ("open then" or "due then") would be no range of that partial index, and read
// every one.
std::string overdue_sql(const OverdueQuery& q, sql::Dialect dialect) {
  const std::string where = filter_condition(q.filter);
  const std::string stage = stage_then_sql();
  std::vector<std::string> parts;
  if (q.milestones || q.approvals) {
    // The open milestones of a completed, operating or cancelled project are not late. An
    // approval node is a milestone of its own kind, ranked 5.
    const std::string kind = q.milestones && q.approvals ? ""
                             : q.milestones         ? "m.kind = 'milestone' AND "
                                                    : "m.kind = 'approval' AND ";
    const std::string project_late =
        "  AND " + stage + " NOT IN (" + stage_list(is_finished) + ") AND " + kind + where;
    const std::string rank = "CASE m.kind WHEN 'approval' THEN 5 ELSE 0 END AS kind_rank";
    parts.push_back(
        "SELECT " + rank + ", p.code AS code, p.name_zh, r.code AS region, o.name, ld.name, ld.title, ld.phone, m.title, m.due AS due, m.id AS item, NULL, NULL "
        "FROM milestone m JOIN project p ON p.id = m.project_id " + std::string(kJoins) +
        "WHERE m.done_on IS NULL AND m.deleted_on IS NULL AND m.due <= " + kLatestDue +
        "  AND NOT " + moved_after_sql() + project_late);
    parts.push_back(
        "SELECT " + rank + ", p.code AS code, p.name_zh, r.code AS region, o.name, ld.name, ld.title, ld.phone, m.title, m.due_then AS due, m.id AS item, NULL, NULL "
        "FROM (SELECT m.id, m.project_id, m.title, m.kind, " + due_then_sql() + " AS due_then FROM milestone m "
        "      WHERE m.id IN (" + milestones_changed_after_sql() + ") AND " + live_milestone_sql() + " AND " +
        open_then_sql() + ") m "
        "JOIN project p ON p.id = m.project_id " + kJoins +
        "WHERE m.due_then <= " + kLatestDue + project_late);
  }
  if (q.projects) {
    parts.push_back(
        "SELECT 1 AS kind_rank, p.code AS code, p.name_zh, r.code AS region, o.name, ld.name, ld.title, ld.phone, NULL, p.planned_finish AS due, "
        "  p.id AS item, NULL, NULL "
        "FROM project p " + std::string(kJoins) +
        "WHERE p.planned_finish <= " + kLatestDue +
        "  AND " + stage + " NOT IN (" + stage_list(is_finished) + ") AND " + where);
  }
  if (q.stale) {
    // `since`: the last report by the as-of date, else the day the project entered the
    // database. As of a day before it entered, a project that had not reported owes no report
    // yet (its days are negative): it is not stale, though it counts in every other figure.
    // Its due date is `since` plus stale_days; late enough when that is on or before
    // :latest_due, which is `since` on or before :latest_since (both computed in C++).
    parts.push_back(
        "SELECT 2 AS kind_rank, p.code AS code, p.name_zh, r.code AS region, o.name, ld.name, ld.title, ld.phone, NULL, " +
        dialect_sql::plus_days(dialect, "p.since", ":stale_days") + " AS due, p.id AS item, NULL, NULL "
        "FROM (SELECT p.*, coalesce((SELECT max(u.reported_on) FROM " + reports_then_sql() + "), "
        "                           p.entered_on) AS since "
        "      FROM project p WHERE " + stage + " IN (" + stage_list(is_active) + ")) p " + kJoins +
        "WHERE p.since <= :latest_since AND " + where);
  }
  if (q.starts) {
    // The new starts of the as-of year's list (the list a bulletin of that date reports on).
    parts.push_back(
        "SELECT 3 AS kind_rank, p.code AS code, p.name_zh, r.code AS region, o.name, ld.name, ld.title, ld.phone, NULL, a.due AS due, p.id AS item, NULL, NULL "
        "FROM (SELECT a.project_id, " + start_due_sql() + " AS due FROM annual_plan a "
        "      WHERE a.year = :plan_year AND " + due_to_start_then_sql() + ") a "
        "JOIN project p ON p.id = a.project_id " + kJoins +
        "WHERE a.due <= " + kLatestDue + " AND NOT " + started_then_sql() +
        "  AND " + stage + " <> '" + std::string(stage_name(Stage::Cancelled)) + "' AND " + where);
  }
  if (q.problems) {
    // Open on the as-of date, with the deadline, unit and level of then: raised by then and not
    // resolved by then. A cancelled project's problems are no longer chased.
    parts.push_back(
        "SELECT 4 AS kind_rank, p.code AS code, p.name_zh, r.code AS region, o.name, ld.name, ld.title, ld.phone, pr.text, pr.due AS due, "
        "  pr.id AS item, "
        "  u.name, pr.level "
        "FROM " + problems_then_sql() + " pr JOIN project p ON p.id = pr.project_id " + kJoins +
        "LEFT JOIN owner u ON u.id = pr.owner_id "
        "WHERE pr.due <= " + kLatestDue + " AND pr.resolved_on IS NULL "
        "  AND " + stage + " <> '" + std::string(stage_name(Stage::Cancelled)) + "' AND " + where);
  }
  std::string sql;
  for (const auto& part : parts) sql += (sql.empty() ? "" : "UNION ALL ") + part;
  return sql + "ORDER BY due, code, kind_rank, item";
}

void bind_query(sql::Statement& s, const OverdueQuery& q) {
  // A parameter used by no branch must not be bound: SQLite would report an unknown name.
  auto bind_if = [&](const char* name, auto&& bind) {
    if (s.parameter(name) > 0) bind();
  };
  bind_filter(s, q.filter);
  s.bind(":as_of", q.as_of.iso());  // the list's date, whatever the filter was given
  const std::int64_t late_by = std::max<std::int64_t>(q.min_days, 1);
  bind_if(":latest_due", [&] { s.bind(":latest_due", days_before(q.as_of, late_by)); });
  bind_if(":latest_since", [&] { s.bind(":latest_since", days_before(q.as_of, late_by + q.stale_days)); });
  bind_if(":stale_days", [&] { s.bind(":stale_days", static_cast<std::int64_t>(q.stale_days)); });
  bind_if(":plan_year", [&] { s.bind(":plan_year", q.as_of.year()); });
}

}  // namespace

std::string_view overdue_kind_name(OverdueKind k) {
  switch (k) {
    case OverdueKind::Project: return "project";
    case OverdueKind::Stale: return "stale";
    case OverdueKind::Start: return "start";
    case OverdueKind::Problem: return "problem";
    case OverdueKind::Approval: return "approval";
    case OverdueKind::Milestone: break;
  }
  return "milestone";
}

std::string_view overdue_kind_name_zh(OverdueKind k) {
  switch (k) {
    case OverdueKind::Project: return "项目逾期";
    case OverdueKind::Stale: return "未按期调度";
    case OverdueKind::Start: return "未按期开工";
    case OverdueKind::Problem: return "问题逾期";
    case OverdueKind::Approval: return "审批逾期";
    case OverdueKind::Milestone: break;
  }
  return "里程碑逾期";
}

OverdueKind parse_overdue_kind(std::string_view text) {
  for (OverdueKind k :
       {OverdueKind::Milestone, OverdueKind::Project, OverdueKind::Stale, OverdueKind::Start, OverdueKind::Problem,
        OverdueKind::Approval})
    if (text == overdue_kind_name(k)) return k;
  throw usage_error(
      trf("kind {} is not known; use milestone, approval, project, stale, start or problem", quote(text)));
}

namespace {

// Column `i` into `out`, reusing its buffer: no string is made per column per row.
void read_text(sql::Statement& s, int i, std::string& out) {
  out.assign(s.text(i));
}

void read_text(sql::Statement& s, int i, Text& out) {
  if (s.is_null(i)) {
    out.reset();
    return;
  }
  if (!out) out.emplace();
  out->assign(s.text(i));
}

}  // namespace

void for_each_overdue(Database& db, const OverdueQuery& q, const std::function<void(const OverdueRow&)>& fn) {
  if (!q.milestones && !q.approvals && !q.projects && !q.stale && !q.starts && !q.problems) return;
  sql::Statement s(db.sql(), overdue_sql(q, db.sql().dialect()));
  bind_query(s, q);
  const std::int64_t as_of = q.as_of.days();
  OverdueRow row;  // one row, refilled: its strings keep their buffers from row to row
  while (s.step()) {
    const auto rank = s.integer(0);
    row.kind = rank == 0   ? OverdueKind::Milestone
               : rank == 1 ? OverdueKind::Project
               : rank == 2 ? OverdueKind::Stale
               : rank == 3 ? OverdueKind::Start
               : rank == 4 ? OverdueKind::Problem
                           : OverdueKind::Approval;
    read_text(s, 1, row.project_code);
    read_text(s, 2, row.project_name);
    read_text(s, 3, row.region);
    read_text(s, 4, row.owner);
    read_text(s, 5, row.leader);
    read_text(s, 6, row.leader_title);
    read_text(s, 7, row.leader_phone);
    read_text(s, 8, row.milestone);
    read_text(s, 9, row.due);
    read_text(s, 11, row.unit);
    read_text(s, 12, row.level);
    const auto due = iso_days(row.due);
    if (!due)
      throw database_error(trf("overdue row of '{}' has due date '{}', not a date", row.project_code, row.due));
    row.days_late = as_of - *due;
    fn(row);
  }
}

std::string overdue_query_plan(Database& db, const OverdueQuery& q) {
  if (!q.milestones && !q.approvals && !q.projects && !q.stale && !q.starts && !q.problems) return {};
  // SQLite's plan is a row per step with its text in column 3; PostgreSQL's a line per row.
  const sql::Dialect dialect = db.sql().dialect();
  const bool sqlite = dialect == sql::Dialect::Sqlite;
  sql::Statement s(db.sql(), (sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + overdue_sql(q, dialect));
  bind_query(s, q);
  std::string plan;
  while (s.step()) plan += s.string(sqlite ? 3 : 0) + "\n";
  return plan;
}

}  // namespace keyproj
