// A year of dispatch as a Tianmen officer plays it (issue "Trust"): twelve monthly sheets in
// 万元, one of them imported twice, a report corrected months later, and the bulletin asked
// for as of three dates. Every figure expected is worked out here from the sheets' numbers.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

using json = nlohmann::json;

constexpr std::array<const char*, 12> kMonthEnds = {"2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30",
                                                    "2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31",
                                                    "2026-09-30", "2026-10-31", "2026-11-30", "2026-12-31"};
// 本月完成投资（万元） of each month, as the counties wrote it.
constexpr std::array<std::int64_t, 12> kParkWan = {1500, 1200, 900, 1100, 1300, 1250, 1000, 950, 1400, 1600, 1700, 2100};
constexpr std::array<std::int64_t, 12> kColdWan = {300, 0, 450, 500, 520, 610, 0, 380, 420, 460, 500, 650};
constexpr std::int64_t kWan = 10'000;
constexpr std::int64_t kParkBudget = 200'000'000;  // 2亿
constexpr std::int64_t kColdBudget = 100'000'000;  // 1亿
// March's figure of the park was wrong: 900万 should have been 90万; put right in October.
constexpr std::size_t kCorrectedMonth = 2;
constexpr std::int64_t kCorrectedWan = 90;

class YearOfDispatch : public ::testing::Test {
 protected:
  void SetUp() override {
    run("2026-01-05", {"init"});
    run("2026-01-05", {"project", "add", "--code", "TM-201", "--name", "天门市多式联运物流园", "--region", "TM",
                       "--budget", "2亿", "--finish", "2027-12"});
    run("2026-01-05", {"project", "add", "--code", "TM-202", "--name", "天门市冷链物流中心", "--region", "TM",
                       "--budget", "1亿", "--finish", "2027-06"});
  }
  void run(const std::string& day, const std::vector<std::string>& args) {
    s.as_of = day;
    const Outcome r = s.keyproj(args);
    ASSERT_EQ(r.code, 0) << args[0] << ": " << r.err;
    last_out = r.out;
  }
  // The month's sheet as a county sends it: the unit in the header, thousands separated.
  std::string sheet(std::size_t m) {
    auto wan = [](std::int64_t v) {
      const std::string d = std::to_string(v);
      return d.size() > 3 ? "\"" + d.substr(0, d.size() - 3) + "," + d.substr(d.size() - 3) + "\"" : d;
    };
    return s.write("sheet" + std::to_string(m + 1) + ".csv",
                   "序号,项目编号,调度日期,阶段,本月完成投资（万元）\r\n"
                   "1,TM-201," + std::string(kMonthEnds[m]) + ",building," + wan(kParkWan[m]) + "\r\n"
                   "2,TM-202," + std::string(kMonthEnds[m]) + ",preparing," + wan(kColdWan[m]) + "\r\n");
  }
  // Yuan of a project's months dated by `day`, March as corrected when `corrected`.
  static std::int64_t yuan(const std::array<std::int64_t, 12>& wan, const std::string& day, bool park) {
    std::int64_t sum = 0;
    for (std::size_t m = 0; m < 12; ++m)
      if (kMonthEnds[m] <= day) sum += (park && m == kCorrectedMonth ? kCorrectedWan : wan[m]) * kWan;
    return sum;
  }
  json report_total(const std::string& day) {
    s.as_of = day;
    const Outcome r = s.keyproj({"report", "--format", "json"});
    EXPECT_EQ(r.code, 0) << r.err;
    return json::parse(r.out).back();
  }
  Sandbox s;
  std::string last_out;
};

TEST_F(YearOfDispatch, TheBulletinAsOfThreeDatesCountsEachMonthOnceAsCorrected) {
  for (std::size_t m = 0; m < 12; ++m) {
    // Each sheet arrives a few days after its month ends and is imported as of that day.
    const std::string arrived = m < 11 ? std::string(kMonthEnds[m + 1]).substr(0, 8) + "05" : "2027-01-05";
    run(arrived, {"import", sheet(m), "--what", "updates"});
    if (m == 5) {  // June's sheet sent twice: the second import adds nothing and says so
      run(arrived, {"import", sheet(m), "--what", "updates"});
      EXPECT_NE(last_out.find("2 rows already recorded"), std::string::npos) << last_out;
    }
  }
  // The March report of the park, named by its id on the card, corrected in January.
  s.as_of = "2027-01-10";
  const json card = json::parse(s.keyproj({"project", "show", "TM-201", "--format", "json"}).out);
  std::int64_t march = 0;
  for (const auto& u : card["updates"])
    if (u["date"] == kMonthEnds[kCorrectedMonth]) march = u["id"].get<std::int64_t>();
  ASSERT_NE(march, 0);
  run("2027-01-10", {"log", "TM-201", "--correct", std::to_string(march), "--invested",
                     std::to_string(kCorrectedWan) + "万", "--reason", "填报错误：90万元误填为900万元"});

  for (const std::string day : {"2026-04-30", "2026-06-30", "2026-12-31"}) {
    const std::int64_t park = yuan(kParkWan, day, true);
    const std::int64_t cold = yuan(kColdWan, day, false);
    const json total = report_total(day);
    EXPECT_EQ(total["projects"], 2) << day;
    EXPECT_EQ(total["invested_yuan"], park + cold) << day;
    EXPECT_EQ(total["budget_yuan"], kParkBudget + kColdBudget) << day;
    const double rate = static_cast<double>(park + cold) / static_cast<double>(kParkBudget + kColdBudget);
    EXPECT_NEAR(total["completion_rate"].get<double>(), rate, 0.00005) << day;
    s.as_of = day;
    const json park_card = json::parse(s.keyproj({"project", "show", "TM-201", "--format", "json"}).out);
    EXPECT_EQ(park_card["invested_yuan"], park) << day;
    std::size_t months = 0;
    for (const char* end : kMonthEnds) months += std::string(end) <= day;
    EXPECT_EQ(park_card["updates"].size(), months) << day;  // one report a month: June once
    EXPECT_EQ(park_card["last_update"], kMonthEnds[months - 1]) << day;
  }
}

}  // namespace
}  // namespace keyproj::e2e
