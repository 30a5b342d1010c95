#include "domain/problem.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

TEST(ProblemLevel, IsTypedInEitherLanguageAndNamedInBoth) {
  EXPECT_EQ(problem_level_from_name("county"), ProblemLevel::County);
  EXPECT_EQ(problem_level_from_name("市级"), ProblemLevel::City);
  EXPECT_EQ(problem_level_from_name("province"), ProblemLevel::Province);
  EXPECT_EQ(problem_level_from_name("national"), std::nullopt);
  EXPECT_EQ(problem_level_from_name("City"), std::nullopt);
  EXPECT_EQ(problem_level_name(ProblemLevel::City), "city");
  EXPECT_EQ(problem_level_name_zh(ProblemLevel::Province), "省级");
}

TEST(ProblemDaysLate, CountsOnlyAnOpenProblemPastItsDueDate) {
  Problem p;
  p.raised_on = "2026-09-01";
  EXPECT_EQ(problem_days_late(p, "2026-11-22"), std::nullopt);  // no due date
  p.due = "2026-10-31";
  EXPECT_EQ(problem_days_late(p, "2026-10-31"), std::nullopt);  // due today: not late
  EXPECT_EQ(problem_days_late(p, "2026-11-22"), 22);
  p.resolved_on = "2026-11-20";
  EXPECT_EQ(problem_days_late(p, "2026-11-22"), std::nullopt);
}

}  // namespace
}  // namespace keyproj
