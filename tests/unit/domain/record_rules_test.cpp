#include "domain/record_rules.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace keyproj {
namespace {

TEST(RecordRules, ADeletedMilestoneTakesNoChanges) {
  Milestone m;
  m.id = 7;
  EXPECT_NO_THROW(require_not_deleted(m));
  m.deleted_on = "2026-11-22";
  try {
    require_not_deleted(m);
    FAIL() << "a deleted milestone was let through";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    EXPECT_STREQ(e.what(), "milestone 7 was deleted on 2026-11-22; it takes no changes");
  }
}

TEST(RecordRules, AnArchivedProjectTakesNoNewFacts) {
  ProjectStanding p;
  p.code = "TM-011";
  EXPECT_NO_THROW(require_not_archived(p, "more reports"));
  p.archived = true;
  try {
    require_not_archived(p, "more reports");
    FAIL() << "an archived project was let through";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "project 'TM-011' is archived; it takes no more reports");
  }
}

}  // namespace
}  // namespace keyproj
