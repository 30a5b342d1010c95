#pragma once
// The bad-input corpus: tests/bad-input/*.cases, read into cases the driver runs.
//
// One line per case:   [sqlite] EXIT | MESSAGE | ARGUMENTS
//   sqlite     (optional) the case is about the SQLite database file itself (a path, its
//              permissions, a corrupt or foreign file): it runs on SQLite only, and is skipped,
//              saying so, when the suite runs on PostgreSQL (tests/CMakeLists.txt, pg.bad_input_*)
//   EXIT       the exit code keyproj must end with (0 ok, 2 usage, 3 not found, 4 rejected,
//              5 database, 70 internal error)
//   MESSAGE    a part of the one line keyproj must write on stderr (on stdout when EXIT is 0)
//   ARGUMENTS  keyproj's arguments, split at blanks as a shell would: 'single quotes' are taken
//              as written; "double quotes" know \\ \" \n \r \t \0 and \xHH (any byte).
// An unquoted word in braces names something the driver prepares for each case:
//   {db}          the small database the driver builds first (the default --db)
//   {db:KIND}     a database file in a bad state: dir, text, random, truncated, foreign,
//                 newer, changed, readonly, readonly-folder, under-file, fifo, missing (a
//                 path with nothing there), missing-folder (in a folder that does not exist),
//                 twin (a copy of {db}: a second database holding a portfolio).
//                 On PostgreSQL only newer (a migration 99 recorded) and changed (migration 1's
//                 checksum changed) exist, made on the case's own database; a case given
//                 another kind as --db must be marked sqlite. dir and random are plain files
//                 (a folder, random bytes) and serve as import files on both.
//   {NAME}        an input file defined in the same .cases file (see below)
//   <{NAME}       that input file on stdin
// Unless the arguments give --db or --as-of themselves, the driver adds --db {db} and
// --as-of 2026-11-22.
//
// Input files:          input NAME = PIECE PIECE ...
//   each PIECE a double-quoted string as above, optionally followed by *N (repeated N times),
//   so that bytes a checked-in file would hide (NUL, a BOM, CR, invalid UTF-8, 10 MB) show;
//   or a PIECE file "PATH": the bytes of a file relative to this folder (a workbook made by
//   another writer, tests/fixtures/make_xlsx.py).
// Lines starting with # are comments.

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace keyproj::bad_input {

struct Word {
  enum class Kind { Text, Placeholder, Stdin };
  Kind kind = Kind::Text;
  std::string text;  // the argument, or the placeholder's name without braces
};

struct Case {
  std::string id;     // "dates_12": file stem and line, for test names
  std::string where;  // "dates.cases:12", for messages
  bool sqlite_only = false;  // marked `sqlite`: about the SQLite file, skipped on PostgreSQL
  int exit = 0;
  std::string message;
  std::vector<Word> args;
  std::shared_ptr<const std::map<std::string, std::string>> inputs;  // name -> bytes
};

// Every case of every *.cases file in `dir`, in file and line order. Throws std::runtime_error
// naming the file and line of a malformed line.
std::vector<Case> load_cases(const std::filesystem::path& dir);

// One file's cases (exposed for the driver's own checks); file pieces are read from `dir`.
std::vector<Case> parse_cases(const std::string& text, const std::string& file_name,
                              const std::filesystem::path& dir = {});

}  // namespace keyproj::bad_input
