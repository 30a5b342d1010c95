#include "view/plan_view.h"

#include <nlohmann/json.hpp>

#include "view/change_text.h"
#include "view/project_view.h"

namespace keyproj {
namespace {

using json = nlohmann::ordered_json;

json entry_facts(const PlanEntry& e) {
  auto opt = [](const auto& v) { return v ? json(*v) : json(nullptr); };
  return {{"class", std::string(plan_class_name(e.plan_class))},
          {"investment_yuan", opt(e.investment_yuan)},
          {"planned_start", opt(e.planned_start)},
          {"planned_finish", opt(e.planned_finish)}};
}

}  // namespace

std::string plan_class_label(PlanClass c, Lang lang) {
  return std::string(lang == Lang::Zh ? plan_class_name_zh(c) : plan_class_name(c));
}

std::vector<Column> plan_list_columns() {
  return {{"year", "Year", "年度", Align::Right},
          {"code", "Code", "项目编号"},
          {"name_zh", "Name", "项目名称", Align::Left, true},
          {"region", "Region", "地区"},
          {"class", "Class", "类别"},
          of_kind({"investment_yuan", "Annual plan", "年度计划投资", Align::Right}, Kind::Money),
          of_kind({"planned_start", "Start", "计划开工"}, Kind::Date),
          of_kind({"planned_finish", "Finish", "计划竣工"}, Kind::Date),
          {"stage", "Stage", "阶段"},
          of_kind({"started_on", "Started", "开工日期"}, Kind::Date),
          {"author", "Set by", "填报人"}};
}

std::vector<Cell> plan_list_cells(const PlanEntryRow& row, Format format, Lang lang) {
  const PlanEntry& e = row.entry;
  // A table and a workbook are read by people: the class and stage in their language.
  const bool table = format == Format::Table || format == Format::Xlsx;
  return {std::int64_t{e.year},
          e.project_code,
          e.project_name,
          row.region,
          table ? plan_class_label(e.plan_class, lang) : std::string(plan_class_name(e.plan_class)),
          money_cell(e.investment_yuan),
          text_cell(e.planned_start),
          text_cell(e.planned_finish),
          table && lang == Lang::Zh ? std::string(stage_name_zh(row.stage)) : std::string(stage_name(row.stage)),
          text_cell(row.started_on),
          e.author};
}

std::vector<std::string> plan_change_pieces(const std::optional<PlanEntry>& before, const PlanEntry& after) {
  return change_pieces(before ? entry_facts(*before) : json(nullptr), entry_facts(after));
}

}  // namespace keyproj
