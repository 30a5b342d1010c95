#pragma once
// The portfolio the tracking tests start from: two Tianmen projects whose names share 物流, one
// with an owner, a budget of 1.5亿元 and a finish of 2025, one with nothing but its name.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <regex>
#include <string>
#include <vector>

#include "e2e/harness.h"

namespace keyproj::e2e {

using json = nlohmann::json;

class Tracking : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(s.keyproj({"init"}).code, 0);
    ASSERT_EQ(s.keyproj({"project", "add", "--code", "TM-011", "--name", "天门市综合物流产业园项目", "--region", "TM",
                         "--owner", "天门市商务局", "--budget", "1.5亿元", "--start", "2022", "--finish", "2025"})
                  .code,
              0);
    ASSERT_EQ(s.keyproj({"project", "add", "--code", "TM-012", "--name", "天门市冷链物流配送中心项目", "--region", "TM"})
                  .code,
              0);
  }
  // Runs a command that must succeed and returns its output.
  std::string ok(const std::vector<std::string>& args) {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << r.err;
    return r.out;
  }
  json show(const std::string& code) { return json::parse(ok({"project", "show", code, "--format", "json"})); }
  Sandbox s;
};

// Audit times are the real clock's: the tests read them as a placeholder of the same width.
inline std::string without_times(const std::string& text) {
  static const std::regex local(R"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)");
  static const std::regex utc(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)");
  return std::regex_replace(std::regex_replace(text, utc, "<at>"), local, "YYYY-MM-DD hh:mm:ss");
}

// The command's output as of `as_of` (the sandbox's date is kept for the next command).
inline std::string ok_on(Sandbox& s, const std::string& as_of, const std::vector<std::string>& args) {
  const std::string kept = s.as_of;
  s.as_of = as_of;
  const Outcome r = s.keyproj(args);
  s.as_of = kept;
  EXPECT_EQ(r.code, 0) << r.err;
  return r.out;
}

// A refused command: its exit code and sentence, nothing on stdout, the database unchanged.
inline void expect_refused(Sandbox& s, const std::vector<std::string>& args, int code, const std::string& err) {
  const std::string before = s.dump();
  const Outcome r = s.keyproj(args);
  EXPECT_EQ(r.code, code) << args[0];
  EXPECT_EQ(r.err, "keyproj: " + err + "\n");
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(s.dump(), before) << args[0];
}

}  // namespace keyproj::e2e
