#pragma once
// Running the built keyproj from several threads at once, or killing it mid-way: unlike the
// e2e Sandbox, each run captures into its own files, so that runs never share a capture file.

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace keyproj::reliability {

struct ProcessResult {
  int code = -1;         // exit code, or 128 + signal
  bool signalled = false;
  std::string out;
  std::string err;
};

// Starts keyproj with `args` (no --db or --as-of added), LANG=C.UTF-8, NO_COLOR=1,
// USER=tester, stdout and stderr to `capture`.out/.err. Returns its pid.
pid_t start_keyproj(const std::vector<std::string>& args, const std::filesystem::path& capture);

// Waits for `pid` and reads what it wrote to `capture`.out/.err.
ProcessResult finish_keyproj(pid_t pid, const std::filesystem::path& capture);

// start_keyproj then finish_keyproj.
ProcessResult run_keyproj(const std::vector<std::string>& args, const std::filesystem::path& capture);

}  // namespace keyproj::reliability
