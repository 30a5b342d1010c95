#pragma once
// A stage change as `log --stage` and `project edit --stage` apply it: check_move's verdict
// turned into what the project stores afterwards, or a refusal that writes nothing.

#include <optional>
#include <string>

#include "domain/stage.h"

namespace keyproj {

struct StageMove {
  Stage from;
  Stage to;
  // What the project keeps as resume_stage afterwards: the stage a suspension left, and
  // nothing once the project is no longer suspended.
  std::optional<Stage> resume_stage;
  bool changed = false;  // false when `to` is the stage the project is already in
  bool backward = false;  // taken with --force and a reason
};

// Decides the move from `from` (whose resume stage, when suspended, is `resume_to`) to `to`.
// Throws Error(Rejected) with check_move's sentence for a refused move, and for a backward
// one unless `force` is set and `reason` is not empty.
StageMove decide_stage_move(Stage from, std::optional<Stage> resume_to, Stage to, bool force,
                            const std::optional<std::string>& reason);

}  // namespace keyproj
