#include "domain/record_rules.h"

#include "util/error.h"
#include "util/text.h"

namespace keyproj {

void require_not_archived(const ProjectStanding& p, const std::string& what) {
  if (p.archived) throw rejected("project " + quote(p.code) + " is archived; it takes no " + what);
}

void require_not_deleted(const Milestone& m) {
  if (m.deleted_on)
    throw rejected("milestone " + std::to_string(m.id) + " was deleted on " + *m.deleted_on + "; it takes no changes");
}

Date event_date(const std::optional<Date>& given, const Date& as_of, std::string_view field) {
  if (!given) return as_of;
  if (*given > as_of)
    throw rejected(std::string(field) + " '" + given->iso() + "' is after today (" + as_of.iso() +
                   "); record what has happened, or set --as-of");
  return *given;
}

StageMove decide_project_move(const ProjectStanding& p, Stage to, bool force, const std::optional<std::string>& reason) {
  return decide_stage_move(p.stage, p.resume_stage, to, force, reason);
}

}  // namespace keyproj
