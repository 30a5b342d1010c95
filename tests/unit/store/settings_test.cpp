#include "store/settings.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <vector>

#include "store/sql/error.h"
#include "store/sql/statement.h"
#include "unit/in_language.h"
#include "unit/store/temp_database.h"
#include "util/error.h"

namespace keyproj {
namespace {

class SettingsTest : public ::testing::Test {
 protected:
  std::int64_t audit_rows() {
    sql::Statement q(db_.sql(), "SELECT count(*) FROM audit WHERE entity = 'setting'");
    q.step();
    return q.int64(0);
  }
  void expect_rejected(const std::string& key, const std::string& value, const std::string& sentence) {
    try {
      set_setting(db_, key, value, "tester");
      FAIL() << key << " " << value;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::Rejected);
      EXPECT_EQ(e.what(), sentence);
    }
  }
  testing::TempDatabase temp_;
  Database& db_ = temp_.db();
};

TEST_F(SettingsTest, TheMigrationSeedsDesignDefaults) {
  const LightThresholds t = light_thresholds(db_);
  EXPECT_EQ(t.red_days, 90);
  EXPECT_EQ(t.red_stale_days, 60);
  EXPECT_EQ(t.amber_lag_points, 20);
  EXPECT_EQ(t.stale_days, 30);
  std::vector<std::string> keys;
  for_each_setting(db_, [&](const Setting& s) {
    keys.push_back(s.key);
    EXPECT_EQ(s.value, s.default_value);
    EXPECT_FALSE(s.updated_at);
    const bool text = s.key == "home.region" || s.key == "schedule.basis" || s.key == "light.profile" ||
                      s.key == "light.schedule_rule" || s.key == "light.start_rule";
    EXPECT_EQ(s.type == SettingType::Text, text) << s.key;
  });
  EXPECT_EQ(keys, (std::vector<std::string>{"home.region", "light.amber_behind_points", "light.amber_below_share",
                                            "light.amber_lag_points", "light.profile", "light.red_behind_points",
                                            "light.red_below_share", "light.red_days", "light.red_stale_days",
                                            "light.schedule_min_plan_yuan", "light.schedule_rule",
                                            "light.start_red_months", "light.start_rule", "schedule.basis",
                                            "stale.days"}));
  // The rules of the year's plan start as the default profile (migration 0015).
  EXPECT_EQ(t.basis, ScheduleBasis::Month);
  EXPECT_EQ(t.schedule_rule, ScheduleRule::Points);
  EXPECT_EQ(t.amber_behind_points, 20);
  EXPECT_EQ(t.red_behind_points, 100);
  EXPECT_EQ(t.amber_below_share, 100);
  EXPECT_EQ(t.red_below_share, 50);
  EXPECT_EQ(t.schedule_min_plan_yuan, 0);
  EXPECT_TRUE(t.start_rule);
  EXPECT_EQ(t.start_red_months, 3);
  EXPECT_EQ(setting_text(db_, "light.profile"), "default");
  EXPECT_EQ(home_region(db_), std::nullopt);
  EXPECT_EQ(setting_text(db_, "home.region"), "");
}

// The descriptions live in the database in both languages; the Chinese one of every setting is
// the catalogue's translation of its English one, and every English one is marked for the
// catalogue, so that `config list` reads the same as any other Chinese text of keyproj.
TEST_F(SettingsTest, EachStoredChineseDescriptionIsTheCataloguesTranslationOfItsEnglishOne) {
  const auto marked = setting_descriptions();
  std::vector<std::pair<std::string, std::string>> stored;
  for_each_setting(db_, [&](const Setting& s) { stored.emplace_back(s.description_en, s.description_zh); });
  ASSERT_EQ(stored.size(), 15u);
  ASSERT_EQ(marked.size(), stored.size());
  InLanguage zh(Lang::Zh);
  ASSERT_EQ(current_language(), Lang::Zh);
  for (const auto& [en, zh_text] : stored) {
    EXPECT_NE(std::find(marked.begin(), marked.end(), en), marked.end()) << en << " is not marked for the catalogue";
    EXPECT_NE(zh_text, en);
    EXPECT_EQ(tr(std::string_view(en)), zh_text) << en;
  }
}

TEST_F(SettingsTest, SetChangesTheValueAndAuditsIt) {
  const SettingChange c = set_setting(db_, "light.red_days", "120", "tester");
  EXPECT_EQ(c.before, SettingValue(std::int64_t{90}));
  EXPECT_EQ(c.after, SettingValue(std::int64_t{120}));
  EXPECT_EQ(setting_value(db_, "light.red_days"), 120);
  EXPECT_EQ(light_thresholds(db_).red_days, 120);
  sql::Statement q(db_.sql(), "SELECT user, action, before, after FROM audit WHERE entity = 'setting'");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.string(0), "tester");
  EXPECT_EQ(q.string(1), "edit");
  EXPECT_EQ(q.string(2), R"({"key":"light.red_days","value":90})");
  EXPECT_EQ(q.string(3), R"({"key":"light.red_days","value":120})");
}

