// keyproj report --by region|program|owner|leader|stage|category: the portfolio, filtered as `project
// list` filters it, summed per group — the projects at each stage, budget and investment, the
// completion rate, what is late, the lights — and a total row. A table prints two blocks (stages; money and lateness) so each fits a
// terminal; CSV and JSON give one row per group with every column, the total last; a workbook
// (--out FILE.xlsx) the same rows for people, under a title row (cli/output_file.h).
// With --year Y, the annual plan's bulletin instead (run_year, view/year_report_view.h).

#include <optional>
#include <ostream>

#include "cli/command.h"
#include "cli/filter_options.h"
#include "cli/options.h"
#include "cli/output_file.h"
#include "domain/tally.h"
#include "domain/annual_plan.h"
#include "domain/year_tally.h"
#include "store/report.h"
#include "store/year_report.h"
#include "store/settings.h"
#include "view/group_label.h"
#include "view/light_view.h"
#include "view/project_view.h"
#include "view/report_view.h"
#include "view/sheet_title.h"
#include "view/value_labels.h"
#include "view/year_report_view.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  o.add_options()
      ("by", po::value<std::string>(), tr("region (default), program, owner, leader, stage or category; with --year also county or class"))
      // xgettext:no-c-format
      ("year", po::value<std::string>(), tr("the annual plan's figures for this year: % of plan, 序时进度, 开工率, 竣工率"));
  declare_filter_options(o, Search::Yes);
  declare_out_option(o);
}

Column group_column(ReportBy by) {
  switch (by) {
    case ReportBy::Program: return {"group", "Program", "专栏", Align::Left, true};
    case ReportBy::Owner: return {"group", "Owner", "责任单位", Align::Left, true};
    case ReportBy::Leader: return {"group", "Leader", "包保领导", Align::Left, true};
    case ReportBy::Stage: return {"group", "Stage", "阶段", Align::Left, true};
    case ReportBy::Category: return {"group", "Category", "类别", Align::Left, true};
    case ReportBy::County:
    case ReportBy::Class: return year_group_column(by);  // only --year groups by them
    case ReportBy::Region: break;
  }
  return {"group", "Region", "地区", Align::Left, true};
}

// A workbook: every column, as CSV has them, the group as a table shows it and the total
// named in the group column instead of a "row" column.
std::vector<Column> workbook_columns(std::vector<Column> all, Column group) {
  all.erase(all.begin());
  all.front() = std::move(group);
  return all;
}

std::vector<Cell> workbook_cells(std::vector<Cell> all, const std::string& label) {
  all.erase(all.begin());
  all.front() = label;
  return all;
}

// The table's first block: projects by stage.
std::vector<Column> stage_columns(ReportBy by) {
  std::vector<Column> c{group_column(by), {"projects", "Projects", "项目数", Align::Right}};
  for (Stage s : kStages) {
    std::string en(stage_name(s));
    en[0] = static_cast<char>(en[0] - 'a' + 'A');
    c.push_back({std::string(stage_name(s)), en, std::string(stage_name_zh(s)), Align::Right});
  }
  return c;
}

std::vector<Cell> stage_cells(const std::string& label, const Tally& t) {
  std::vector<Cell> c;
  c.reserve(9);
  c.emplace_back(label);
  c.emplace_back(t.projects);
  for (Stage s : kStages) c.emplace_back(t.stage_count(s));
  return c;
}

