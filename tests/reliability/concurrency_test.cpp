// Officers writing at the same moment: 8 processes, each running 100 `log` commands one after
// the other, all against one database, on either backend. Every write must land, no process may
// fail, and neither SQLite's "database is locked" nor PostgreSQL's serialization failures must
// ever reach an officer: writers queue on the busy timeout, or are retried.

#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <chrono>
#include <functional>
#include <thread>

#include "e2e/harness.h"
#include "e2e/process.h"

namespace keyproj::reliability {
namespace {

using e2e::ProcessResult;
using e2e::run_keyproj;

constexpr int kProcesses = 8;
constexpr int kCommandsEach = 100;

struct Failure {
  int process;
  int command;
  ProcessResult run;
};

// Runs `command(p, i)` for i in [0, kCommandsEach) in each of kProcesses threads, each thread
// starting one keyproj at a time, so that kProcesses keyproj processes run side by side.
std::vector<Failure> run_side_by_side(const e2e::Sandbox& s,
                                      const std::function<std::vector<std::string>(int, int)>& command) {
  std::vector<std::vector<Failure>> failures(kProcesses);
  std::vector<std::thread> threads;
  std::atomic<int> ready{0};
  for (int p = 0; p < kProcesses; ++p) {
    threads.emplace_back([&, p] {
      // Start together, so that the writers really overlap.
      ++ready;
      while (ready < kProcesses) std::this_thread::yield();
      const auto capture = s.dir() / ("process-" + std::to_string(p));
      for (int i = 0; i < kCommandsEach; ++i) {
        ProcessResult r = run_keyproj(command(p, i), capture);
        if (r.code != 0 || !r.err.empty()) failures[p].push_back({p, i, std::move(r)});
      }
    });
  }
  for (auto& t : threads) t.join();
  std::vector<Failure> all;
  for (auto& f : failures) all.insert(all.end(), f.begin(), f.end());
  return all;
}

std::string describe(const std::vector<Failure>& failures) {
  std::string out;
  for (std::size_t i = 0; i < failures.size() && i < 10; ++i)
    out += "process " + std::to_string(failures[i].process) + " command " + std::to_string(failures[i].command) +
           ": exit " + std::to_string(failures[i].run.code) + ", " + failures[i].run.err + "\n";
  return out;
}

std::int64_t count(const e2e::Sandbox& s, const std::string& sql) { return std::stoll(s.query_one(sql)); }

// The day of officer p's i-th report: each project's four officers each report on days of
// their own (a day takes one report of a project), 2025-01-01 onwards.
std::string report_day(int p, int i) {
  using namespace std::chrono;
  const year_month_day d{sys_days{year{2025} / January / 1} + days{(p / 2) * kCommandsEach + i}};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return text;
}

// Eight officers report on the same two projects at the same moment, 100 reports each.
TEST(Concurrency, EightProcessesLoggingLoseNoReport) {
  e2e::Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  ASSERT_EQ(s.keyproj({"project", "add", "--code", "TM-011", "--name", "天门物流园", "--region", "TM", "--stage",
                       "building"})
                .code,
            0);
  ASSERT_EQ(s.keyproj({"project", "add", "--code", "JM-002", "--name", "荆门冷链", "--region", "JM"}).code, 0);
  const auto started = std::chrono::steady_clock::now();
  const auto failures = run_side_by_side(s, [&](int p, int i) {
    return std::vector<std::string>{"--db", s.db(), "--as-of", s.as_of, "--user", "officer" + std::to_string(p),
                                    "log", p % 2 ? "JM-002" : "TM-011", "--date", report_day(p, i),
                                    "--invested", std::to_string(p * 1000 + i),
                                    "--note", "第" + std::to_string(i) + "次调度"};
  });
  const auto seconds =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count() / 1000.0;
  EXPECT_TRUE(failures.empty()) << failures.size() << " commands failed:\n" << describe(failures);
  EXPECT_EQ(count(s, "SELECT count(*) FROM progress_update"), kProcesses * kCommandsEach);
  // Each officer's 100 reports, each with its own amount: none lost, none doubled.
  EXPECT_EQ(count(s, "SELECT count(DISTINCT invested_yuan) FROM progress_update"), kProcesses * kCommandsEach);
  EXPECT_EQ(count(s, "SELECT count(DISTINCT author) FROM progress_update"), kProcesses);
  // Each report under the officer who wrote it: officer p wrote the amounts p * 1000 + i.
  EXPECT_EQ(count(s, "SELECT count(*) FROM progress_update WHERE author = 'officer' || (invested_yuan / 1000)"),
            kProcesses * kCommandsEach);
  // The investment completed is the sum of every report: sum over p, i of (p * 1000 + i).
  std::int64_t expected = 0;
  for (int p = 0; p < kProcesses; ++p)
    for (int i = 0; i < kCommandsEach; ++i) expected += p * 1000 + i;
  EXPECT_EQ(count(s, "SELECT sum(invested_yuan) FROM progress_update"), expected);
  if (s.backend() == e2e::Backend::sqlite) {
    EXPECT_EQ(s.query_one("PRAGMA integrity_check"), "ok");
  }
  RecordProperty("seconds", std::to_string(seconds));
  std::printf("8 x 100 concurrent log commands: %lld reports kept, %zu failed, %.1f s\n",
              static_cast<long long>(count(s, "SELECT count(*) FROM progress_update")), failures.size(), seconds);
}

}  // namespace
}  // namespace keyproj::reliability
