// Lights by a city's own rules: a year's list of a dozen projects in four classes, and one
// project outside it, judged under each profile (default, yinchuan, sanya) as of 30 June. The
// expected light and reasons of every project are worked out here from the test's own plan,
// reports and starts, by the rules as README states them; keyproj's output is never the source.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

using json = nlohmann::json;

struct Entry {
  std::string code;
  std::string cls;                   // new, continuing, completing, reserve
  std::optional<long long> plan;     // yuan; none: no plan amount
  long long completed = 0;           // yuan reported in 2026 by 20 June
  std::string start_month;           // a new start's planned month, YYYY-MM
  bool started = false;              // reported building on 20 June
  bool finished = false;             // reported completed on 20 June
};

const std::vector<Entry> kList{
    {"TM-N1", "new", 50'000'000, 0, "2026-02", false, false},
    {"TM-N2", "new", 20'000'000, 8'000'000, "2026-03", false, false},
    {"TM-N3", "new", 30'000'000, 16'000'000, "2026-04", true, false},
    {"TM-N4", "new", 8'000'000, 1'000'000, "2026-09", false, false},
    {"TM-C1", "continuing", 100'000'000, 30'900'000, "", false, false},
    {"TM-C2", "continuing", 60'000'000, 12'000'000, "", false, false},
    {"TM-C3", "continuing", std::nullopt, 5'000'000, "", false, false},
    {"TM-K1", "completing", 40'000'000, 10'000'000, "", false, false},
    {"TM-K2", "completing", 12'000'000, 0, "", false, true},
    {"TM-K3", "completing", 15'000'000, 4'499'000, "", false, false},  // and 10,000,000 reported in 2025
    {"TM-R1", "reserve", 9'999'999, 0, "", false, false},
    {"TM-R2", "reserve", 25'000'000, 12'600'000, "", false, false},
};

const char* kAsOf = "2026-06-30";

struct Profile {
  std::string name;
  bool relative;
  long long amber;          // points: amber from this many behind; relative: % of 序时
  long long red;            // points: red beyond this many; relative: % of 序时
  long long min_plan;
};

const Profile kDefault{"default", false, 20, 100, 0};
const Profile kYinchuan{"yinchuan", false, 10, 30, 0};
const Profile kSanya{"sanya", true, 100, 50, 10'000'000};

// part ÷ whole in hundredths of a percent, rounded half up.
long long hundredths(long long part, long long whole) { return (part * 20000 / whole + 1) / 2; }

std::string two_places(long long h) {
  const std::string cents = std::to_string(h % 100);
  return std::to_string(h / 100) + "." + (cents.size() == 1 ? "0" : "") + cents;
}

// The last day of a YYYY-MM month of 2026.
std::string month_end(const std::string& month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month + "-" + std::to_string(days[std::stoi(month.substr(5)) - 1]);
}

struct Expected {
  std::string light = "green";
  std::string reasons;
};

Expected expected(const Entry& e, const Profile& pr) {
  const long long schedule = hundredths(6, 12);  // 30 June: 6/12 = 50.00%
  std::vector<std::string> red;
  std::vector<std::string> amber;
  if (!e.finished && e.plan && *e.plan > 0 && *e.plan >= pr.min_plan) {
    const long long pct = hundredths(e.completed, *e.plan);
    const long long behind = schedule - pct;
    const std::string shares = two_places(pct) + "% of the annual plan against " + two_places(schedule) + "%";
    if (!pr.relative) {
      if (behind > pr.red * 100)
        red.push_back("behind schedule by " + two_places(behind) + " points: " + shares + " (more than " +
                      std::to_string(pr.red) + ")");
      else if (behind >= pr.amber * 100)
        amber.push_back("behind schedule by " + two_places(behind) + " points: " + shares + " (amber from " +
                        std::to_string(pr.amber) + ")");
    } else {
      auto below = [&](long long share) {
        return two_places(pct) + "% of the annual plan, below " + std::to_string(share) + "% of schedule " +
               two_places(schedule) + "%";
      };
      if (pct * 100 < schedule * pr.red) red.push_back(below(pr.red));
      else if (pct * 100 < schedule * pr.amber) amber.push_back(below(pr.amber));
    }
  }
  if (!e.start_month.empty() && !e.started) {
    const std::string due = month_end(e.start_month);
    const int months = 6 - std::stoi(e.start_month.substr(5));  // months from its month to June
    if (due <= kAsOf) {
      if (months > 3)
        red.push_back("due to start since " + due + " and not started, more than 3 months after its planned month");
      else
        amber.push_back("due to start since " + due + " and not started");
    }
  }
  Expected x;
  for (const auto* list : {&red, &amber})
    for (const auto& r : *list) x.reasons += (x.reasons.empty() ? "" : "; ") + r;
  x.light = !red.empty() ? "red" : !amber.empty() ? "amber" : "green";
  return x;
}

