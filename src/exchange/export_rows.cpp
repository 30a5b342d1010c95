#include "exchange/export_rows.h"

#include "domain/category.h"
#include "domain/finish_source.h"
#include "domain/year_tally.h"

namespace keyproj {
namespace {

Cell text(const Text& t) { return t ? Cell(*t) : Cell(std::monostate{}); }
Cell money(const Money& m) { return m ? Cell(MoneyCell{*m}) : Cell(std::monostate{}); }

Cell stage(Stage s, Lang words) { return std::string(stage_name_in(s, words)); }

// A stored word in `words`: its Chinese name where `zh_of` knows one, else as stored.
template <typename ZhOf>
Cell word(const Text& stored, Lang words, ZhOf zh_of) {
  if (!stored) return std::monostate{};
  if (words == Lang::Zh)
    if (const auto zh = zh_of(*stored)) return std::string(*zh);
  return *stored;
}

// 县级 for `county`: a problem's level as stored, in Chinese.
std::optional<std::string_view> level_zh(std::string_view stored) {
  const auto level = problem_level_from_name(stored);
  return level ? std::optional(problem_level_name_zh(*level)) : std::nullopt;
}

// Completed this year ÷ the year's plan, as report --year rounds it (hundredths of a percent),
// as a fraction; none outside the as-of year's plan or without a plan amount.
Cell plan_completion(const Project& p) {
  if (!p.year_plan || !p.year_plan->plan_yuan) return std::monostate{};
  const auto hundredths = share(p.year_plan->completed_yuan, *p.year_plan->plan_yuan);
  return hundredths ? Cell(static_cast<double>(*hundredths) / 10000.0) : Cell(std::monostate{});
}

}  // namespace

std::vector<Cell> project_cells(const Project& p, Lang words, const ProjectDerived& derived) {  // contacts too: see output_cells
  return {
      p.code,
      p.name_zh,
      text(p.name_en),
      p.region,
      text(p.county),
      text(p.program),
      word(p.category, words, category_name_zh),
      text(p.location),
      text(p.scale),
      text(p.owner),
      text(p.leader),
      text(p.leader_phone),
      stage(p.stage, words),
      p.resume_stage ? stage(*p.resume_stage, words) : Cell(std::monostate{}),
      money(p.budget_yuan),
      MoneyCell{p.invested_yuan},
      p.progress_pct ? Cell(std::int64_t{*p.progress_pct}) : Cell(std::monostate{}),
      text(p.planned_start),
      text(p.planned_finish),
      word(p.finish_source, words, finish_source_name_zh),
      text(p.plan),
      text(p.source_file),
      text(p.source_lines),
      text(p.source_quote),
      text(p.last_update),
      p.created_on,
      derived.light ? Cell(std::string(words == Lang::Zh ? light_name_zh(*derived.light) : light_name(*derived.light)))
                    : Cell(std::monostate{}),
      plan_completion(p),
      text(derived.last_blocker),
  };
}

std::vector<Cell> leader_cells(const Leader& l, std::int64_t projects) {
  return {l.id, l.name, l.title, text(l.phone), projects};
}

std::vector<Cell> owner_cells(const Owner& o, std::int64_t projects) {
  return {o.name, text(o.kind), text(o.contact), projects};
}

namespace {
Cell yes(bool value, Lang words) {
  if (!value) return std::monostate{};
  return std::string(words == Lang::Zh ? "是" : "yes");
}
}  // namespace

std::vector<Cell> milestone_cells(const Milestone& m, const std::string& name_zh, const Text& reason, Lang words) {
  return {m.id,
          m.project_code,
          name_zh,
          m.title,
          text(m.baseline_due),
          text(m.due),
          text(m.done_on),
          text(reason),
          std::string(words == Lang::Zh ? milestone_kind_name_zh(m.kind) : milestone_kind_name(m.kind)),
          yes(m.marks_start, words)};
}

std::vector<std::vector<Cell>> template_rows(const NodeTemplate& t, Lang words) {
  std::vector<std::vector<Cell>> out;
  for (const auto& n : t.nodes) out.push_back({t.name, n.title, text(n.after), n.days, yes(n.marks_start, words)});
  return out;
}

std::vector<Cell> plan_cells(const PlanEntry& e, Lang words) {
  return {e.project_code,
          e.project_name,
          std::int64_t{e.year},
          std::string(words == Lang::Zh ? plan_class_name_zh(e.plan_class) : plan_class_name(e.plan_class)),
          money(e.investment_yuan),
          text(e.planned_start),
          text(e.planned_finish),
          e.author};
}

std::vector<Cell> update_cells(const ProgressUpdate& u, const std::string& name_zh, Lang words) {
  return {u.id,
          u.project_code,
          name_zh,
          u.reported_on,
          word(u.stage, words, stage_zh_of),
          u.progress_pct ? Cell(std::int64_t{*u.progress_pct}) : Cell(std::monostate{}),
          money(u.invested_yuan),
          text(u.note),
          text(u.blocker),
          u.author,
          u.corrects_id ? Cell(*u.corrects_id) : Cell(std::monostate{}),
          text(u.reason)};
}

std::vector<Cell> overdue_cells(const OverdueRow& r, Lang words) {
  return {std::string(words == Lang::Zh ? overdue_kind_name_zh(r.kind) : overdue_kind_name(r.kind)), r.project_code, r.project_name, r.region, text(r.owner),
          text(r.leader), text(r.leader_phone), text(r.milestone), r.due,
          r.days_late, text(r.unit), word(r.level, words, level_zh)};
}

std::vector<Cell> problem_row_cells(const Problem& p, const std::string& name_zh, Lang words) {
  const bool zh = words == Lang::Zh;
  return {p.id,
          p.project_code,
          name_zh,
          p.text,
          text(p.unit),
          std::string(zh ? problem_level_name_zh(p.level) : problem_level_name(p.level)),
          p.raised_on,
          text(p.due),
          // The words import reads back in either language (import_problem_list.cpp).
          std::string(p.open() ? (zh ? "未销号" : "open") : (zh ? "已销号" : "resolved")),
          text(p.resolved_on),
          text(p.resolution)};
}

}  // namespace keyproj
