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
      p.stage,
      text(p.resume_stage),
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

}  // namespace keyproj
