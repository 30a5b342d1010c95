// export --what milestones --format ics: the calendar of open milestones, approval nodes and
// problem deadlines, read back by python3-icalendar (tests/e2e/ics_events.py), a parser that
// shares nothing with keyproj's writer. The sandbox's as-of date is 2026-11-22.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

using json = nlohmann::json;

std::string plus_days(const std::string& iso, int n) {
  using namespace std::chrono;
  const int y = std::stoi(iso.substr(0, 4)), m = std::stoi(iso.substr(5, 2)), d = std::stoi(iso.substr(8, 2));
  const year_month_day ymd{sys_days{year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)}} +
                           days{n}};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return out;
}

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Whether `s` is whole UTF-8: every lead byte followed by its continuation bytes.
bool whole_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

// The file as the independent parser reads it.
json parsed(const std::filesystem::path& file) {
  const std::string command =
      "/usr/bin/python3 " KEYPROJ_SOURCE_DIR "/tests/e2e/ics_events.py '" + file.string() + "' 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return json();
  std::string out;
  char buf[4096];
  while (const std::size_t n = fread(buf, 1, sizeof buf, pipe)) out.append(buf, n);
  const int status = pclose(pipe);
  EXPECT_EQ(status, 0) << out;
  return status == 0 ? json::parse(out) : json();
}

// The template's nodes: 立项 20 days from the start, 环评 30 days after 立项.
constexpr const char* kTemplate = "template,node,after,days,marks_start\nsmall,立项,,20,\nsmall,环评,立项,30,\n";
constexpr const char* kPlanFrom = "2026-09-01";
constexpr const char* kLongTitle = "主体工程完工,含仓储;冷链\\配套与一期二期三期工程的全部验收手续";

struct Expected {
  std::string day;
  std::string summary;
  std::string status;
  std::string category;
  int sequence = 0;
};

class Calendar : public ::testing::Test {
 protected:
  void SetUp() override {
    ok({"init"});
    ok({"leader", "add", "--name", "张伟", "--title", "副市长"});
    ok({"project", "add", "--code", "TM-011", "--name", "天门市综合物流产业园项目", "--region", "TM", "--owner",
        "天门市商务局", "--leader", "张伟"});
    ok({"project", "add", "--code", "TM-012", "--name", "天门市冷链物流配送中心项目", "--region", "TM"});
    ok({"project", "add", "--code", "EZ-001", "--name", "鄂州空港综合保税区项目", "--region", "EZ"});
    ok({"import", s.write("t.csv", kTemplate), "--what", "templates"});
    ok({"milestone", "plan", "TM-011", "--template", "small", "--from", kPlanFrom});
    EXPECT_EQ(ok({"milestone", "add", "TM-011", "--title", kLongTitle, "--due", "2026-12-31"}), "3\n");
    EXPECT_EQ(ok({"milestone", "add", "TM-011", "--title", "竣工验收", "--due", "2027-03-31"}), "4\n");
    ok({"milestone", "move", "4", "--due", "2027-06-30", "--reason", "用地延迟"});
    EXPECT_EQ(ok({"milestone", "add", "TM-012", "--title", "冷库建成", "--due", "2026-10-31"}), "5\n");
    ok({"milestone", "done", "5", "--date", "2026-11-01"});
    EXPECT_EQ(ok({"milestone", "add", "TM-012", "--title", "误录节点", "--due", "2026-12-01"}), "6\n");
    ok({"milestone", "delete", "6", "--reason", "重复录入"});
    // Done more than a year (kCancelledDays) before the as-of date: no longer in the calendar.
    EXPECT_EQ(ok({"milestone", "add", "TM-012", "--title", "上年节点", "--due", "2025-05-31"}), "7\n");
    ok({"milestone", "done", "7", "--date", "2025-06-01"});
    EXPECT_EQ(ok({"milestone", "add", "EZ-001", "--title", "围网验收", "--due", "2026-12-20"}), "8\n");
    EXPECT_EQ(ok({"problem", "add", "TM-011", "--text", "征地拆迁未完成", "--unit", "天门市自然资源和规划局", "--level",
                  "city", "--due", "2026-12-15", "--date", "2026-09-01"}),
              "1\n");
    EXPECT_EQ(ok({"problem", "add", "TM-011", "--text", "资金缺口待协调", "--date", "2026-09-01"}), "2\n");
    EXPECT_EQ(ok({"problem", "add", "TM-012", "--text", "电力增容未批复", "--due", "2026-11-30", "--date", "2026-09-01"}),
              "3\n");
    ok({"problem", "resolve", "3", "--note", "已批复", "--date", "2026-11-20"});
  }

