#include "view/year_report_view.h"

#include <algorithm>

namespace keyproj {
namespace {

// A share as a fraction with four decimals, as completion_rate is in JSON and CSV.
Cell fraction(const std::optional<std::int64_t>& hundredths) {
  if (!hundredths) return std::monostate{};
  return static_cast<double>(*hundredths) / 10000.0;
}

Cell points(const std::optional<std::int64_t>& hundredths) {
  if (!hundredths) return std::monostate{};
  return static_cast<double>(*hundredths) / 100.0;
}

Cell plan_cell(const YearTally& t) {
  const auto p = t.plan_total();
  return p ? Cell(MoneyCell{*p}) : Cell(std::monostate{});
}

Cell rank_cell(const std::optional<std::int64_t>& r) { return r ? Cell(*r) : Cell(std::monostate{}); }

}  // namespace

void rank_by_percent_of_plan(std::vector<YearGroupRow>& rows) {
  for (auto& row : rows) {
    row.rank.reset();
    const auto mine = row.tally.percent_of_plan();
    if (!row.group || !mine) continue;
    std::int64_t ahead = 0;
    for (const auto& other : rows)
      if (other.group && other.tally.percent_of_plan() && *other.tally.percent_of_plan() > *mine) ++ahead;
    row.rank = ahead + 1;
  }
}

Column year_group_column(ReportBy by) {
  switch (by) {
    case ReportBy::Program: return {"group", "Program", "专栏", Align::Left, true};
    case ReportBy::Owner: return {"group", "Owner", "责任单位", Align::Left, true};
    case ReportBy::Leader: return {"group", "Leader", "包保领导", Align::Left, true};
    case ReportBy::Stage: return {"group", "Stage", "阶段", Align::Left, true};
    case ReportBy::Category: return {"group", "Category", "行业", Align::Left, true};
    case ReportBy::County: return {"group", "County", "县市区", Align::Left, true};
    case ReportBy::Class: return {"group", "Class", "类别", Align::Left, true};
    case ReportBy::Region: break;
  }
  return {"group", "Region", "地区", Align::Left, true};
}

std::vector<Column> year_machine_columns() {
  return {{"row", "Row", "行"},
          {"group", "Group", "分组"},
          {"projects", "Projects", "项目数"},
          {"no_plan_amount", "No plan amount", "未载明年度计划投资项目数"},
          of_kind({"plan_yuan", "Annual plan", "年度计划投资"}, Kind::Money),
          of_kind({"completed_yuan", "Completed this year", "本年完成投资"}, Kind::Money),
          of_kind({"percent_of_plan", "% of plan", "完成年度计划"}, Kind::Share),
          of_kind({"schedule", "Schedule", "序时进度"}, Kind::Share),
          {"points_ahead", "Points ahead", "超序时进度（百分点）"},
          {"rank", "Rank", "排名"},
          {"new_starts", "New starts", "新开工项目"},
          {"due_to_start", "Due to start", "应开工"},
          {"started", "Started", "已开工"},
          of_kind({"start_rate", "Start rate", "开工率"}, Kind::Share),
          {"completing", "Completing", "计划竣工"},
          {"completed", "Completed", "已竣工"},
          of_kind({"completion_rate", "Completion rate", "竣工率"}, Kind::Share)};
}

std::vector<Cell> year_machine_cells(const YearGroupRow& row, std::int64_t schedule) {
  const YearTally& t = row.tally;
  Cell group = std::monostate{};
  if (row.group && row.group->value) group = *row.group->value;
  return {std::string(row.group ? "group" : "total"),
          std::move(group),
          t.projects,
          t.no_plan_amount,
          plan_cell(t),
          MoneyCell{t.completed_yuan},
          fraction(t.percent_of_plan()),
          fraction(schedule),
          points(t.points_ahead(schedule)),
          rank_cell(row.rank),
          t.new_starts,
          t.due_to_start,
          t.started,
          fraction(t.start_rate()),
          t.completing,
          t.completed,
          fraction(t.completion_rate())};
}

std::vector<Column> year_plan_columns(ReportBy by) {
  return {year_group_column(by),
          {"projects", "Projects", "项目数", Align::Right},
          {"no_plan_amount", "No amount", "未载明", Align::Right},
          {"plan_yuan", "Annual plan", "年度计划投资", Align::Right},
          {"completed_yuan", "Completed", "本年完成投资", Align::Right},
          {"percent_of_plan", "% of plan", "完成年度计划", Align::Right},
          {"schedule", "Schedule", "序时进度", Align::Right},
          {"points_ahead", "Points", "超(欠)序时", Align::Right},
          {"rank", "Rank", "排名", Align::Right}};
}

std::vector<Cell> year_plan_cells(const std::string& label, const YearGroupRow& row, std::int64_t schedule) {
  const YearTally& t = row.tally;
  return {label,
          t.projects,
          t.no_plan_amount,
          plan_cell(t),
          MoneyCell{t.completed_yuan},
          share_text(t.percent_of_plan()),
          share_text(schedule),
          points_text(t.points_ahead(schedule)),
          rank_cell(row.rank)};
}

std::vector<Column> year_start_columns(ReportBy by) {
  return {year_group_column(by),
          {"new_starts", "New starts", "新开工", Align::Right},
          {"due_to_start", "Due", "应开工", Align::Right},
          {"started", "Started", "已开工", Align::Right},
          {"start_rate", "Start rate", "开工率", Align::Right},
          {"completing", "Completing", "计划竣工", Align::Right},
          {"completed", "Completed", "已竣工", Align::Right},
          {"completion_rate", "Rate", "竣工率", Align::Right}};
}

std::vector<Cell> year_start_cells(const std::string& label, const YearGroupRow& row) {
  const YearTally& t = row.tally;
  return {label,
          t.new_starts,
          t.due_to_start,
          t.started,
          share_text(t.start_rate()),
          t.completing,
          t.completed,
          share_text(t.completion_rate())};
}

}  // namespace keyproj
