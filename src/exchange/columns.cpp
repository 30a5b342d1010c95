#include "exchange/columns.h"

#include <array>
#include <cassert>
#include <cstdint>
#include <utility>

#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

using A = std::vector<std::string>;

Field field(std::string key, std::string en, std::string zh, A aliases = {}, Align align = Align::Left) {
  return Field{std::move(key), std::move(en), std::move(zh), std::move(aliases), align, false, false, false};
}
Field derived(std::string key, std::string en, std::string zh, A aliases = {}, Align align = Align::Left) {
  return Field{std::move(key), std::move(en), std::move(zh), std::move(aliases), align, true, false, false};
}
Field shrinkable(std::string key, std::string en, std::string zh) {
  return Field{std::move(key), std::move(en), std::move(zh), {}, Align::Left, true, true, false};
}
// Personal data: exported only when asked for (--contacts).
Field contact(Field f) {
  f.contact = true;
  return f;
}
// A day (or a month or a year where a period is meant): a sheet must show it as a date or text.
Field dated(Field f) {
  f.date = true;
  return f;
}

// Money is exact yuan: its Chinese header says so, for the sheets that name units (（元）).
Field money(Field f) {
  f.money = true;
  return f;
}

Field share(Field f) {
  f.share = true;
  return f;
}

// A narrative (a note, a blocker, a reason, a quote of a plan), the scale of a project and a
// contact (an address) may keep their newlines and tabs.
Field lines(Field f) {
  f.lines = true;
  return f;
}
Field sheet_only(Field f) {
  f.sheet_only = true;
  return f;
}

// The Chinese headers follow the words of the dispatch forms (调度表) and of `project list`.
const std::vector<Field> kProjects{
    field("project_code", "Code", "项目编号", {"code", "项目编码"}),
    field("name_zh", "Name", "项目名称", {"name"}),
    field("name_en", "English name", "英文名称"),
    field("region", "Region", "地区"),
    field("county", "County", "县市区"),
    field("program", "Program", "专栏"),
    field("category", "Category", "类别"),
    field("location", "Location", "建设地点"),
    lines(field("scale", "Scale", "建设规模及内容", {"建设内容"})),
    field("owner", "Owner", "责任单位"),
    // The leader by name (an id is taken too); the phone is the leader's, not the project's.
    field("leader", "Leader", "包保领导"),
    contact(derived("leader_phone", "Leader's phone", "包保领导电话")),
    field("stage", "Stage", "阶段"),
    field("resume_stage", "Resumes at", "停缓建前阶段"),
    money(field("budget_yuan", "Budget", "计划总投资（元）", {"budget", "总投资"}, Align::Right)),
    money(derived("invested_yuan", "Invested", "累计完成投资（元）", {"invested"}, Align::Right)),
    derived("progress_pct", "Progress %", "形象进度（%）", {"progress", "进度"}, Align::Right),
    dated(field("planned_start", "Start", "计划开工", {"start"})),
    dated(field("planned_finish", "Finish", "计划完成", {"finish"})),
    field("finish_source", "Finish source", "完成时间来源"),
    field("plan", "Plan", "所属规划"),
    field("source_file", "Source file", "出处文件"),
    field("source_lines", "Source lines", "出处行"),
    lines(field("source_quote", "Source quote", "原文摘录")),
    derived("last_update", "Last report", "最近调度"),
    dated(field("entered_on", "Entered", "录入日期")),
    // Derived, as the card works them out as of the as-of date: the light (none for a cancelled
    // project), completed this year ÷ the year's planned investment for a project of the as-of
    // year's plan with a plan amount, and the blocker of the latest report. At the end, so the
    // columns before keep their places.
    derived("light", "Light", "灯号"),
    share(derived("plan_completion_rate", "% of annual plan", "年度计划完成率", {}, Align::Right)),
    lines(derived("last_blocker", "Last blocker", "最近调度存在问题")),
};

const std::vector<Field> kMilestones{
    field("id", "ID", "节点编号", {}, Align::Right),
    field("project_code", "Code", "项目编号", {"code", "项目编码"}),
    derived("name_zh", "Name", "项目名称", {"name"}),
    field("title", "Milestone", "节点名称", {"节点"}),
    dated(field("baseline_due", "Baseline due", "原定完成时间", {"baseline"})),
    dated(field("due", "Due", "计划完成时间")),
    dated(field("done_on", "Done", "实际完成时间", {"done"})),
    lines(field("reason", "Reason moved", "调整原因", {"move_reason"})),
    // Last, so the columns before keep their places: an approval node (审批节点) and the one
    // that marks the start (开工).
    field("kind", "Kind", "节点类型"),
    field("marks_start", "Marks the start", "开工节点"),
};

// A template of approval nodes, a node a row in the template's order (domain/node_template.h).
const std::vector<Field> kTemplates{
    field("template", "Template", "模板", {"模板名称"}),
    field("node", "Node", "节点", {"节点名称"}),
    field("after", "After", "前置节点"),
    field("days", "Days", "时限（天）", {"时限"}, Align::Right),
    field("marks_start", "Marks the start", "开工节点"),
};

