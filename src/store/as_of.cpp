#include "store/as_of.h"

namespace keyproj {
namespace {

// A move is dated by its day (moved_at, changed_on hold the as-of date of the command that
// made it), so "after the date" is a comparison of ISO days. The moves of one milestone (the
// changes of one project) follow each other: each starts where the one before ended, so the
// state before the first move after a date is the state on that date.

// Whether anything of a kind changed after :as_of: an uncorrelated subquery, run once per
// statement, so that as of today each row pays one test of a stored answer and no look-up.
std::string any_sql(const std::string& table, const std::string& day) {
  return "(SELECT EXISTS (SELECT 1 FROM " + table + " x WHERE x." + day + " > :as_of))";
}

}  // namespace

std::string stage_then_sql(const std::string& p) {
  return "(CASE WHEN " + any_sql("stage_change", "changed_on") + " AND " + p +
         ".id IN (SELECT sc.project_id FROM stage_change sc WHERE sc.changed_on > :as_of) "
         "THEN (SELECT sc.from_stage FROM stage_change sc WHERE sc.project_id = " + p + ".id "
         "      AND sc.changed_on > :as_of ORDER BY sc.changed_on, sc.id LIMIT 1) "
         "ELSE " + p + ".stage END)";
}

std::string started_then_sql(const std::string& p) {
  // Never NULL (a NULL start compared is unknown, and NOT unknown would drop the row). The stage
  // then appears once, in an IN list: compared with each stage in turn it was three copies to
  // parse and plan in every statement that asks this.
  return "(CASE WHEN " + p + ".started_on IS NOT NULL THEN " + p + ".started_on <= :as_of ELSE " + stage_then_sql(p) +
         " IN ('building', 'completed', 'operating') END)";
}

std::string year_plan_join_sql(const std::string& p) {
  return "LEFT JOIN annual_plan ap ON ap.project_id = " + p + ".id AND ap.year = CAST(substr(:as_of, 1, 4) AS integer) ";
}

std::string year_plan_columns_sql(const std::string& p) {
  return "ap.id IS NOT NULL, ap.investment_yuan, "
         "CASE WHEN ap.id IS NOT NULL THEN (SELECT coalesce(sum(u.invested_yuan), 0) FROM " + reports_then_sql(p) +
         "  AND u.reported_on >= substr(:as_of, 1, 4) || '-01-01') END, "
         "CASE WHEN ap.class = 'new' AND ap.planned_start IS NOT NULL AND NOT " + started_then_sql(p) +
         " THEN " + start_due_sql("ap") + " END ";
}

std::optional<YearPlanStanding> read_year_plan(sql::Statement& q, int first) {
  if (q.integer(first) == 0) return std::nullopt;
  YearPlanStanding y;
  y.plan_yuan = q.optional_int64(first + 1);
  y.completed_yuan = q.int64(first + 2);
  y.start_due = q.optional_string(first + 3);
  return y;
}

std::string in_portfolio_then_sql(const std::string& p) {
  return "(" + p + ".retired IS NULL AND (" + p + ".archived_at IS NULL OR " + p + ".archived_at > :as_of))";
}

std::string live_milestone_sql(const std::string& m) { return "(" + m + ".deleted_on IS NULL)"; }

std::string open_then_sql(const std::string& m) {
  return "(" + m + ".done_on IS NULL OR " + m + ".done_on > :as_of)";
}

std::string done_then_sql(const std::string& m) {
  return "(CASE WHEN " + m + ".done_on <= :as_of THEN " + m + ".done_on END)";
}

std::string due_then_sql(const std::string& m) {
  return "(CASE WHEN " + moved_after_sql(m) + " "
         "THEN (SELECT mm.from_due FROM milestone_move mm WHERE mm.milestone_id = " + m + ".id "
         "      AND mm.moved_at > :as_of ORDER BY mm.moved_at, mm.id LIMIT 1) "
         "ELSE " + m + ".due END)";
}

std::string moved_after_sql(const std::string& m) {
  std::string sql = "(";  // appended, not "(" + …: GCC 12 warns falsely (-Wrestrict) on that form
  sql += any_sql("milestone_move", "moved_at");
  sql += " AND " + m + ".id IN (SELECT mm.milestone_id FROM milestone_move mm WHERE mm.moved_at > :as_of))";
  return sql;
}

std::string milestones_changed_after_sql() {
  return "SELECT md.id FROM milestone md WHERE md.done_on > :as_of "
         "UNION SELECT mm.milestone_id FROM milestone_move mm WHERE mm.moved_at > :as_of";
}

namespace {

// The `value` of problem pr's latest entry by :as_of among those `where` (NULL when none), for a
// problem changed after the date; else its `stored` column.
std::string problem_entry_then(const std::string& value, const std::string& where, const std::string& stored) {
  std::string sql = "(CASE WHEN ";
  sql += any_sql("problem_entry", "entered_on");
  sql += " AND pr.id IN (SELECT pe.problem_id FROM problem_entry pe WHERE pe.entered_on > :as_of) "
         "THEN (SELECT " + value + " FROM problem_entry pe WHERE pe.problem_id = pr.id AND " + where +
         " AND pe.entered_on <= :as_of ORDER BY pe.entered_on DESC, pe.id DESC LIMIT 1) ELSE pr." + stored + " END)";
  return sql;
}

}  // namespace

std::string problems_then_sql() {
  const std::string settled = "pe.kind IN ('resolve', 'reopen')";
  return "(SELECT pr.id, pr.project_id, pr.text, pr.raised_on, " +
         problem_entry_then("pe.level", "pe.level IS NOT NULL", "level") + " AS level, " +
         problem_entry_then("pe.due", "pe.due IS NOT NULL", "due") + " AS due, " +
         problem_entry_then("pe.owner_id", "pe.owner_id IS NOT NULL", "owner_id") + " AS owner_id, " +
         problem_entry_then("CASE pe.kind WHEN 'resolve' THEN pe.entered_on END", settled, "resolved_on") +
         " AS resolved_on, " +
         problem_entry_then("CASE pe.kind WHEN 'resolve' THEN pe.note END", settled, "resolution") +
         " AS resolution FROM problem pr WHERE pr.raised_on <= :as_of)";
}

std::string reports_then_sql(const std::string& p) {
  return "report_in_force u WHERE u.project_id = " + p + ".id AND u.reported_on <= :as_of";
}

std::string reports_then_join_sql(const std::string& p) {
  return "report_in_force u ON u.project_id = " + p + ".id AND u.reported_on <= :as_of ";
}

std::string year_reports_then_sql(const std::string& p) {
  return reports_then_sql(p) + " AND u.reported_on BETWEEN :year_first AND :year_last";
}

std::string start_due_sql(const std::string& a) {
  // The last day of planned_start's month, from its ISO text, in SQL both backends read alike.
  const std::string day = a + ".planned_start";
  const std::string year = "CAST(substr(" + day + ", 1, 4) AS integer)";
  return "(substr(" + day + ", 1, 8) || CASE substr(" + day + ", 6, 2) WHEN '02' THEN CASE WHEN (" + year +
         " % 4 = 0 AND " + year + " % 100 <> 0) OR " + year +
         " % 400 = 0 THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' "
         "WHEN '11' THEN '30' ELSE '31' END)";
}

std::string due_to_start_then_sql(const std::string& a) {
  return "(" + a + ".class = 'new' AND " + a + ".planned_start IS NOT NULL AND " + start_due_sql(a) + " <= :as_of)";
}

void bind_as_of(sql::Statement& q, const std::optional<Date>& as_of) {
  // Every stored date is an ISO day of years 0000–9999, so this day follows them all.
  q.bind(":as_of", as_of ? as_of->iso() : std::string("9999-12-31"));
}

}  // namespace keyproj
