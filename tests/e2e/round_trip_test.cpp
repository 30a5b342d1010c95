// Export everything, import it into an empty database, export again: the two exports are the
// same, in JSON, in CSV, and in CSV with the Chinese headers of --lang zh and Excel's BOM. The
// projects' derived columns go out and are ignored coming in, and come out the same again.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

constexpr const char* kKinds[] = {"owners", "leaders", "projects", "plans", "milestones", "updates"};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void ok(const Sandbox& s, const std::vector<std::string>& args) {
  const Outcome r = s.keyproj(args);
  ASSERT_EQ(r.code, 0) << args[0] << " " << args[1] << ": " << r.err;
}

// The seeded portfolio and a year of tracking: reports that walk a stage forward, back (by
// force) and into a suspension; moved and reached milestones; text with commas, quotes and
// line breaks; an owner with a contact; a deleted milestone.
void build(const Sandbox& s) {
  ok(s, {"seed"});
  ok(s, {"owner", "add", "--name", "天门市发改委", "--kind", "unit", "--contact", "王五, \"综合科\"\n0728-5"});
  ok(s, {"project", "add", "--code", "TM-101", "--name", "天门市冷链物流中心, 一期", "--region", "TM", "--owner",
         "天门市发改委", "--budget", "3.2亿", "--start", "2024-03", "--finish", "2026-06", "--scale",
         "冷库5万吨\n配送中心\"2\"处"});
  ok(s, {"log", "TM-101", "--date", "2026-01-31", "--stage", "preparing", "--progress", "10", "--invested", "500万"});
  ok(s, {"log", "TM-101", "--date", "2026-03-31", "--stage", "building", "--note", "桩基施工, 进度\"正常\""});
  ok(s, {"log", "TM-101", "--date", "2026-05-31", "--stage", "preparing", "--force", "--reason", "重新报批",
         "--blocker", "环评\n未批"});
  ok(s, {"log", "TM-101", "--date", "2026-07-31", "--stage", "suspended", "--invested", "1200万"});
  ok(s, {"log", "TM-011", "--date", "2026-09-30", "--stage", "building", "--progress", "45", "--invested", "0.8亿",
         "--blocker", "资金未到位, \"待拨付\""});
  // The projects' derived columns (light, % of this year's plan, the last blocker) come out of
  // the copy's own records the same.
  ok(s, {"plan", "set", "TM-011", "--year", "2026", "--class", "continuing", "--investment", "1.6亿"});
  ok(s, {"plan", "set", "TM-101", "--year", "2026", "--class", "completing", "--investment", "5000万"});
  ok(s, {"milestone", "add", "TM-101", "--title", "主体封顶", "--due", "2026-06"});
  ok(s, {"milestone", "move", "37", "--due", "2026-10", "--reason", "设计变更, 顺延"});
  // A milestone deleted between two others: the copy keeps the ids, and the gap.
  ok(s, {"milestone", "add", "TM-101", "--title", "误录节点", "--due", "2026-08"});
  ok(s, {"milestone", "delete", "38", "--reason", "重复录入"});
  ok(s, {"milestone", "add", "TM-011", "--title", "一期竣工", "--due", "2026-09"});
  ok(s, {"milestone", "done", "39", "--date", "2026-09-20"});
  ok(s, {"project", "edit", "TM-012", "--budget", "9000万", "--finish", "2027"});
  // Leaders with their phones; the projects name theirs.
  ok(s, {"leader", "add", "--name", "张伟", "--title", "副市长", "--phone", "13800000000"});
  ok(s, {"leader", "add", "--name", "李四", "--title", "市长"});
  ok(s, {"project", "edit", "TM-101", "--leader", "张伟"});
  ok(s, {"project", "edit", "TM-011", "--leader", "2"});
}

struct Exports {
  std::vector<std::string> files;
  std::vector<std::string> texts;
};

Exports export_all(const Sandbox& s, const std::string& tag, const std::string& ext,
                   const std::vector<std::string>& extra) {
  Exports e;
  for (const char* kind : kKinds) {
    const std::string file = (s.dir() / (tag + "-" + kind + "." + ext)).string();
    std::vector<std::string> args{"export", "--what", kind, "--out", file};
    // A copy keeps the owners' contacts, which an export writes only when asked for.
    if (std::string_view(kind) == "owners" || std::string_view(kind) == "leaders") args.emplace_back("--contacts");
    args.insert(args.end(), extra.begin(), extra.end());
    ok(s, args);
    e.files.push_back(file);
    e.texts.push_back(slurp(file));
  }
  return e;
}

void round_trip(const std::string& ext, const std::vector<std::string>& extra) {
  Sandbox original;
  ASSERT_EQ(original.keyproj({"init"}).code, 0);
  build(original);
  const Exports first = export_all(original, "first", ext, extra);
  EXPECT_NE(first.texts[1].find("13800000000"), std::string::npos);
  EXPECT_NE(first.texts[2].find("TM-101"), std::string::npos);
  EXPECT_NE(first.texts[2].find("李四"), std::string::npos);
  EXPECT_NE(first.texts[2].find("资金未到位"), std::string::npos);  // TM-011's last blocker
  EXPECT_NE(first.texts[2].find("0.5"), std::string::npos);          // 0.8亿 of 1.6亿
  EXPECT_NE(first.texts[3].find("TM-101"), std::string::npos);
  EXPECT_NE(first.texts[5].find("环评"), std::string::npos);
  EXPECT_EQ(first.texts[4].find("误录节点"), std::string::npos);
  EXPECT_NE(first.texts[4].find("一期竣工"), std::string::npos);

  Sandbox empty;
  ASSERT_EQ(empty.keyproj({"init"}).code, 0);
  for (std::size_t i = 0; i < first.files.size(); ++i) {
    // Replaying a stage history that went backward needs what log needed: --force, a reason.
    const Outcome r = empty.keyproj({"import", first.files[i], "--what", kKinds[i], "--force", "--reason",
                                     "restored from an export"});
    ASSERT_EQ(r.code, 0) << kKinds[i] << ": " << r.err;
  }
  const Exports second = export_all(empty, "second", ext, extra);
  for (std::size_t i = 0; i < first.texts.size(); ++i) EXPECT_EQ(second.texts[i], first.texts[i]) << kKinds[i];
}

TEST(RoundTrip, Json) { round_trip("json", {}); }

TEST(RoundTrip, Csv) { round_trip("csv", {}); }

TEST(RoundTrip, CsvWithChineseHeadersAndBom) { round_trip("csv", {"--lang", "zh", "--bom"}); }

}  // namespace
}  // namespace keyproj::e2e
