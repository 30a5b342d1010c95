// The settings an office tunes: `config list` and `config set`, audited, validated.

#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

TEST(Config, ListShowsTheDefaultsInThreeFormats) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  Outcome r = s.keyproj({"config", "list", "--format", "csv"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "key,value,default,min,max,description\r\n"
            "light.amber_lag_points,20,20,0,100,amber when invested % lags elapsed-time % by more than this many points\r\n"
            "light.red_days,90,90,1,3650,red when a milestone is more than this many days late\r\n"
            "light.red_stale_days,60,60,1,3650,red when an active project has had no report for more than this many days\r\n"
            "stale.days,30,30,1,3650,an active project is stale after more than this many days without a report\r\n");
  r = s.keyproj({"config", "list", "--format", "json"});
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j.size(), 4u);
  EXPECT_EQ(j[1]["key"], "light.red_days");
  EXPECT_EQ(j[1]["value"], 90);
  r = s.keyproj({"--lang", "zh", "config", "list"});
  EXPECT_EQ(r.out,
            "设置项                  取值  默认值  最小  最大  含义\n"
            "----------------------  ----  ------  ----  ----  ------------------------------------------\n"
            "light.amber_lag_points    20      20     0   100  投资完成进度落后时间进度超过此百分点：黄灯\n"
            "light.red_days            90      90     1  3650  里程碑逾期超过此天数：红灯\n"
            "light.red_stale_days      60      60     1  3650  在推项目超过此天数未调度：红灯\n"
            "stale.days                30      30     1  3650  在推项目超过此天数未调度即为未按期调度\n");
}

TEST(Config, SetChangesAValueAndAuditsWhoDidIt) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  Outcome r = s.keyproj({"config", "set", "light.red_days", "120"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "light.red_days: 90 → 120\n");
  r = s.keyproj({"config", "list", "--format", "csv"});
  EXPECT_NE(r.out.find("\r\nlight.red_days,120,90,1,3650,"), std::string::npos) << r.out;
  SQLite::Database db(s.db(), SQLite::OPEN_READONLY);
  SQLite::Statement q(db, "SELECT user, entity, action, before, after FROM audit");
  ASSERT_TRUE(q.executeStep());
  EXPECT_EQ(q.getColumn(0).getString(), "tester");
  EXPECT_EQ(q.getColumn(1).getString(), "setting");
  EXPECT_EQ(q.getColumn(2).getString(), "edit");
  EXPECT_EQ(q.getColumn(3).getString(), R"({"key":"light.red_days","value":90})");
  EXPECT_EQ(q.getColumn(4).getString(), R"({"key":"light.red_days","value":120})");
  EXPECT_FALSE(q.executeStep());
}

TEST(Config, SettingTheSameValueSaysSoAndWritesNothing) {
  Sandbox s;
  s.keyproj({"init"});
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"config", "set", "stale.days", "30"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "stale.days is already 30; nothing changed\n");
  EXPECT_EQ(s.dump(), before);
}

TEST(Config, BadKeysAndValuesGetOneSentenceAndChangeNothing) {
  Sandbox s;
  s.keyproj({"init"});
  const std::string before = s.dump();
  struct Case {
    std::vector<std::string> args;
    int code;
    std::string err;
  } cases[] = {
      {{"config", "set", "light.red", "5"}, 4,
       "keyproj: setting 'light.red' is not known; use one of light.amber_lag_points, light.red_days, "
       "light.red_stale_days, stale.days\n"},
      {{"config", "set", "stale.days", "a month"}, 4,
       "keyproj: value 'a month' for stale.days is not a whole number; give one from 1 to 3650\n"},
      {{"config", "set", "light.amber_lag_points", "150"}, 4,
       "keyproj: value '150' for light.amber_lag_points is out of range; give one from 0 to 100\n"},
      {{"config", "set", "stale.days"}, 2, "keyproj: --value is required\n"},
  };
  for (const auto& c : cases) {
    const Outcome r = s.keyproj(c.args);
    EXPECT_EQ(r.code, c.code) << c.args[2];
    EXPECT_EQ(r.err, c.err);
    EXPECT_EQ(r.out, "");
  }
  EXPECT_EQ(s.dump(), before);
}

}  // namespace
}  // namespace keyproj::e2e
