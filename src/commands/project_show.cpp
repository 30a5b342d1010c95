// keyproj project show CODE: one project's card (table), row (csv) or object (json).

#include <iomanip>
#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "output/card.h"
#include "output/json_stream.h"
#include "seed/portfolio.h"
#include "store/milestones.h"
#include "store/projects.h"
#include "store/settings.h"
#include "store/updates.h"
#include "util/money.h"
#include "view/light_view.h"
#include "view/milestone_view.h"
#include "view/project_view.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("project", po::value<std::string>(), tr("code or a unique part of the name"))
      ("source", po::bool_switch(), tr("print the lines of the plan the project was taken from"));
  p.add("project", 1);
}

struct Labels {
  bool zh;
  std::string operator()(const char* en, const char* zh_text) const { return zh ? zh_text : en; }
};

// "#7 2026-11-22 张三: building, 45%, +2000万元 — 主体结构封顶", its blocker on a line below; a
// correction in force says what it corrects and why on a line of its own. The id is the one
// `log --correct` takes.
std::string report_text(const ProgressUpdate& u, const Labels& L) {
  // Built by appending: GCC 12 warns (-Wrestrict) of "#" + std::to_string(…).
  std::string line = "#";
  line += std::to_string(u.id);
  line += ' ';
  line += u.reported_on + " " + u.author + ":";
  std::string sep = " ";
  if (u.stage) line += sep + *u.stage, sep = ", ";
  if (u.progress_pct) line += sep + std::to_string(*u.progress_pct) + "%", sep = ", ";
  if (u.invested_yuan) line += sep + "+" + format_money(*u.invested_yuan);
  if (u.note) line += " — " + *u.note;
  if (u.blocker) line += "\n  " + L("blocker: ", "阻碍：") + *u.blocker;
  if (u.corrects_id) {
    line += "\n  " + L("corrects #", "更正 #");
    line += std::to_string(*u.corrects_id);
    line += L(": ", "：") + u.reason.value_or("");
  }
  return line;
}

void print_card(Database& db, const Project& p, const Globals& g, const LightThresholds& t,
                std::ostream& out) {
  const Labels L{g.style.lang == Lang::Zh};
  const std::string none = L("(not stated)", "（未载明）");
  auto or_none = [&](const Text& t) { return t ? *t : none; };
  Card card;
  card.line(p.code, p.name_zh + (p.name_en ? "\n" + *p.name_en : ""));
  card.line(L("Region", "地区"), p.region_zh + " " + p.region + (p.county ? " · " + *p.county : ""));
  card.line(L("Program", "专栏"), or_none(p.program));
  card.line(L("Category", "类别"), or_none(p.category));
  card.line(L("Location", "地点"), or_none(p.location));
  card.line(L("Scale", "规模"), or_none(p.scale));
  card.line(L("Owner", "责任单位"), or_none(p.owner));
  card.line(L("Stage", "阶段"),
            std::string(stage_name(p.stage)) +
                (p.stage == Stage::Suspended && p.resume_stage
                     ? L(" (left ", "（停于 ") + std::string(stage_name(*p.resume_stage)) + L(")", "）")
                     : ""));
  card.line(L("Progress", "形象进度"), p.progress_pct ? std::to_string(*p.progress_pct) + "%" : L("(not reported)", "（未报）"));
  card.line(L("Budget", "计划总投资"), p.budget_yuan ? format_money(*p.budget_yuan) : none);
  card.line(L("Invested", "累计完成投资"), format_money(p.invested_yuan));
  card.line(L("Completion", "投资完成率"), completion_text(p));
  card.painted(L("Light", "灯号"), light_explained(light_facts(p, g.as_of), t, p, g.style.lang, g.style.color));
  card.line(L("Last report", "最近调度"), p.last_update ? *p.last_update : L("(none)", "（无）"));
  card.line(L("Start", "计划开工"), or_none(p.planned_start));
  std::string finish = or_none(p.planned_finish);
  if (p.finish_source && *p.finish_source == "plan")
    finish += L(" (end of the plan period; the plan states no date for this project)", "（规划期末；规划未载明本项目完成时间）");
  card.line(L("Finish", "计划完成"), finish);
  std::string milestones;
  for_each_milestone(db, {p.id, false, g.as_of}, [&](const Milestone& m) {
    if (!milestones.empty()) milestones += '\n';
    milestones += milestone_line(m, g.as_of, L.zh);
  });
  card.line(L("Milestones", "节点"), milestones.empty() ? L("(none)", "（无）") : milestones);
  std::string reports;
  for (const auto& u : latest_updates(db, p.id, 5, g.as_of)) {
    if (!reports.empty()) reports += '\n';
    reports += report_text(u, L);
  }
  card.line(L("Reports", "调度记录"), reports.empty() ? L("(none)", "（无）") : reports);
  if (p.plan) card.line(L("Plan", "规划"), *p.plan);
  // The plan is named on the line above; the file it was read from is for json, not for people.
  if (p.source_file && p.source_lines) {
    std::string range = *p.source_lines;
    if (const auto dash = range.find('-'); dash != std::string::npos) range.replace(dash, 1, "–");
    card.line(L("Source", "出处"), L("lines ", "第") + range + L(" (project show --source prints them)", "行（project show --source 列出原文）") +
                                      (p.source_quote ? "\n“" + *p.source_quote + "”" : ""));
  }
  if (p.archived) {
    std::string archived = p.archived_on.value_or(L("yes", "是"));
    if (p.retired) archived += L("; retired from the seed: ", "；种子数据中已撤销：") + *p.retired;
    card.line(L("Archived", "已归档"), archived);
  }
  card.print(out);
}