class LightProfiles : public ::testing::Test {
 protected:
  void SetUp() override {
    ok({"init"});
    s.as_of = "2026-01-05";
    for (const auto& e : kList) {
      ok({"project", "add", "--code", e.code, "--name", "项目" + e.code, "--region", "TM"});
      std::vector<std::string> plan{"plan", "set", e.code, "--year", "2026", "--class", e.cls};
      if (e.plan) plan.insert(plan.end(), {"--investment", std::to_string(*e.plan)});
      if (!e.start_month.empty()) plan.insert(plan.end(), {"--start", e.start_month});
      ok(plan);
    }
    // Outside the list: judged by the lag rule over its budget and planned duration.
    ok({"project", "add", "--code", "TM-X1", "--name", "项目TM-X1", "--region", "TM", "--budget", "100000000",
        "--start", "2026-01", "--finish", "2026-12"});
    ok({"log", "TM-K3", "--date", "2025-12-15", "--invested", "10000000"});  // last year's: never counts
    s.as_of = "2026-06-20";  // everyone reports: none is stale on 30 June
    for (const auto& e : kList) {
      std::vector<std::string> log{"log", e.code, "--progress", "10"};
      if (e.completed) log.insert(log.end(), {"--invested", std::to_string(e.completed)});
      if (e.started) log.insert(log.end(), {"--stage", "building"});
      if (e.finished) log.insert(log.end(), {"--stage", "completed"});
      ok(log);
    }
    ok({"log", "TM-X1", "--progress", "5"});
    s.as_of = kAsOf;
  }

  std::string ok(const std::vector<std::string>& args) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << args[0] << " " << args[1] << ": " << r.err;
    return r.out;
  }

  // code → light and reasons, as project list --light LIGHT says them, for every light.
  std::map<std::string, Expected> listed() {
    std::map<std::string, Expected> out;
    for (const char* light : {"red", "amber", "green"})
      for (const auto& p : json::parse(ok({"project", "list", "--light", light, "--format", "json"})))
        out[p["code"]] = {p["light"], p["light_reason"].is_null() ? "" : p["light_reason"].get<std::string>()};
    return out;
  }

  void expect_profile(const Profile& pr) {
    std::map<std::string, Expected> want;
    for (const auto& e : kList) want[e.code] = expected(e, pr);
    // 180 of 364 days from 1 January to 31 December have passed; nothing invested.
    want["TM-X1"] = {"amber", "investment lags time elapsed by 49 points (more than 20)"};
    const auto got = listed();
    ASSERT_EQ(got.size(), want.size());
    for (const auto& [code, w] : want) {
      EXPECT_EQ(got.at(code).light, w.light) << pr.name << " " << code;
      EXPECT_EQ(got.at(code).reasons, w.reasons) << pr.name << " " << code;
    }
  }

  Sandbox s;
};

TEST_F(LightProfiles, EachProfileLightsTheListByItsOwnRule) {
  EXPECT_EQ(ok({"config", "profile", "default"}), "profile default is already applied; nothing changed\n");
  expect_profile(kDefault);
  EXPECT_EQ(ok({"config", "profile", "yinchuan"}),
            "light.amber_behind_points: 20 → 10\n"
            "light.red_behind_points: 100 → 30\n"
            "light.profile: default → yinchuan\n");
  expect_profile(kYinchuan);
  EXPECT_EQ(ok({"config", "profile", "sanya"}),
            "light.amber_behind_points: 10 → 20\n"
            "light.red_behind_points: 30 → 100\n"
            "light.schedule_min_plan_yuan: 0 → 10000000\n"
            "light.schedule_rule: points → relative\n"
            "light.profile: yinchuan → sanya\n");
  expect_profile(kSanya);
  ok({"config", "profile", "default"});
  expect_profile(kDefault);
}

TEST_F(LightProfiles, TheCardAndTheTableExplainTheLight) {
  ok({"config", "profile", "yinchuan"});
  const Expected n1 = expected(kList[0], kYinchuan);
  ASSERT_EQ(n1.light, "red");
  const std::string card = ok({"project", "show", "TM-N1"});
  EXPECT_NE(card.find("\nLight        red: " + n1.reasons + "\n"), std::string::npos) << card;
  const std::string csv = ok({"project", "list", "--light", "red", "--format", "csv"});
  EXPECT_EQ(csv.substr(0, csv.find("\r\n")),
            "code,name_zh,region,stage,owner,budget_yuan,invested_yuan,planned_finish,light,light_reason");
  EXPECT_NE(csv.find("\r\nTM-N1,项目TM-N1,TM,planned,,,0,,red,\"" + n1.reasons + "\"\r\n"), std::string::npos) << csv;
  // Without --light the list is as it was: no reason column.
  const std::string plain = ok({"project", "list", "--format", "csv"});
  EXPECT_EQ(plain.substr(0, plain.find("\r\n")),
            "code,name_zh,region,stage,owner,budget_yuan,invested_yuan,planned_finish,light");
}

