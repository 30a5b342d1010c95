#include "domain/stage_move.h"

#include "util/error.h"

namespace keyproj {

StageMove decide_stage_move(Stage from, std::optional<Stage> resume_to, Stage to, bool force,
                            const std::optional<std::string>& reason) {
  const MoveCheck check = check_move(from, to, resume_to);
  StageMove move{from, to, std::nullopt, false, false};
  switch (check.kind) {
    case MoveKind::Same:
      // Nothing moves, so a suspended project keeps the stage it will return to.
      move.resume_stage = from == Stage::Suspended ? resume_to : std::nullopt;
      return move;
    case MoveKind::Refused:
      throw rejected(check.why);
    case MoveKind::Backward:
      if (!force || !reason || reason->empty()) throw rejected(check.why);
      move.backward = true;
      break;
    case MoveKind::Allowed:
      break;
  }
  move.changed = true;
  if (to == Stage::Suspended) move.resume_stage = from;
  return move;
}

}  // namespace keyproj
