#include "view/report_view.h"

#include "domain/stage.h"

namespace keyproj {

Cell rate_cell(const std::optional<double>& v) { return v ? Cell(*v) : Cell(std::monostate{}); }
Cell budget_cell(const Tally& t) {
  const auto b = t.budget_total();
  return b ? Cell(MoneyCell{*b}) : Cell(std::monostate{});
}

std::vector<Column> report_machine_columns() {
  std::vector<Column> c{{"row", "Row", "行"}, {"group", "Group", "分组"}, {"projects", "Projects", "项目数"}};
  for (Stage s : kStages) {
    std::string en(stage_name(s));
    en[0] = static_cast<char>(en[0] - 'a' + 'A');
    c.push_back({std::string(stage_name(s)), en, std::string(stage_name_zh(s))});
  }
  const std::vector<Column> rest{{"no_budget", "No budget", "未载明投资项目数"},
                                 of_kind({"budget_yuan", "Budget", "计划总投资"}, Kind::Money),
                                 of_kind({"invested_yuan", "Invested", "累计完成投资"}, Kind::Money),
                                 of_kind({"completion_rate", "Completion rate", "投资完成率"}, Kind::Share),
                                 {"overdue_milestones", "Late milestones", "逾期里程碑"},
                                 {"overdue_projects", "Late projects", "逾期项目"},
                                 {"stale_projects", "Stale projects", "未按期调度项目"},
                                 {"red", "Red", "红灯"},
                                 {"amber", "Amber", "黄灯"},
                                 {"green", "Green", "绿灯"},
                                 {"no_light", "No light", "无灯号"},
                                 {"open_problems", "Open problems", "未销号问题"},
                                 {"overdue_problems", "Overdue problems", "逾期问题"}};
  c.insert(c.end(), rest.begin(), rest.end());
  return c;
}

std::vector<Cell> report_machine_cells(const std::string& row, Cell group, const Tally& t) {
  std::vector<Cell> c;
  c.reserve(23);
  c.emplace_back(row);
  c.push_back(std::move(group));
  c.emplace_back(t.projects);
  for (Stage s : kStages) c.emplace_back(t.stage_count(s));
  c.push_back(t.no_budget);
  c.push_back(budget_cell(t));
  c.push_back(MoneyCell{t.invested_yuan});
  c.push_back(rate_cell(t.completion_rate()));
  c.push_back(t.overdue_milestones);
  c.push_back(t.overdue_projects);
  c.push_back(t.stale_projects);
  for (Light l : {Light::Red, Light::Amber, Light::Green}) c.push_back(t.light_count(l));
  c.push_back(t.no_light);
  c.push_back(t.open_problems);
  c.push_back(t.overdue_problems);
  return c;
}

}  // namespace keyproj
