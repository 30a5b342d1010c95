#include "store/profiles.h"

#include <gtest/gtest.h>

#include "store/sql/statement.h"
#include "unit/store/temp_database.h"
#include "util/error.h"

namespace keyproj {
namespace {

class ProfilesTest : public ::testing::Test {
 protected:
  std::int64_t audit_rows() {
    sql::Statement q(db_.sql(), "SELECT count(*) FROM audit WHERE entity = 'setting'");
    q.step();
    return q.int64(0);
  }
  // "key: before → after" of each change.
  static std::string text(const std::vector<std::pair<std::string, SettingChange>>& changes) {
    std::string out;
    for (const auto& [key, c] : changes)
      out += key + ": " + setting_value_text(c.before) + " → " + setting_value_text(c.after) + "\n";
    return out;
  }
  testing::TempDatabase temp_;
  Database& db_ = temp_.db();
};

TEST_F(ProfilesTest, TheThreeProfilesAreData) {
  EXPECT_EQ(profile_names(db_), (std::vector<std::string>{"default", "sanya", "yinchuan"}));
}

TEST_F(ProfilesTest, ApplyingSetsTheCitysRuleAndNamesTheProfile) {
  EXPECT_EQ(text(apply_profile(db_, "sanya", "tester")),
            "light.schedule_min_plan_yuan: 0 → 10000000\n"
            "light.schedule_rule: points → relative\n"
            "light.profile: default → sanya\n");
  EXPECT_EQ(audit_rows(), 3);
  const LightThresholds t = light_thresholds(db_);
  EXPECT_EQ(t.schedule_rule, ScheduleRule::Relative);
  EXPECT_EQ(t.red_below_share, 50);
  EXPECT_EQ(t.schedule_min_plan_yuan, 10'000'000);
  EXPECT_EQ(text(apply_profile(db_, "sanya", "tester")), "");  // already so: nothing written
  EXPECT_EQ(audit_rows(), 3);
  // Yinchuan after Sanya leaves nothing of Sanya's rule.
  EXPECT_EQ(text(apply_profile(db_, "yinchuan", "tester")),
            "light.amber_behind_points: 20 → 10\n"
            "light.red_behind_points: 100 → 30\n"
            "light.schedule_min_plan_yuan: 10000000 → 0\n"
            "light.schedule_rule: relative → points\n"
            "light.profile: sanya → yinchuan\n");
}

TEST_F(ProfilesTest, AnUnknownProfileIsRefused) {
  try {
    apply_profile(db_, "wuhan", "tester");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    EXPECT_STREQ(e.what(), "profile 'wuhan' is not known; use one of default, sanya, yinchuan");
  }
  EXPECT_EQ(audit_rows(), 0);
}

TEST_F(ProfilesTest, ARuleSetAloneToAnotherValueMakesTheProfileCustom) {
  apply_profile(db_, "yinchuan", "tester");
  set_setting(db_, "light.red_days", "120", "tester");  // no profile sets it
  EXPECT_FALSE(profile_after_set(db_, "light.red_days", "tester"));
  set_setting(db_, "light.red_behind_points", "40", "tester");
  const auto c = profile_after_set(db_, "light.red_behind_points", "tester");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->before, SettingValue(std::string("yinchuan")));
  EXPECT_EQ(c->after, SettingValue(std::string("custom")));
  set_setting(db_, "light.red_behind_points", "30", "tester");  // custom stays custom
  EXPECT_FALSE(profile_after_set(db_, "light.red_behind_points", "tester"));
  EXPECT_EQ(setting_text(db_, "light.profile"), "custom");
}

}  // namespace
}  // namespace keyproj
