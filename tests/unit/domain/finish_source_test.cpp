#include "domain/finish_source.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

TEST(FinishSource, EachIsNamedByItsWordOrItsChineseName) {
  EXPECT_EQ(finish_source_from_name("stated"), "stated");
  EXPECT_EQ(finish_source_from_name("规划载明"), "stated");
  EXPECT_EQ(finish_source_from_name("规划期末"), "plan");
  EXPECT_EQ(finish_source_from_name("项目办填报"), "officer");
  EXPECT_EQ(finish_source_from_name("Officer"), std::nullopt);
  EXPECT_EQ(finish_source_from_name(""), std::nullopt);
}

TEST(FinishSource, EachWordHasItsOwnChineseNameThatReadsBackAsIt) {
  for (const char* word : {"stated", "plan", "officer"}) {
    const auto zh = finish_source_name_zh(word);
    ASSERT_TRUE(zh) << word;
    EXPECT_EQ(finish_source_from_name(*zh), word);
  }
  EXPECT_EQ(finish_source_name_zh("规划载明"), std::nullopt);
}

}  // namespace
}  // namespace keyproj
