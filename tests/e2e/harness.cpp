#include "e2e/harness.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
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

}  // namespace

Sandbox::Sandbox() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "keyproj-e2e-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  dir_ = tmpl;
}

Sandbox::~Sandbox() {
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

Outcome Sandbox::keyproj(const std::vector<std::string>& args, const std::string& input) const {
  std::vector<std::string> full{"--db", db(), "--as-of", as_of};
  full.insert(full.end(), args.begin(), args.end());
  return raw(full, {}, input);
}

Outcome Sandbox::raw(const std::vector<std::string>& args, const std::vector<std::string>& env_extra,
                 const std::string& input) const {
  // Files of their own for each run, so that several runs may go at once (the concurrency tests).
  static std::atomic<int> runs{0};
  const std::string n = std::to_string(runs++);
  const auto in_path = dir_ / (std::string(".stdin") + n);
  const auto out_path = dir_ / (std::string(".stdout") + n);
  const auto err_path = dir_ / (std::string(".stderr") + n);
  std::ofstream(in_path, std::ios::binary) << input;

  std::vector<std::string> argv_s{KEYPROJ_BINARY};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);

  std::vector<std::string> env_s;
  for (char** e = environ; *e; ++e) {
    const std::string v = *e;
    if (v.rfind("KEYPROJ_DB=", 0) == 0 || v.rfind("LANG=", 0) == 0 || v.rfind("LC_", 0) == 0 ||
        v.rfind("COLUMNS=", 0) == 0 || v.rfind("NO_COLOR=", 0) == 0 || v.rfind("USER=", 0) == 0)
      continue;
    env_s.push_back(v);
  }
  env_s.push_back("LANG=C.UTF-8");
  env_s.push_back("NO_COLOR=1");
  env_s.push_back("USER=tester");
  env_s.insert(env_s.end(), env_extra.begin(), env_extra.end());
  std::vector<char*> envp;
  for (auto& e : env_s) envp.push_back(e.data());
  envp.push_back(nullptr);

  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, in_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) throw std::runtime_error("cannot run " KEYPROJ_BINARY);
  int status = 0;
  waitpid(pid, &status, 0);
  Outcome r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = slurp(out_path);
  r.err = slurp(err_path);
  std::error_code ec;
  for (const auto& p : {in_path, out_path, err_path}) std::filesystem::remove(p, ec);
  return r;
}

std::string Sandbox::write(const std::string& name, const std::string& content) const {
  const auto p = dir_ / name;
  std::ofstream(p, std::ios::binary) << content;
  return p.string();
}

std::string Sandbox::dump() const {
  if (!std::filesystem::exists(db())) return "<no database>";
  SQLite::Database d(db(), SQLite::OPEN_READONLY);
  std::string out;
  SQLite::Statement tables(d, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  while (tables.executeStep()) {
    const std::string t = tables.getColumn(0).getString();
    out += "## " + t + "\n";
    SQLite::Statement rows(d, "SELECT * FROM \"" + t + "\" ORDER BY rowid");
    while (rows.executeStep()) {
      for (int i = 0; i < rows.getColumnCount(); ++i) {
        const auto c = rows.getColumn(i);
        out += (i ? "|" : "") + (c.isNull() ? std::string("NULL") : c.getString());
      }
      out += "\n";
    }
  }
  return out;
}

}  // namespace keyproj::e2e