  std::string ok(const std::vector<std::string>& args) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << r.err;
    return r.out;
  }

  // Every event the calendar must hold as of 2026-11-22, from the inputs above, in English.
  std::map<std::string, Expected> expected() const {
    const std::string tm011 = "TM-011 天门市综合物流产业园项目: ", tm012 = "TM-012 天门市冷链物流配送中心项目: ";
    const std::string approval_day = plus_days(kPlanFrom, 20);
    return {
        {"TM-TM-011-milestone-1@keyproj", {approval_day, tm011 + "立项", "CONFIRMED", "Approval node", 0}},
        {"TM-TM-011-milestone-2@keyproj", {plus_days(approval_day, 30), tm011 + "环评", "CONFIRMED", "Approval node", 0}},
        {"TM-TM-011-milestone-3@keyproj", {"2026-12-31", tm011 + kLongTitle, "CONFIRMED", "Milestone", 0}},
        {"TM-TM-011-milestone-4@keyproj", {"2027-06-30", tm011 + "竣工验收", "CONFIRMED", "Milestone", 1}},
        {"TM-TM-012-milestone-5@keyproj", {"2026-10-31", tm012 + "冷库建成", "CANCELLED", "Milestone", 1}},
        {"TM-TM-012-milestone-6@keyproj", {"2026-12-01", tm012 + "误录节点", "CANCELLED", "Milestone", 1}},
        {"EZ-EZ-001-milestone-8@keyproj", {"2026-12-20", "EZ-001 鄂州空港综合保税区项目: 围网验收", "CONFIRMED", "Milestone", 0}},
        {"TM-TM-011-problem-1@keyproj", {"2026-12-15", tm011 + "征地拆迁未完成", "CONFIRMED", "Problem", 0}},
        {"TM-TM-012-problem-3@keyproj", {"2026-11-30", tm012 + "电力增容未批复", "CANCELLED", "Problem", 1}},
    };
  }

  // Exports with `extra` to a file, checks its lines, and returns what the parser read.
  json exported(const std::vector<std::string>& extra, const std::string& name = "cal.ics") {
    std::vector<std::string> args{"export", "--what", "milestones", "--out", (s.dir() / name).string()};
    args.insert(args.end(), extra.begin(), extra.end());
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "");
    expect_lines(slurp(s.dir() / name));
    return parsed(s.dir() / name);
  }

  // RFC 5545 3.1: CRLF after every line, at most 75 octets, a folded line starting with a
  // space; and no fold inside a character.
  static void expect_lines(const std::string& text) {
    ASSERT_TRUE(text.ends_with("\r\n"));
    std::size_t start = 0, folds = 0;
    while (start < text.size()) {
      const std::size_t end = text.find("\r\n", start);
      ASSERT_NE(end, std::string::npos);
      const std::string line = text.substr(start, end - start);
      EXPECT_EQ(line.find('\n'), std::string::npos) << line;
      EXPECT_LE(line.size(), 75u) << line;
      EXPECT_TRUE(whole_utf8(line)) << line;
      if (line.starts_with(" ")) ++folds;
      start = end + 2;
    }
    EXPECT_GT(folds, 0u);
  }

  static std::map<std::string, json> by_uid(const json& calendar) {
    std::map<std::string, json> out;
    for (const auto& e : calendar["events"]) EXPECT_TRUE(out.emplace(e["uid"].get<std::string>(), e).second) << e;
    return out;
  }

  Sandbox s;
};

TEST_F(Calendar, EveryEventIsAnAllDayEventWithItsUidSummaryAndStatus) {
  const json calendar = exported({"--format", "ics"});
  EXPECT_EQ(calendar["version"], "2.0");
  EXPECT_EQ(calendar["calscale"], "GREGORIAN");
  EXPECT_EQ(calendar["prodid"], "-//keyproj//keyproj export//ZH");
  EXPECT_EQ(calendar["name"], "Key project milestones and deadlines");
  const auto want = expected();
  const auto got = by_uid(calendar);
  ASSERT_EQ(got.size(), want.size()) << calendar.dump(1);
  for (const auto& [uid, e] : want) {
    SCOPED_TRACE(uid);
    ASSERT_TRUE(got.contains(uid));
    const json& g = got.at(uid);
    EXPECT_EQ(g["start"]["day"], e.day);
    EXPECT_TRUE(g["start"]["is_date"].get<bool>());
    EXPECT_EQ(g["start"]["value_param"], "DATE");
    EXPECT_EQ(g["end"]["day"], plus_days(e.day, 1));
    EXPECT_TRUE(g["end"]["is_date"].get<bool>());
    EXPECT_EQ(g["summary"], e.summary);
    EXPECT_EQ(g["status"], e.status);
    EXPECT_EQ(g["categories"], json::array({e.category}));
    EXPECT_EQ(g["sequence"], e.sequence);
    EXPECT_TRUE(g["dtstamp"].get<std::string>().ends_with("+0000")) << g["dtstamp"];
  }
  // The moved milestone says where it was first due; the problem names its unit and level.
  EXPECT_NE(got.at("TM-TM-011-milestone-4@keyproj")["description"].get<std::string>().find("\nBaseline: 2027-03-31"),
            std::string::npos);
  EXPECT_EQ(got.at("TM-TM-011-problem-1@keyproj")["description"],
            "Kind: Problem\nProject: TM-011 天门市综合物流产业园项目\nUnit: 天门市自然资源和规划局\nProject owner: "
            "天门市商务局\nLeader: 张伟, 副市长\nLevel: city\nRaised: 2026-09-01\nDeadline: 2026-12-15");
  EXPECT_EQ(got.at("TM-TM-012-milestone-6@keyproj")["description"],
            "Kind: Milestone\nProject: TM-012 天门市冷链物流配送中心项目\nOwner: (not stated)\nLeader: (none)\n"
            "Due: 2026-12-01\nDeleted: 2026-11-22");
}

