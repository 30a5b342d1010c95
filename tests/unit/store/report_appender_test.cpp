#include "store/report_appender.h"

#include <gtest/gtest.h>

#include "store/projects.h"
#include "store/updates.h"
#include "unit/store/scalar.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

class ReportAppenderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    NewProject p;
    p.code = "TM-011";
    p.name_zh = "天门市综合物流产业园项目";
    p.region = "TM";
    p.entered_on = "2026-01-01";
    project_ = insert_project(t_.db(), p, "tester");
  }
  ProgressUpdate report(int n, const std::string& note = "ok") const {
    ProgressUpdate u;
    u.project_id = project_;
    u.reported_on = "2026-10-31";
    u.invested_yuan = n;
    u.note = note;
    u.author = "张三";
    u.again = true;  // many reports of one day: each says it is a second one (log --again)
    return u;
  }
  int count() { return testing::scalar_int(t_.db().sql(), "SELECT count(*) FROM progress_update"); }
  // "id:invested" for every report, in id order.
  std::string rows() {
    std::string out;
    sql::Statement q(t_.db().sql(), "SELECT id, invested_yuan FROM progress_update ORDER BY id");
    while (q.step()) out += std::to_string(q.int64(0)) + ":" + q.string(1) + " ";
    return out;
  }
  void refuse_note(const std::string& note) {
    t_.db().sql().execute("CREATE TRIGGER refuse BEFORE INSERT ON progress_update WHEN NEW.note = '" + note +
                          "' BEGIN SELECT RAISE(ABORT, 'refused'); END");
  }
  testing::TempDatabase t_;
  std::int64_t project_ = 0;
};

TEST_F(ReportAppenderTest, ReportsTakeTheIdsAddGaveInBatchesAndTheRest) {
  insert_update(t_.db(), report(0));  // id 1, written at once
  ReportAppender a(t_.db());
  std::string given;
  const int n = 2 * static_cast<int>(ReportAppender::kBatch) + 5;
  for (int i = 1; i <= n; ++i) {
    given += std::to_string(a.add(report(i))) + ":" + std::to_string(i) + " ";
    // Held until a batch is full, then written whole.
    EXPECT_EQ(a.held(), static_cast<std::size_t>(i) % ReportAppender::kBatch) << i;
    EXPECT_EQ(count(), 1 + i / static_cast<int>(ReportAppender::kBatch) * static_cast<int>(ReportAppender::kBatch));
  }
  a.flush();
  EXPECT_EQ(a.held(), 0u);
  EXPECT_EQ(count(), 1 + n);
  EXPECT_EQ(rows(), "1:0 " + given);
}

TEST_F(ReportAppenderTest, EachReportIsStampedWhenAddedNotWhenWritten) {
  ReportAppender a(t_.db());
  a.add(report(1));
  const std::string after_add = testing::scalar_text(t_.db().sql(), "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
  while (testing::scalar_text(t_.db().sql(), "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')") == after_add) {
  }
  a.flush();
  const std::string stamped = testing::scalar_text(t_.db().sql(), "SELECT created_at FROM progress_update");
  EXPECT_EQ(stamped.size(), 24u);
  EXPECT_LE(stamped, after_add);
}

TEST_F(ReportAppenderTest, ARefusedReportInABatchIsNamedByItsTagAndTheOnesBeforeItAreIn) {
  refuse_note("bad");
  ReportAppender a(t_.db());
  try {
    for (std::size_t i = 1; i <= ReportAppender::kBatch; ++i) a.add(report(static_cast<int>(i), i == 40 ? "bad" : "ok"), 100 + i);
    FAIL() << "the batch was written";
  } catch (const ReportRefused& e) {
    EXPECT_EQ(e.tag(), 140u);
    EXPECT_STREQ(e.what(), "refused");
  }
  EXPECT_EQ(count(), 39);
  EXPECT_EQ(a.held(), 0u);
}

TEST_F(ReportAppenderTest, ARefusedReportInTheLastFewIsNamedByItsTag) {
  refuse_note("bad");
  ReportAppender a(t_.db());
  a.add(report(1), 7);
  a.add(report(2, "bad"), 8);
  a.add(report(3), 9);
  try {
    a.flush();
    FAIL() << "flushed";
  } catch (const ReportRefused& e) {
    EXPECT_EQ(e.tag(), 8u);
  }
  EXPECT_EQ(count(), 1);
  EXPECT_EQ(a.held(), 0u);
}

TEST_F(ReportAppenderTest, HoldsSaysWhichIdsAreNotYetWritten) {
  insert_update(t_.db(), report(0));  // id 1
  ReportAppender a(t_.db());
  EXPECT_FALSE(a.holds(1));
  EXPECT_EQ(a.add(report(1)), 2);
  EXPECT_EQ(a.add(report(2)), 3);
  EXPECT_FALSE(a.holds(1));
  EXPECT_TRUE(a.holds(2));
  EXPECT_TRUE(a.holds(3));
  EXPECT_FALSE(a.holds(4));
  a.flush();
  EXPECT_FALSE(a.holds(2));
  EXPECT_FALSE(a.holds(3));
}

// A correction is written when added, with the reports held before it, and records the report
// it supersedes, which then no longer counts.
TEST_F(ReportAppenderTest, ACorrectionIsWrittenAtOnceAndSupersedesTheReportInForce) {
  const std::int64_t original = insert_update(t_.db(), report(100));
  ReportAppender a(t_.db());
  a.add(report(20));
  ProgressUpdate fix = report(7);
  fix.corrects_id = original;
  fix.reason = "填错";
  const std::int64_t first = a.add(fix);
  EXPECT_EQ(a.held(), 0u);
  EXPECT_EQ(count(), 3);
  fix.invested_yuan = 9;
  const std::int64_t second = a.add(fix);  // names the original, as every correction of the chain does
  EXPECT_EQ(count(), 4);
  EXPECT_EQ(testing::scalar_int(t_.db().sql(), "SELECT count(*) FROM report_superseded"), 2);
  EXPECT_EQ(testing::scalar_int(t_.db().sql(), "SELECT count(*) FROM report_superseded WHERE id IN (" +
                                                   std::to_string(original) + ", " + std::to_string(first) + ")"),
            2);
  EXPECT_EQ(testing::scalar_int(t_.db().sql(), "SELECT sum(invested_yuan) FROM report_in_force"), 20 + 9);
  EXPECT_GT(second, first);
}

TEST_F(ReportAppenderTest, WhatIsNotFlushedIsNotWritten) {
  {
    ReportAppender a(t_.db());
    a.add(report(1));
    a.add(report(2));
  }
  EXPECT_EQ(count(), 0);
}

}  // namespace
}  // namespace keyproj
