// Every figure as of a date is computed from what held on that date (DESIGN.md "Time"): a
// report counts from its report date, a milestone is reached from its done date, a due date
// counts from the day it was moved, a stage from the day it was changed, and a project is in
// until the day it was archived. The history below is recorded day by day, each command run
// as of the day it happened; the figures expected are worked out here from the same lists.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

using json = nlohmann::json;

std::int64_t days(const std::string& iso) {
  using namespace std::chrono;
  const year_month_day d{year{std::stoi(iso.substr(0, 4))}, month{static_cast<unsigned>(std::stoi(iso.substr(5, 2)))},
                         day{static_cast<unsigned>(std::stoi(iso.substr(8, 2)))}};
  return sys_days(d).time_since_epoch().count();
}

struct Report {
  std::string on;
  std::int64_t invested;  // yuan
  std::string stage;      // the stage the report moves the project to
};

// TM-101: reports that move it planned → building → completed across the year's turn.
const std::vector<Report> kReports = {{"2026-03-31", 10'000'000, "building"},
                                      {"2026-06-30", 20'000'000, "building"},
                                      {"2026-12-31", 5'000'000, "building"},
                                      {"2027-01-31", 30'000'000, "completed"}};
constexpr const char* kEntered = "2026-01-05";
// Milestone 1: due 2026-06-30, reached 2026-09-15. Milestone 2: due 2026-10-31, moved on
// 2026-11-20 to 2027-03-31. TM-102 archived 2026-12-15.
constexpr const char* kDue1 = "2026-06-30";
constexpr const char* kDone1 = "2026-09-15";
constexpr const char* kDue2 = "2026-10-31";
constexpr const char* kMovedOn = "2026-11-20";
constexpr const char* kDue2Moved = "2027-03-31";
constexpr const char* kArchived = "2026-12-15";

class AsOf : public ::testing::Test {
 protected:
  void SetUp() override {
    run(kEntered, {"init"});
    run(kEntered, {"project", "add", "--code", "TM-101", "--name", "天门市多式联运物流园", "--region", "TM", "--budget",
                   "1亿", "--finish", "2027-12"});
    run(kEntered, {"project", "add", "--code", "TM-102", "--name", "天门市冷链配送中心", "--region", "TM"});
    run(kEntered, {"milestone", "add", "TM-101", "--title", "主体开工", "--due", kDue1});
    run(kEntered, {"milestone", "add", "TM-101", "--title", "主体封顶", "--due", kDue2});
    for (const Report& r : kReports)
      run(r.on, {"log", "TM-101", "--stage", r.stage, "--invested", std::to_string(r.invested)});
    run(kDone1, {"milestone", "done", "1"});
    run(kMovedOn, {"milestone", "move", "2", "--due", kDue2Moved, "--reason", "征地延误"});
    run(kArchived, {"project", "archive", "TM-102"});
  }
  void run(const std::string& day, const std::vector<std::string>& args) {
    s.as_of = day;
    const Outcome r = s.keyproj(args);
    ASSERT_EQ(r.code, 0) << args[0] << ": " << r.err;
  }
  std::string ok(const std::string& day, const std::vector<std::string>& args) {
    s.as_of = day;
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << r.err;
    return r.out;
  }
  json ok_json(const std::string& day, std::vector<std::string> args) {
    args.insert(args.end(), {"--format", "json"});
    return json::parse(ok(day, args));
  }
  // The total invested and the stage of TM-101 on `day`, from kReports.
  static std::int64_t invested_on(const std::string& day) {
    std::int64_t sum = 0;
    for (const Report& r : kReports)
      if (r.on <= day) sum += r.invested;
    return sum;
  }
  static std::string stage_on(const std::string& day) {
    std::string stage = "planned";
    for (const Report& r : kReports)
      if (r.on <= day) stage = r.stage;
    return stage;
  }
  // The milestone rows of the overdue list on `day`: "title days" lines.
  std::string late_milestones(const std::string& day) {
    std::string out;
    for (const auto& row : ok_json(day, {"overdue", "--kind", "milestone"}))
      out += row["milestone"].get<std::string>() + " " + std::to_string(row["days_late"].get<std::int64_t>()) + "\n";
    return out;
  }
  const json* project(const json& list, const std::string& code) {
    for (const auto& p : list)
      if (p["code"] == code) return &p;
    return nullptr;
  }
  Sandbox s;
};

TEST_F(AsOf, AReportDatedAfterTheAsOfDateIsNotCounted) {
  for (const std::string day : {"2026-03-30", "2026-04-30", "2026-12-31", "2027-02-01"}) {
    const json report = ok_json(day, {"report"});
    const json& total = report.back();
    EXPECT_EQ(total["invested_yuan"], invested_on(day)) << day;
    EXPECT_EQ(total["completion_rate"], invested_on(day) == 0 ? json(0) : json(invested_on(day) / 1e8)) << day;
    const json card = ok_json(day, {"project", "show", "TM-101"});
    EXPECT_EQ(card["invested_yuan"], invested_on(day)) << day;
    std::size_t reports = 0;
    for (const Report& r : kReports) reports += r.on <= day;
    EXPECT_EQ(card["updates"].size(), reports) << day;
  }
  // The header says 截至 the date; the sum is that of the reports dated by it, not the 2027 one.
  const std::string table = ok("2026-12-31", {"--lang", "zh", "report"});
  EXPECT_EQ(table.rfind("重点项目按地区汇总（截至2026-12-31）\n", 0), 0u) << table;
}

