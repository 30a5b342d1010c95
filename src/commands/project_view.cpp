#include "commands/project_view.h"

#include "commands/light_view.h"

namespace keyproj {

Cell text_cell(const Text& t) { return t ? Cell(*t) : Cell(std::monostate{}); }
Cell money_cell(const Money& m) { return m ? Cell(MoneyCell{*m}) : Cell(std::monostate{}); }

std::vector<Column> project_list_columns() {
  return {
      {"code", "Code", "项目编号"},
      {"name_zh", "Name", "项目名称", Align::Left, true},
      {"region", "Region", "地区"},
      {"stage", "Stage", "阶段"},
      {"owner", "Owner", "责任单位", Align::Left, true},
      {"budget_yuan", "Budget", "计划总投资", Align::Right},
      {"invested_yuan", "Invested", "累计完成投资", Align::Right},
      {"planned_finish", "Finish", "计划完成"},
      light_column(),
  };
}

std::vector<Cell> project_list_cells(const Project& p, Cell light) {
  return {p.code,       p.name_zh,       p.region, p.stage, text_cell(p.owner), money_cell(p.budget_yuan),
          MoneyCell{p.invested_yuan}, text_cell(p.planned_finish), std::move(light)};
}

nlohmann::ordered_json project_json(Database&, const Project& p) {
  auto opt = [](const Text& t) { return t ? nlohmann::ordered_json(*t) : nlohmann::ordered_json(nullptr); };
  nlohmann::ordered_json j;
  j["code"] = p.code;
  j["name_zh"] = p.name_zh;
  j["name_en"] = opt(p.name_en);
  j["region"] = p.region;
  j["county"] = opt(p.county);
  j["program"] = opt(p.program);
  j["category"] = opt(p.category);
  j["location"] = opt(p.location);
  j["scale"] = opt(p.scale);
  j["owner"] = opt(p.owner);
  j["stage"] = p.stage;
  j["budget_yuan"] = p.budget_yuan ? nlohmann::ordered_json(*p.budget_yuan) : nlohmann::ordered_json(nullptr);
  j["invested_yuan"] = p.invested_yuan;
  j["planned_start"] = opt(p.planned_start);
  j["planned_finish"] = opt(p.planned_finish);
  j["finish_source"] = opt(p.finish_source);
  j["plan"] = opt(p.plan);
  j["source_file"] = opt(p.source_file);
  j["source_lines"] = opt(p.source_lines);
  j["source_quote"] = opt(p.source_quote);
  return j;
}

}  // namespace keyproj
