#include "view/project_card.h"

#include <ostream>

#include "output/card.h"
#include "store/milestones.h"
#include "store/updates.h"
#include "util/money.h"
#include "view/light_view.h"
#include "view/milestone_view.h"
#include "view/project_view.h"
#include "view/value_labels.h"

namespace keyproj {
namespace {

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
  line += u.reported_on + " " + u.author + L(":", "：");
  std::string sep = L(" ", "");
  if (u.stage) line += sep + stage_text_label(*u.stage, L.zh ? Lang::Zh : Lang::En), sep = L(", ", "，");
  if (u.progress_pct) line += sep + std::to_string(*u.progress_pct) + "%", sep = L(", ", "，");
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

}  // namespace

void print_card(Database& db, const Project& p, const Globals& g, const LightThresholds& t,
                std::ostream& out) {
  const Labels L{g.style.lang == Lang::Zh};
  const std::string none = L("(not stated)", "（未载明）");
  auto or_none = [&](const Text& t) { return t ? *t : none; };
  Card card;
  // The English name is for English readers; JSON gives it whatever the language.
  card.line(p.code, p.name_zh + (p.name_en && !L.zh ? "\n" + *p.name_en : ""));
  card.line(L("Region", "地区"), p.region_zh + " " + p.region + (p.county ? " · " + *p.county : ""));
  card.line(L("Program", "专栏"), or_none(p.program));
  card.line(L("Category", "类别"), p.category ? category_label(*p.category, g.style.lang) : none);
  card.line(L("Location", "地点"), or_none(p.location));
  card.line(L("Scale", "规模"), or_none(p.scale));
  card.line(L("Owner", "责任单位"), or_none(p.owner));
  // The card is the one place a leader's phone shows unasked (lists and exports need --contacts).
  std::string leader = L("(none)", "（未定）");
  if (p.leader) {
    leader = *p.leader + L(", ", "，") + p.leader_title.value_or("");
    if (p.leader_phone) leader += L(", ", "，") + *p.leader_phone;
  }
  card.line(L("Leader", "包保领导"), leader);
  card.line(L("Stage", "阶段"),
            std::string(stage_name_in(p.stage, g.style.lang)) +
                (p.stage == Stage::Suspended && p.resume_stage
                     ? L(" (left ", "（停于 ") + std::string(stage_name_in(*p.resume_stage, g.style.lang)) + L(")", "）")
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
  for_each_milestone(db, {p.id, false, g.as_of, std::nullopt}, [&](const Milestone& m) {
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

}  // namespace keyproj
