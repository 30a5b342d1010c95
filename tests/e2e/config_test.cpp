// The settings an office tunes: `config list` and `config set`, audited, validated.

#include <gtest/gtest.h>

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
            "key,type,value,default,min,max,takes,description\r\n"
            "home.region,text,,,,,a region code or '',a project name that matches projects of several regions but one of this region is that one\r\n"
            "light.amber_behind_points,integer,20,20,1,100,,points rule: amber when % of the annual plan is at least this many points behind 序时进度\r\n"
            "light.amber_below_share,integer,100,100,0,100,,relative rule: amber when % of the annual plan is below this % of 序时进度\r\n"
            "light.amber_lag_points,integer,20,20,0,100,,amber when invested % lags elapsed-time % by more than this many points\r\n"
            "light.profile,text,default,default,,,default|yinchuan|sanya|custom,the profile of lights last applied (config profile); custom once a rule it set is changed alone\r\n"
            "light.red_behind_points,integer,100,100,0,100,,points rule: red when more than this many points behind 序时进度 (100: never)\r\n"
            "light.red_below_share,integer,50,50,0,100,,relative rule: red when % of the annual plan is below this % of 序时进度\r\n"
            "light.red_days,integer,90,90,1,3650,,red when a milestone is more than this many days late\r\n"
            "light.red_stale_days,integer,60,60,1,3650,,red when an active project has had no report for more than this many days\r\n"
            "light.schedule_min_plan_yuan,integer,0,0,0,10000000000000,,the 序时 rule judges only a project whose annual plan is at least this many yuan\r\n"
            "light.schedule_rule,text,points,points,,,points|relative|none,\"how a project of the year's plan is judged against 序时进度: points behind it, relative to it, or none (the lag rule)\"\r\n"
            "light.start_red_months,integer,3,3,0,120,,start rule: red when not started more than this many months after its planned start month\r\n"
            "light.start_rule,text,on,on,,,on|off,amber when a new start of the year's plan is due to start and has not started\r\n"
            "schedule.basis,text,month,month,,,month|day,序时进度 counts the year by month (month ÷ 12) or by day (day of the year ÷ days in the year)\r\n"
            "stale.days,integer,30,30,1,3650,,an active project is stale after more than this many days without a report\r\n");
  r = s.keyproj({"config", "list", "--format", "json"});
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j.size(), 15u);
  EXPECT_EQ(j[0]["key"], "home.region");
  EXPECT_EQ(j[0]["type"], "text");
  EXPECT_TRUE(j[0]["value"].is_null());
  EXPECT_TRUE(j[0]["min"].is_null());
  EXPECT_EQ(j[7]["key"], "light.red_days");
  EXPECT_EQ(j[7]["type"], "integer");
  EXPECT_EQ(j[7]["value"], 90);
  EXPECT_TRUE(j[7]["takes"].is_null());
  r = s.keyproj({"--lang", "zh", "config", "list"});
  EXPECT_EQ(r.out,
            "设置项                        类型     取值   默认值  最小            最大  可取值                         含义\n"
            "----------------------------  ----  -------  -------  ----  --------------  -----------------------------  -----------------------------------------------------------------------------------------\n"
            "home.region                   文本        —        —     —               —  地区代码或空                   项目名称匹配多个地区的项目、但本地区只有一个时，即为该项目\n"
            "light.amber_behind_points     整数       20       20     1             100  —                              百分点规则：年度计划完成率落后序时进度达到此百分点：黄灯\n"
            "light.amber_below_share       整数      100      100     0             100  —                              相对规则：年度计划完成率低于序时进度的此百分比：黄灯\n"
            "light.amber_lag_points        整数       20       20     0             100  —                              投资完成进度落后时间进度超过此百分点：黄灯\n"
            "light.profile                 文本  default  default     —               —  default|yinchuan|sanya|custom  最近套用的灯号方案（config profile）；其设置项被单独修改后为 custom\n"
            "light.red_behind_points       整数      100      100     0             100  —                              百分点规则：落后序时进度超过此百分点：红灯（100 为不设红灯）\n"
            "light.red_below_share         整数       50       50     0             100  —                              相对规则：年度计划完成率低于序时进度的此百分比：红灯\n"
            "light.red_days                整数       90       90     1            3650  —                              里程碑逾期超过此天数：红灯\n"
            "light.red_stale_days          整数       60       60     1            3650  —                              在推项目超过此天数未调度：红灯\n"
            "light.schedule_min_plan_yuan  整数        0        0     0  10000000000000  —                              年度计划投资不低于此金额（元）的项目才按序时进度评判\n"
            "light.schedule_rule           文本   points   points     —               —  points|relative|none           年度计划内项目对照序时进度的评判方式：落后百分点、相对序时进度，或 none（按投资滞后规则）\n"
            "light.start_red_months        整数        3        3     0             120  —                              开工规则：计划开工月份之后超过此月数仍未开工：红灯\n"
            "light.start_rule              文本       on       on     —               —  on|off                         年度计划新开工项目应开未开：黄灯\n"
            "schedule.basis                文本    month    month     —               —  month|day                      序时进度按月（月份÷12）或按日（当年第几天÷全年天数）计算\n"
            "stale.days                    整数       30       30     1            3650  —                              在推项目超过此天数未调度即为未按期调度\n");
}

