// keyproj bulletin over a year's list built by commands: its figures are computed here from the
// test's own list and reports, and held against what `report` and `report --year` print for the
// bulletin's day; its page holds them, escapes every name, and asks for nothing outside itself.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

using json = nlohmann::json;

struct Entry {
  std::string code, name, region, county, category, cls;
  std::optional<long long> plan_wan;
  std::string start_month;  // a new start's
  std::string stage;
};

// TM-N2 is named to break a page that does not escape names.
const std::vector<Entry> kList{
    {"TM-N1", "天门物流园", "TM", "竟陵", "logistics", "new", 30000, "2026-02", "preparing"},
    {"TM-N2", "<script>alert(1)</script>", "TM", "岳口", "logistics", "new", 20000, "2026-05", "preparing"},
    {"TM-C1", "天门冷链中心", "TM", "竟陵", "cold_chain", "continuing", 50000, "", "building"},
    {"EZ-C1", "鄂州货运枢纽", "EZ", "华容", "airport", "continuing", 8000, "", "building"},
    {"EZ-K1", "鄂州市场", "EZ", "华容", "market", "completing", 12000, "", "building"},
    {"EZ-R1", "鄂州预备项目", "EZ", "", "market", "reserve", std::nullopt, "", "planned"},
};

struct Report {
  std::string code, date;
  long long wan;
  std::string stage;
};

const std::vector<Report> kReports{
    {"TM-N1", "2026-03-10", 3000, "building"}, {"TM-C1", "2026-01-31", 5000, ""},
    {"TM-C1", "2026-06-30", 7000, ""},         {"EZ-C1", "2026-04-30", 1200, ""},
    {"EZ-K1", "2026-08-31", 6000, "completed"}, {"TM-C1", "2026-11-25", 4000, ""},
    {"EZ-C1", "2026-12-03", 900, ""},  // after November: not in its bulletin
};

class Bulletin : public ::testing::Test {
 protected:
  void SetUp() override {
    s.as_of = "2026-01-05";
    ok({"init"});
    ok({"leader", "add", "--name", "王强", "--title", "副市长"});
    for (const Entry& e : kList) {
      std::vector<std::string> add{"project", "add", "--code", e.code, "--name", e.name, "--region", e.region,
                                   "--stage", e.stage, "--category", e.category, "--owner", e.region + "商务局",
                                   "--finish", "2027-12"};
      if (!e.county.empty()) add.insert(add.end(), {"--county", e.county});
      ok(add);
      std::vector<std::string> set{"plan", "set", e.code, "--year", "2026", "--class", e.cls};
      if (e.plan_wan) set.insert(set.end(), {"--investment", std::to_string(*e.plan_wan) + "万"});
      if (!e.start_month.empty()) set.insert(set.end(), {"--start", e.start_month});
      ok(set);
    }
    ok({"project", "edit", "TM-C1", "--leader", "王强"});
    // Red: a milestone 153 days late on 30 November, more than the 90 of light.red_days.
    ok({"milestone", "add", "TM-C1", "--title", "主体封顶", "--due", "2026-06-30"});
    // Due next month (December), one of them an approval node's time.
    ok({"milestone", "add", "EZ-C1", "--title", "竣工验收", "--due", "2026-12-20"});
    ok({"milestone", "add", "TM-N1", "--title", "设备安装", "--due", "2026-12-05"});
    ok({"milestone", "add", "TM-N1", "--title", "二期开工", "--due", "2027-01-10"});
    for (const Report& r : kReports) {
      s.as_of = r.date;
      std::vector<std::string> log{"log", r.code, "--date", r.date, "--invested", std::to_string(r.wan) + "万"};
      if (!r.stage.empty()) log.insert(log.end(), {"--stage", r.stage});
      if (r.code == "TM-C1" && r.date == "2026-11-25") log.insert(log.end(), {"--blocker", "用地指标未落实"});
      ok(log);
    }
    s.as_of = "2026-11-01";
    ok({"problem", "add", "EZ-C1", "--text", "电力增容未批复", "--unit", "鄂州供电公司", "--level", "city",
        "--due", "2026-10-31", "--date", "2026-09-01"});
    ok({"problem", "add", "TM-N2", "--text", "环评待批", "--due", "2027-03-31", "--date", "2026-10-15"});
    s.as_of = "2026-12-06";
  }
  std::string ok(const std::vector<std::string>& args) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << args[0] << " " << (args.size() > 1 ? args[1] : "") << ": " << r.err;
    return r.out;
  }
  json report_json(std::vector<std::string> args) {
    args.insert(args.begin(), {"--as-of", "2026-11-30", "--format", "json"});
    return json::parse(s.raw([&] {
                          std::vector<std::string> all{"--db", s.db()};
                          all.insert(all.end(), args.begin(), args.end());
                          return all;
                        }())
                           .out);
  }
  std::string read(const std::string& path) {
    std::ifstream in(path);
    std::stringstream b;
    b << in.rdbuf();
    return b.str();
  }
  Sandbox s;
};