TEST_F(LightProfiles, SettingARuleAloneMakesTheProfileCustom) {
  ok({"config", "profile", "yinchuan"});
  EXPECT_EQ(ok({"config", "set", "light.red_days", "120"}), "light.red_days: 90 → 120\n");  // not a profile's
  EXPECT_EQ(ok({"config", "set", "light.amber_behind_points", "10"}),
            "light.amber_behind_points is already 10; nothing changed\n");
  EXPECT_EQ(ok({"config", "set", "light.red_behind_points", "40"}),
            "light.red_behind_points: 30 → 40\nlight.profile: yinchuan → custom\n");
  const std::string list = ok({"config", "list", "--format", "csv"});
  EXPECT_NE(list.find("\r\nlight.profile,text,custom,default,,,default|yinchuan|sanya|custom,"), std::string::npos)
      << list;
  // TM-C2 is 30.00 points behind: amber under Yinchuan's 30, and still under 40.
  EXPECT_EQ(listed().at("TM-C2").light, "amber");
  // TM-N4, 37.50 behind: red under 30, amber under 40.
  EXPECT_EQ(listed().at("TM-N4").light, "amber");
  EXPECT_EQ(ok({"config", "profile", "yinchuan"}),
            "light.red_behind_points: 40 → 30\nlight.profile: custom → yinchuan\n");
  EXPECT_EQ(listed().at("TM-N4").light, "red");
}

TEST_F(LightProfiles, ScheduleByDayMovesTheReportAndTheLights) {
  s.as_of = "2026-03-31";
  std::string out = ok({"report", "--year", "2026"});
  EXPECT_NE(out.find("as of 2026-03-31 (schedule 25.00%)"), std::string::npos) << out;
  EXPECT_EQ(ok({"config", "set", "schedule.basis", "day"}), "schedule.basis: month → day\n");
  out = ok({"report", "--year", "2026"});
  // 90 of 365 days: 24.66%.
  EXPECT_NE(out.find("as of 2026-03-31 (schedule " + two_places(hundredths(90, 365)) + "%)"), std::string::npos)
      << out;
  // 30 June by day: 181 of 365 = 49.59%; TM-C2's 20.00% is 29.59 behind: amber under Yinchuan.
  s.as_of = kAsOf;
  ok({"config", "profile", "yinchuan"});
  const Expected c2 = listed().at("TM-C2");
  EXPECT_EQ(c2.light, "amber");
  EXPECT_EQ(c2.reasons, "behind schedule by " + two_places(hundredths(181, 365) - 2000) +
                            " points: 20.00% of the annual plan against " + two_places(hundredths(181, 365)) +
                            "% (amber from 10)");
}

TEST_F(LightProfiles, BadInputIsRefusedAndWritesNothing) {
  const std::string before = s.dump();
  auto refused = [&](const std::vector<std::string>& args, int code, const std::string& err) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, code) << args[1];
    EXPECT_EQ(r.err, "keyproj: " + err + "\n");
    EXPECT_EQ(s.dump(), before);
  };
  refused({"config", "profile", "beijing"}, 4, "profile 'beijing' is not known; use one of default, sanya, yinchuan");
  refused({"config", "profile", "custom"}, 4, "profile 'custom' is not known; use one of default, sanya, yinchuan");
  refused({"config", "set", "schedule.basis", "week"}, 4,
          "value 'week' for schedule.basis is not one it takes; use month or day");
  refused({"config", "set", "light.schedule_rule", "both"}, 4,
          "value 'both' for light.schedule_rule is not one it takes; use points, relative or none");
  refused({"config", "set", "light.red_behind_points", "101"}, 4,
          "value '101' for light.red_behind_points is out of range; give one from 0 to 100");
  refused({"config", "set", "light.amber_behind_points", "0"}, 4,
          "value '0' for light.amber_behind_points is out of range; give one from 1 to 100");
  refused({"config", "set", "--", "light.schedule_min_plan_yuan", "-1"}, 4,
          "value '-1' for light.schedule_min_plan_yuan is out of range; give one from 0 to 10000000000000");
  refused({"config", "set", "light.start_red_months", "3个月"}, 4,
          "value '3个月' for light.start_red_months is not a whole number; give one from 0 to 120");
  refused({"config", "set", "light.profile", "sanya"}, 4,
          "setting light.profile names the profile last applied; apply one with 'keyproj config profile NAME'");
  const Outcome r = s.keyproj({"config", "profile"});
  EXPECT_EQ(r.code, 2);
}

}  // namespace
}  // namespace keyproj::e2e