// The second block: money, lateness and lights.
std::vector<Column> progress_columns(ReportBy by) {
  auto light = [](Light l, const char* en, const char* zh) {
    Column c{std::string(light_name(l)), en, zh, Align::Right};
    return c;
  };
  return {group_column(by),
          {"no_budget", "No budget", "未载明投资", Align::Right},
          {"budget_yuan", "Budget", "计划总投资", Align::Right},
          {"invested_yuan", "Invested", "累计完成投资", Align::Right},
          {"completion_rate", "Rate", "完成率", Align::Right},
          {"overdue_milestones", "Late MS", "逾期里程碑", Align::Right},
          {"overdue_projects", "Late proj", "逾期项目", Align::Right},
          {"stale_projects", "Stale", "未按期调度", Align::Right},
          light(Light::Red, "Red", "红"),
          light(Light::Amber, "Amber", "黄"),
          light(Light::Green, "Green", "绿"),
          {"no_light", "No light", "无灯", Align::Right},
          {"open_problems", "Problems", "未销号问题", Align::Right},
          {"overdue_problems", "Late prob", "逾期问题", Align::Right}};
}

std::vector<Cell> progress_cells(const std::string& label, const Tally& t) {
  return {label,
          t.no_budget,
          budget_cell(t),
          MoneyCell{t.invested_yuan},
          t.completion_text(),
          t.overdue_milestones,
          t.overdue_projects,
          t.stale_projects,
          t.light_count(Light::Red),
          t.light_count(Light::Amber),
          t.light_count(Light::Green),
          t.no_light,
          t.open_problems,
          t.overdue_problems};
}