const std::vector<Field> kUpdates{
    field("id", "ID", "记录编号", {}, Align::Right),
    field("project_code", "Code", "项目编号", {"code", "项目编码"}),
    field("name_zh", "Name", "项目名称", {"name"}),
    dated(field("reported_on", "Date", "调度日期", {"date", "日期"})),
    field("stage", "Stage", "阶段"),
    field("progress_pct", "Progress %", "形象进度（%）", {"progress", "进度"}, Align::Right),
    money(field("invested_yuan", "Invested", "本期完成投资（元）", {"invested", "完成投资"}, Align::Right)),
    lines(field("note", "Note", "进展情况", {"备注"})),
    lines(field("blocker", "Blocker", "存在问题", {"问题"})),
    field("author", "Author", "填报人"),
    // A correction: the id of the original report it corrects, and why.
    field("corrects", "Corrects", "更正记录编号", {}, Align::Right),
    lines(field("reason", "Reason", "更正原因")),
    // What the dispatch template shows a county beside the cells it fills in, last so that an
    // export's columns keep their places.
    sheet_only(derived("county", "County", "县市区")),
    sheet_only(derived("owner", "Owner", "责任单位")),
    sheet_only(derived("leader", "Leader", "包保领导")),
    sheet_only(derived("stage_now", "Stage now", "当前阶段")),
    sheet_only(money(derived("invested_total", "Invested to date", "累计完成投资（元）", {}, Align::Right))),
    sheet_only(money(derived("plan_yuan", "Plan this year", "年度计划投资（元）", {}, Align::Right))),
    sheet_only(share(derived("plan_share", "% of plan", "年度计划完成率（%）", {}, Align::Right))),
};

const std::vector<Field> kOwners{
    field("name", "Owner", "单位名称", {"责任单位"}),
    field("kind", "Kind", "类型"),
    // A person, a phone or an address: personal data, as a leader's phone is.
    contact(lines(field("contact", "Contact", "联系方式"))),
    derived("projects", "Projects", "项目数", {}, Align::Right),
};

// The annual plan, as a city's list (年度重点项目计划表) gives it: a project by its code or its
// name, the year (else the import's --year), the class, the year's planned investment (a sheet
// writes it in 万元, and says so in its header), a new start's month, a completing project's
// finish.
const std::vector<Field> kPlans{
    field("project_code", "Code", "项目编号", {"code", "项目编码"}),
    field("name_zh", "Name", "项目名称", {"name"}),
    field("year", "Year", "年度", {"年份"}, Align::Right),
    field("class", "Class", "类别", {"项目类别"}),
    money(field("investment_yuan", "Annual plan", "年度计划投资（元）", {"investment", "年度计划"}, Align::Right)),
    dated(field("planned_start", "Start", "计划开工", {"start", "计划开工时间"})),
    dated(field("planned_finish", "Finish", "计划竣工", {"finish", "计划竣工时间"})),
    // Who set the entry, as a report's author: a county's sheet may name its officer.
    field("author", "Author", "填报人"),
};

// Problems (问题清单) as they stand: the log of each one's entries stays in its database.
const std::vector<Field> kProblems{
    field("id", "ID", "问题编号", {}, Align::Right),
    field("project_code", "Code", "项目编号", {"code", "项目编码"}),
    derived("name_zh", "Name", "项目名称", {"name"}),
    lines(field("text", "Problem", "问题", {"存在问题"})),
    field("unit", "Unit", "责任单位"),
    field("level", "Level", "级别"),
    dated(field("raised_on", "Raised", "提出日期")),
    dated(field("due", "Due", "办结期限", {"期限"})),
    field("status", "Status", "状态"),
    dated(field("resolved_on", "Resolved", "销号日期")),
    lines(field("resolution", "Resolution", "办理情况")),
};

// The responsible leaders (包保领导), by id: two may share a name, and a copy of a database keeps
// the ids its projects' histories name. The phone is personal data, as an owner's contact is.
const std::vector<Field> kLeaders{
    field("id", "ID", "领导编号", {}, Align::Right),
    field("name", "Leader", "包保领导", {"姓名"}),
    field("title", "Title", "职务"),
    contact(field("phone", "Phone", "电话", {"联系电话"})),
    derived("projects", "Projects", "项目数", {}, Align::Right),
};

// The overdue list as `overdue` shows it; every column is derived.
const std::vector<Field> kOverdue{
    derived("kind", "Kind", "类型"),
    derived("project_code", "Code", "项目编号"),
    shrinkable("project_name", "Name", "项目名称"),
    derived("region", "Region", "地区"),
    shrinkable("owner", "Owner", "责任单位"),
    shrinkable("leader", "Leader", "包保领导"),
    contact(derived("leader_phone", "Leader's phone", "包保领导电话")),
    shrinkable("milestone", "Milestone", "里程碑"),
    dated(derived("due", "Due", "应完成日期")),
    derived("days_late", "Days late", "逾期天数", {}, Align::Right),
    // A problem's; at the end, so the columns before keep their places in every format.
    shrinkable("unit", "Unit", "问题责任单位"),
    derived("level", "Level", "级别"),
};

}  // namespace

