// The 专栏 re-read: policy lines retired (their codes kept), enumerated items as projects of
// their own.

#include <gtest/gtest.h>

#include <map>

#include "seed/portfolio.h"
#include "unit/seed/seed_text.h"
#include "util/error.h"

namespace keyproj {
namespace {

using namespace seed_text;

// The items of the 专栏 tables that are projects, per city: what an officer counts against
// the printed plan.
TEST(Seed, ZhuanlanItemsPerRegion) {
  const std::map<std::string, std::size_t> expected{{"TM", 21}, {"EZ", 19}, {"WH", 36}, {"ZS", 4}, {"JM", 460}};
  std::map<std::string, std::size_t> got;
  for (const auto& r : portfolio())
    for (const auto& p : r.projects)
      if (!retired(p.code) && p.program->rfind("专栏", 0) == 0) ++got[r.region];
  for (const auto& [region, count] : expected) EXPECT_EQ(got[region], count) << region;
}

// Where a sentence lists several named items, each is a project of its own, quoting the
// sentence on the line it cites; the measure heading it stood under, if any, is retired.
TEST(Seed, EveryNamedItemOfASplitSentenceIsAProject) {
  struct Split {
    std::string region;
    std::string heading;  // the retired entry; empty where no entry stood for the sentence
    std::size_t line;
    std::vector<std::string> items;  // as the sentence names them
  };
  const std::vector<Split> splits{
      {"WH", "WH-001", 125, {"航空路", "中南路—武珞路", "中山大道— 江汉路", "光谷", "王家湾", "徐东"}},
      {"WH", "WH-003", 127, {"江汉路步行街", "汉正街", "楚河汉街", "光谷步行街"}},
      {"WH", "WH-010", 143, {"汉口北"}},
      {"WH", "WH-011", 144, {"硚口汉正街都市工业区", "汉口北市场群", "创青谷产业园", "5.5 创意产业园"}},
      {"WH", "WH-013", 151, {"昙华林", "楚河汉街", "黎黄陂路"}},
      {"WH", "WH-038", 215, {"卓贸通平台"}},
      {"WH", "WH-049", 258, {"中法生态城", "中德国际产业园", "中日产业园"}},
      {"WH", "WH-050", 259, {"东湖高新区", "武汉经济技术开发区", "临空港经开区"}},
      {"WH", "WH-059", 285, {"阳逻港", "铁路口岸", "水铁联运二期项目", "武汉港武湖港区"}},
      {"WH", "WH-060", 286, {"花山", "汉南", "铁路中心站检验检疫设施", "天河机场保税物流中心(B型)"}},
      {"ZS", "ZS-009", 202, {"中山保税物流中心跨境电商监管场所", "中山市跨境电商线上综合服务平台"}},
      {"ZS", "ZS-033", 272, {"中山市肉类蔬菜流通追溯平台"}},
      // Jingmen's running text, where only one item of each sentence had been seeded.
      {"JM", "", 1390, {"团林天然气门站", "沙洋 LNG 储存配送转运基地", "京山", "屈家岭"}},
      {"JM", "", 1598, {"应急物资供应链中心及集配中心", "国家航空应急救援中心"}},
  };
  std::size_t items = 0;
  for (const auto& s : splits) {
    if (!s.heading.empty()) EXPECT_TRUE(retired(s.heading)) << s.heading;
    const std::string line = std::to_string(s.line) + "-" + std::to_string(s.line);
    const std::string text = cited_text(region(s.region).plan.source_file, line);
    for (const auto& item : s.items) {
      ASSERT_NE(text.find(item), std::string::npos) << item << " is not on line " << s.line;
      // One live project of this city cites the line and opens its name with the item.
      std::size_t found = 0;
      for (const auto& p : region(s.region).projects)
        if (!retired(p.code) && p.source_lines == line && p.name_zh.rfind(without_spaces(item), 0) == 0 &&
            text.find(*p.source_quote) != std::string::npos && p.source_quote->find(item) != std::string::npos)
          ++found;
      EXPECT_EQ(found, 1u) << s.region << " line " << s.line << ": " << item;
      ++items;
    }
  }
  EXPECT_EQ(items, 42u);
}

// A retired entry keeps its row; the reason says why, and names the codes that replace it.
TEST(Seed, RetiredEntriesSayWhyAndNameTheirSuccessors) {
  for (const auto& r : portfolio())
    for (const auto& e : r.retired) {
      EXPECT_TRUE(e.reason.starts_with("a measure heading of its 专栏, not a project; ") ||
                  e.reason.starts_with("a count of unnamed facilities in its 专栏, not a project; "))
          << e.code;
      EXPECT_EQ(project(e.code).program->rfind("专栏", 0), 0u) << e.code;
      for (std::size_t at = e.reason.find(r.region + "-"); at != std::string::npos;
           at = e.reason.find(r.region + "-", at + 1)) {
        const std::string code = e.reason.substr(at, r.region.size() + 4);
        EXPECT_NO_THROW(project(code)) << e.code << " names " << code;
        EXPECT_FALSE(retired(code)) << e.code << " names " << code;
      }
    }
  EXPECT_TRUE(retired("WH-065"));  // 强化各方责任
  EXPECT_TRUE(retired("ZS-033"));  // 进一步优化消费环境
  EXPECT_TRUE(retired("ZS-038"));  // 加强招商队伍建设
  EXPECT_FALSE(retired("TM-002"));  // one named project covering ten streets stays one
  EXPECT_FALSE(retired("WH-052"));  // 打造智慧招商投资平台: the heading names the platform
  EXPECT_TRUE(retired("JM-055"));    // 专业市场 17 处: a count, no market named
  EXPECT_FALSE(retired("JM-054"));   // 东宝钢材市场, named in the same 专栏
}

TEST(Seed, ARetiredEntryKeepsItsRow) {
  const EmbeddedFile files[] = {
      {"XX/plan.csv", "title,issuer,issued_on,period_start,period_end,source_file,source_lines\nT,,,2021-01-01,2025-12-31,,\n"},
      {"XX/programs.csv", "name,source_lines\nP,1-2\n"},
      {"XX/projects.csv",
       "code,name_zh,name_en,county,program,category,location,scale,owner,stage,budget,planned_start,planned_finish,"
       "source_file,source_lines,source_quote\nXX-001,甲,A,,P,other,,,,planned,,,,,,\n"},
      {"XX/milestones.csv", "project_code,title,due,done_on,source_lines,source_quote\n"},
      {"XX/retired.csv", "code,reason\nXX-001,not a project\nXX-002,dropped\n"},
  };
  try {
    read_portfolio(files);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    EXPECT_STREQ(e.what(), "XX/retired.csv line 3: code 'XX-002' is not in projects.csv; a retired entry keeps its row");
  }
}

}  // namespace
}  // namespace keyproj
