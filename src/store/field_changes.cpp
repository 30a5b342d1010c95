#include "store/field_changes.h"

#include "domain/stage.h"

namespace keyproj {
namespace {

nlohmann::ordered_json opt(const Text& t) { return t ? nlohmann::ordered_json(*t) : nullptr; }
nlohmann::ordered_json opt(const Money& m) { return m ? nlohmann::ordered_json(*m) : nullptr; }

}  // namespace

nlohmann::ordered_json project_facts(const Project& p, LeaderFacts leader) {
  nlohmann::ordered_json facts = {
      {"code", p.code},
      {"name_zh", p.name_zh},
      {"name_en", opt(p.name_en)},
      {"region", p.region},
      {"county", opt(p.county)},
      {"program", opt(p.program)},
      {"category", opt(p.category)},
      {"location", opt(p.location)},
      {"scale", opt(p.scale)},
      {"owner", opt(p.owner)},
      {"stage", stage_name(p.stage)},
      {"budget_yuan", opt(p.budget_yuan)},
      {"planned_start", opt(p.planned_start)},
      {"planned_finish", opt(p.planned_finish)},
      {"finish_source", opt(p.finish_source)},
      {"started_on", opt(p.started_on)},
      {"start_source", opt(p.start_source)},
  };
  if (p.leader || leader == LeaderFacts::Always) {
    facts["leader"] = opt(p.leader);
    facts["leader_id"] = opt(p.leader_id);
  }
  return facts;
}

}  // namespace keyproj
