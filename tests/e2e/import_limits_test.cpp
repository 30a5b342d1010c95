// A file made to hurt, or one badly wrong throughout: the import is refused in time that grows
// with the file, not with its square, and the officer reads the first 50 problems, then how
// many more there are, instead of a screen scrolling for minutes.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>

#include <algorithm>
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

// An import of one JSON object with `keys` unknown keys: its outcome, and the CPU time it took.
struct KeysRun {
  ProcessResult result;
  std::string file;
  double cpu_seconds = 0;
};

KeysRun import_unknown_keys(Sandbox& s, int keys) {
  std::string json = "[{";
  for (int i = 0; i < keys; ++i) {
    json += i ? ",\"k" : "\"k";
    json += std::to_string(i);
    json += "\":1";
  }
  json += "}]";
  KeysRun run;
  run.file = s.write("keys-" + std::to_string(keys) + ".json", json);
  const auto capture = s.dir() / ("keys-" + std::to_string(keys));
  const double cpu_before = children_cpu_seconds();
  const pid_t pid = start_keyproj({"--db", s.db(), "import", run.file, "--what", "projects"}, capture);
  // A watchdog ends a run that would take minutes of the clock (the quadratic reading did).
  std::atomic<bool> done{false};
  std::thread watchdog([&] {
    for (int i = 0; i < 3000 && !done; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (!done) kill(pid, SIGKILL);
  });
  run.result = finish_keyproj(pid, capture);
  done = true;
  watchdog.join();
  run.cpu_seconds = children_cpu_seconds() - cpu_before;
  return run;
}

TEST(ImportLimits, AnObjectOfTwoHundredThousandUnknownKeysIsRefusedInLinearTime) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  // Ten times the keys must cost about ten times the CPU, not a hundred: the ratio of two runs
  // of the same build, so that neither a busy machine nor a sanitizer build moves it.
  constexpr int kFew = 20'000, kKeys = 200'000;
  const KeysRun few = import_unknown_keys(s, kFew);
  const KeysRun many = import_unknown_keys(s, kKeys);
  ASSERT_FALSE(many.result.signalled) << "the import ran for more than five minutes";
  EXPECT_LT(many.cpu_seconds, 35.0 * std::max(few.cpu_seconds, 0.05))
      << few.cpu_seconds << " s for " << kFew << " keys, " << many.cpu_seconds << " s for " << kKeys;
  EXPECT_EQ(many.result.code, 4);
  const auto lines = lines_of(many.result.err);
  ASSERT_EQ(lines.size(), 52u);
  // Each unknown key once, and the missing code column: one more than the keys.
  EXPECT_EQ(lines[50], "keyproj: " + many.file + ": and " + std::to_string(kKeys + 1 - 50) + " more");
  EXPECT_EQ(lines[51], "keyproj: " + many.file + ": " + std::to_string(kKeys + 1) + " errors; nothing was imported");
}

}  // namespace
}  // namespace keyproj::e2e