What parse_what(std::string_view text, bool exporting) {
  if (text == "projects") return What::Projects;
  if (text == "milestones") return What::Milestones;
  if (text == "updates") return What::Updates;
  if (text == "owners") return What::Owners;
  if (text == "plans") return What::Plans;
  if (text == "problems") return What::Problems;
  if (text == "templates") return What::Templates;
  if (text == "leaders") return What::Leaders;
  if (text == "overdue" && exporting) return What::Overdue;
  if (text == "overdue")
    throw usage_error(tr("what 'overdue' cannot be imported: the overdue list is computed from projects and milestones"));
  throw usage_error(exporting ? trf("what {} is not known; use projects, milestones, updates, owners, leaders, plans, "
                                    "problems, templates or overdue",
                                    quote(text))
                              : trf("what {} is not known; use projects, milestones, updates, owners, leaders, plans, "
                                    "problems or templates",
                                    quote(text)));
}

std::string_view what_name(What w) {
  switch (w) {
    case What::Projects: return "projects";
    case What::Milestones: return "milestones";
    case What::Updates: return "updates";
    case What::Owners: return "owners";
    case What::Plans: return "plans";
    case What::Overdue: return "overdue";
    case What::Problems: return "problems";
    case What::Templates: return "templates";
    case What::Leaders: return "leaders";
  }
  return "";
}

std::string what_label(What w) {
  switch (w) {
    case What::Projects: return trc("records", "projects");
    case What::Milestones: return trc("records", "milestones");
    case What::Updates: return trc("records", "updates");
    case What::Owners: return trc("records", "owners");
    case What::Plans: return trc("records", "plans");
    case What::Overdue: return trc("records", "overdue");
    case What::Problems: return trc("records", "problems");
    case What::Templates: return trc("records", "templates");
    case What::Leaders: return trc("records", "leaders");
  }
  return "";
}

const ColumnTable& column_table(What w) {
  static const ColumnTable projects{What::Projects, kProjects}, milestones{What::Milestones, kMilestones},
      updates{What::Updates, kUpdates}, owners{What::Owners, kOwners}, plans{What::Plans, kPlans},
      overdue{What::Overdue, kOverdue}, problems{What::Problems, kProblems}, templates{What::Templates, kTemplates},
      leaders{What::Leaders, kLeaders};
  switch (w) {
    case What::Projects: return projects;
    case What::Milestones: return milestones;
    case What::Updates: return updates;
    case What::Owners: return owners;
    case What::Plans: return plans;
    case What::Overdue: return overdue;
    case What::Problems: return problems;
    case What::Templates: return templates;
    case What::Leaders: return leaders;
  }
  return projects;
}

const std::vector<Field>& fields_of(What w) { return column_table(w).fields; }
std::size_t field_index(What w, std::string_view key) { return column_table(w).index(key); }
std::optional<std::size_t> find_field(What w, std::string_view header) { return column_table(w).find(header); }

std::size_t ColumnTable::index(std::string_view key) const {
  // Every value of every imported row is found here, by a key the code spells as a literal.
  // The field found last time for the same text (the same literal) is tried first, and
  // checked, so a guess is only ever a shortcut; then every field, length and first letter
  // before the bytes.
  thread_local std::array<std::pair<const char*, std::size_t>, 64> recent{};
  auto& guess = recent[(reinterpret_cast<std::uintptr_t>(key.data()) >> 2) % recent.size()];
  if (guess.first == key.data() && guess.second < fields.size() && fields[guess.second].key == key)
    return guess.second;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::string_view k = fields[i].key;
    if (k.size() == key.size() && !k.empty() && k[0] == key[0] && k == key) {
      guess = {key.data(), i};
      return i;
    }
  }
  assert(false && "no such field");
  return 0;
}

std::vector<Column> output_columns(What w, bool contacts) {
  std::vector<Column> columns;
  for (const Field& f : fields_of(w))
    if ((contacts || !f.contact) && !f.sheet_only)
      columns.push_back(of_kind({f.key, f.label_en, f.label_zh, f.align, f.shrinkable},
                                f.share ? Kind::Share : f.money ? Kind::Money : Kind::Plain));
  return columns;
}

std::vector<Cell> output_cells(What w, std::vector<Cell> cells, bool contacts) {
  if (contacts) return cells;
  const auto& fields = fields_of(w);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i < fields.size() && fields[i].contact) continue;
    if (kept != i) cells[kept] = std::move(cells[i]);  // never onto itself: that would empty it
    ++kept;
  }
  cells.resize(kept);
  return cells;
}

}  // namespace keyproj
