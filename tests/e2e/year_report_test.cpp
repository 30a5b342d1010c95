// report --year and overdue --kind start over a year's list of a dozen projects in four classes
// with reports through the year: the expected figures are computed here, from the test's own
// list and reports, at three as-of dates (the end of March, the first of April, late November).

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
  std::string region;
  std::string cls;  // new, continuing, completing, reserve
  std::optional<long long> plan_wan;  // 万元; none: no plan amount
  std::string start_month;            // a new start's, YYYY-MM
  std::string entered_stage;
};

struct Report {
  std::string code;
  std::string date;
  long long wan;
  std::string stage;  // "" for none
};

const std::vector<Entry> kList{
    {"TM-N1", "TM", "new", 30000, "2026-02", "preparing"},
    {"TM-N2", "TM", "new", 20000, "2026-03", "preparing"},
    {"WH-N3", "WH", "new", 10000, "2026-05", "planned"},
    {"WH-N4", "WH", "new", std::nullopt, "2026-09", "planned"},
    {"TM-C1", "TM", "continuing", 50000, "", "building"},
    {"WH-C2", "WH", "continuing", 40000, "", "building"},
    {"EZ-C3", "EZ", "continuing", 8000, "", "building"},
    {"EZ-K1", "EZ", "completing", 12000, "", "building"},
    {"JM-K2", "JM", "completing", 6000, "", "building"},
    {"JM-K3", "JM", "completing", 9000, "", "building"},
    {"JM-R1", "JM", "reserve", 500, "", "preparing"},
    {"TM-R2", "TM", "reserve", std::nullopt, "", "planned"},
};

const std::vector<Report> kReports{
    {"TM-C1", "2025-12-31", 9999, ""},  // last year's: never counts
    {"TM-N1", "2026-02-20", 3000, "building"},
    {"TM-C1", "2026-01-31", 5000, ""},
    {"WH-C2", "2026-02-28", 4000, ""},
    {"EZ-C3", "2026-03-31", 1200, ""},
    {"EZ-K1", "2026-03-15", 6000, ""},
    {"JM-R1", "2026-03-20", 100, ""},
    {"TM-C1", "2026-03-31", 7000, ""},
    {"TM-N2", "2026-04-15", 2500, "building"},
    {"TM-R2", "2026-04-01", 300, ""},
    {"EZ-K1", "2026-06-30", 5000, "completed"},
    {"WH-N4", "2026-06-30", 800, "building"},  // ahead of its September
    {"WH-C2", "2026-07-31", 9000, ""},
    {"JM-K2", "2026-10-31", 5500, "completed"},
    {"JM-K3", "2026-11-20", 3000, ""},
    {"TM-N1", "2026-11-22", 4000, ""},
    {"WH-C2", "2026-12-15", 7000, ""},  // after the last as-of date
};

long long round_share(long long part, long long whole) {  // hundredths of a percent, half up
  return (part * 20000 / whole + 1) / 2;
}

// The month-end of YYYY-MM (2026 is not a leap year).
std::string month_end(const std::string& month) {
  static const std::map<std::string, std::string> last{{"01", "31"}, {"02", "28"}, {"03", "31"}, {"04", "30"},
                                                       {"05", "31"}, {"06", "30"}, {"07", "31"}, {"08", "31"},
                                                       {"09", "30"}, {"10", "31"}, {"11", "30"}, {"12", "31"}};
  return month + "-" + last.at(month.substr(5, 2));
}

struct Expected {
  long long projects = 0, no_plan = 0, plan = 0, completed = 0, completed_planned = 0;
  long long new_starts = 0, due = 0, started = 0, completing = 0, finished = 0;
};

// The figures of a group as of `as_of`, from the list and the reports above.
Expected expected(const std::string& as_of, const std::function<bool(const Entry&)>& in_group) {
  Expected x;
  for (const Entry& e : kList) {
    if (!in_group(e)) continue;
    ++x.projects;
    long long done = 0;
    std::string started_on = e.entered_stage == "building" ? "0000-00-00" : "";
    bool finished = false;
    for (const Report& r : kReports) {
      if (r.code != e.code || r.date > as_of) continue;
      if (r.date >= "2026-01-01") done += r.wan * 10000;
      if (r.stage == "building" && started_on.empty()) started_on = r.date;
      if (r.stage == "completed") finished = true;
    }
    x.completed += done;
    if (e.plan_wan) {
      x.plan += *e.plan_wan * 10000;
      x.completed_planned += done;
    } else {
      ++x.no_plan;
    }
    if (e.cls == "new") {
      ++x.new_starts;
      if (month_end(e.start_month) <= as_of) ++x.due;
      if (!started_on.empty()) ++x.started;
    }
    if (e.cls == "completing") {
      ++x.completing;
      if (finished) ++x.finished;
    }
  }
  return x;
}

void expect_row(const json& row, const Expected& x, long long schedule, const std::string& what) {
  SCOPED_TRACE(what);
  EXPECT_EQ(row["projects"], x.projects);
  EXPECT_EQ(row["no_plan_amount"], x.no_plan);
  EXPECT_EQ(row["plan_yuan"], x.plan);
  EXPECT_EQ(row["completed_yuan"], x.completed);
  const long long pct = round_share(x.completed_planned, x.plan);
  EXPECT_DOUBLE_EQ(row["percent_of_plan"].get<double>(), pct / 10000.0);
  EXPECT_DOUBLE_EQ(row["schedule"].get<double>(), schedule / 10000.0);
  EXPECT_DOUBLE_EQ(row["points_ahead"].get<double>(), (pct - schedule) / 100.0);
  EXPECT_EQ(row["new_starts"], x.new_starts);
  EXPECT_EQ(row["due_to_start"], x.due);
  EXPECT_EQ(row["started"], x.started);
  if (x.due) EXPECT_DOUBLE_EQ(row["start_rate"].get<double>(), round_share(x.started, x.due) / 10000.0);
  else EXPECT_TRUE(row["start_rate"].is_null());
  EXPECT_EQ(row["completing"], x.completing);
  EXPECT_EQ(row["completed"], x.finished);
  if (x.completing) EXPECT_DOUBLE_EQ(row["completion_rate"].get<double>(), round_share(x.finished, x.completing) / 10000.0);
  else EXPECT_TRUE(row["completion_rate"].is_null());
}

