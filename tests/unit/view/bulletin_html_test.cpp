#include "view/bulletin_html.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

TEST(BulletinHtml, MoneyIn10kYuanToTwoDecimalsGroupedHalfUp) {
  EXPECT_EQ(wan_figure(0), "0.00");
  EXPECT_EQ(wan_figure(49), "0.00");
  EXPECT_EQ(wan_figure(50), "0.01");
  EXPECT_EQ(wan_figure(1'234'567), "123.46");
  EXPECT_EQ(wan_figure(1'200'000'000'000), "120,000,000.00");
  EXPECT_EQ(wan_figure(-1'234'567), "-123.46");
  EXPECT_EQ(wan_figure(9'999'999'950), "1,000,000.00");
}

Bulletin sample() {
  Bulletin b;
  b.month = "2026-11";
  b.as_of = parse_date("2026-11-30", "as-of");
  b.year = 2026;
  b.schedule = 9167;
  b.next_first = parse_date("2026-12-01", "d");
  b.next_last = parse_date("2026-12-31", "d");
  Project p;
  p.code = "TM-001";
  p.name_zh = "<script>alert(1)</script>";
  p.region = "TM";
  p.owner = Text("A&B 公司");
  b.red_amber.items.push_back(LitProject{p, LightFacts{}, Light::Red, 1});
  b.red_amber.total = 60;
  b.portfolio.projects = 60;
  return b;
}

TEST(BulletinHtml, NamesAreTextTheListSaysWhatItLeftOutAndNoPlanIsSaid) {
  const LightThresholds t{90, 60, 20, 31};
  const std::string zh = bulletin_html(sample(), t, Lang::Zh);
  EXPECT_EQ(zh.find("<script"), std::string::npos);
  EXPECT_NE(zh.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(zh.find("A&amp;B 公司"), std::string::npos);
  EXPECT_NE(zh.find("另有 59 项未列出"), std::string::npos);
  EXPECT_NE(zh.find("2026年的年度计划尚未录入"), std::string::npos);
  EXPECT_NE(zh.find("<title>重点项目调度通报（2026年11月）</title>"), std::string::npos);
  EXPECT_EQ(zh.find("http:"), std::string::npos);
  EXPECT_EQ(zh.find("https:"), std::string::npos);
  const std::string en = bulletin_html(sample(), t, Lang::En);
  EXPECT_NE(en.find("And 59 more; `keyproj project list --light red` lists them all."), std::string::npos);
  EXPECT_NE(en.find("<html lang=\"en\">"), std::string::npos);
}

}  // namespace
}  // namespace keyproj