// report --year Y: the annual plan's bulletin. Groups are few: they are held, so that each can
// be ranked by % of plan before any is printed.
int run_year(const po::variables_map& args, const Globals& g, Io& io, int year) {
  const ReportBy by = parse_report_by(text_option(args, "by").value_or("region"), true);
  PortfolioFilter filter = portfolio_filter(args, g.as_of);
  Output output(args, g);
  Database db = open_database(g);
  require_known(db, filter);
  const std::int64_t schedule = schedule_share(year, g.as_of, schedule_basis(db));
  std::vector<YearGroupRow> rows;
  for_each_year_project(db, year, by, filter, g.as_of, [&](const ReportGroup& group, const YearProject& p) {
    if (rows.empty() || rows.back().group->id != group.id) rows.push_back({group, {}, {}});
    rows.back().tally.add(p);
  });
  YearGroupRow total;
  for (const auto& row : rows) total.tally.add(row.tally);
  rank_by_percent_of_plan(rows);
  rows.push_back(std::move(total));

  const Lang lang = g.style.lang;
  const bool zh = lang == Lang::Zh;
  auto label = [&](const YearGroupRow& row) {
    return row.group ? group_label(by, *row.group, lang) : zh ? "合计" : "Total";
  };
  if (output.format() == Format::Xlsx) {
    std::vector<std::string> pieces{zh ? "序时进度" + share_text(schedule) : "schedule " + share_text(schedule)};
    for (auto& p : filter_pieces(filter, lang)) pieces.push_back(std::move(p));
    const std::string what = zh ? std::to_string(year) + "年重点项目按" + year_group_column(by).label_zh + "汇总"
                                : "Key projects of the " + std::to_string(year) + " plan by " + std::string(report_by_name(by));
    auto writer = output.rows(io, workbook_columns(year_machine_columns(), year_group_column(by)), g.style,
                              {zh ? "年度汇总" : "report", lang, true, sheet_title(what, g.as_of, pieces, lang)});
    for (const auto& row : rows) writer->row(workbook_cells(year_machine_cells(row, schedule), label(row)));
    writer->finish();
    output.commit();
    return 0;
  }
  if (output.format() != Format::Table) {
    auto writer = output.rows(io, year_machine_columns(), g.style, {});
    for (const auto& row : rows) writer->row(year_machine_cells(row, schedule));
    writer->finish();
    output.commit();
    return 0;
  }
  std::ostream& out = output.stream(io);
  auto plan = output.rows(io, year_plan_columns(by), g.style, {});
  auto starts = output.rows(io, year_start_columns(by), g.style, {});
  for (const auto& row : rows) {
    plan->row(year_plan_cells(label(row), row, schedule));
    starts->row(year_start_cells(label(row), row));
  }
  out << (zh ? std::to_string(year) + "年重点项目按" + year_group_column(by).label_zh + "汇总（截至" + g.as_of.iso() +
                   "，序时进度" + share_text(schedule) + "）"
             : "Key projects of the " + std::to_string(year) + " plan by " + std::string(report_by_name(by)) +
                   ", as of " + g.as_of.iso() + " (schedule " + share_text(schedule) + ")")
      << "\n\n";
  plan->finish();
  out << "\n";
  starts->finish();
  output.commit();
  return 0;
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  if (auto y = text_option(args, "year")) return run_year(args, g, io, parse_plan_year(*y, "year"));
  const ReportBy by = parse_report_by(text_option(args, "by").value_or("region"));
  PortfolioFilter filter = portfolio_filter(args, g.as_of);
  Output output(args, g);
  Database db = open_database(g);
  // As for overdue: a mistyped region or owner must not look like an empty portfolio.
  require_known(db, filter);
  const LightThresholds thresholds = light_thresholds(db);
  const Lang lang = g.style.lang;
  const bool zh = lang == Lang::Zh;
  const bool table = output.format() == Format::Table;
  const bool workbook = output.format() == Format::Xlsx;

  std::unique_ptr<RowWriter> stages;
  std::unique_ptr<RowWriter> progress;
  if (table) {
    stages = output.rows(io, stage_columns(by), g.style, {});
    // The second block waits in memory until the first is printed: one row per group.
    progress = output.rows(io, progress_columns(by), g.style, {});
  } else if (workbook) {
    const std::string what =
        zh ? "重点项目按" + group_column(by).label_zh + "汇总" : "Key projects by " + std::string(report_by_name(by));
    stages = output.rows(io, workbook_columns(report_machine_columns(), group_column(by)), g.style,
                         {zh ? "汇总" : "report", lang, true, sheet_title(what, g.as_of, filter_pieces(filter, lang), lang)});
  } else {
    stages = output.rows(io, report_machine_columns(), g.style, {});
  }
  auto emit = [&](const std::string& row, const ReportGroup* group, const Tally& t) {
    if (!table && !workbook) {
      stages->row(report_machine_cells(row, group ? text_cell(group->value) : Cell(std::monostate{}), t));
      return;
    }
    const std::string label = group ? group_label(by, *group, lang) : zh ? "合计" : "Total";
    if (workbook) {
      stages->row(workbook_cells(report_machine_cells(row, std::monostate{}, t), label));
      return;
    }
    stages->row(stage_cells(label, t));
    progress->row(progress_cells(label, t));
  };

  std::optional<ReportGroup> current;
  Tally group_tally;
  Tally total;
  for_each_report_project(db, by, filter, g.as_of,
                          [&](const ReportGroup& group, const Project& p, std::int64_t late, ProblemCounts problems) {
    if (current && current->id != group.id) {
      emit("group", &*current, group_tally);
      total.add(group_tally);
      group_tally = Tally{};
    }
    if (!current || current->id != group.id) current = group;
    group_tally.add(p, late, g.as_of, thresholds);
    group_tally.add_problems(problems.open, problems.overdue);
  });
  if (current) {
    emit("group", &*current, group_tally);
    total.add(group_tally);
  }
  if (table) {
    output.stream(io) << (zh ? "重点项目按" + std::string(group_column(by).label_zh) + "汇总（截至" + g.as_of.iso() + "）"
                             : "Key projects by " + std::string(report_by_name(by)) + ", as of " + g.as_of.iso())
                      << "\n\n";
  }
  emit("total", nullptr, total);
  stages->finish();
  if (progress) {
    output.stream(io) << "\n";
    progress->finish();
  }
  output.commit();
  return 0;
}

}  // namespace

extern const Command report_command{"report", "",
                                    N_("the portfolio summed by region, program, owner, stage or category"), declare,
                                    run};

}  // namespace keyproj
