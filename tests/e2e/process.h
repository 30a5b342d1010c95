#pragma once
// Running the built keyproj as a user would, for the e2e Sandbox and the reliability tests
// alike: from several threads at once, or to be killed mid-way. Each run captures into files of
// its own, so that runs never share one.

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace keyproj::e2e {

struct ProcessResult {
  int code = -1;         // exit code, or 128 + signal
  bool signalled = false;
  std::string out;
  std::string err;
};

// The keyproj the tests run: KEYPROJ_TEST_BINARY when set, else the one this build made
// (KEYPROJ_BINARY). make test points the variable at the sanitizer build's keyproj, so that these
// suites check it without being built a second time.
std::string keyproj_binary();

// Starts keyproj with `args` (no --db or --as-of added), LANG=C.UTF-8, NO_COLOR=1,
// USER=tester and `env_extra` (none of the caller's KEYPROJ_DB, locale, COLUMNS), standard
// input from `input` (/dev/null when empty), stdout and stderr to `capture`.out/.err.
// Returns its pid.
pid_t start_keyproj(const std::vector<std::string>& args, const std::filesystem::path& capture,
                    const std::vector<std::string>& env_extra = {}, const std::filesystem::path& input = {});

// Waits for `pid` and reads what it wrote to `capture`.out/.err.
ProcessResult finish_keyproj(pid_t pid, const std::filesystem::path& capture);

// start_keyproj then finish_keyproj.
ProcessResult run_keyproj(const std::vector<std::string>& args, const std::filesystem::path& capture);

}  // namespace keyproj::e2e
