#include "cli/retry.h"

#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>

#include "store/sql/error.h"

namespace keyproj {
namespace {

using std::chrono::milliseconds;

sql::Error conflict() { return sql::Error(sql::Failure::Conflict, 0, "deadlock detected"); }

TEST(Retry, AConflictBeforeAnythingWasShownIsRunAgainUntilItSucceeds) {
  int runs = 0;
  const int code = run_retrying_conflicts(
      [&] {
        if (++runs < 3) throw conflict();
        return 7;
      },
      [] { return false; }, 8, milliseconds(0));
  EXPECT_EQ(code, 7);
  EXPECT_EQ(runs, 3);
}

TEST(Retry, TheLastAttemptsConflictIsReported) {
  int runs = 0;
  try {
    run_retrying_conflicts([&]() -> int { ++runs; throw conflict(); }, [] { return false; }, 4, milliseconds(0));
    ADD_FAILURE() << "nothing was thrown";
  } catch (const sql::Error& e) {
    EXPECT_EQ(e.kind(), sql::Failure::Conflict);
  }
  EXPECT_EQ(runs, 4);
}

TEST(Retry, OnceSomethingWasShownTheConflictIsReportedAtOnce) {
  int runs = 0;
  EXPECT_THROW(run_retrying_conflicts([&]() -> int { ++runs; throw conflict(); }, [] { return true; }, 8, milliseconds(0)),
               sql::Error);
  EXPECT_EQ(runs, 1);
}

TEST(Retry, OtherFailuresAreNeverRunAgain) {
  int runs = 0;
  EXPECT_THROW(run_retrying_conflicts(
                   [&]() -> int {
                     ++runs;
                     throw sql::Error(sql::Failure::Busy, 0, "lock timeout");
                   },
                   [] { return false; }, 8, milliseconds(0)),
               sql::Error);
  EXPECT_THROW(run_retrying_conflicts([&]() -> int { ++runs; throw std::runtime_error("x"); }, [] { return false; }, 8,
                                      milliseconds(0)),
               std::runtime_error);
  EXPECT_EQ(runs, 2);
}

TEST(Retry, ACountedStreamCountsWhatPassesAndPutsTheBufferBack) {
  std::ostringstream target;
  std::streambuf* const original = target.rdbuf();
  {
    const CountedStream counted(target);
    EXPECT_EQ(counted.count(), 0);
    target << "项目" << 'x' << 42;
    EXPECT_EQ(counted.count(), 6 + 1 + 2);  // 项目 is six bytes of UTF-8
  }
  EXPECT_EQ(target.rdbuf(), original);
  EXPECT_EQ(target.str(), "项目x42");
}

}  // namespace
}  // namespace keyproj
