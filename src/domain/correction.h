#pragma once
// What a correction of a report's stage does to the project (README "Corrections"). The
// corrected stage is judged as a move made on the corrected report's date would have been:
// from the stage the project was in before that report (the stage of the report in force
// before it; for the project's first report, the stage that report recorded, the only one
// known), by the stage machine's rules (decide_stage_move). The project's own stage follows
// the correction only when the corrected report is its latest and nothing has moved the stage
// since (it still is the stage that report recorded); otherwise a later report or edit set the
// stage the project is in, and it stays.

#include <optional>
#include <string>

#include "domain/model.h"
#include "domain/stage_move.h"

namespace keyproj {

struct StageCorrection {
  std::optional<Stage> before;  // the stage of the report in force before the corrected one
  Stage was;                    // the stage the corrected report recorded
  Stage to;                     // the stage the correction gives
  bool latest = false;          // no report in force follows the corrected one
};

// The move of the project's stage the correction makes, or none. Throws Error(Rejected) with
// decide_stage_move's sentence when the corrected stage is a refused move from the stage
// before, or a backward one without `force` and a non-empty `reason`.
std::optional<StageMove> decide_stage_correction(const ProjectStanding& p, const StageCorrection& c, bool force,
                                                 const std::optional<std::string>& reason);

}  // namespace keyproj
