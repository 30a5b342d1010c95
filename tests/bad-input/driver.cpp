// The bad-input driver: for every case of tests/bad-input/*.cases (format in case_file.h) it
// builds the small portfolio database, prepares the files the case names, runs the built
// keyproj and checks that
//   - it ended by itself (no signal, no hang) with the expected exit code;
//   - on failure it wrote its sentence, "keyproj: …" (an import one per error, up to 50), holding the
//     expected words, and nothing on stdout;
//   - the database is logically unchanged (same dump), every prepared file byte-identical,
//     and no file appeared beside them (no stray backup, no new database).

#include <fcntl.h>
#include <grp.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "bad-input/case_file.h"
#include "bad-input/portfolio.h"
#include "e2e/harness.h"
#include "e2e/process.h"
#include "e2e/sqlite_database.h"

extern char** environ;

namespace keyproj::bad_input {
namespace {

namespace fs = std::filesystem;

constexpr auto kTimeLimit = std::chrono::seconds(120);
constexpr uid_t kNobody = 65534;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void spit(const fs::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary) << bytes; }

// What a case runs with, once its placeholders are made real.
struct Prepared {
  std::vector<std::string> argv;
  fs::path stdin_path = "/dev/null";
  bool as_other_user = false;  // for read-only files, which root would write anyway
  std::map<fs::path, std::string> files;  // prepared files and their bytes, to compare after
};

// The statement that leaves the portfolio's schema record as the database kind `kind` has it.
const char* schema_record_change(const std::string& kind) {
  return kind == "newer" ? "INSERT INTO schema_migrations VALUES (99, '0099_future', 'x', '2030-01-01T00:00:00Z')"
                         : "UPDATE schema_migrations SET checksum = '0000000000000000' WHERE version = 1";
}

// Makes the bad database `kind` in the sandbox and returns what to give as --db.
std::string bad_database(const e2e::Sandbox& s, const std::string& kind, Prepared& p) {
  const fs::path dir = s.dir();
  if (s.backend() == e2e::Backend::postgres) {
    // A server's database has no file to damage: what remains is a schema keyproj must
    // refuse, made on the case's own copy of the portfolio (dumped after this, so compared).
    if (kind == "newer" || kind == "changed") {
      s.sql(schema_record_change(kind));
      return s.db();
    }
    if (kind != "dir" && kind != "random")
      throw std::runtime_error("{db:" + kind + "} is a SQLite file: mark the case sqlite");
  }
  const auto copy_of_portfolio = [&](const fs::path& to) {
    fs::copy_file(s.db(), to);
    return to;
  };
  fs::path path;
  if (kind == "dir") {
    path = dir / "folder.db";
    fs::create_directory(path);
  } else if (kind == "text") {
    path = dir / "projects.csv";
    spit(path, "code,name_zh,region\nTM-011,天门市综合物流产业园项目,TM\n");
  } else if (kind == "random") {
    path = dir / "random.db";
    std::mt19937 gen(20261122);  // fixed: a failure must be reproducible
    std::string bytes(64 * 1024, '\0');
    for (auto& b : bytes) b = static_cast<char>(gen() & 0xff);
    spit(path, bytes);
  } else if (kind == "truncated") {
    path = copy_of_portfolio(dir / "truncated.db");
    fs::resize_file(path, fs::file_size(path) / 2);
  } else if (kind == "foreign") {
    path = dir / "notes.db";
    e2e::SqliteDatabase(path).execute(
        "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO note (body) VALUES ('会议纪要')");
  } else if (kind == "newer" || kind == "changed") {
    path = copy_of_portfolio(dir / (kind + ".db"));
    e2e::SqliteDatabase(path).execute(std::string(schema_record_change(kind)) + "; PRAGMA wal_checkpoint(TRUNCATE)");
  } else if (kind == "readonly" || kind == "readonly-folder") {
    const fs::path folder = dir / kind;
    fs::create_directory(folder);
    path = copy_of_portfolio(folder / "keyproj.db");
    fs::permissions(path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    fs::permissions(folder, kind == "readonly" ? fs::perms::all
                                               : fs::perms::owner_read | fs::perms::owner_exec |
                                                     fs::perms::group_read | fs::perms::group_exec |
                                                     fs::perms::others_read | fs::perms::others_exec);
    p.as_other_user = geteuid() == 0;
  } else if (kind == "under-file") {
    spit(dir / "plain.txt", "not a folder\n");
    p.files[dir / "plain.txt"] = slurp(dir / "plain.txt");
    return (dir / "plain.txt" / "keyproj.db").string();
  } else if (kind == "twin") {
    path = copy_of_portfolio(dir / "twin.db");  // a second database holding a portfolio
  } else if (kind == "missing") {
    return (dir / "typo.db").string();  // nothing there: only init may create it
  } else if (kind == "missing-folder") {
    return (dir / "typo" / "keyproj.db").string();
  } else if (kind == "fifo") {
    path = dir / "fifo.db";
    if (mkfifo(path.c_str(), 0644) != 0) throw std::runtime_error("mkfifo failed");
    return path.string();  // reading it to compare would block
  } else {
    throw std::runtime_error("unknown database kind '" + kind + "'");
  }
  if (fs::is_regular_file(path)) p.files[path] = slurp(path);
  return path.string();
}

Prepared prepare(const Case& k, const e2e::Sandbox& s) {
  Prepared p;
  bool has_db = false;
  bool has_as_of = false;
  std::vector<std::string> args;
  for (const auto& w : k.args) {
    // On PostgreSQL a file given as the database would be opened as SQLite: the case must be
    // marked sqlite, or name a kind the server's database can take.
    if (s.backend() == e2e::Backend::postgres && !args.empty() && args.back() == "--db" &&
        (w.kind == Word::Kind::Placeholder ? w.text != "db" && w.text != "db:newer" && w.text != "db:changed"
                                            : !w.text.empty()))
      throw std::runtime_error(k.where + " gives a file as --db: mark the case sqlite");
    if (w.kind == Word::Kind::Stdin) {
      p.stdin_path = s.write("stdin-" + w.text, k.inputs->at(w.text));
      continue;
    }
    if (w.kind == Word::Kind::Text) {
      has_db = has_db || w.text == "--db" || w.text.rfind("--db=", 0) == 0;
      has_as_of = has_as_of || w.text == "--as-of" || w.text.rfind("--as-of=", 0) == 0;
      args.push_back(w.text);
    } else if (w.text == "db") {
      args.push_back(s.db());
    } else if (w.text.rfind("db:", 0) == 0) {
      args.push_back(bad_database(s, w.text.substr(3), p));
    } else {
      args.push_back(s.write(w.text, k.inputs->at(w.text)));
      p.files[args.back()] = k.inputs->at(w.text);
    }
  }
  p.argv = {e2e::keyproj_binary()};
  if (!has_db) p.argv.insert(p.argv.end(), {"--db", s.db()});
  if (!has_as_of) p.argv.insert(p.argv.end(), {"--as-of", s.as_of});
  p.argv.insert(p.argv.end(), args.begin(), args.end());
  return p;
}

struct Ran {
  bool signalled = false;
  bool timed_out = false;
  int code = -1;
  std::string out;
  std::string err;
};

Ran run(const Prepared& p, const fs::path& dir) {
  std::vector<std::string> env_s;
  for (char** e = environ; *e; ++e) {
    const std::string v = *e;
    if (v.rfind("KEYPROJ_DB=", 0) == 0 || v.rfind("LANG=", 0) == 0 || v.rfind("LC_", 0) == 0 ||
        v.rfind("COLUMNS=", 0) == 0 || v.rfind("NO_COLOR=", 0) == 0 || v.rfind("USER=", 0) == 0)
      continue;
    env_s.push_back(v);
  }
  for (const char* v : {"LANG=C.UTF-8", "NO_COLOR=1", "USER=tester"}) env_s.emplace_back(v);
  std::vector<char*> envp;
  for (auto& e : env_s) envp.push_back(e.data());
  envp.push_back(nullptr);
  std::vector<std::string> argv_s = p.argv;
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  const fs::path out = dir / ".stdout";
  const fs::path err = dir / ".stderr";

  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    const int in_fd = open(p.stdin_path.c_str(), O_RDONLY);
    const int out_fd = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err_fd = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in_fd < 0 || out_fd < 0 || err_fd < 0) _exit(126);
    dup2(in_fd, 0);
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    if (p.as_other_user && (setgroups(0, nullptr) != 0 || setgid(kNobody) != 0 || setuid(kNobody) != 0)) _exit(126);
    execve(argv[0], argv.data(), envp.data());
    _exit(127);
  }
  Ran r;
  const auto deadline = std::chrono::steady_clock::now() + kTimeLimit;
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      r.timed_out = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  r.signalled = WIFSIGNALED(status);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

// The sandbox's files, recursively, without SQLite's -wal and -shm companions (a connection
// may leave them) and the driver's own capture files.
std::set<std::string> listing(const fs::path& dir) {
  std::set<std::string> names;
  for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied);
       it != fs::recursive_directory_iterator(); ++it) {
    const std::string name = it->path().filename().string();
    if (name.ends_with("-wal") || name.ends_with("-shm") || name == ".stdout" || name == ".stderr") continue;
    names.insert(fs::relative(it->path(), dir).string());
  }
  return names;
}