long long round_share(long long part, long long whole) { return (part * 20000 / whole + 1) / 2; }

TEST_F(Bulletin, OfTheLastWholeMonthItsFiguresThoseOfReportOnTheMonthsLastDay) {
  const json b = json::parse(ok({"--format", "json", "bulletin"}));
  EXPECT_EQ(b["month"], "2026-11");
  EXPECT_EQ(b["as_of"], "2026-11-30");
  EXPECT_EQ(b["annual_plan"], true);
  EXPECT_DOUBLE_EQ(b["schedule"].get<double>(), round_share(11, 12) / 10000.0);
  EXPECT_EQ(b["report"], report_json({"report"}));
  EXPECT_EQ(b["by_class"], report_json({"report", "--year", "2026", "--by", "class"}));
  EXPECT_EQ(b["by_area"]["by"], "region");
  EXPECT_EQ(b["by_area"]["rows"], report_json({"report", "--year", "2026", "--by", "region"}));
  EXPECT_EQ(b["by_category"], report_json({"report", "--year", "2026", "--by", "category"}));

  // The same figures from the list and reports above.
  long long plan = 0, completed = 0, completed_planned = 0;
  std::vector<long long> months(11, 0);
  for (const Entry& e : kList) {
    for (const Report& r : kReports) {
      if (r.code != e.code || r.date > "2026-11-30") continue;
      completed += r.wan * 10000;
      if (e.plan_wan) completed_planned += r.wan * 10000;
      months[std::stoul(r.date.substr(5, 2)) - 1] += r.wan * 10000;
    }
    if (e.plan_wan) plan += *e.plan_wan * 10000;
  }
  const json& total = b["by_class"].back();
  EXPECT_EQ(total["plan_yuan"], plan);
  EXPECT_EQ(total["completed_yuan"], completed);
  EXPECT_DOUBLE_EQ(total["percent_of_plan"].get<double>(), round_share(completed_planned, plan) / 10000.0);
  EXPECT_EQ(b["completed_by_month_yuan"], json(months));
  // New starts: TM-N1 started in March; TM-N2 due from 31 May and not started.
  EXPECT_EQ(total["due_to_start"], 2);
  EXPECT_EQ(total["started"], 1);
  ASSERT_EQ(b["unstarted"]["total"], 1);
  EXPECT_EQ(b["unstarted"]["items"][0]["code"], "TM-N2");
  EXPECT_EQ(b["unstarted"]["items"][0]["start_due"], "2026-05-31");
}