TEST(Config, SetChangesAValueAndAuditsWhoDidIt) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  Outcome r = s.keyproj({"config", "set", "light.red_days", "120"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "light.red_days: 90 → 120\n");
  r = s.keyproj({"config", "list", "--format", "csv"});
  EXPECT_NE(r.out.find("\r\nlight.red_days,integer,120,90,1,3650,"), std::string::npos) << r.out;
  EXPECT_EQ(s.rows("SELECT \"user\", entity, action, before, after FROM audit"),
            (Rows{{"tester", "setting", "edit", R"({"key":"light.red_days","value":90})",
                   R"({"key":"light.red_days","value":120})"}}));
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
       "keyproj: setting 'light.red' is not known; use one of home.region, light.amber_behind_points, "
       "light.amber_below_share, light.amber_lag_points, light.profile, light.red_behind_points, "
       "light.red_below_share, light.red_days, light.red_stale_days, light.schedule_min_plan_yuan, "
       "light.schedule_rule, light.start_red_months, light.start_rule, schedule.basis, stale.days\n"},
      {{"config", "set", "home.region", "XX"}, 4,
       "keyproj: value 'XX' for home.region is not a region; use one of TM 天门, EZ 鄂州, WH 武汉, ZS 中山, JM 荆门, "
       "or '' for none\n"},
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

// The home region: set by code or name, audited like a threshold, shown in the list, cleared
// with ''.
TEST(Config, HomeRegionIsATextSettingSetAndCleared) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  Outcome r = s.keyproj({"config", "set", "home.region", "天门"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "home.region: (none) → TM\n");
  r = s.keyproj({"config", "list", "--format", "csv"});
  EXPECT_NE(r.out.find("\r\nhome.region,text,TM,,,,a region code or '',"), std::string::npos) << r.out;
  r = s.keyproj({"config", "set", "home.region", "TM"});
  EXPECT_EQ(r.out, "home.region is already TM; nothing changed\n");
  r = s.keyproj({"config", "set", "home.region", ""});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "home.region: TM → (none)\n");
  std::vector<std::string> changes;
  for (const auto& row : s.rows("SELECT before, after FROM audit WHERE entity = 'setting' ORDER BY id"))
    changes.push_back(row[0] + " " + row[1]);
  EXPECT_EQ(changes, (std::vector<std::string>{
                         R"({"key":"home.region","value":""} {"key":"home.region","value":"TM"})",
                         R"({"key":"home.region","value":"TM"} {"key":"home.region","value":""})"}));
}

// A name part that matches projects of several regions: the one of the home region is meant
// when it is the only one there; otherwise the candidates are listed as without a home region.
TEST(Config, AnAmbiguousNameResolvesInTheHomeRegion) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  const std::vector<std::vector<std::string>> projects = {{"TM-001", "天门物流园", "TM"},
                                                          {"EZ-001", "鄂州物流园", "EZ"},
                                                          {"EZ-002", "鄂州空港物流园", "EZ"}};
  for (const auto& p : projects)
    ASSERT_EQ(s.keyproj({"project", "add", "--code", p[0], "--name", p[1], "--region", p[2]}).code, 0);
  const std::string several =
      "keyproj: project '物流园' matches several projects; name one by code: EZ-001 鄂州物流园, EZ-002 鄂州空港物流园, "
      "TM-001 天门物流园\n";
  Outcome r = s.keyproj({"project", "show", "物流园", "--format", "csv"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, several);
  ASSERT_EQ(s.keyproj({"config", "set", "home.region", "TM"}).code, 0);
  r = s.keyproj({"project", "show", "物流园", "--format", "csv"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.substr(r.out.find("\r\n") + 2), "TM-001,天门物流园,TM,planned,,,0,,green\r\n");
  r = s.keyproj({"log", "物流园", "--progress", "5"});  // every command that takes a name
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "logged report 1 for TM-001 天门物流园 on " + s.as_of + "\n");
  // Two of the home region: still ambiguous, and all the candidates are listed.
  ASSERT_EQ(s.keyproj({"config", "set", "home.region", "EZ"}).code, 0);
  r = s.keyproj({"project", "show", "物流园"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, several);
  // A part only one project of anywhere holds needs no home region; one none of the home region
  // holds is listed as ever.
  ASSERT_EQ(s.keyproj({"config", "set", "home.region", "WH"}).code, 0);
  r = s.keyproj({"project", "show", "物流园"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, several);
  r = s.keyproj({"project", "show", "空港", "--format", "csv"});
  EXPECT_EQ(r.code, 0) << r.err;
}

}  // namespace
}  // namespace keyproj::e2e
