#include "view/calendar_view.h"

namespace keyproj {
namespace {

struct Words {
  bool zh;
  std::string operator()(std::string_view en, std::string_view zh_text) const {
    return std::string(zh ? zh_text : en);
  }
};

std::string uid(const Project& p, std::string_view table, std::int64_t id) {
  return p.region + "-" + p.code + "-" + std::string(table) + "-" + std::to_string(id) + "@keyproj";
}

// Whether an item closed on `closed` is still sent, cancelled, on `as_of`. A milestone deleted
// after `as_of` was a mistake on every date, so it is cancelled too.
bool recently_closed(const std::string& closed, const Date& as_of) {
  const auto day = iso_days(closed);
  return day && *day >= as_of.days() - kCancelledDays;
}

std::string summary(const Project& p, std::string_view what, const Words& L) {
  return p.code + " " + p.name_zh + L(": ", "：") + std::string(what);
}

void add_line(std::string& text, const std::string& label, const std::string& value, const Words& L) {
  if (!text.empty()) text += "\n";
  text += label + L(": ", "：") + value;
}

std::string leader_text(const Project& p, const Words& L) {
  if (!p.leader) return L("(none)", "（未定）");
  return *p.leader + (p.leader_title ? L(", ", "，") + *p.leader_title : "");
}

}  // namespace

std::optional<IcsEvent> milestone_event(const Project& p, const Milestone& m, int changes, const Date& as_of,
                                        Lang words) {
  if (!m.due) return std::nullopt;
  const Words L{words == Lang::Zh};
  const Text& closed = m.deleted_on ? m.deleted_on : m.done_on;
  if (closed && !recently_closed(*closed, as_of)) return std::nullopt;
  const bool approval = m.kind == MilestoneKind::Approval;
  const std::string kind = approval ? L("Approval node", "审批节点") : L("Milestone", "里程碑");
  IcsEvent e;
  e.uid = uid(p, "milestone", m.id);
  e.day = *m.due;
  e.summary = summary(p, m.title, L);
  add_line(e.description, L("Kind", "类型"), kind, L);
  add_line(e.description, L("Project", "项目"), p.code + " " + p.name_zh, L);
  add_line(e.description, L("Owner", "责任单位"), p.owner.value_or(L("(not stated)", "（未载明）")), L);
  add_line(e.description, L("Leader", "包保领导"), leader_text(p, L), L);
  add_line(e.description, L("Due", "计划完成"), *m.due, L);
  if (m.baseline_due && *m.baseline_due != *m.due) add_line(e.description, L("Baseline", "原定完成"), *m.baseline_due, L);
  if (m.deleted_on) add_line(e.description, L("Deleted", "已删除"), *m.deleted_on, L);
  else if (m.done_on) add_line(e.description, L("Done", "已完成"), *m.done_on, L);
  e.categories = {kind};
  e.sequence = changes;
  e.cancelled = closed.has_value();
  return e;
}

std::optional<IcsEvent> problem_event(const Project& p, const Problem& problem, int changes, const Date& as_of,
                                      Lang words) {
  if (!problem.due) return std::nullopt;
  const Words L{words == Lang::Zh};
  if (problem.resolved_on && !recently_closed(*problem.resolved_on, as_of)) return std::nullopt;
  const std::string kind = L("Problem", "问题");
  IcsEvent e;
  e.uid = uid(p, "problem", problem.id);
  e.day = *problem.due;
  e.summary = summary(p, problem.text, L);
  add_line(e.description, L("Kind", "类型"), kind, L);
  add_line(e.description, L("Project", "项目"), p.code + " " + p.name_zh, L);
  if (problem.unit) add_line(e.description, L("Unit", "责任单位"), *problem.unit, L);
  add_line(e.description, L("Project owner", "项目责任单位"), p.owner.value_or(L("(not stated)", "（未载明）")), L);
  add_line(e.description, L("Leader", "包保领导"), leader_text(p, L), L);
  add_line(e.description, L("Level", "层级"),
           std::string(words == Lang::Zh ? problem_level_name_zh(problem.level) : problem_level_name(problem.level)), L);
  add_line(e.description, L("Raised", "提出"), problem.raised_on, L);
  add_line(e.description, L("Deadline", "限期"), *problem.due, L);
  if (problem.resolved_on) add_line(e.description, L("Resolved", "已销号"), *problem.resolved_on, L);
  e.categories = {kind};
  e.sequence = changes;
  e.cancelled = problem.resolved_on.has_value();
  return e;
}

std::string calendar_name(std::optional<MilestoneKind> kind, const std::vector<std::string>& pieces, Lang words) {
  const bool zh = words == Lang::Zh;
  const Words L{zh};
  std::string conditions;
  for (const auto& piece : pieces) {
    if (!conditions.empty()) conditions += zh ? "，" : ", ";
    conditions += piece;
  }
  const std::string what = !kind                              ? L("Key project milestones and deadlines", "重点项目节点与问题时限")
                           : *kind == MilestoneKind::Approval ? L("Key project approval nodes", "重点项目审批节点")
                                                              : L("Key project milestones", "重点项目里程碑");
  if (conditions.empty()) return what;
  return zh ? what + "（" + conditions + "）" : what + " (" + conditions + ")";
}

}  // namespace keyproj
