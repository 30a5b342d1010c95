#include "domain/correction.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace keyproj {
namespace {

ProjectStanding in(Stage s) {
  ProjectStanding p;
  p.code = "TM-1";
  p.stage = s;
  return p;
}

TEST(StageCorrection, TheLatestReportsStageCorrectedMovesTheProjectWithoutForce) {
  // Reported building by mistake, after a report that said preparing: preparing → preparing is
  // no move at all, so no --force is needed, and the project returns to preparing.
  const auto m = decide_stage_correction(in(Stage::Building), {Stage::Preparing, Stage::Building, Stage::Preparing, true},
                                         false, std::nullopt);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->from, Stage::Building);
  EXPECT_EQ(m->to, Stage::Preparing);
  EXPECT_TRUE(m->changed);
  EXPECT_FALSE(m->backward);
}

TEST(StageCorrection, AStageBehindTheOneBeforeIsABackwardMoveAndNeedsForce) {
  const StageCorrection c{Stage::Building, Stage::Completed, Stage::Preparing, true};
  try {
    decide_stage_correction(in(Stage::Completed), c, false, std::nullopt);
    ADD_FAILURE() << "taken";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    EXPECT_EQ(std::string(e.what()), "stage building → preparing is a backward move; it needs --force and --reason");
  }
  const auto m = decide_stage_correction(in(Stage::Completed), c, true, std::string("填错"));
  ASSERT_TRUE(m);
  EXPECT_TRUE(m->backward);
  EXPECT_EQ(m->to, Stage::Preparing);
}

TEST(StageCorrection, TheFirstReportIsJudgedFromTheStageItRecorded) {
  const StageCorrection c{std::nullopt, Stage::Building, Stage::Completed, true};
  const auto m = decide_stage_correction(in(Stage::Building), c, false, std::nullopt);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->to, Stage::Completed);
  EXPECT_THROW(decide_stage_correction(in(Stage::Building), {std::nullopt, Stage::Building, Stage::Planned, true}, false,
                                       std::nullopt),
               Error);
}

TEST(StageCorrection, AnEarlierReportIsCorrectedButTheProjectKeepsTheStageALaterOneGave) {
  EXPECT_EQ(decide_stage_correction(in(Stage::Completed), {Stage::Preparing, Stage::Building, Stage::Preparing, false},
                                    false, std::nullopt),
            std::nullopt);
}

TEST(StageCorrection, AStageMovedSinceTheReportStays) {
  // The latest report said building, an edit suspended the project since: it stays suspended.
  EXPECT_EQ(decide_stage_correction(in(Stage::Suspended), {Stage::Preparing, Stage::Building, Stage::Preparing, true},
                                    false, std::nullopt),
            std::nullopt);
}

TEST(StageCorrection, TheSameStageMovesNothingAndARefusedMoveIsRefused) {
  EXPECT_EQ(decide_stage_correction(in(Stage::Building), {Stage::Preparing, Stage::Building, Stage::Building, true}, false,
                                    std::nullopt),
            std::nullopt);
  // Cancelled before the corrected report: nothing moves out of cancelled, correction or not.
  EXPECT_THROW(decide_stage_correction(in(Stage::Cancelled), {Stage::Cancelled, Stage::Cancelled, Stage::Building, true},
                                       true, std::string("x")),
               Error);
}

TEST(StageCorrection, ASuspensionByCorrectionKeepsTheStageBeforeToReturnTo) {
  const auto m = decide_stage_correction(in(Stage::Building), {Stage::Building, Stage::Building, Stage::Suspended, true},
                                         false, std::nullopt);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->resume_stage, Stage::Building);
}

}  // namespace
}  // namespace keyproj
