#include "domain/stage.h"

#include <gtest/gtest.h>

#include <map>

#include "unit/in_language.h"
#include "util/error.h"

namespace keyproj {
namespace {

constexpr Stage kAll[] = {Stage::Planned,   Stage::Preparing, Stage::Building, Stage::Completed,
                          Stage::Operating, Stage::Suspended, Stage::Cancelled};

TEST(Stage, NamesRoundTripInBothLanguages) {
  for (Stage s : kAll) {
    EXPECT_EQ(stage_from_name(stage_name(s)), s);
    EXPECT_EQ(stage_from_name(stage_name_zh(s)), s);
  }
  EXPECT_EQ(stage_from_name("在建"), Stage::Building);
  EXPECT_EQ(stage_from_name("started"), std::nullopt);
}

TEST(Stage, NamedInALanguageAndFromStoredText) {
  for (Stage s : kAll) {
    EXPECT_EQ(stage_name_in(s, Lang::En), stage_name(s));
    EXPECT_EQ(stage_name_in(s, Lang::Zh), stage_name_zh(s));
    EXPECT_EQ(stage_zh_of(stage_name(s)), stage_name_zh(s));
  }
  EXPECT_EQ(stage_zh_of("停缓建"), "停缓建");
  EXPECT_EQ(stage_zh_of("半停工"), std::nullopt);
}

// Every (from, to) pair on and off the main line, with the expected verdict, written out so
// that a change to the rules shows here as a changed line.
TEST(StageMachine, EveryPair) {
  using enum Stage;
  const char* expected[7][7] = {
      //            planned     preparing   building    completed   operating   suspended  cancelled
      /*planned  */ {"same",     "allowed",  "allowed",  "allowed",  "allowed",  "allowed", "allowed"},
      /*preparing*/ {"backward", "same",     "allowed",  "allowed",  "allowed",  "allowed", "allowed"},
      /*building */ {"backward", "backward", "same",     "allowed",  "allowed",  "allowed", "allowed"},
      /*completed*/ {"backward", "backward", "backward", "same",     "allowed",  "refused", "allowed"},
      /*operating*/ {"backward", "backward", "backward", "backward", "same",     "refused", "allowed"},
      /*suspended*/ {"backward", "backward", "allowed",  "backward", "backward", "same",    "allowed"},
      /*cancelled*/ {"refused",  "refused",  "refused",  "refused",  "refused",  "refused", "same"},
  };
  const std::map<MoveKind, std::string> names{{MoveKind::Same, "same"},
                                              {MoveKind::Allowed, "allowed"},
                                              {MoveKind::Backward, "backward"},
                                              {MoveKind::Refused, "refused"}};
  for (int f = 0; f < 7; ++f)
    for (int t = 0; t < 7; ++t) {
      // A suspended project here left `building`.
      const auto check = check_move(kAll[f], kAll[t], Stage::Building);
      EXPECT_EQ(names.at(check.kind), expected[f][t])
          << stage_name(kAll[f]) << " -> " << stage_name(kAll[t]);
    }
}

TEST(StageMachine, SuspendedReturnsToTheStageItLeft) {
  EXPECT_EQ(check_move(Stage::Suspended, Stage::Preparing, Stage::Preparing).kind, MoveKind::Allowed);
  EXPECT_EQ(check_move(Stage::Suspended, Stage::Building, Stage::Preparing).kind, MoveKind::Backward);
  EXPECT_EQ(check_move(Stage::Suspended, Stage::Building, Stage::Preparing).why,
            "stage suspended → building needs --force and --reason: a suspended project returns to the stage it left "
            "(preparing)");
}

TEST(StageMachine, RefusalsSaySo) {
  EXPECT_EQ(check_move(Stage::Cancelled, Stage::Building, std::nullopt).why,
            "stage cancelled → building is refused: a cancelled project stays cancelled");
  EXPECT_EQ(check_move(Stage::Building, Stage::Planned, std::nullopt).why,
            "stage building → planned is a backward move; it needs --force and --reason");
}

TEST(Stage, ActiveAndFinished) {
  EXPECT_TRUE(is_active(Stage::Building));
  EXPECT_FALSE(is_active(Stage::Suspended));
  EXPECT_TRUE(is_finished(Stage::Operating));
  EXPECT_FALSE(is_finished(Stage::Suspended));
}

// The Chinese names DESIGN.md gives are accepted wherever a stage is typed.
TEST(Stage, TheChineseNamesAreTakenAsTheirStages) {
  const std::map<std::string, Stage> zh{{"谋划", Stage::Planned},   {"前期", Stage::Preparing}, {"在建", Stage::Building},
                                        {"竣工", Stage::Completed}, {"投产运营", Stage::Operating},
                                        {"停缓建", Stage::Suspended}, {"取消", Stage::Cancelled}};
  for (const auto& [name, stage] : zh) EXPECT_EQ(parse_stage(name, "--stage"), stage) << name;
}

TEST(Stage, UnderChineseARefusalAndAMoveSpeakChinese) {
  InLanguage zh(Lang::Zh);
  EXPECT_EQ(stage_shown(Stage::Building), "在建");
  try {
    parse_stage("建设中", "--stage");
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(),
                 "--stage '建设中' 不是项目阶段；请用 谋划、前期、在建、竣工、投产运营、停缓建、取消，或 planned、preparing、"
                 "building、completed、operating、suspended、cancelled");
  }
  EXPECT_EQ(check_move(Stage::Building, Stage::Preparing, std::nullopt).why,
            "阶段 在建 → 前期 为倒退变更；需要 --force 和 --reason");
  EXPECT_EQ(check_move(Stage::Cancelled, Stage::Building, std::nullopt).why,
            "阶段 取消 → 在建 不允许：已取消的项目保持取消");
  EXPECT_EQ(check_move(Stage::Suspended, Stage::Planned, Stage::Building).why,
            "阶段 停缓建 → 谋划 需要 --force 和 --reason：停缓建项目应回到停建前的阶段（在建）");
}

TEST(Stage, UnderEnglishAMoveNamesTheStoredStages) {
  EXPECT_EQ(stage_shown(Stage::Building), "building");
  EXPECT_EQ(check_move(Stage::Building, Stage::Preparing, std::nullopt).why,
            "stage building → preparing is a backward move; it needs --force and --reason");
}

}  // namespace
}  // namespace keyproj
