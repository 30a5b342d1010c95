#include "store/portfolio_filter.h"

#include "store/as_of.h"
#include "store/leaders.h"
#include "store/owners.h"
#include "store/regions.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {

void require_known(Database& db, PortfolioFilter& f) {
  if (f.region) region_id(db, *f.region);
  if (f.owner && !find_owner_id(db, *f.owner))
    throw rejected(trf("owner {} is not known; 'keyproj owner list' shows the owners", quote(*f.owner)));
  if (f.leader) f.leader_id = resolve_leader(db, *f.leader).id;
  if (f.program) {
    sql::Statement q(db.sql(), "SELECT 1 FROM program WHERE name = ?");
    q.bind(1, *f.program);
    if (!q.step()) throw rejected(trf("program {} is not known", quote(*f.program)));
  }
}

std::string portfolio_joins_sql() {
  return "JOIN region r ON r.id = p.region_id "
         "LEFT JOIN owner o ON o.id = p.owner_id "
         "LEFT JOIN leader ld ON ld.id = p.leader_id "
         "LEFT JOIN program pg ON pg.id = p.program_id ";
}

std::string filter_condition(const PortfolioFilter& f) {
  std::string sql = in_portfolio_then_sql() + " ";
  // The region as an officer names it (TM, tm, 天门, 天门市): a subquery evaluated once.
  if (f.region) sql += "AND r.code = " + region_named_sql(":region") + " ";
  if (f.stage) sql += "AND " + stage_then_sql() + " = :stage ";
  // The owner the name names: a merged owner's name finds the owner it was merged into.
  if (f.owner) sql += "AND p.owner_id = (SELECT coalesce(ow.merged_into, ow.id) FROM owner ow WHERE ow.name = :owner) ";
  if (f.leader) sql += "AND p.leader_id = :leader ";
  if (f.program) sql += "AND pg.name = :program ";
  if (f.search)
    sql += "AND (instr(p.code, :search) > 0 OR instr(p.name_zh, :search) > 0 "
           "     OR instr(lower(coalesce(p.name_en, '')), lower(:search)) > 0) ";
  return sql;
}

void bind_filter(sql::Statement& q, const PortfolioFilter& f) {
  bind_as_of(q, f.as_of);
  if (f.region) q.bind(":region", *f.region);
  if (f.stage) q.bind(":stage", std::string(stage_name(*f.stage)));
  if (f.owner) q.bind(":owner", *f.owner);
  if (f.leader) q.bind(":leader", f.leader_id.value_or(0));  // 0: no leader has it
  if (f.program) q.bind(":program", *f.program);
  if (f.search) q.bind(":search", *f.search);
}

}  // namespace keyproj
