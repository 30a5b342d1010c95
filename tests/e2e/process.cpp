#include "e2e/process.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace keyproj::e2e {
namespace {

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::filesystem::path with_suffix(const std::filesystem::path& p, const char* suffix) {
  return p.string() + suffix;
}

}  // namespace

std::string keyproj_binary() {
  const char* chosen = std::getenv("KEYPROJ_TEST_BINARY");
  return chosen && *chosen ? chosen : KEYPROJ_BINARY;
}

pid_t start_keyproj(const std::vector<std::string>& args, const std::filesystem::path& capture,
                    const std::vector<std::string>& env_extra, const std::filesystem::path& input) {
  std::vector<std::string> argv_s{keyproj_binary()};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_s;
  for (char** e = environ; *e; ++e) {
    const std::string v = *e;
    if (v.starts_with("KEYPROJ_DB=") || v.starts_with("LANG=") || v.starts_with("LANGUAGE=") || v.starts_with("LC_") || v.starts_with("USER=") ||
        v.starts_with("NO_COLOR=") || v.starts_with("COLUMNS="))
      continue;
    env_s.push_back(v);
  }
  for (const char* v : {"LANG=C.UTF-8", "NO_COLOR=1", "USER=tester"}) env_s.emplace_back(v);
  env_s.insert(env_s.end(), env_extra.begin(), env_extra.end());
  std::vector<char*> envp;
  for (auto& e : env_s) envp.push_back(e.data());
  envp.push_back(nullptr);

  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, input.empty() ? "/dev/null" : input.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, with_suffix(capture, ".out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, with_suffix(capture, ".err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) throw std::runtime_error("cannot run " + argv_s[0]);
  return pid;
}

ProcessResult finish_keyproj(pid_t pid, const std::filesystem::path& capture) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw std::runtime_error("waitpid failed");
  }
  ProcessResult r;
  r.signalled = WIFSIGNALED(status);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = slurp(with_suffix(capture, ".out"));
  r.err = slurp(with_suffix(capture, ".err"));
  return r;
}

ProcessResult run_keyproj(const std::vector<std::string>& args, const std::filesystem::path& capture) {
  return finish_keyproj(start_keyproj(args, capture), capture);
}

}  // namespace keyproj::e2e
