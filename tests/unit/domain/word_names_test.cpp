#include "domain/word_names.h"

#include <array>

#include <gtest/gtest.h>

namespace keyproj {
namespace {

constexpr std::array<WordName, 2> kWords{{{"road", "公路"}, {"rail", "铁路"}}};

TEST(WordNames, AWordIsNamedByItselfOrItsChineseNameAndNothingElse) {
  EXPECT_EQ(word_named(kWords, "rail"), "rail");
  EXPECT_EQ(word_named(kWords, "铁路"), "rail");
  EXPECT_EQ(word_named(kWords, "公路"), "road");
  EXPECT_EQ(word_named(kWords, "Rail"), std::nullopt);
  EXPECT_EQ(word_named(kWords, ""), std::nullopt);
  EXPECT_EQ(chinese_of(kWords, "road"), "公路");
  EXPECT_EQ(chinese_of(kWords, "公路"), std::nullopt);  // a Chinese name is no stored word
  EXPECT_EQ(chinese_of({}, "road"), std::nullopt);
}

}  // namespace
}  // namespace keyproj
