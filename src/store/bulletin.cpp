#include "store/bulletin.h"

#include "store/as_of.h"
#include "store/milestones.h"
#include "store/sql/statement.h"

namespace keyproj {

void for_each_bulletin_project(Database& db, const PortfolioFilter& filter,
                               const std::function<void(const BulletinProject&)>& fn) {
  const std::string stage = stage_then_sql();
  // report's columns (store/report.h), then the names a list shows, then the year's entry as
  // `report --year` reads it (store/year_report.cpp).
  sql::Statement q(
      db.sql(),
      "SELECT p.id, " + report_figures_sql() + ", "
      "  p.name_zh, r.code, r.name_zh, r.name_en, p.county, p.category, o.name, ld.name, ld.title, "
      "  ap.class, " + started_then_sql() + ", " + due_to_start_then_sql("ap") + ", "
      "  " + stage + " = 'completed' OR " + stage + " = 'operating' "
      "FROM project p " + portfolio_joins_sql() + year_plan_join_sql() +
      "WHERE " + filter_condition(filter) +
      "ORDER BY r.code, p.code");
  bind_filter(q, filter);
  while (q.step()) {
    BulletinProject b;
    ReportFigures f = read_report_figures(q, 1);
    b.project = std::move(f.project);
    b.late_milestones = f.overdue_milestones;
    b.problems = f.problems;
    Project& p = b.project;
    p.id = q.int64(0);
    p.name_zh = q.string(17);
    p.region = q.string(18);
    p.region_zh = q.optional_string(19).value_or("");
    b.region_en = q.optional_string(20);
    p.county = q.optional_string(21);
    p.category = q.optional_string(22);
    p.owner = q.optional_string(23);
    p.leader = q.optional_string(24);
    p.leader_title = q.optional_string(25);
    if (p.year_plan) {
      YearProject y;
      y.plan_class = parse_plan_class(q.string(26), "class");
      y.plan_yuan = p.year_plan->plan_yuan;
      y.completed_yuan = p.year_plan->completed_yuan;
      y.started = q.integer(27) != 0;
      y.due_to_start = q.integer(28) != 0;
      y.finished = q.integer(29) != 0;
      b.year = y;
    }
    fn(b);
  }
}

std::array<std::int64_t, 12> completed_by_month(Database& db, const PortfolioFilter& filter) {
  sql::Statement q(db.sql(),
                   "SELECT CAST(substr(u.reported_on, 6, 2) AS INTEGER), sum(u.invested_yuan) "
                   "FROM project p " + portfolio_joins_sql() +
                   "JOIN annual_plan ap ON ap.project_id = p.id AND ap.year = CAST(substr(:as_of, 1, 4) AS INTEGER) "
                   "JOIN " + reports_then_join_sql() +
                   "  AND u.reported_on >= substr(:as_of, 1, 4) || '-01-01' "
                   "WHERE " + filter_condition(filter) +
                   "GROUP BY 1 ORDER BY 1");
  bind_filter(q, filter);
  std::array<std::int64_t, 12> months{};
  while (q.step()) {
    const auto m = q.int64(0);
    if (m >= 1 && m <= 12) months[static_cast<std::size_t>(m - 1)] = q.int64(1);
  }
  return months;
}

bool any_problem_raised(Database& db, const Date& as_of) {
  sql::Statement q(db.sql(), "SELECT EXISTS (SELECT 1 FROM problem WHERE raised_on <= ?)");
  q.bind(1, as_of.iso());
  return q.step() && q.integer(0) != 0;
}

void for_each_milestone_due(Database& db, const PortfolioFilter& filter, const Date& first, const Date& last,
                            const std::function<void(const DueMilestone&)>& fn) {
  const std::string due = due_then_sql();
  sql::Statement q(db.sql(),
                   "SELECT m.id, m.project_id, p.code, m.title, m.baseline_due, " + due + ", " + done_then_sql() +
                   ", m.kind, m.marks_start, p.name_zh, o.name, ld.name "
                   "FROM milestone m "
                   "JOIN project p ON p.id = m.project_id " + portfolio_joins_sql() +
                   "WHERE " + live_milestone_sql() + " AND " + open_then_sql() + " AND " + due +
                   " BETWEEN :first AND :last AND " + filter_condition(filter) +
                   "ORDER BY " + due + ", p.code, m.id");
  bind_filter(q, filter);
  q.bind(":first", first.iso());
  q.bind(":last", last.iso());
  while (q.step()) {
    DueMilestone d;
    d.milestone = read_milestone(q, false);  // its due date of then in the due column
    d.project_name = q.string(9);
    d.owner = q.optional_string(10);
    d.leader = q.optional_string(11);
    fn(d);
  }
}

}  // namespace keyproj
