#include "domain/record_words.h"

#include <gtest/gtest.h>

#include "unit/in_language.h"

namespace keyproj {
namespace {

TEST(RecordWords, EnglishIsTheStoredWord) {
  for (const char* s : {"stated", "plan", "officer", "stage"}) EXPECT_EQ(date_source_shown(s), s);
  for (const char* e : {"project", "milestone", "owner", "setting", "annual_plan", "report"}) EXPECT_EQ(entity_shown(e), e);
  EXPECT_EQ(entity_shown("progress_update"), "report");
  for (const char* a : {"create", "edit", "seed", "stage", "archive", "unarchive", "done", "move", "reopen", "delete",
                        "rename", "merge", "remove", "log", "correct"})
    EXPECT_EQ(action_shown(a), a);
}

TEST(RecordWords, ChineseComesFromTheCatalogueAndAnUnknownWordStaysAsStored) {
  InLanguage zh(Lang::Zh);
  EXPECT_EQ(date_source_shown("stated"), "规划明确");
  EXPECT_EQ(date_source_shown("plan"), "规划期末");
  EXPECT_EQ(date_source_shown("officer"), "经办人填报");
  EXPECT_EQ(date_source_shown("stage"), "阶段变更");
  EXPECT_EQ(entity_shown("project"), "项目");
  EXPECT_EQ(entity_shown("progress_update"), "调度记录");
  EXPECT_EQ(entity_shown("annual_plan"), "年度计划");
  EXPECT_EQ(action_shown("archive"), "归档");
  EXPECT_EQ(action_shown("correct"), "更正");
  EXPECT_EQ(date_source_shown("guessed"), "guessed");
  EXPECT_EQ(entity_shown("widget"), "widget");
  EXPECT_EQ(action_shown("frobnicate"), "frobnicate");
  // Every listed word has its own Chinese.
  for (const char* a : {"create", "edit", "seed", "stage", "archive", "unarchive", "done", "move", "reopen", "delete",
                        "rename", "merge", "remove", "log", "correct"})
    EXPECT_NE(action_shown(a), a) << a;
  for (const char* e : {"project", "milestone", "owner", "setting", "annual_plan", "report"})
    EXPECT_NE(entity_shown(e), e) << e;
}

}  // namespace
}  // namespace keyproj
