#include "domain/correction.h"

namespace keyproj {

std::optional<StageMove> decide_stage_correction(const ProjectStanding& p, const StageCorrection& c, bool force,
                                                 const std::optional<std::string>& reason) {
  if (c.to == c.was) return std::nullopt;
  const Stage from = c.before.value_or(c.was);
  // A suspension's stage to return to is known only while the project is suspended.
  const std::optional<Stage> resume = from == Stage::Suspended && p.stage == Stage::Suspended ? p.resume_stage
                                                                                                : std::nullopt;
  const StageMove judged = decide_stage_move(from, resume, c.to, force, reason);
  if (!c.latest || p.stage != c.was) return std::nullopt;
  StageMove move{p.stage, c.to, judged.resume_stage, true, judged.backward};
  return move;
}

}  // namespace keyproj