class YearReport : public ::testing::Test {
 protected:
  void SetUp() override {
    s.as_of = "2026-12-31";
    ok({"init"});
    for (const Entry& e : kList) {
      ok({"project", "add", "--code", e.code, "--name", e.code + "项目", "--region", e.region, "--stage",
          e.entered_stage});
      std::vector<std::string> set{"plan", "set", e.code, "--year", "2026", "--class", e.cls};
      if (e.plan_wan) set.insert(set.end(), {"--investment", std::to_string(*e.plan_wan) + "万"});
      if (!e.start_month.empty()) set.insert(set.end(), {"--start", e.start_month});
      ok(set);
    }
    for (const Report& r : kReports) {
      std::vector<std::string> log{"log", r.code, "--date", r.date, "--invested", std::to_string(r.wan) + "万"};
      if (!r.stage.empty()) log.insert(log.end(), {"--stage", r.stage});
      ok(log);
    }
  }
  std::string ok(const std::vector<std::string>& args) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << args[0] << ": " << r.err;
    return r.out;
  }
  Sandbox s;
};

TEST_F(YearReport, ByClassAndInTotalAtThreeDates) {
  // 序时进度 by month: 3/12, 4/12, 11/12.
  const std::vector<std::pair<std::string, long long>> dates{
      {"2026-03-31", 2500}, {"2026-04-01", 3333}, {"2026-11-22", 9167}};
  for (const auto& [as_of, schedule] : dates) {
    s.as_of = as_of;
    const json rows = json::parse(ok({"report", "--year", "2026", "--by", "class", "--format", "json"}));
    ASSERT_EQ(rows.size(), 5u) << rows.dump();
    const std::vector<std::string> classes{"new", "continuing", "completing", "reserve"};
    for (std::size_t i = 0; i < classes.size(); ++i) {
      EXPECT_EQ(rows[i]["group"], classes[i]);
      expect_row(rows[i], expected(as_of, [&](const Entry& e) { return e.cls == classes[i]; }), schedule,
                 as_of + " " + classes[i]);
    }
    EXPECT_EQ(rows[4]["row"], "total");
    expect_row(rows[4], expected(as_of, [](const Entry&) { return true; }), schedule, as_of + " total");
  }
}

TEST_F(YearReport, RanksTheRegionsByPercentOfPlan) {
  s.as_of = "2026-11-22";
  const json rows = json::parse(ok({"report", "--year", "2026", "--format", "json"}));
  ASSERT_EQ(rows.size(), 5u);
  std::map<std::string, long long> pct;
  for (const std::string region : {"EZ", "JM", "TM", "WH"}) {
    const Expected x = expected("2026-11-22", [&](const Entry& e) { return e.region == region; });
    pct[region] = round_share(x.completed_planned, x.plan);
  }
  for (std::size_t i = 0; i < 4; ++i) {
    const std::string region = rows[i]["group"];
    long long rank = 1;
    for (const auto& [other, p] : pct)
      if (p > pct[region]) ++rank;
    EXPECT_EQ(rows[i]["rank"], rank) << region;
  }
  EXPECT_TRUE(rows[4]["rank"].is_null());
}

TEST_F(YearReport, OverdueStartListsTheNewStartsDueAndNotStarted) {
  // TM-N2 was due by 31 March and started on 15 April: one day late on 1 April.
  s.as_of = "2026-04-01";
  EXPECT_EQ(ok({"overdue", "--kind", "start", "--format", "csv"}),
            "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n"
            "start,TM-N2,TM-N2项目,TM,,,,2026-03-31,1,,\r\n");
  s.as_of = "2026-04-15";
  EXPECT_EQ(ok({"overdue", "--kind", "start", "--format", "csv"}),
            "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n");
  // WH-N3, planned for May and never started: late from 1 June, and in the default list too.
  s.as_of = "2026-06-10";
  EXPECT_EQ(ok({"overdue", "--kind", "start", "--format", "csv"}),
            "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n"
            "start,WH-N3,WH-N3项目,WH,,,,2026-05-31,10,,\r\n");
  EXPECT_NE(ok({"overdue", "--format", "csv"}).find("start,WH-N3,WH-N3项目,WH,,,,2026-05-31,10,,\r\n"), std::string::npos);
  const Outcome r = s.keyproj({"overdue", "--kind", "start", "--fail-if-any"});
  EXPECT_EQ(r.code, 1);
}

TEST_F(YearReport, ATableForPeople) {
  s.as_of = "2026-03-31";
  const std::string t = ok({"report", "--year", "2026", "--by", "class"});
  EXPECT_EQ(t.substr(0, t.find('\n')), "Key projects of the 2026 plan by class, as of 2026-03-31 (schedule 25.00%)");
  const std::string zh = ok({"--lang", "zh", "report", "--year", "2026", "--by", "class"});
  EXPECT_EQ(zh.substr(0, zh.find('\n')), "2026年重点项目按类别汇总（截至2026-03-31，序时进度25.00%）");
  EXPECT_NE(zh.find("新开工"), std::string::npos) << zh;
  EXPECT_NE(zh.find("竣工投产"), std::string::npos) << zh;
}

}  // namespace
}  // namespace keyproj::e2e
