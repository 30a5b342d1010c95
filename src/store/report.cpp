#include "store/report.h"

#include <SQLiteCpp/Statement.h>

#include "store/bind.h"
#include "util/error.h"

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
    {ReportBy::Stage, "stage", "p.stage", "p.stage", ""},
    {ReportBy::Category, "category", "p.category", "p.category", "p.category IS NULL, p.category"},
};

const Grouping& grouping(ReportBy by) {
  for (const auto& g : kGroupings)
    if (g.by == by) return g;
  return kGroupings[0];
}

// The stages in the order of a project's life (domain/stage.h).
std::string stage_order() {
  std::string sql = "CASE p.stage";
  for (std::size_t i = 0; i < kStages.size(); ++i)
    sql += " WHEN '" + std::string(stage_name(kStages[i])) + "' THEN " + std::to_string(i);
  return sql + " END";
}

}  // namespace

ReportBy parse_report_by(std::string_view text) {
  for (const auto& g : kGroupings)
    if (g.name == text) return g.by;
  throw usage_error("by '" + std::string(text) + "' is not known; use region, program, owner, stage or category");
}

std::string_view report_by_name(ReportBy by) { return grouping(by).name; }

void for_each_report_project(
    Database& db, ReportBy by, const PortfolioFilter& filter, Date as_of,
    const std::function<void(const ReportGroup&, const Project&, std::int64_t)>& fn) {
  const Grouping& g = grouping(by);
  const std::string order = *g.order ? g.order : stage_order();
  SQLite::Statement q(
      db.sql(),
      std::string("SELECT ifnull(") + g.id + ", ''), " + g.value + ", r.name_zh, r.name_en, "
      "  p.code, p.stage, p.budget_yuan, "
      "  (SELECT ifnull(sum(u.invested_yuan), 0) FROM progress_update u WHERE u.project_id = p.id), "
      "  p.planned_start, p.planned_finish, p.entered_on, "
      "  (SELECT max(u.reported_on) FROM progress_update u WHERE u.project_id = p.id), "
      "  (SELECT min(m.due) FROM milestone m WHERE m.project_id = p.id AND m.done_on IS NULL), "
      "  (SELECT count(*) FROM milestone m WHERE m.project_id = p.id AND m.done_on IS NULL "
      "     AND m.due < :as_of AND p.stage <> '" + std::string(stage_name(Stage::Cancelled)) + "') "
      "FROM project p "
      "JOIN region r ON r.id = p.region_id "
      "LEFT JOIN owner o ON o.id = p.owner_id "
      "LEFT JOIN program pg ON pg.id = p.program_id "
      "WHERE " + filter_condition(filter) +
      "ORDER BY " + order + ", p.code");
  q.bind(":as_of", as_of.iso());
  bind_filter(q, filter);
  while (q.executeStep()) {
    ReportGroup group;
    group.id = q.getColumn(0).getString();
    group.value = column_text(q, 1);
    if (by == ReportBy::Region) {
      group.name_zh = column_text(q, 2);
      group.name_en = column_text(q, 3);
    }
    Project p;
    p.code = q.getColumn(4).getString();
    p.stage = column_stage(q, 5);
    p.budget_yuan = column_int64(q, 6);
    p.invested_yuan = q.getColumn(7).getInt64();
    p.planned_start = column_text(q, 8);
    p.planned_finish = column_text(q, 9);
    p.created_on = q.getColumn(10).getString();
    p.last_update = column_text(q, 11);
    p.earliest_open_due = column_text(q, 12);
    fn(group, p, q.getColumn(13).getInt64());
  }
}

}  // namespace keyproj
