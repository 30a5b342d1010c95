#include "store/year_report.h"

#include "store/as_of.h"
#include "store/sql/statement.h"

namespace keyproj {

void for_each_year_project(Database& db, int year, ReportBy by, const PortfolioFilter& filter, Date as_of,
                           const std::function<void(const ReportGroup&, const YearProject&)>& fn) {
  const auto [id, value, order] = grouping_sql(by);
  const std::string stage = stage_then_sql();
  sql::Statement q(
      db.sql(),
      "SELECT coalesce(CAST(" + id + " AS text), ''), " + value + ", r.name_zh, r.name_en, a.class, a.investment_yuan, "
      "  (SELECT coalesce(sum(u.invested_yuan), 0) FROM " + year_reports_then_sql() + "), "
      "  " + started_then_sql() + ", " + due_to_start_then_sql() + ", "
      "  " + stage + " = 'completed' OR " + stage + " = 'operating' "
      "FROM annual_plan a "
      "JOIN project p ON p.id = a.project_id "
      "JOIN region r ON r.id = p.region_id "
      "LEFT JOIN owner o ON o.id = p.owner_id "
      "LEFT JOIN leader ld ON ld.id = p.leader_id "
      "LEFT JOIN program pg ON pg.id = p.program_id "
      "WHERE a.year = :year AND " + filter_condition(filter) +
      "ORDER BY " + order + ", p.code");
  bind_filter(q, filter);
  q.bind(":as_of", as_of.iso());  // the report's date, whatever the filter was given
  q.bind(":year", year);
  q.bind(":year_first", std::to_string(year) + "-01-01");
  q.bind(":year_last", std::to_string(year) + "-12-31");
  while (q.step()) {
    const ReportGroup group = read_report_group(q, by);
    YearProject p;
    p.plan_class = parse_plan_class(q.string(4), "class");
    p.plan_yuan = q.optional_int64(5);
    p.completed_yuan = q.int64(6);
    p.started = q.integer(7) != 0;
    p.due_to_start = q.integer(8) != 0;
    p.finished = q.integer(9) != 0;
    fn(group, p);
  }
}

}  // namespace keyproj
