// A file made to hurt, or one badly wrong throughout: the import is refused in time that grows
// with the file, not with its square, and the officer reads the first 50 problems, then how
// many more there are, instead of a screen scrolling for minutes.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <sstream>
#include <string>
#include <thread>

#include "e2e/harness.h"
#include "e2e/process.h"

namespace keyproj::e2e {
namespace {

// User and system time of the children waited for so far.
double children_cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_CHILDREN, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(ImportLimits, TheFirstFiftyErrorsThenHowManyMore) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  ASSERT_EQ(s.keyproj({"project", "add", "--code", "TM-101", "--name", "物流园", "--region", "TM"}).code, 0);
  constexpr int kRows = 120;
  std::string csv = "code,date,progress\n";
  for (int i = 0; i < kRows; ++i) csv += "TM-101,2026-10-31," + std::to_string(101 + i) + "\n";
  const std::string file = s.write("bad.csv", csv);
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"import", file, "--what", "updates"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(s.dump(), before);
  const auto lines = lines_of(r.err);
  ASSERT_EQ(lines.size(), 52u) << r.err;
  for (int i = 0; i < 50; ++i)
    EXPECT_EQ(lines[i], "keyproj: " + file + " line " + std::to_string(i + 2) + ", column C: progress '" +
                            std::to_string(101 + i) + "' is not a whole percentage from 0 to 100");
  EXPECT_EQ(lines[50], "keyproj: " + file + ": and " + std::to_string(kRows - 50) + " more");
  EXPECT_EQ(lines[51], "keyproj: " + file + ": " + std::to_string(kRows) + " errors; nothing was imported");
}

TEST(ImportLimits, AnObjectOfTwoHundredThousandUnknownKeysIsRefusedQuickly) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  constexpr int kKeys = 200'000;
  std::string json = "[{";
  for (int i = 0; i < kKeys; ++i) {
    json += i ? ",\"k" : "\"k";
    json += std::to_string(i);
    json += "\":1";
  }
  json += "}]";
  const std::string file = s.write("keys.json", json);
  const auto capture = s.dir() / "keys";
  // Measured in CPU time, which a busy machine does not stretch: linear reading takes about
  // three seconds here, the quadratic one it replaced over thirty. A watchdog ends a run
  // that would take minutes of the clock.
  const double cpu_before = children_cpu_seconds();
  const pid_t pid = start_keyproj({"--db", s.db(), "import", file, "--what", "projects"}, capture);
  std::atomic<bool> done{false};
  std::thread watchdog([&] {
    for (int i = 0; i < 3000 && !done; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (!done) kill(pid, SIGKILL);
  });
  const ProcessResult r = finish_keyproj(pid, capture);
  done = true;
  watchdog.join();
  ASSERT_FALSE(r.signalled) << "the import ran for more than five minutes";
  EXPECT_LT(children_cpu_seconds() - cpu_before, 15.0);
  EXPECT_EQ(r.code, 4);
  const auto lines = lines_of(r.err);
  ASSERT_EQ(lines.size(), 52u);
  // Each unknown key once, and the missing code column: one more than the keys.
  EXPECT_EQ(lines[50], "keyproj: " + file + ": and " + std::to_string(kKeys + 1 - 50) + " more");
  EXPECT_EQ(lines[51], "keyproj: " + file + ": " + std::to_string(kKeys + 1) + " errors; nothing was imported");
}

}  // namespace
}  // namespace keyproj::e2e
