#include "view/project_card.h"

#include <gtest/gtest.h>

#include <sstream>

#include "store/projects.h"
#include "unit/in_language.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

// A planned cold-chain project with its finish at the end of the plan period: no budget, no
// report, no milestone. (The English labels are 11 wide, "Last report"; the Chinese 12.)
class ProjectCardTest : public ::testing::Test {
 protected:
  void SetUp() override {
    NewProject p;
    p.code = "TM-012";
    p.name_zh = "天门市冷链物流配送中心项目";
    p.name_en = "Tianmen Cold Chain Centre";
    p.region = "TM";
    p.category = "cold_chain";
    p.planned_finish = "2025-12-31";
    p.finish_source = "plan";
    p.entered_on = "2024-01-01";
    insert_project(t_.db(), p, "tester");
  }
  std::string card(Lang lang) {
    Globals g;
    g.as_of = parse_date("2024-06-30", "as-of");
    g.style.lang = lang;
    std::ostringstream out;
    print_card(t_.db(), *find_project(t_.db(), "TM-012"), g, LightThresholds{}, out);
    return out.str();
  }
  testing::TempDatabase t_;
};

TEST_F(ProjectCardTest, EnglishGivesTheStoredWords) {
  const std::string out = card(Lang::En);
  EXPECT_NE(out.find("TM-012       天门市冷链物流配送中心项目\n             Tianmen Cold Chain Centre\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\nCategory     cold_chain\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\nStage        planned\n"), std::string::npos) << out;
}

TEST_F(ProjectCardTest, ChineseGivesEveryValueInChineseAndLeavesTheEnglishNameToJson) {
  InLanguage zh(Lang::Zh);
  const std::string out = card(Lang::Zh);
  EXPECT_NE(out.find("TM-012        天门市冷链物流配送中心项目\n地区"), std::string::npos) << out;
  EXPECT_NE(out.find("\n类别          冷链物流\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\n阶段          谋划\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\n计划完成      2025-12-31（规划期末；规划未载明本项目完成时间）\n"), std::string::npos) << out;
  EXPECT_EQ(out.find("Tianmen"), std::string::npos) << out;
}

}  // namespace
}  // namespace keyproj
