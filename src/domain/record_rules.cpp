#include "domain/record_rules.h"

#include "util/error.h"

namespace keyproj {

void require_not_archived(const ProjectStanding& p, const std::string& what) {
  if (p.archived) throw rejected("project '" + p.code + "' is archived; it takes no " + what);
}

Date event_date(const std::optional<Date>& given, const Date& as_of, std::string_view field) {
  if (!given) return as_of;
  if (*given > as_of)
    throw rejected(std::string(field) + " '" + given->iso() + "' is after today (" + as_of.iso() +
                   "); record what has happened, or set --as-of");
  return *given;
}

StageMove decide_project_move(const ProjectStanding& p, Stage to, bool force, const std::optional<std::string>& reason) {
  const Stage from = parse_stage(p.stage, "stage");
  std::optional<Stage> resume;
  if (p.resume_stage) resume = stage_from_name(*p.resume_stage);
  return decide_stage_move(from, resume, to, force, reason);
}

}  // namespace keyproj
