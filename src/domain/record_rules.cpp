#include "domain/record_rules.h"

#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {

void require_not_archived(const ProjectStanding& p, const std::string& what) {
  // `what` is marked for the catalogue (N_) where it is written.
  if (p.archived) throw rejected(trf("project {} is archived; it takes no {}", quote(p.code), tr(std::string_view(what))));
}

void require_not_deleted(const Milestone& m) {
  if (m.deleted_on)
    throw rejected(trf("milestone {} was deleted on {}; it takes no changes", m.id, *m.deleted_on));
}

Date event_date(const std::optional<Date>& given, const Date& as_of, std::string_view field) {
  if (!given) return as_of;
  if (*given > as_of)
    throw rejected(trf("{} '{}' is after today ({}); record what has happened, or set --as-of", field, given->iso(),
                       as_of.iso()));
  return *given;
}

StageMove decide_project_move(const ProjectStanding& p, Stage to, bool force, const std::optional<std::string>& reason) {
  return decide_stage_move(p.stage, p.resume_stage, to, force, reason);
}

}  // namespace keyproj
