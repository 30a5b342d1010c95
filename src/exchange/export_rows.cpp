#include "exchange/export_rows.h"

namespace keyproj {
namespace {

Cell text(const Text& t) { return t ? Cell(*t) : Cell(std::monostate{}); }
Cell money(const Money& m) { return m ? Cell(MoneyCell{*m}) : Cell(std::monostate{}); }

}  // namespace

std::vector<Cell> project_cells(const Project& p) {
  return {
      p.code,
      p.name_zh,
      text(p.name_en),
      p.region,
      text(p.county),
      text(p.program),
      text(p.category),
      text(p.location),
      text(p.scale),
      text(p.owner),
      std::string(stage_name(p.stage)),
      p.resume_stage ? Cell(std::string(stage_name(*p.resume_stage))) : Cell(std::monostate{}),
      money(p.budget_yuan),
      MoneyCell{p.invested_yuan},
      p.progress_pct ? Cell(std::int64_t{*p.progress_pct}) : Cell(std::monostate{}),
      text(p.planned_start),
      text(p.planned_finish),
      text(p.finish_source),
      text(p.plan),
      text(p.source_file),
      text(p.source_lines),
      text(p.source_quote),
      text(p.last_update),
      p.created_on,
  };
}

std::vector<Cell> owner_cells(const Owner& o, std::int64_t projects) {
  return {o.name, text(o.kind), text(o.contact), projects};
}

std::vector<Cell> milestone_cells(const Milestone& m, const std::string& name_zh, const Text& reason) {
  return {m.id, m.project_code, name_zh, m.title, text(m.baseline_due), text(m.due), text(m.done_on), text(reason)};
}

std::vector<Cell> plan_cells(const PlanEntry& e) {
  return {e.project_code,
          e.project_name,
          std::int64_t{e.year},
          std::string(plan_class_name(e.plan_class)),
          money(e.investment_yuan),
          text(e.planned_start),
          text(e.planned_finish)};
}

std::vector<Cell> update_cells(const ProgressUpdate& u, const std::string& name_zh) {
  return {u.id,
          u.project_code,
          name_zh,
          u.reported_on,
          text(u.stage),
          u.progress_pct ? Cell(std::int64_t{*u.progress_pct}) : Cell(std::monostate{}),
          money(u.invested_yuan),
          text(u.note),
          text(u.blocker),
          u.author,
          u.corrects_id ? Cell(*u.corrects_id) : Cell(std::monostate{}),
          text(u.reason)};
}

std::vector<Cell> overdue_cells(const OverdueRow& r, std::string_view kind) {
  return {std::string(kind), r.project_code, r.project_name, r.region, text(r.owner), text(r.milestone), r.due,
          r.days_late};
}

}  // namespace keyproj
