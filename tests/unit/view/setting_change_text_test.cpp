#include "view/setting_change_text.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

TEST(SettingChangeText, KeyThenBeforeAndAfterAsASentenceReadsThem) {
  EXPECT_EQ(setting_change_line("light.amber_lag_points", {std::int64_t{10}, std::int64_t{15}}),
            "light.amber_lag_points: 10 → 15");
  EXPECT_EQ(setting_change_line("home.region", {std::string(), std::string("TM")}),
            "home.region: " + setting_value_text(std::string()) + " → TM");
}

}  // namespace
}  // namespace keyproj
