#include "domain/stage_move.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace keyproj {
namespace {

// The sentence and exit code of a refused move, or "" when the move is taken.
std::string refusal(Stage from, std::optional<Stage> resume, Stage to, bool force,
                    std::optional<std::string> reason = std::nullopt) {
  try {
    decide_stage_move(from, resume, to, force, reason);
    return "";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    return e.what();
  }
}

TEST(StageMove, ForwardMovesMaySkipStages) {
  const auto m = decide_stage_move(Stage::Planned, std::nullopt, Stage::Completed, false, std::nullopt);
  EXPECT_TRUE(m.changed);
  EXPECT_FALSE(m.backward);
  EXPECT_EQ(m.to, Stage::Completed);
  EXPECT_EQ(m.resume_stage, std::nullopt);
}

TEST(StageMove, SuspendingKeepsTheStageLeft) {
  for (Stage from : {Stage::Planned, Stage::Preparing, Stage::Building}) {
    const auto m = decide_stage_move(from, std::nullopt, Stage::Suspended, false, std::nullopt);
    EXPECT_TRUE(m.changed);
    EXPECT_EQ(m.resume_stage, from) << stage_name(from);
  }
}

TEST(StageMove, ResumingReturnsToTheStageLeftAndForgetsIt) {
  const auto m = decide_stage_move(Stage::Suspended, Stage::Preparing, Stage::Preparing, false, std::nullopt);
  EXPECT_TRUE(m.changed);
  EXPECT_FALSE(m.backward);
  EXPECT_EQ(m.resume_stage, std::nullopt);
}

TEST(StageMove, ResumingElsewhereNeedsForceAndReason) {
  EXPECT_EQ(refusal(Stage::Suspended, Stage::Preparing, Stage::Building, false),
            "stage suspended → building needs --force and --reason: a suspended project returns to the stage it left "
            "(preparing)");
  const auto m = decide_stage_move(Stage::Suspended, Stage::Preparing, Stage::Building, true, "资金到位，直接复工");
  EXPECT_TRUE(m.backward);
  EXPECT_EQ(m.to, Stage::Building);
  EXPECT_EQ(m.resume_stage, std::nullopt);
}

TEST(StageMove, StayingSuspendedKeepsTheStageToReturnTo) {
  const auto m = decide_stage_move(Stage::Suspended, Stage::Building, Stage::Suspended, false, std::nullopt);
  EXPECT_FALSE(m.changed);
  EXPECT_EQ(m.resume_stage, Stage::Building);
}

TEST(StageMove, CancellingIsAllowedFromAnyStageAndIsFinal) {
  for (Stage from : {Stage::Planned, Stage::Preparing, Stage::Building, Stage::Completed, Stage::Operating,
                     Stage::Suspended}) {
    const auto m = decide_stage_move(from, Stage::Building, Stage::Cancelled, false, std::nullopt);
    EXPECT_TRUE(m.changed) << stage_name(from);
    EXPECT_EQ(m.resume_stage, std::nullopt);
  }
  // Not even --force with a reason brings a cancelled project back.
  EXPECT_EQ(refusal(Stage::Cancelled, std::nullopt, Stage::Building, true, "重新启动"),
            "stage cancelled → building is refused: a cancelled project stays cancelled");
}

TEST(StageMove, CompletedProjectsCannotBeSuspendedEvenWithForce) {
  EXPECT_EQ(refusal(Stage::Operating, std::nullopt, Stage::Suspended, true, "停产"),
            "stage operating → suspended is refused: only a project not yet completed can be suspended");
}

TEST(StageMove, BackwardNeedsBothForceAndAReason) {
  const std::string why = "stage building → preparing is a backward move; it needs --force and --reason";
  EXPECT_EQ(refusal(Stage::Building, std::nullopt, Stage::Preparing, false), why);
  EXPECT_EQ(refusal(Stage::Building, std::nullopt, Stage::Preparing, false, "重新报批"), why);
  EXPECT_EQ(refusal(Stage::Building, std::nullopt, Stage::Preparing, true), why);
  EXPECT_EQ(refusal(Stage::Building, std::nullopt, Stage::Preparing, true, ""), why);
  const auto m = decide_stage_move(Stage::Building, std::nullopt, Stage::Preparing, true, "重新报批");
  EXPECT_TRUE(m.changed);
  EXPECT_TRUE(m.backward);
  EXPECT_EQ(m.from, Stage::Building);
  EXPECT_EQ(m.to, Stage::Preparing);
}

TEST(StageMove, SameStageChangesNothing) {
  const auto m = decide_stage_move(Stage::Building, std::nullopt, Stage::Building, false, std::nullopt);
  EXPECT_FALSE(m.changed);
  EXPECT_FALSE(m.backward);
}

}  // namespace
}  // namespace keyproj
