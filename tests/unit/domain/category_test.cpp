#include "domain/category.h"

#include <gtest/gtest.h>


namespace keyproj {
namespace {

TEST(Category, AKnownCategoryIsNamedByItsCodeOrItsChineseName) {
  EXPECT_EQ(category_from_name("logistics"), "logistics");
  EXPECT_EQ(category_from_name("物流"), "logistics");
  EXPECT_EQ(category_from_name("冷链物流"), "cold_chain");
  EXPECT_EQ(category_from_name("产业园区"), "industrial_park");
  EXPECT_EQ(category_from_name("Logistics"), std::nullopt);  // the code is a stored word, written as stored
  EXPECT_EQ(category_from_name("港航物流"), std::nullopt);
  EXPECT_EQ(category_from_name(""), std::nullopt);
}

TEST(Category, WhatIsStoredIsTheCodeOrTheWordAsTyped) {
  EXPECT_EQ(category_stored("保税区"), "bonded_zone");
  EXPECT_EQ(category_stored("bonded_zone"), "bonded_zone");
  EXPECT_EQ(category_stored("港航物流"), "港航物流");
}

constexpr const char* kCodes[] = {"logistics", "cold_chain", "bonded_zone", "port", "airport", "railway", "road",
                                  "industrial_park", "market", "commerce", "ecommerce", "trade", "exhibition", "tourism",
                                  "culture", "agriculture", "manufacturing", "chemical", "energy", "materials",
                                  "environment", "digital", "innovation", "health", "education", "water", "urban",
                                  "social", "other"};

TEST(Category, TheKnownCategoriesInTheOrderOfTheSeedsReadme) {
  ASSERT_EQ(known_categories().size(), std::size(kCodes));
  for (std::size_t i = 0; i < std::size(kCodes); ++i) {
    EXPECT_EQ(known_categories()[i].word, kCodes[i]);
    EXPECT_EQ(known_categories()[i].zh, category_name_zh(kCodes[i]));
  }
}

TEST(Category, EveryCodeHasItsOwnChineseNameThatReadsBackAsIt) {
  for (const char* code : {"logistics", "cold_chain", "bonded_zone", "port", "airport", "railway", "road",
                           "industrial_park", "market", "commerce", "ecommerce", "trade", "exhibition", "tourism",
                           "culture", "agriculture", "manufacturing", "chemical", "energy", "materials",
                           "environment", "digital", "innovation", "health", "education", "water", "urban",
                           "social", "other"}) {
    const auto zh = category_name_zh(code);
    ASSERT_TRUE(zh) << code;
    EXPECT_NE(*zh, code);
    EXPECT_EQ(category_from_name(*zh), code);
  }
  EXPECT_EQ(category_name_zh("港航物流"), std::nullopt);
}

}  // namespace
}  // namespace keyproj
