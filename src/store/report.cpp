#include "store/report.h"

#include "store/sql/statement.h"
#include "store/as_of.h"
#include "store/stage_column.h"

#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

struct Grouping {
  ReportBy by;
  std::string_view name;
  const char* id;     // SQL: the group's identity
  const char* value;  // SQL: the value shown
  const char* order;  // SQL: the order of groups, no-value last; empty for the stages' order
};

constexpr Grouping kGroupings[] = {
    {ReportBy::Region, "region", "r.code", "r.code", "r.code"},
    {ReportBy::Program, "program", "pg.id", "pg.name", "pg.name IS NULL, pg.name, pg.id"},
    {ReportBy::Owner, "owner", "o.id", "o.name", "o.name IS NULL, o.name"},
    // Two leaders may share a name: a group is one leader, shown with the post.
    {ReportBy::Leader, "leader", "ld.id", "ld.name || '（' || ld.title || '）'", "ld.id IS NULL, ld.name, ld.id"},
    {ReportBy::Stage, "stage", "", "", ""},  // the stage then (store/as_of.h)
    {ReportBy::Category, "category", "p.category", "p.category", "p.category IS NULL, p.category"},
    {ReportBy::County, "county", "p.county", "p.county", "p.county IS NULL, p.county"},
    // The classes in the order a bulletin lists them (domain/annual_plan.h).
    {ReportBy::Class, "class", "a.class", "a.class",
     "CASE a.class WHEN 'new' THEN 0 WHEN 'continuing' THEN 1 WHEN 'completing' THEN 2 ELSE 3 END"},
};

const Grouping& grouping(ReportBy by) {
  for (const auto& g : kGroupings)
    if (g.by == by) return g;
  return kGroupings[0];
}

// The stages in the order of a project's life (domain/stage.h).
std::string stage_order() {
  std::string sql = "CASE " + stage_then_sql();
  for (std::size_t i = 0; i < kStages.size(); ++i)
    sql += " WHEN '" + std::string(stage_name(kStages[i])) + "' THEN " + std::to_string(i);
  return sql + " END";
}

}  // namespace

ReportBy parse_report_by(std::string_view text, bool year) {
  for (const auto& g : kGroupings)
    if (g.name == text && (year || (g.by != ReportBy::County && g.by != ReportBy::Class))) return g.by;
  if (year)
    throw usage_error(
        trf("by {} is not known; use region, county, class, category, owner, leader, program or stage", quote(text)));
  throw usage_error(trf("by {} is not known; use region, program, owner, leader, stage or category", quote(text)));
}

ReportGroup read_report_group(sql::Statement& q, ReportBy by) {
  ReportGroup group;
  group.id = q.string(0);
  group.value = q.optional_string(1);
  if (by == ReportBy::Region) {
    group.name_zh = q.optional_string(2);
    group.name_en = q.optional_string(3);
  }
  return group;
}

GroupingSql grouping_sql(ReportBy by) {
  const Grouping& g = grouping(by);
  const std::string stage = stage_then_sql();
  return {*g.id ? g.id : stage, *g.value ? g.value : stage, *g.order ? g.order : stage_order()};
}

std::string_view report_by_name(ReportBy by) { return grouping(by).name; }

std::string report_figures_sql() {
  const std::string stage = stage_then_sql();
  // The problems open on the as-of date (raised by then, not resolved by then), with their
  // deadlines of then.
  const std::string problems_then = problems_then_sql();
  // The milestones of a completed, operating or cancelled project are never late (as for the
  // overdue list).
  return "p.code, " + stage + ", p.budget_yuan, "
         "  (SELECT coalesce(sum(u.invested_yuan), 0) FROM " + reports_then_sql() + "), "
         "  p.planned_start, p.planned_finish, p.entered_on, "
         "  (SELECT max(u.reported_on) FROM " + reports_then_sql() + "), "
         "  (SELECT min(" + due_then_sql() + ") FROM milestone m "
         "    WHERE m.project_id = p.id AND " + live_milestone_sql() + " AND " + open_then_sql() + "), "
         "  (SELECT count(*) FROM milestone m "
         "    WHERE m.project_id = p.id AND " + live_milestone_sql() + " AND " + open_then_sql() +
         "     AND " + due_then_sql() + " < :as_of) * CASE WHEN " + stage + " NOT IN (" + stage_list(is_finished) +
         ") THEN 1 ELSE 0 END, " +
         "  (SELECT count(*) FROM " + problems_then + " pr WHERE pr.project_id = p.id AND pr.resolved_on IS NULL), "
         "  (SELECT count(*) FROM " + problems_then + " pr WHERE pr.project_id = p.id AND pr.resolved_on IS NULL "
         "     AND pr.due < :as_of) * CASE WHEN " + stage + " <> '" + std::string(stage_name(Stage::Cancelled)) +
         "' THEN 1 ELSE 0 END, " +
         year_plan_columns_sql();
}

ReportFigures read_report_figures(sql::Statement& q, int first) {
  ReportFigures f;
  Project& p = f.project;
  p.code = q.string(first);
  p.stage = column_stage(q, first + 1);
  p.budget_yuan = q.optional_int64(first + 2);
  p.invested_yuan = q.int64(first + 3);
  p.planned_start = q.optional_string(first + 4);
  p.planned_finish = q.optional_string(first + 5);
  p.created_on = q.string(first + 6);
  p.last_update = q.optional_string(first + 7);
  p.earliest_open_due = q.optional_string(first + 8);
  f.overdue_milestones = q.int64(first + 9);
  f.problems = ProblemCounts{q.int64(first + 10), q.int64(first + 11)};
  p.year_plan = read_year_plan(q, first + 12);
  return f;
}

void for_each_report_project(
    Database& db, ReportBy by, const PortfolioFilter& filter, Date as_of,
    const std::function<void(const ReportGroup&, const Project&, std::int64_t, ProblemCounts)>& fn) {
  const auto [id, value, order] = grouping_sql(by);
  sql::Statement q(db.sql(),
                   "SELECT coalesce(CAST(" + id + " AS text), ''), " + value + ", r.name_zh, r.name_en, " + report_figures_sql() +
                   "FROM project p " + portfolio_joins_sql() + year_plan_join_sql() +
                   "WHERE " + filter_condition(filter) +
                   "ORDER BY " + order + ", p.code");
  bind_filter(q, filter);
  q.bind(":as_of", as_of.iso());  // the report's date, whatever the filter was given
  while (q.step()) {
    const ReportGroup group = read_report_group(q, by);
    const ReportFigures f = read_report_figures(q, 4);
    fn(group, f.project, f.overdue_milestones, f.problems);
  }
}

}  // namespace keyproj