TEST_F(AsOf, AMilestoneDoneAfterTheAsOfDateCountsAsOpenAndLate) {
  const std::string before = "2026-08-01";
  const std::int64_t late = days(before) - days(kDue1);
  EXPECT_EQ(late_milestones(before), "主体开工 " + std::to_string(late) + "\n");
  const json open = ok_json(before, {"milestone", "list", "--open"});
  ASSERT_EQ(open.size(), 2u);
  EXPECT_EQ(open[0]["title"], "主体开工");
  EXPECT_TRUE(open[0]["done_on"].is_null());
  EXPECT_EQ(open[0]["days_late"], late);
  EXPECT_EQ(ok_json(before, {"report"}).back()["overdue_milestones"], 1);
  // From its done date on it is reached, whatever the date.
  EXPECT_EQ(late_milestones(kDone1), "");
  const json after = ok_json(kDone1, {"milestone", "list"});
  EXPECT_EQ(after[0]["done_on"], kDone1);
}

TEST_F(AsOf, ADueDateMovedAfterTheAsOfDateCountsAtItsOldDate) {
  const std::string before = "2026-11-10";  // after the old due date, before the move
  EXPECT_EQ(late_milestones(before), "主体封顶 " + std::to_string(days(before) - days(kDue2)) + "\n");
  const json list = ok_json(before, {"milestone", "list", "--project", "TM-101"});
  EXPECT_EQ(list[1]["due"], kDue2);
  EXPECT_EQ(list[1]["days_late"], days(before) - days(kDue2));  // TM-101 was building then
  EXPECT_EQ(late_milestones(kMovedOn), "");  // moved that day: due at the new date
  EXPECT_EQ(ok_json(kMovedOn, {"milestone", "list", "--project", "TM-101"})[1]["due"], kDue2Moved);
  // Past its new date, but TM-101 was completed on 2027-01-31: a completed project's open
  // milestones are not late, in the overdue list, the milestone list and the card alike.
  const std::string after = "2027-04-10";
  const json then = ok_json(after, {"milestone", "list", "--project", "TM-101"});
  EXPECT_EQ(then[1]["due"], kDue2Moved);
  EXPECT_TRUE(then[1]["days_late"].is_null()) << then;
  EXPECT_EQ(late_milestones(after), "");
  const std::string card = ok(after, {"project", "show", "TM-101"});
  EXPECT_NE(card.find("#2 主体封顶: due " + std::string(kDue2Moved) + " (baseline " + kDue2 + ")\n"), std::string::npos)
      << card;
}

TEST_F(AsOf, AProjectArchivedAfterTheAsOfDateIsStillIn) {
  const std::string before = "2026-12-14";
  EXPECT_NE(project(ok_json(before, {"project", "list"}), "TM-102"), nullptr);
  EXPECT_EQ(ok_json(before, {"report"}).back()["projects"], 2);
  const json card = ok_json(before, {"project", "show", "TM-102"});
  EXPECT_EQ(card["code"], "TM-102");
  // TM-102 never reported: stale from the day it entered, as of a day it was still in.
  bool stale = false;
  for (const auto& row : ok_json(before, {"overdue", "--kind", "stale"})) stale |= row["project_code"] == "TM-102";
  EXPECT_TRUE(stale);
  EXPECT_EQ(project(ok_json(kArchived, {"project", "list"}), "TM-102"), nullptr);
  EXPECT_EQ(ok_json(kArchived, {"report"}).back()["projects"], 1);
}

TEST_F(AsOf, AProjectHasTheStageItHadThen) {
  for (const std::string day : {"2026-02-01", "2026-03-31", "2026-12-31", "2027-01-31"}) {
    const json list = ok_json(day, {"project", "list"});
    const json* p = project(list, "TM-101");
    ASSERT_NE(p, nullptr) << day;
    EXPECT_EQ((*p)["stage"], stage_on(day)) << day;
    const json only = ok_json(day, {"project", "list", "--stage", stage_on(day)});
    EXPECT_NE(project(only, "TM-101"), nullptr) << day;
    // The report by stage counts it under the stage of then.
    bool counted = false;
    for (const auto& row : ok_json(day, {"report", "--by", "stage", "--search", "TM-101"}))
      counted |= row["row"] == "group" && row["group"] == stage_on(day) && row["projects"] == 1;
    EXPECT_TRUE(counted) << day;
  }
}

TEST_F(AsOf, TheDayAProjectEnteredHidesItFromNoEarlierDate) {
  // Entered 2026-01-05; as of 2025-12-01 it is in the portfolio with what was true then
  // (nothing reported, planned), and owes no report yet: not stale.
  const std::string before = "2025-12-01";
  const json list = ok_json(before, {"project", "list"});
  ASSERT_NE(project(list, "TM-101"), nullptr);
  EXPECT_EQ((*project(list, "TM-101"))["stage"], "planned");
  EXPECT_EQ((*project(list, "TM-101"))["invested_yuan"], 0);
  EXPECT_EQ(ok_json(before, {"overdue"}).size(), 0u);
}

}  // namespace
}  // namespace keyproj::e2e
