#include "view/value_labels.h"

#include <gtest/gtest.h>

#include "unit/in_language.h"

namespace keyproj {
namespace {

TEST(ValueLabels, EnglishShowsTheStoredWords) {
  EXPECT_EQ(stage_text_label("suspended", Lang::En), "suspended");
  EXPECT_EQ(category_label("cold_chain", Lang::En), "cold_chain");
  EXPECT_EQ(finish_source_label("plan", Lang::En), "plan");
  EXPECT_EQ(field_label("budget_yuan", Lang::En), "budget_yuan");
  EXPECT_EQ(field_value_label("class", "new", Lang::En), "new");
}

TEST(ValueLabels, ChineseShowsTheWordsOfTheOffice) {
  InLanguage zh(Lang::Zh);
  EXPECT_EQ(stage_text_label("suspended", Lang::Zh), "停缓建");
  EXPECT_EQ(category_label("logistics", Lang::Zh), "物流");
  EXPECT_EQ(category_label("urban", Lang::Zh), "城市建设");
  EXPECT_EQ(finish_source_label("officer", Lang::Zh), "项目办填报");
  EXPECT_EQ(field_label("planned_finish", Lang::Zh), "计划完成");
  EXPECT_EQ(field_value_label("resume_stage", "preparing", Lang::Zh), "前期");
  EXPECT_EQ(field_value_label("class", "continuing", Lang::Zh), "续建");
  EXPECT_EQ(field_value_label("kind", "enterprise", Lang::Zh), "建设单位");
  EXPECT_EQ(field_value_label("start_source", "stage", Lang::Zh), "阶段变更");
}

TEST(ValueLabels, AWordKeyprojDoesNotKnowIsShownAsStored) {
  InLanguage zh(Lang::Zh);
  EXPECT_EQ(category_label("港航物流", Lang::Zh), "港航物流");
  EXPECT_EQ(stage_text_label("半停工", Lang::Zh), "半停工");
  EXPECT_EQ(field_label("sponsor", Lang::Zh), "sponsor");
  EXPECT_EQ(field_label("leader", Lang::Zh), "包保领导");
  EXPECT_EQ(field_value_label("county", "planned", Lang::Zh), "planned");  // a county is no stage
}

}  // namespace
}  // namespace keyproj