std::string printable(const std::string& s) {
  std::string out;
  for (unsigned char c : s.substr(0, 400)) {
    if (c == '\n') out += "\\n";
    else if (c < 0x20) out.append("\\x").append(1, "0123456789abcdef"[c >> 4]).append(1, "0123456789abcdef"[c & 15]);
    else out += static_cast<char>(c);
  }
  return s.size() > 400 ? out + "…" : out;
}

// A refusal is one line, "keyproj: …"; an import refusing a file writes one such line per
// error, then one saying that nothing was imported. Nothing else may reach stderr (a
// sanitizer report, a stack trace, a bare exception text).
bool every_line_is_a_sentence(const std::string& err) {
  if (err.empty() || !err.ends_with("\n")) return false;
  std::istringstream lines(err);
  std::string line;
  while (std::getline(lines, line))
    if (!line.starts_with("keyproj: ") || line.size() == std::string_view("keyproj: ").size()) return false;
  return true;
}

// The first line that differs between two dumps, both sides shown.
std::string first_difference(const std::string& before, const std::string& after) {
  std::istringstream a(before);
  std::istringstream b(after);
  std::string la;
  std::string lb;
  for (;;) {
    const bool more_a = static_cast<bool>(std::getline(a, la));
    const bool more_b = static_cast<bool>(std::getline(b, lb));
    if (!more_a && !more_b) return "(no line differs)";
    if (!more_a) la = "(end)";
    if (!more_b) lb = "(end)";
    if (la != lb) return "before: " + printable(la) + "\n  after: " + printable(lb);
  }
}

