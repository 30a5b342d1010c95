// Officers writing at the same moment, all against one database, on either backend: 8 processes
// each running 100 `log` commands one after the other; 32 clients each logging, importing,
// moving a milestone and closing a problem. Every write must land, no process may fail, and
// neither SQLite's "database is locked" nor PostgreSQL's serialization failures must ever reach
// an officer: writers queue on the busy timeout, or are retried. On a server each officer logs
// in as a role of their own, with the scope of their region.

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

// Runs `command(p, i)` for i in [0, commands) in each of `processes` threads, each thread
// starting one keyproj at a time, so that `processes` keyproj processes run side by side.
std::vector<Failure> run_side_by_side(const e2e::Sandbox& s, int processes, int commands,
                                      const std::function<std::vector<std::string>(int, int)>& command) {
  std::vector<std::vector<Failure>> failures(processes);
  std::vector<std::thread> threads;
  std::atomic<int> ready{0};
  for (int p = 0; p < processes; ++p) {
    threads.emplace_back([&, p] {
      // Start together, so that the writers really overlap.
      ++ready;
      while (ready < processes) std::this_thread::yield();
      const auto capture = s.dir() / ("process-" + std::to_string(p));
      for (int i = 0; i < commands; ++i) {
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

// The opening words of a command run by `user`: on a file --user names the author; on a server
// the author is the role logged in as, so the user is the login.
std::vector<std::string> as_user(const e2e::Sandbox& s, const std::string& user) {
  if (s.backend() == e2e::Backend::sqlite) return {"--db", s.db(), "--as-of", s.as_of, "--user", user};
  return {"--db", s.db_as(user), "--as-of", s.as_of};
}

// `user` may write the projects of `region`: on a server an officer of it; a file has no users.
void add_officer(const e2e::Sandbox& s, const std::string& user, const std::string& region) {
  if (s.backend() == e2e::Backend::sqlite) return;
  const e2e::Outcome r = s.keyproj({"user", "add", user, "--role", "officer", "--region", region});
  ASSERT_EQ(r.code, 0) << r.err;
}

std::vector<std::string> operator+(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

std::string iso(std::chrono::sys_days day) {
  using namespace std::chrono;
  const year_month_day d{day};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return text;
}

// The day of officer p's i-th report: each project's four officers each report on days of
// their own (a day takes one report of a project), 2025-01-01 onwards.
std::string report_day(int p, int i) {
  using namespace std::chrono;
  return iso(sys_days{year{2025} / January / 1} + days{(p / 2) * kCommandsEach + i});
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
  for (int p = 0; p < kProcesses; ++p) add_officer(s, "officer" + std::to_string(p), p % 2 ? "JM" : "TM");
  const auto started = std::chrono::steady_clock::now();
  const auto failures = run_side_by_side(s, kProcesses, kCommandsEach, [&](int p, int i) {
    return as_user(s, "officer" + std::to_string(p)) +
           std::vector<std::string>{"log", p % 2 ? "JM-002" : "TM-011", "--date", report_day(p, i), "--invested",
                                    std::to_string(p * 1000 + i), "--note", "第" + std::to_string(i) + "次调度"};
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

// 32 clients on one portfolio of 8 projects, 4 clients a project, each client twice over:
// logs a report, imports a sheet of three more, moves its own milestone and closes (then, the
// second time, reopens) its own problem. Every total is what the clients wrote.
TEST(Concurrency, ThirtyTwoClientsLogImportMoveAndResolveAndLoseNothing) {
  constexpr int kClients = 32, kProjects = 8, kRounds = 2, kImported = 3;
  e2e::Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  const auto code = [](int project) { return (project % 2 ? "JM-0" : "TM-0") + std::to_string(10 + project); };
  const auto region = [](int project) { return project % 2 ? "JM" : "TM"; };
  for (int p = 0; p < kProjects; ++p)
    ASSERT_EQ(s.keyproj({"project", "add", "--code", code(p), "--name", "项目" + std::to_string(p), "--region",
                         region(p), "--stage", "building"})
                  .code,
              0);
  // Client c's milestone is c + 1 and its problem c + 1, on its project c % 8.
  for (int c = 0; c < kClients; ++c) {
    const int p = c % kProjects;
    ASSERT_EQ(s.keyproj({"milestone", "add", code(p), "--title", "节点" + std::to_string(c), "--due", "2027-01-01"})
                  .code,
              0);
    ASSERT_EQ(s.keyproj({"problem", "add", code(p), "--text", "问题" + std::to_string(c)}).code, 0);
    add_officer(s, "client" + std::to_string(c), region(p));
  }
  // Client c's reports are on days of its own: its project has four clients, each given a run
  // of days; round r's log is day 0 of the round and its import days 1 to 3.
  using namespace std::chrono;
  const auto day = [](int c, int r, int k) {
    return iso(sys_days{year{2025} / January / 1} + days{(c / kProjects) * 100 + r * 10 + k});
  };
  const auto amount = [](int c, int r, int k) { return std::int64_t{c} * 10'000 + r * 100 + k; };
  const auto due = [](int c, int r) { return iso(sys_days{year{2027} / February / 1} + days{c * 3 + r}); };
  for (int c = 0; c < kClients; ++c)
    for (int r = 0; r < kRounds; ++r) {
      std::string sheet = "项目编号,调度日期,本期完成投资（元）\n";
      for (int k = 1; k <= kImported; ++k)
        sheet += code(c % kProjects) + "," + day(c, r, k) + "," + std::to_string(amount(c, r, k)) + "\n";
      s.write("client" + std::to_string(c) + "-" + std::to_string(r) + ".csv", sheet);
    }
  const auto failures = run_side_by_side(s, kClients, 4 * kRounds, [&](int c, int i) {
    const int r = i / 4;
    const std::string client = "client" + std::to_string(c), id = std::to_string(c + 1);
    std::vector<std::string> args = as_user(s, client);
    switch (i % 4) {
      case 0:
        return args + std::vector<std::string>{"log", code(c % kProjects), "--date", day(c, r, 0), "--invested",
                                               std::to_string(amount(c, r, 0))};
      case 1:
        return args + std::vector<std::string>{"import", (s.dir() / (client + "-" + std::to_string(r) + ".csv")).string(),
                                               "--what", "updates"};
      case 2:
        return args + std::vector<std::string>{"milestone", "move", id, "--due", due(c, r), "--reason", "第" +
                                               std::to_string(r + 1) + "次调整"};
      default:
        return args + (r == 0 ? std::vector<std::string>{"problem", "resolve", id, "--note", "已解决"}
                              : std::vector<std::string>{"problem", "reopen", id, "--reason", "又出现"});
    }
  });
  EXPECT_TRUE(failures.empty()) << failures.size() << " commands failed:\n" << describe(failures);
  std::int64_t invested = 0;
  for (int c = 0; c < kClients; ++c)
    for (int r = 0; r < kRounds; ++r)
      for (int k = 0; k <= kImported; ++k) invested += amount(c, r, k);
  EXPECT_EQ(count(s, "SELECT count(*) FROM progress_update"), kClients * kRounds * (1 + kImported));
  EXPECT_EQ(count(s, "SELECT sum(invested_yuan) FROM progress_update"), invested);
  // Each report under the client who wrote it: client c's amounts are c * 10000 + ….
  EXPECT_EQ(count(s, "SELECT count(*) FROM progress_update WHERE author = 'client' || (invested_yuan / 10000)"),
            kClients * kRounds * (1 + kImported));
  // Each milestone at its client's last date, with a move for every round.
  EXPECT_EQ(count(s, "SELECT count(*) FROM milestone_move"), kClients * kRounds);
  int at_last = 0;
  for (int c = 0; c < kClients; ++c)
    at_last += s.query_one("SELECT due FROM milestone WHERE id = ?", {std::to_string(c + 1)}) == due(c, kRounds - 1);
  EXPECT_EQ(at_last, kClients);
  // Every problem closed and opened again: raised, resolved, reopened.
  EXPECT_EQ(count(s, "SELECT count(*) FROM problem WHERE status = 'open'"), kClients);
  EXPECT_EQ(count(s, "SELECT count(*) FROM problem_entry"), kClients * (1 + kRounds));
  if (s.backend() == e2e::Backend::sqlite) {
    EXPECT_EQ(s.query_one("PRAGMA integrity_check"), "ok");
  }
}

}  // namespace
}  // namespace keyproj::reliability
