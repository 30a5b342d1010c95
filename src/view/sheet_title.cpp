#include "view/sheet_title.h"

#include "domain/stage.h"

namespace keyproj {
namespace {

std::string piece(Lang lang, std::string_view en, std::string_view zh, const std::string& value) {
  return std::string(lang == Lang::Zh ? zh : en) + " " + value;
}

}  // namespace

std::vector<std::string> filter_pieces(const PortfolioFilter& f, Lang lang) {
  const bool zh = lang == Lang::Zh;
  std::vector<std::string> out;
  if (f.region) out.push_back(piece(lang, "region", "地区", *f.region));
  if (f.stage) out.push_back(piece(lang, "stage", "阶段", std::string(zh ? stage_name_zh(*f.stage) : stage_name(*f.stage))));
  if (f.owner) out.push_back(piece(lang, "owner", "责任单位", *f.owner));
  if (f.leader) out.push_back(piece(lang, "leader", "包保领导", *f.leader));
  if (f.program) out.push_back(piece(lang, "program", "专栏", *f.program));
  if (f.search) out.push_back(piece(lang, "name or code containing", "名称或编号含", *f.search));
  return out;
}

std::vector<std::string> overdue_pieces(const OverdueQuery& q, Lang lang) {
  const bool zh = lang == Lang::Zh;
  std::vector<std::string> out = filter_pieces(q.filter, lang);
  const std::pair<bool, OverdueKind> kinds[] = {{q.milestones, OverdueKind::Milestone},
                                                {q.approvals, OverdueKind::Approval},
                                                {q.projects, OverdueKind::Project},
                                                {q.stale, OverdueKind::Stale},
                                                {q.starts, OverdueKind::Start},
                                                {q.problems, OverdueKind::Problem}};
  std::string listed;
  bool all = true;
  for (const auto& [on, kind] : kinds) {
    all = all && on;
    if (!on) continue;
    if (!listed.empty()) listed += zh ? "、" : ", ";
    listed += zh ? overdue_kind_name_zh(kind) : overdue_kind_name(kind);
  }
  if (!all) out.push_back(zh ? "类型 " + listed : "kinds " + listed);
  if (q.min_days > 1)
    out.push_back(zh ? "逾期" + std::to_string(q.min_days) + "天及以上"
                     : "at least " + std::to_string(q.min_days) + " days late");
  if (q.stale)
    out.push_back(zh ? "未按期调度：超过" + std::to_string(q.stale_days) + "天未调度"
                     : "stale after " + std::to_string(q.stale_days) + " days without a report");
  return out;
}

std::string sheet_title(std::string_view what, const Date& as_of, const std::vector<std::string>& pieces, Lang lang) {
  const bool zh = lang == Lang::Zh;
  std::string conditions;
  for (const auto& p : pieces) {
    if (!conditions.empty()) conditions += zh ? "，" : ", ";
    conditions += p;
  }
  if (zh) return std::string(what) + "（截至" + as_of.iso() + (conditions.empty() ? "" : "；" + conditions) + "）";
  return std::string(what) + ", as of " + as_of.iso() + (conditions.empty() ? "" : "; " + conditions);
}

}  // namespace keyproj
