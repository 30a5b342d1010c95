// What a command loads when it starts: the libraries only an import, an export or a server
// needs are opened by the command that uses them (util/shared_library.h), not by every one, and
// SQLite is part of keyproj itself.
// glibc's LD_DEBUG=files names each object as it is loaded, on stderr.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

// The objects the run loaded, as LD_DEBUG=files names them ("file=libpq.so.5 [0]; …").
std::vector<std::string> loaded(const std::string& debug) {
  std::vector<std::string> files;
  for (std::size_t at = debug.find("file="); at != std::string::npos; at = debug.find("file=", at + 1)) {
    const std::size_t end = debug.find_first_of(" \t\n", at);
    files.push_back(debug.substr(at + 5, end - at - 5));
  }
  return files;
}

bool loads(const std::vector<std::string>& files, const std::string& library) {
  for (const auto& f : files)
    if (f.starts_with(library)) return true;
  return false;
}

TEST(Startup, ACommandOnAFileLoadsOnlyWhatItUses) {
  KEYPROJ_SQLITE_ONLY("a server's database is reached through libpq");
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  const Outcome r = s.raw({"--db", s.db(), "project", "list"}, {"LD_DEBUG=files"});
  ASSERT_EQ(r.code, 0) << r.err;
  const auto files = loaded(r.err);
  // The debug output is there to be read: utf8proc is loaded by every command.
  ASSERT_TRUE(loads(files, "libutf8proc.so")) << r.err;
  // SQLite is linked into keyproj (CMakeLists.txt says why), so its shared library is not loaded.
  for (const char* library : {"libsqlite3.so", "libpq.so", "libcsv.so", "libminizip.so", "libexpat.so",
                              "libxlsxwriter.so", "libssl.so"})
    EXPECT_FALSE(loads(files, library)) << library << " was loaded:\n" << r.err;
}

TEST(Startup, AnImportOpensTheCsvReaderWhenItReadsAFile) {
  KEYPROJ_SQLITE_ONLY("a server's database loads libpq besides");
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  const std::string file = s.write("owners.csv", "name\nExample Owner Co.\n");
  const Outcome r = s.raw({"--db", s.db(), "import", file, "--what", "owners"}, {"LD_DEBUG=files"});
  ASSERT_EQ(r.code, 0) << r.err;
  const auto files = loaded(r.err);
  EXPECT_TRUE(loads(files, "libcsv.so")) << r.err;
  EXPECT_FALSE(loads(files, "libminizip.so")) << r.err;
  EXPECT_FALSE(loads(files, "libpq.so")) << r.err;
}

}  // namespace
}  // namespace keyproj::e2e
