#include "view/bulletin_json.h"

#include "domain/milestone_kind.h"
#include "view/light_view.h"
#include "view/problem_view.h"
#include "view/report_view.h"
#include "view/year_report_view.h"

namespace keyproj {
namespace {

using Json = nlohmann::ordered_json;

Json opt(const Text& t) { return t ? Json(*t) : Json(nullptr); }

// The rows of `report --year --by …`, the total last, as its JSON prints them.
Json year_rows(const std::vector<YearGroupRow>& rows, const YearGroupRow& total, std::int64_t schedule) {
  const auto columns = year_machine_columns();
  Json out = Json::array();
  for (const auto& row : rows) out.push_back(json_row(columns, year_machine_cells(row, schedule)));
  out.push_back(json_row(columns, year_machine_cells(total, schedule)));
  return out;
}

template <typename T, typename Fn>
Json capped(const Capped<T>& list, Fn item) {
  Json items = Json::array();
  for (const auto& i : list.items) items.push_back(item(i));
  return Json{{"total", list.total}, {"left_out", list.left_out()}, {"items", std::move(items)}};
}

}  // namespace

Json bulletin_json(const Bulletin& b, const LightThresholds& t, Lang lang) {
  Json j;
  j["month"] = b.month;
  j["as_of"] = b.as_of.iso();
  j["year"] = b.year;
  j["schedule"] = static_cast<double>(b.schedule) / 10000.0;
  j["filters"] = b.filters;
  j["note"] = b.note;

  // `report --by region`: its rows, the total last.
  const auto columns = report_machine_columns();
  Json regions = Json::array();
  for (const auto& g : b.lights) regions.push_back(json_row(columns, report_machine_cells("group", g.group.id, g.tally)));
  regions.push_back(json_row(columns, report_machine_cells("total", std::monostate{}, b.portfolio)));
  j["report"] = std::move(regions);

  const bool planned = b.year_total.tally.projects > 0;
  j["annual_plan"] = planned;
  j["by_class"] = planned ? year_rows(b.by_class, b.year_total, b.schedule) : Json::array();
  j["by_area"] = {{"by", std::string(report_by_name(b.area_by))},
                  {"rows", planned ? year_rows(b.by_area, b.year_total, b.schedule) : Json::array()}};
  j["by_category"] = planned ? year_rows(b.by_category, b.year_total, b.schedule) : Json::array();
  const int months = std::stoi(b.month.substr(5, 2));
  Json monthly = Json::array();
  for (int m = 0; m < months; ++m) monthly.push_back(b.completed_by_month[static_cast<std::size_t>(m)]);
  j["completed_by_month_yuan"] = std::move(monthly);

  j["red_amber"] = capped(b.red_amber, [&](const LitProject& p) {
    return Json{{"code", p.project.code},
                {"name", p.project.name_zh},
                {"region", p.project.region},
                {"light", std::string(light_name(p.light))},
                {"reasons", light_reasons(p.facts, t, p.project, lang)},
                {"owner", opt(p.project.owner)},
                {"leader", opt(p.project.leader)}};
  });
  j["unstarted"] = capped(b.unstarted, [](const UnstartedProject& p) {
    return Json{{"code", p.project.code},     {"name", p.project.name_zh}, {"region", p.project.region},
                {"start_due", p.start_due},   {"note", opt(p.note)},       {"blocker", opt(p.blocker)},
                {"leader", opt(p.project.leader)}};
  });
  Json problems = capped(b.problems, [](const ListedProblem& p) {
    return Json{{"id", p.problem.id},
                {"project", p.problem.project_code},
                {"text", p.problem.text},
                {"unit", opt(p.problem.unit)},
                {"level", std::string(problem_level_name(p.problem.level))},
                {"raised_on", p.problem.raised_on},
                {"due", opt(p.problem.due)},
                {"days_late", p.days_late}};
  });
  problems["overdue"] = b.problems_overdue;
  problems["recorded"] = b.problems_recorded;
  j["problems"] = std::move(problems);
  j["next_month"] = capped(b.next_month, [](const DueMilestone& d) {
    return Json{{"id", d.milestone.id},
                {"project", d.milestone.project_code},
                {"title", d.milestone.title},
                {"kind", std::string(milestone_kind_name(d.milestone.kind))},
                {"due", opt(d.milestone.due)}};
  });
  return j;
}

}  // namespace keyproj