TEST_F(Calendar, ASecondExportGivesTheSameEventsUnderTheSameUids) {
  const json first = exported({"--format", "ics"});
  const std::string first_text = slurp(s.dir() / "cal.ics");
  // By the extension alone, and to standard output: the same calendar.
  const json second = exported({}, "again.ics");
  const Outcome to_stdout = s.keyproj({"export", "--what", "milestones", "--format", "ics"});
  ASSERT_EQ(to_stdout.code, 0) << to_stdout.err;
  std::vector<std::string> uids_first, uids_second;
  for (const auto& e : first["events"]) uids_first.push_back(e["uid"]);
  for (const auto& e : second["events"]) uids_second.push_back(e["uid"]);
  EXPECT_EQ(uids_first, uids_second);
  auto without_stamps = [](std::string text) {
    for (std::size_t at = text.find("DTSTAMP:"); at != std::string::npos; at = text.find("DTSTAMP:", at + 1))
      text.replace(at + 8, 16, "YYYYMMDDTHHMMSSZ");
    return text;
  };
  EXPECT_EQ(without_stamps(slurp(s.dir() / "again.ics")), without_stamps(first_text));
  EXPECT_EQ(without_stamps(to_stdout.out), without_stamps(first_text));
}

TEST_F(Calendar, KindAndFiltersChooseTheEvents) {
  json calendar = exported({"--format", "ics", "--kind", "approval"});
  EXPECT_EQ(calendar["name"], "Key project approval nodes");
  std::vector<std::string> uids;
  for (const auto& e : calendar["events"]) uids.push_back(e["uid"]);
  EXPECT_EQ(uids, (std::vector<std::string>{"TM-TM-011-milestone-1@keyproj", "TM-TM-011-milestone-2@keyproj"}));

  calendar = exported({"--format", "ics", "--region", "TM", "--search", "冷链"});
  EXPECT_EQ(calendar["name"], "Key project milestones and deadlines (region TM, name or code containing 冷链)");
  uids.clear();
  for (const auto& e : calendar["events"]) uids.push_back(e["uid"]);
  EXPECT_EQ(uids, (std::vector<std::string>{"TM-TM-012-milestone-5@keyproj", "TM-TM-012-milestone-6@keyproj",
                                            "TM-TM-012-problem-3@keyproj"}));
}

TEST_F(Calendar, ChineseWords) {
  const auto got = by_uid(exported({"--format", "ics", "--lang", "zh", "--kind", "milestone", "--region", "TM"}));
  ASSERT_TRUE(got.contains("TM-TM-011-milestone-3@keyproj"));
  EXPECT_FALSE(got.contains("TM-TM-011-milestone-1@keyproj"));
  EXPECT_FALSE(got.contains("TM-TM-011-problem-1@keyproj"));
  const json& e = got.at("TM-TM-011-milestone-3@keyproj");
  EXPECT_EQ(e["summary"], std::string("TM-011 天门市综合物流产业园项目：") + kLongTitle);
  EXPECT_EQ(e["categories"], json::array({"里程碑"}));
  EXPECT_EQ(e["description"],
            "类型：里程碑\n项目：TM-011 天门市综合物流产业园项目\n责任单位：天门市商务局\n包保领导：张伟，副市长\n"
            "计划完成：2026-12-31");
}

TEST_F(Calendar, AsOfAnEarlierDateWhatWasOpenThen) {
  s.as_of = "2026-10-01";
  const auto got = by_uid(exported({"--format", "ics"}));
  EXPECT_EQ(got.at("TM-TM-011-milestone-4@keyproj")["start"]["day"], "2027-03-31");  // moved on 2026-11-22
  EXPECT_EQ(got.at("TM-TM-012-milestone-5@keyproj")["status"], "CONFIRMED");        // done on 2026-11-01
  EXPECT_EQ(got.at("TM-TM-012-problem-3@keyproj")["status"], "CONFIRMED");          // resolved on 2026-11-20
  EXPECT_EQ(got.at("TM-TM-012-milestone-6@keyproj")["status"], "CANCELLED");        // a mistake on every date
}

TEST_F(Calendar, AFailedWriteIsAnErrorAndLeavesNoFile) {
  const Outcome r = s.keyproj({"export", "--what", "milestones", "--out", (s.dir() / "none" / "cal.ics").string()});
  EXPECT_EQ(r.code, 5);
  EXPECT_NE(r.err.find("cannot be written"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(s.dir() / "none"));
}

}  // namespace
}  // namespace keyproj::e2e