TEST_F(SettingsTest, SettingTheSameValueWritesNothing) {
  const SettingChange c = set_setting(db_, "stale.days", "30", "tester");
  EXPECT_FALSE(c.changed());
  EXPECT_EQ(audit_rows(), 0);
}

TEST_F(SettingsTest, UnknownKeysAndBadValuesAreRejected) {
  expect_rejected("light.red_dayz", "1",
                  "setting 'light.red_dayz' is not known; use one of home.region, light.amber_behind_points, "
                  "light.amber_below_share, light.amber_lag_points, light.profile, light.red_behind_points, "
                  "light.red_below_share, light.red_days, light.red_stale_days, light.schedule_min_plan_yuan, "
                  "light.schedule_rule, light.start_red_months, light.start_rule, schedule.basis, stale.days");
  expect_rejected("light.red_days", "ninety", "value 'ninety' for light.red_days is not a whole number; give one from 1 to 3650");
  expect_rejected("light.red_days", "9.5", "value '9.5' for light.red_days is not a whole number; give one from 1 to 3650");
  expect_rejected("light.red_days", "", "value '' for light.red_days is not a whole number; give one from 1 to 3650");
  expect_rejected("light.red_days", "0", "value '0' for light.red_days is out of range; give one from 1 to 3650");
  expect_rejected("light.amber_lag_points", "101",
                  "value '101' for light.amber_lag_points is out of range; give one from 0 to 100");
  expect_rejected("stale.days", "-3", "value '-3' for stale.days is out of range; give one from 1 to 3650");
  expect_rejected("stale.days", "99999999999999999999",
                  "value '99999999999999999999' for stale.days is out of range; give one from 1 to 3650");
  EXPECT_EQ(audit_rows(), 0);
  EXPECT_EQ(setting_value(db_, "light.amber_lag_points"), 20);
}

TEST_F(SettingsTest, TheSchemaRefusesValuesOutsideTheRange) {
  EXPECT_THROW(db_.sql().execute("UPDATE setting SET value = 0 WHERE key = 'stale.days'"), sql::Error);
  EXPECT_THROW(db_.sql().execute("UPDATE setting SET value = 'thirty' WHERE key = 'stale.days'"), sql::Error);
  EXPECT_THROW(db_.sql().execute("UPDATE setting SET value = 3 WHERE key = 'home.region'"), sql::Error);
}