// The portfolio, built once per run with the binary under test; every case gets a fresh copy.
// When it cannot be built, every case fails with the reason, without building it again.
const e2e::Sandbox& portfolio_template() {
  static const e2e::Sandbox built;
  static const std::string failure = [] {
    try {
      build_portfolio(built);
      return std::string();
    } catch (const std::exception& e) {
      return std::string(e.what());
    }
  }();
  if (!failure.empty()) throw std::runtime_error(failure);
  return built;
}

class BadInput : public ::testing::TestWithParam<Case> {};

TEST_P(BadInput, FailsCleanlyAndChangesNothing) {
  const Case& k = GetParam();
  if (k.sqlite_only) {
    KEYPROJ_SQLITE_ONLY("a case about the database file (" + k.where + ")");
  }
  const auto sandbox = e2e::Sandbox::copy_of(portfolio_template());
  const e2e::Sandbox& s = *sandbox;
  const Prepared p = prepare(k, s);
  // The sandbox must be reachable by the other user for read-only cases.
  if (p.as_other_user) fs::permissions(s.dir(), fs::perms::all);
  const std::string dump_before = s.dump();
  const auto files_before = listing(s.dir());

  const Ran r = run(p, s.dir());

  SCOPED_TRACE(k.where);
  // BAD_INPUT_SHOW=1 prints what every case answered, to review the sentences themselves.
  if (const char* show = std::getenv("BAD_INPUT_SHOW"); show && *show == '1')
    std::printf("%s: exit %d: %s\n", k.where.c_str(), r.code, printable(r.err.empty() ? r.out : r.err).c_str());
  ASSERT_FALSE(r.timed_out) << "keyproj did not finish within " << kTimeLimit.count() << " s";
  ASSERT_FALSE(r.signalled) << "keyproj died of signal " << (r.code - 128) << "; stderr: " << printable(r.err);
  EXPECT_EQ(r.code, k.exit) << "stderr: " << printable(r.err);
  if (k.exit == 0) {
    EXPECT_NE(r.out.find(k.message), std::string::npos) << "stdout: " << printable(r.out);
    EXPECT_EQ(r.err, "");
  } else {
    EXPECT_EQ(r.out, "") << "a failing command printed on stdout";
    EXPECT_TRUE(every_line_is_a_sentence(r.err)) << "stderr is not lines of 'keyproj: …': " << printable(r.err);
    EXPECT_NE(r.err.find(k.message), std::string::npos)
        << "stderr lacks '" << k.message << "': " << printable(r.err);
  }
  const std::string dump_after = s.dump();
  EXPECT_TRUE(dump_after == dump_before) << "the database changed: " << first_difference(dump_before, dump_after);
  for (const auto& [path, bytes] : p.files) EXPECT_TRUE(slurp(path) == bytes) << path << " changed";
  EXPECT_EQ(listing(s.dir()), files_before) << "files appeared or vanished beside the database";
  // Give read-only folders back, so that the sandbox can be removed by a user who is not root.
  for (const auto& e : fs::directory_iterator(s.dir()))
    if (e.is_directory()) fs::permissions(e.path(), fs::perms::owner_all, fs::perm_options::add);
}

std::vector<Case> corpus() {
  static const std::vector<Case> cases = load_cases(KEYPROJ_BAD_INPUT_DIR);
  return cases;
}

INSTANTIATE_TEST_SUITE_P(Corpus, BadInput, ::testing::ValuesIn(corpus()),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.id; });

// The corpus is the contract's size: at least 100 cases.
TEST(BadInputCorpus, HasAtLeastAHundredCases) { EXPECT_GE(corpus().size(), 100u); }

}  // namespace

// gtest names a failing parameter by this, not by its bytes. Outside the anonymous namespace:
// gtest finds it by argument-dependent lookup.
void PrintTo(const Case& k, std::ostream* os) { *os << k.where; }

}  // namespace keyproj::bad_input