TEST_F(Bulletin, ListsTheRedProjectsTheProblemsAndNextMonthsMilestones) {
  const json b = json::parse(ok({"--format", "json", "bulletin"}));
  // TM-C1's milestone is 153 days late on 30 November: red, the most days late first, with its
  // owner and leader.
  const json& red = b["red_amber"]["items"][0];
  EXPECT_EQ(red["code"], "TM-C1");
  EXPECT_EQ(red["light"], "red");
  EXPECT_EQ(red["owner"], "TM商务局");
  EXPECT_EQ(red["leader"], "王强");
  EXPECT_NE(red["reasons"].get<std::string>().find("a milestone 153 days late"), std::string::npos) << red["reasons"];
  // Open problems on 30 November: the report's blocker of 25 November, and two added; the
  // overdue one first.
  EXPECT_EQ(b["problems"]["total"], 3);
  EXPECT_EQ(b["problems"]["overdue"], 1);
  EXPECT_EQ(b["problems"]["recorded"], true);
  EXPECT_EQ(b["problems"]["items"][0]["text"], "电力增容未批复");
  EXPECT_EQ(b["problems"]["items"][0]["days_late"], 30);
  EXPECT_EQ(b["problems"]["items"][0]["unit"], "鄂州供电公司");
  EXPECT_EQ(b["problems"]["items"][1]["text"], "环评待批");
  EXPECT_EQ(b["problems"]["items"][2]["text"], "用地指标未落实");
  // December's milestones by due date; January's is not next month's.
  ASSERT_EQ(b["next_month"]["total"], 2);
  EXPECT_EQ(b["next_month"]["items"][0]["title"], "设备安装");
  EXPECT_EQ(b["next_month"]["items"][1]["title"], "竣工验收");
}

TEST_F(Bulletin, ThePageHoldsTheFiguresEscapesNamesAndCallsNothingOutside) {
  ok({"--lang", "zh", "bulletin", "--out", (s.dir() / "通报.html").string()});
  const std::string page = read((s.dir() / "通报.html").string());
  EXPECT_NE(page.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                      "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">"),
            std::string::npos);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  for (const char* outside : {"http:", "https:", "//", "src=", "href=", "url(", "@import"})
    EXPECT_EQ(page.find(outside), std::string::npos) << outside;
  for (const char* section : {"id=\"headline\"", "id=\"groups\"", "id=\"red-amber\"", "id=\"unstarted\"",
                              "id=\"problems\"", "id=\"next-month\"", "id=\"chart-plan\"", "id=\"chart-lights\"",
                              "id=\"chart-investment\"", "id=\"chart-timeline\""})
    EXPECT_NE(page.find(section), std::string::npos) << section;
  // The headline's plan, 万元 to two decimals, grouped: 120,000.00 for 12亿.
  long long plan_wan = 0;
  for (const Entry& e : kList) plan_wan += e.plan_wan.value_or(0);
  const std::string digits = std::to_string(plan_wan);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  std::string figure = "id=\"year-plan\"><dt>年度计划投资（万元）</dt><dd>";
  figure += grouped;
  figure += ".00</dd>";
  EXPECT_NE(page.find(figure), std::string::npos);
  EXPECT_NE(page.find("<h1>重点项目调度通报（2026年11月）</h1>"), std::string::npos);
  // A note under the title, as the officer gives it; escaped as every text is.
  const std::string noted = ok({"--lang", "zh", "bulletin", "--note", "第11期 <内部资料>"});
  EXPECT_NE(noted.find("<p class=\"sub\">第11期 &lt;内部资料&gt;</p>"), std::string::npos);
  EXPECT_EQ(json::parse(ok({"--format", "json", "bulletin", "--note", "第11期"}))["note"], "第11期");
  // In English too.
  const std::string en = ok({"--lang", "en", "bulletin"});
  EXPECT_NE(en.find("<h1>Key projects: the monthly bulletin, 2026-11</h1>"), std::string::npos);
}

TEST_F(Bulletin, WithinARegionByCountyAndOfANamedMonth) {
  const json b = json::parse(ok({"--format", "json", "bulletin", "--region", "TM", "--month", "2026-06"}));
  EXPECT_EQ(b["as_of"], "2026-06-30");
  EXPECT_EQ(b["by_area"]["by"], "county");
  std::vector<std::string> args{"--db", s.db(), "--as-of", "2026-06-30", "--format", "json", "report", "--year",
                                "2026", "--by", "county", "--region", "TM"};
  EXPECT_EQ(b["by_area"]["rows"], json::parse(s.raw(args).out));
  EXPECT_EQ(b["by_area"]["rows"][0]["group"], "岳口");
  EXPECT_EQ(b["completed_by_month_yuan"].size(), 6u);
}

