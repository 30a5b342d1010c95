#include "view/bulletin_html.h"

#include <algorithm>

#include "domain/annual_plan.h"
#include "domain/milestone_kind.h"
#include "domain/stage.h"
#include "view/group_label.h"
#include "view/light_view.h"
#include "view/markup.h"
#include "view/problem_view.h"
#include "view/svg_chart.h"
#include "view/value_labels.h"

namespace keyproj {
namespace {

// No request of any kind: styles only from the page itself, images only as data.
constexpr const char* kPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

// Fonts by family, the CJK ones first: Noto/Source Han on Linux, YaHei on Windows, PingFang on
// macOS, SimSun where nothing else is.
constexpr const char* kStyle = R"(
:root { --red: #c0392b; --amber: #e6a700; --green: #2e8b57; --grey: #9e9e9e; --ink: #1f2a36; --rule: #c8ced6; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; color: var(--ink); font-size: 14px; line-height: 1.55;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei",
  "SimSun", sans-serif; }
h1 { font-size: 26px; text-align: center; margin: 0 0 4px; letter-spacing: 2px; }
h2 { font-size: 18px; border-bottom: 2px solid var(--ink); padding-bottom: 2px; margin: 28px 0 10px; break-after: avoid; }
h3 { font-size: 15px; margin: 18px 0 6px; break-after: avoid; }
.sub { text-align: center; color: #4a5868; margin: 0 0 18px; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; margin: 0; }
.figure { border: 1px solid var(--rule); border-radius: 4px; padding: 8px 10px; break-inside: avoid; }
.figure dt { color: #4a5868; font-size: 12px; }
.figure dd { margin: 0; font-size: 20px; font-weight: 600; }
.ahead { color: var(--green); } .behind { color: var(--red); }
table { border-collapse: collapse; width: 100%; margin: 6px 0 4px; font-size: 13px; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid var(--rule); padding: 3px 6px; vertical-align: top; }
th { background: #eef1f5; font-weight: 600; text-align: center; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.code { white-space: nowrap; }
tr.total td { font-weight: 600; background: #f6f7f9; }
.light { display: inline-block; min-width: 2em; text-align: center; color: #fff; border-radius: 3px; padding: 0 4px; }
.light.red { background: var(--red); } .light.amber { background: var(--amber); } .light.green { background: var(--green); }
.more, .missing { color: #4a5868; font-size: 12px; margin: 2px 0 10px; }
.missing { border-left: 3px solid var(--amber); padding-left: 8px; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.chart { break-inside: avoid; }
svg { max-width: 100%; height: auto; }
footer { margin-top: 28px; color: #4a5868; font-size: 12px; border-top: 1px solid var(--rule); padding-top: 6px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  .figures { grid-template-columns: repeat(4, 1fr); }
  .charts { grid-template-columns: 1fr; }
  h2 { break-before: auto; }
}
)";

class Page {
 public:
  explicit Page(Lang lang) : zh_(lang == Lang::Zh), lang_(lang) {}

  const char* w(const char* zh, const char* en) const { return zh_ ? zh : en; }
  bool zh() const { return zh_; }
  Lang lang() const { return lang_; }

  Page& raw(std::string_view s) {
    out_.append(s);
    return *this;
  }
  Page& text(std::string_view s) {
    out_ += markup_text(s);
    return *this;
  }
  void heading(int level, const std::string& id, std::string_view title) {
    const std::string h = "h" + std::to_string(level);
    raw("<" + h + (id.empty() ? "" : " id=\"" + id + "\"") + ">").text(title).raw("</" + h + ">\n");
  }
  // A table: the header's cells, then rows of cells already marked up (td()).
  void table_head(const std::vector<std::string>& headers) {
    raw("<table><thead><tr>");
    for (const auto& h : headers) raw("<th>").text(h).raw("</th>");
    raw("</tr></thead><tbody>\n");
  }
  void table_end() { raw("</tbody></table>\n"); }
  static std::string td(std::string_view s) { return "<td>" + markup_text(s) + "</td>"; }
  static std::string num(std::string_view s) { return "<td class=\"n\">" + markup_text(s) + "</td>"; }
  static std::string code(std::string_view s) { return "<td class=\"code\">" + markup_text(s) + "</td>"; }
  void row(const std::vector<std::string>& cells, bool total = false) {
    raw(total ? "<tr class=\"total\">" : "<tr>");
    for (const auto& c : cells) raw(c);
    raw("</tr>\n");
  }
  void note(const char* cls, std::string_view s) { raw("<p class=\"").raw(cls).raw("\">").text(s).raw("</p>\n"); }

  std::string take() { return std::move(out_); }

 private:
  bool zh_;
  Lang lang_;
  std::string out_;
};

// A chart as the page holds it: inline SVG needs no namespace declaration in HTML, and without
// it the page holds no URL at all.
std::string inline_svg(std::string svg) {
  constexpr std::string_view ns = " xmlns=\"http://www.w3.org/2000/svg\"";
  if (const auto at = svg.find(ns); at != std::string::npos) svg.erase(at, ns.size());
  return svg;
}

std::string count_text(std::int64_t n) { return std::to_string(n); }
std::string or_dash(const Text& t) { return t && !t->empty() ? *t : "—"; }

std::string light_word(Light l, bool zh) {
  switch (l) {
    case Light::Red: return zh ? "红" : "red";
    case Light::Amber: return zh ? "黄" : "amber";
    case Light::Green: return zh ? "绿" : "green";
  }
  return "";
}

std::string leader_text(const Project& p) {
  if (!p.leader) return "—";
  return p.leader_title ? *p.leader + "（" + *p.leader_title + "）" : *p.leader;
}

// "and 12 more; `keyproj overdue` lists them all".
void more_note(Page& page, std::int64_t left_out, const char* command) {
  if (left_out <= 0) return;
  page.note("more", page.zh() ? "另有 " + std::to_string(left_out) + " 项未列出，完整清单见 `keyproj " + command + "`。"
                              : "And " + std::to_string(left_out) + " more; `keyproj " + command + "` lists them all.");
}

std::string area_label(const Bulletin& b, const YearGroupRow& row, Lang lang) {
  return row.group ? group_label(b.area_by, *row.group, lang) : (lang == Lang::Zh ? "合计" : "Total");
}

void figure(Page& page, const std::string& id, std::string_view label, const std::string& value,
            const char* cls = nullptr) {
  page.raw("<div class=\"figure\" id=\"" + id + "\"><dt>").text(label).raw("</dt><dd");
  if (cls) page.raw(" class=\"").raw(cls).raw("\"");
  page.raw(">").text(value).raw("</dd></div>\n");
}

void headline(Page& page, const Bulletin& b) {
  const YearTally& y = b.year_total.tally;
  page.heading(2, "headline", page.w("一、总体情况", "1. Headline"));
  page.raw("<dl class=\"figures\">\n");
  figure(page, "portfolio-projects", page.w("在库项目（个）", "Projects in the portfolio"), count_text(b.portfolio.projects));
  figure(page, "portfolio-budget", page.w("计划总投资（万元）", "Total investment (万元)"),
         b.portfolio.budget_total() ? wan_figure(*b.portfolio.budget_total()) : "—");
  figure(page, "portfolio-invested", page.w("累计完成投资（万元）", "Invested to date (万元)"),
         wan_figure(b.portfolio.invested_yuan));
  figure(page, "portfolio-lights",
         page.w("红灯 / 黄灯 / 绿灯", "Red / amber / green"),
         std::to_string(b.portfolio.light_count(Light::Red)) + " / " + std::to_string(b.portfolio.light_count(Light::Amber)) +
             " / " + std::to_string(b.portfolio.light_count(Light::Green)));
  if (y.projects > 0) {
    const auto points = y.points_ahead(b.schedule);
    figure(page, "year-projects", page.w("年度计划项目（个）", "Projects in the year's list"), count_text(y.projects));
    figure(page, "year-plan", page.w("年度计划投资（万元）", "Annual plan (万元)"),
           y.plan_total() ? wan_figure(*y.plan_total()) : "—");
    figure(page, "year-completed", page.w("本年完成投资（万元）", "Completed this year (万元)"),
           wan_figure(y.completed_yuan));
    figure(page, "year-percent", page.w("完成年度计划", "% of the annual plan"), share_text(y.percent_of_plan()));
    figure(page, "year-schedule", page.w("序时进度", "Schedule (序时进度)"), share_text(b.schedule));
    figure(page, "year-points", page.w("快于（+）或慢于（−）序时（百分点）", "Points ahead (+) or behind (−)"),
           points_text(points), points ? (*points >= 0 ? "ahead" : "behind") : nullptr);
    figure(page, "year-starts",
           page.w("新开工：已开工 / 应开工", "New starts: started / due"),
           std::to_string(y.started) + " / " + std::to_string(y.due_to_start));
    figure(page, "year-start-rate", page.w("开工率", "Start rate (开工率)"), share_text(y.start_rate()));
  }
  page.raw("</dl>\n");
  if (y.projects == 0)
    page.note("missing", page.zh() ? std::to_string(b.year) + "年的年度计划尚未录入：完成年度计划、序时进度和开工率无从计算。"
                                      "用 `keyproj plan set` 或 `keyproj import --what plans` 录入。"
                                    : "No annual plan for " + std::to_string(b.year) +
                                          " is recorded: % of plan, points against 序时进度 and the start rate cannot "
                                          "be given. Record it with `keyproj plan set` or `keyproj import --what plans`.");
  if (b.portfolio.projects == 0)
    page.note("missing", page.w("所选范围内没有项目。", "No project matches the filters."));
}

void year_table(Page& page, const Bulletin& b, const std::vector<YearGroupRow>& rows, ReportBy by, bool rank) {
  std::vector<std::string> headers{std::string(year_group_column(by).label_zh)};
  if (!page.zh()) headers[0] = year_group_column(by).label_en;
  static constexpr std::pair<const char*, const char*> kHeaders[] = {
      {"项目数", "Projects"},           {"年度计划（万元）", "Plan (万元)"},
      {"本年完成（万元）", "Completed (万元)"}, {"完成年度计划", "% of plan"},
      {"快慢序时（百分点）", "Points vs schedule"}, {"新开工 已开工/应开工", "Started / due"},
      {"开工率", "Start rate"}};
  for (const auto& [zh, en] : kHeaders) headers.push_back(page.w(zh, en));
  if (rank) headers.push_back(page.w("排名", "Rank"));
  page.table_head(headers);
  auto emit = [&](const YearGroupRow& row, bool total) {
    const YearTally& t = row.tally;
    std::vector<std::string> cells{
        Page::td(row.group ? group_label(by, *row.group, page.lang()) : page.w("合计", "Total")),
        Page::num(count_text(t.projects)),
        Page::num(t.plan_total() ? wan_figure(*t.plan_total()) : "—"),
        Page::num(wan_figure(t.completed_yuan)),
        Page::num(share_text(t.percent_of_plan())),
        Page::num(points_text(t.points_ahead(b.schedule))),
        Page::num(std::to_string(t.started) + " / " + std::to_string(t.due_to_start)),
        Page::num(share_text(t.start_rate()))};
    if (rank) cells.push_back(Page::num(row.rank ? std::to_string(*row.rank) : ""));
    page.row(cells, total);
  };
  for (const auto& row : rows) emit(row, false);
  emit(b.year_total, true);
  page.table_end();
}

void groups(Page& page, const Bulletin& b) {
  page.heading(2, "groups", page.w("二、分类推进情况", "2. By class, area and category"));
  if (b.year_total.tally.projects == 0) {
    page.note("missing", page.w("无年度计划，分类数字从缺。", "No annual plan: nothing to show by class."));
  } else {
    page.heading(3, "by-class", page.w("按项目类别（新开工、续建、竣工投产、预备）", "By class"));
    year_table(page, b, b.by_class, ReportBy::Class, false);
    page.heading(3, "by-area", b.area_by == ReportBy::County ? page.w("按县市区（排名按完成年度计划）", "By county, ranked by % of plan")
                                                               : page.w("按地区（排名按完成年度计划）", "By region, ranked by % of plan"));
    year_table(page, b, b.by_area, b.area_by, true);
    page.heading(3, "by-category", page.w("按行业", "By category"));
    year_table(page, b, b.by_category, ReportBy::Category, false);
  }

  page.raw("<div class=\"charts\">\n");
  if (b.year_total.tally.projects > 0) {
    PlanBarChart plan;
    plan.title = b.area_by == ReportBy::County ? page.w("各县市区完成年度计划与序时进度", "% of plan by county against the schedule")
                                               : page.w("各地区完成年度计划与序时进度", "% of plan by region against the schedule");
    for (const auto& row : b.by_area) {
      const auto pct = row.tally.percent_of_plan();
      plan.bars.push_back(PlanBar{area_label(b, row, page.lang()),
                                  pct ? std::optional<double>(static_cast<double>(*pct) / 100.0) : std::nullopt});
    }
    plan.schedule_percent = static_cast<double>(b.schedule) / 100.0;
    plan.schedule_label = std::string(page.w("序时进度 ", "schedule ")) + share_text(b.schedule);
    page.raw("<div class=\"chart\" id=\"chart-plan\">").raw(inline_svg(svg_plan_bars(plan))).raw("</div>\n");
  }
  LightBarChart lights;
  lights.title = page.w("各地区项目灯号", "Lights by region");
  lights.legend = {page.w("红灯", "red"), page.w("黄灯", "amber"), page.w("绿灯", "green"), page.w("无灯号", "no light")};
  for (const auto& g : b.lights)
    lights.bars.push_back(LightBar{group_label(ReportBy::Region, g.group, page.lang()), g.tally.light_count(Light::Red),
                                   g.tally.light_count(Light::Amber), g.tally.light_count(Light::Green), g.tally.no_light});
  page.raw("<div class=\"chart\" id=\"chart-lights\">").raw(inline_svg(svg_light_bars(lights))).raw("</div>\n");
  if (b.year_total.tally.projects > 0) {
    InvestmentChart money;
    money.title = page.w("本年累计完成投资与年度计划", "Completed this year, month by month, against the plan");
    money.zh = page.zh();
    money.completed_label = page.w("累计完成", "completed");
    money.plan_label = page.w("年度计划（按序时）", "plan (by schedule)");
    money.plan_yuan = b.year_total.tally.plan_total();
    const int last_month = std::stoi(b.month.substr(5, 2));
    std::int64_t sum = 0;
    for (int m = 1; m <= last_month; ++m) {
      sum += b.completed_by_month[static_cast<std::size_t>(m - 1)];
      money.completed.push_back(MonthPoint{m, sum});
    }
    page.raw("<div class=\"chart\" id=\"chart-investment\">").raw(inline_svg(svg_investment_line(money))).raw("</div>\n");
  }
  page.raw("</div>\n");
}

void red_amber(Page& page, const Bulletin& b, const LightThresholds& t) {
  page.heading(2, "red-amber", page.w("三、红灯、黄灯项目", "3. Red and amber projects"));
  if (b.red_amber.total == 0) {
    page.note("more", page.w("无红灯、黄灯项目。", "No project is red or amber."));
    return;
  }
  page.table_head({page.w("灯号", "Light"), page.w("项目编号", "Code"), page.w("项目名称", "Project"),
                   page.w("地区", "Region"), page.w("原因", "Reasons"), page.w("责任单位", "Owner"),
                   page.w("包保领导", "Leader")});
  for (const auto& item : b.red_amber.items) {
    const std::string word = light_word(item.light, page.zh());
    page.row({"<td><span class=\"light " + std::string(light_name(item.light)) + "\">" + markup_text(word) + "</span></td>",
              Page::code(item.project.code), Page::td(item.project.name_zh), Page::td(item.project.region),
              Page::td(light_reasons(item.facts, t, item.project, page.lang())), Page::td(or_dash(item.project.owner)),
              Page::td(leader_text(item.project))});
  }
  page.table_end();
  more_note(page, b.red_amber.left_out(), "project list --light red");

  if (!b.timeline.empty()) {
    GanttChart g;
    g.title = page.w("红灯项目节点时间轴", "Milestones of the red projects");
    g.zh = page.zh();
    g.today = b.as_of;
    Date from = Date::from_days(b.as_of.days() - 183), to = Date::from_days(b.as_of.days() + 92);
    for (const auto& row : b.timeline) {
      GanttRow r{row.code + " " + row.name, {}};
      for (const auto& m : row.milestones) {
        if (!m.due) continue;
        const auto days = iso_days(*m.due);
        if (!days) continue;
        const Date due = Date::from_days(*days);
        from = std::min(from, due);
        to = std::max(to, due);
        r.marks.push_back(GanttMark{m.title, due, m.done_on.has_value(), !m.done_on && due < b.as_of});
      }
      g.rows.push_back(std::move(r));
    }
    // At most two years either side: a milestone due in 2035 must not squash the rest.
    g.from = std::max(from, Date::from_days(b.as_of.days() - 730));
    g.to = std::min(to, Date::from_days(b.as_of.days() + 730));
    page.raw("<div class=\"chart\" id=\"chart-timeline\">").raw(inline_svg(svg_gantt(g))).raw("</div>\n");
  }
}

void unstarted(Page& page, const Bulletin& b) {
  page.heading(2, "unstarted", page.w("四、应开工未开工项目", "4. New starts due and not started"));
  if (b.year_total.tally.projects == 0) {
    page.note("missing", page.w("无年度计划，无从判断应开工项目。", "No annual plan: which projects are due to start is not known."));
    return;
  }
  if (b.unstarted.total == 0) {
    page.note("more", page.w("应开工项目均已开工。", "Every new start due to start has started."));
    return;
  }
  page.table_head({page.w("项目编号", "Code"), page.w("项目名称", "Project"), page.w("地区", "Region"),
                   page.w("计划开工", "Due to start"), page.w("最近调度情况", "Latest report"),
                   page.w("存在问题", "Blocker"), page.w("包保领导", "Leader")});
  for (const auto& item : b.unstarted.items)
    page.row({Page::code(item.project.code), Page::td(item.project.name_zh), Page::td(item.project.region),
              Page::num(item.start_due), Page::td(or_dash(item.note)), Page::td(or_dash(item.blocker)),
              Page::td(leader_text(item.project))});
  page.table_end();
  more_note(page, b.unstarted.left_out(), "plan list");
}

void problems(Page& page, const Bulletin& b) {
  page.heading(2, "problems", page.w("五、未销号问题", "5. Open problems"));
  if (!b.problems_recorded) {
    page.note("missing", page.w("尚未录入任何问题：问题清单可用 `keyproj problem add` 录入，调度表“存在问题”一栏也会自动登记。",
                                "No problem has been recorded yet: `keyproj problem add` records one, and a report's "
                                "blocker raises one."));
    return;
  }
  if (b.problems.total == 0) {
    page.note("more", page.w("无未销号问题。", "No problem is open."));
    return;
  }
  page.note("more", page.zh() ? "未销号问题 " + std::to_string(b.problems.total) + " 个，其中逾期 " +
                                    std::to_string(b.problems_overdue) + " 个。"
                              : std::to_string(b.problems.total) + " open problems, " +
                                    std::to_string(b.problems_overdue) + " of them past their deadline.");
  page.table_head({page.w("编号", "No."), page.w("项目", "Project"), page.w("问题", "Problem"),
                   page.w("责任单位", "Unit"), page.w("层级", "Level"), page.w("提出", "Raised"),
                   page.w("期限", "Deadline"), page.w("逾期天数", "Days late")});
  for (const auto& item : b.problems.items) {
    const Problem& p = item.problem;
    page.row({Page::num(std::to_string(p.id)), Page::td(p.project_code + " " + item.project_name), Page::td(p.text),
              Page::td(or_dash(p.unit)), Page::td(problem_level_shown(p.level, page.zh())), Page::num(p.raised_on),
              Page::num(or_dash(p.due)), Page::num(item.days_late > 0 ? std::to_string(item.days_late) : "")});
  }
  page.table_end();
  more_note(page, b.problems.left_out(), "problem list");
}

void next_month(Page& page, const Bulletin& b) {
  page.heading(2, "next-month", page.zh() ? "六、下月（" + b.next_first.iso().substr(0, 7) + "）到期的节点"
                                          : "6. Milestones and approval nodes due next month (" +
                                                b.next_first.iso().substr(0, 7) + ")");
  if (b.next_month.total == 0) {
    page.note("more", page.w("下月无到期节点。", "Nothing falls due next month."));
    return;
  }
  page.table_head({page.w("到期日", "Due"), page.w("项目", "Project"), page.w("节点", "Milestone"),
                   page.w("类型", "Kind"), page.w("责任单位", "Owner"), page.w("包保领导", "Leader")});
  for (const auto& d : b.next_month.items) {
    const Milestone& m = d.milestone;
    page.row({Page::num(or_dash(m.due)), Page::td(m.project_code + " " + d.project_name), Page::td(m.title),
              Page::td(m.kind == MilestoneKind::Approval ? page.w("审批节点", "approval") : page.w("里程碑", "milestone")),
              Page::td(or_dash(d.owner)), Page::td(or_dash(d.leader))});
  }
  page.table_end();
  more_note(page, b.next_month.left_out(), "milestone list");
}

}  // namespace

std::string wan_figure(std::int64_t yuan) {
  const bool negative = yuan < 0;
  // Hundredths of 万元 are hundreds of yuan: rounded half up (away from zero).
  const unsigned long long magnitude =
      negative ? 0ULL - static_cast<unsigned long long>(yuan) : static_cast<unsigned long long>(yuan);
  const unsigned long long hundredths = (magnitude + 50) / 100;
  const std::string digits = std::to_string(hundredths / 100);
  std::string whole;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) whole += ',';
    whole += digits[i];
  }
  const unsigned long long cents = hundredths % 100;
  std::string out = negative ? "-" : "";
  out += whole;
  out += cents < 10 ? ".0" : ".";
  out += std::to_string(cents);
  return out;
}

std::string bulletin_html(const Bulletin& b, const LightThresholds& t, Lang lang) {
  Page page(lang);
  const std::string title = page.zh() ? "重点项目调度通报（" + b.month.substr(0, 4) + "年" +
                                            std::to_string(std::stoi(b.month.substr(5, 2))) + "月）"
                                      : "Key projects: the monthly bulletin, " + b.month;
  page.raw("<!DOCTYPE html>\n<html lang=\"").raw(page.zh() ? "zh-CN" : "en").raw("\">\n<head>\n<meta charset=\"utf-8\">\n");
  page.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"").raw(kPolicy).raw("\">\n");
  page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").text(title).raw("</title>\n");
  page.raw("<style>").raw(kStyle).raw("</style>\n</head>\n<body>\n<header>\n");
  page.raw("<h1>").text(title).raw("</h1>\n");
  std::string sub = page.zh() ? "截至 " + b.as_of.iso() : "As of " + b.as_of.iso();
  if (b.year_total.tally.projects > 0)
    sub += page.zh() ? "　序时进度 " + share_text(b.schedule) : " · schedule (序时进度) " + share_text(b.schedule);
  for (const auto& f : b.filters) sub += page.zh() ? "　" + f : " · " + f;
  page.note("sub", sub);
  if (!b.note.empty()) page.note("sub", b.note);
  page.raw("</header>\n<main>\n");
  headline(page, b);
  groups(page, b);
  red_amber(page, b, t);
  unstarted(page, b);
  problems(page, b);
  next_month(page, b);
  page.raw("</main>\n<footer>");
  page.text(page.zh() ? "本通报由 keyproj 依截至 " + b.as_of.iso() +
                            " 的调度数据生成；各项数字与同日 `keyproj report`、`keyproj report --year " + std::to_string(b.year) +
                            "` 一致。清单各列最严重的 " + std::to_string(kBulletinListCap) + " 项。"
                      : "Written by keyproj from the reports as of " + b.as_of.iso() +
                            "; every figure is the one `keyproj report` and `keyproj report --year " +
                            std::to_string(b.year) + "` give for that day. Lists show the worst " +
                            std::to_string(kBulletinListCap) + " of each.");
  page.raw("</footer>\n</body>\n</html>\n");
  return page.take();
}

}  // namespace keyproj