// The cited lines of the source plan, numbered, so an officer can check the record against
// the text it came from. The plan is named as printed (title, issuer), not by its file.
void print_source(const Project& p, bool zh, std::ostream& out) {
  const auto text = p.source_file ? seed_source(*p.source_file) : std::nullopt;
  const auto lines = text && p.source_lines ? lines_of(*text, *p.source_lines) : std::vector<std::string_view>{};
  if (lines.empty()) {
    out << trf("{} has no source lines: it was entered by hand, not taken from a plan", p.code) << "\n";
    return;
  }
  const auto plan = seed_plan_of(*p.source_file);
  std::string range = *p.source_lines;
  range.replace(range.find('-'), 1, "–");
  if (zh)
    out << (plan ? plan->title + (plan->issuer ? "（" + *plan->issuer + "）" : "") : *p.source_file) << "，第" << range
        << "行：\n";
  else
    out << (plan ? plan->title + (plan->issuer ? ", " + *plan->issuer : "") : *p.source_file) << ", lines " << range
        << ":\n";
  std::size_t n = std::stoul(*p.source_lines);
  for (const auto line : lines) out << std::setw(6) << n++ << "  " << line << "\n";
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string which = required_text(args, "project");
  Database db = open_database(g);
  const Project p = resolve_project(db, which, g.as_of);
  if (args["source"].as<bool>()) {
    print_source(p, g.style.lang == Lang::Zh, io.out);
    return 0;
  }
  const LightThresholds thresholds = light_thresholds(db);
  const std::optional<Light> light = project_light(p, g.as_of, thresholds);
  switch (g.format) {
    case Format::Json: {
      const auto j = project_json(db, p, light, g.as_of);
      io.out << json_text(j, 2) << "\n";
      break;
    }
    case Format::Csv:
    case Format::Xlsx: {  // the row writer refuses xlsx with the sentence that says where it belongs
      auto writer = make_row_writer(g.format, io.out, project_list_columns(), g.style);
      writer->row(project_list_cells(p, light_cell(light, g)));
      writer->finish();
      break;
    }
    case Format::Table: print_card(db, p, g, thresholds, io.out); break;
  }
  return 0;
}

}  // namespace

extern const Command project_show_command{"project show", "PROJECT", N_("show one project: its card, milestones and reports"),
                                          declare, run};

}  // namespace keyproj