TEST_F(Bulletin, AMonthNotOverAndAFormatItCannotTakeAreRefusedWritingNothing) {
  const std::string out = (s.dir() / "b.html").string();
  Outcome r = s.keyproj({"bulletin", "--month", "2026-12", "--out", out});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "keyproj: month 2026-12 has not ended by the as-of date 2026-12-06; a bulletin is of a whole month\n");
  r = s.keyproj({"--format", "csv", "bulletin", "--out", out});
  EXPECT_EQ(r.code, 2);
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(BulletinWithoutPlan, SaysWhatIsMissing) {
  Sandbox s;
  s.as_of = "2026-12-06";
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  ASSERT_EQ(s.keyproj({"project", "add", "--code", "TM-001", "--name", "物流园", "--region", "TM"}).code, 0);
  const Outcome j = s.keyproj({"--format", "json", "bulletin"});
  ASSERT_EQ(j.code, 0) << j.err;
  EXPECT_EQ(json::parse(j.out)["annual_plan"], false);
  const Outcome page = s.keyproj({"--lang", "zh", "bulletin"});
  EXPECT_NE(page.out.find("2026年的年度计划尚未录入"), std::string::npos);
  EXPECT_NE(page.out.find("尚未录入任何问题"), std::string::npos);
  EXPECT_EQ(json::parse(j.out)["problems"]["recorded"], false);
  // A problem raised and resolved by the month's end: none is open, and the page says that.
  ASSERT_EQ(s.keyproj({"problem", "add", "TM-001", "--text", "用地", "--date", "2026-10-01"}).code, 0);
  ASSERT_EQ(s.keyproj({"problem", "resolve", "1", "--note", "已供地", "--date", "2026-10-15"}).code, 0);
  const Outcome later = s.keyproj({"--lang", "zh", "bulletin"});
  EXPECT_NE(later.out.find("无未销号问题。"), std::string::npos);
  EXPECT_EQ(later.out.find("尚未录入任何问题"), std::string::npos);
}

}  // namespace
}  // namespace keyproj::e2e

namespace keyproj::e2e {
namespace {

// The seeded portfolio, as an officer first meets it: no annual plan, no report, no problem.
TEST(BulletinOfTheSeed, ItsFiguresAreReportsAndItSaysWhatIsMissing) {
  Sandbox s;
  s.as_of = "2026-12-06";
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  ASSERT_EQ(s.keyproj({"seed"}).code, 0);
  const Outcome j = s.keyproj({"--format", "json", "bulletin"});
  ASSERT_EQ(j.code, 0) << j.err;
  const json b = json::parse(j.out);
  const Outcome r = s.raw({"--db", s.db(), "--as-of", "2026-11-30", "--format", "json", "report"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(b["report"], json::parse(r.out));
  EXPECT_EQ(b["annual_plan"], false);
  EXPECT_EQ(b["problems"]["total"], 0);
  const json& total = b["report"].back();
  EXPECT_EQ(b["red_amber"]["total"], total["red"].get<long long>() + total["amber"].get<long long>());
  EXPECT_EQ(b["red_amber"]["items"].size(), std::min<std::size_t>(50, b["red_amber"]["total"].get<std::size_t>()));
  const Outcome page = s.keyproj({"--lang", "zh", "bulletin"});
  ASSERT_EQ(page.code, 0);
  EXPECT_NE(page.out.find("2026年的年度计划尚未录入"), std::string::npos);
  EXPECT_NE(page.out.find("id=\"portfolio-projects\"><dt>在库项目（个）</dt><dd>" +
                          std::to_string(total["projects"].get<long long>()) + "</dd>"),
            std::string::npos);
}

}  // namespace
}  // namespace keyproj::e2e