TEST_F(SettingsTest, HomeRegionTakesARegionByCodeOrNameAndEmptyClearsIt) {
  SettingChange c = set_setting(db_, "home.region", "天门市", "tester");
  EXPECT_EQ(c.before, SettingValue(std::string()));
  EXPECT_EQ(c.after, SettingValue(std::string("TM")));
  EXPECT_EQ(home_region(db_), "TM");
  EXPECT_FALSE(set_setting(db_, "home.region", "TM", "tester").changed());
  c = set_setting(db_, "home.region", "", "tester");
  EXPECT_EQ(c.after, SettingValue(std::string()));
  EXPECT_EQ(home_region(db_), std::nullopt);
  sql::Statement q(db_.sql(), "SELECT before, after FROM audit WHERE entity = 'setting' ORDER BY id");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.string(0), R"({"key":"home.region","value":""})");
  EXPECT_EQ(q.string(1), R"({"key":"home.region","value":"TM"})");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.string(0), R"({"key":"home.region","value":"TM"})");
  EXPECT_EQ(q.string(1), R"({"key":"home.region","value":""})");
  EXPECT_FALSE(q.step());
  expect_rejected("home.region", "XX",
                  "value 'XX' for home.region is not a region; use one of TM 天门, EZ 鄂州, WH 武汉, ZS 中山, JM 荆门, "
                  "or '' for none");
}

// A text key with a fixed set of values is one row of the table: nothing else makes it work.
TEST_F(SettingsTest, ATextKeyWithAFixedSetIsOneRow) {
  db_.sql().execute(
      "INSERT INTO setting (key, type, value, default_value, allowed, description_en, description_zh) "
      "VALUES ('report.basis', 'text', 'month', 'month', 'month|day', 'the basis', '基准')");
  std::vector<std::string> allowed;
  for_each_setting(db_, [&](const Setting& s) {
    if (s.key == "report.basis") allowed = s.allowed;
  });
  EXPECT_EQ(allowed, (std::vector<std::string>{"month", "day"}));
  const SettingChange c = set_setting(db_, "report.basis", "day", "tester");
  EXPECT_EQ(c.before, SettingValue(std::string("month")));
  EXPECT_EQ(setting_text(db_, "report.basis"), "day");
  expect_rejected("report.basis", "week", "value 'week' for report.basis is not one it takes; use month or day");
  expect_rejected("report.basis", "", "value '' for report.basis is not one it takes; use month or day");
  // The schema holds a text key to its set, and to its type.
  EXPECT_THROW(db_.sql().execute("UPDATE setting SET value = 'week' WHERE key = 'report.basis'"), sql::Error);
  EXPECT_THROW(db_.sql().execute(
                   "INSERT INTO setting (key, type, value, default_value, allowed, description_en, description_zh) "
                   "VALUES ('x.y', 'text', 'a', 'b', 'a|c', '', '')"),
               sql::Error);
  // An integer read of a text key is a database error, not a guess.
  try {
    setting_value(db_, "report.basis");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Database);
  }
}

TEST_F(SettingsTest, AValueReadsAsItsNumberItsTextOrNone) {
  EXPECT_EQ(setting_value_text(SettingValue(std::int64_t{30})), "30");
  EXPECT_EQ(setting_value_text(SettingValue(std::string("TM"))), "TM");
  EXPECT_EQ(setting_value_text(SettingValue(std::string())), "(none)");
}

// Both readers, the light rules' (every setting at once) and one key's, refuse alike.
void expect_both_refuse(Database& db, const std::string& key, const std::string& sentence) {
  for (const auto& read : std::vector<std::function<void()>>{[&] { light_thresholds(db); },
                                                            [&] { setting_value(db, key); }}) {
    try {
      read();
      FAIL() << key;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::Database);
      EXPECT_EQ(e.what(), sentence);
    }
  }
}

TEST_F(SettingsTest, AMissingSettingIsADatabaseError) {
  db_.sql().execute("DELETE FROM setting WHERE key = 'stale.days'");
  expect_both_refuse(db_, "stale.days",
                     "setting 'stale.days' is missing from database '" + db_.name() +
                         "'; the settings migrations did not apply");
}

TEST_F(SettingsTest, AValueOfTheWrongTypeIsADatabaseError) {
  // Past the table's CHECK, as only another program writing the file could.
  db_.sql().execute("PRAGMA ignore_check_constraints = ON");
  db_.sql().execute("UPDATE setting SET value = 'many' WHERE key = 'light.red_days'");
  expect_both_refuse(db_, "light.red_days",
                     "setting 'light.red_days' in database '" + db_.name() + "' holds text, not integer");
}

}  // namespace
}  // namespace keyproj
