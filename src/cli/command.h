#pragma once
// A subcommand: its name, its options and what it runs. Each lives in one file of
// src/commands/ and is listed once in src/commands/registry.cpp.

#include <boost/program_options.hpp>

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cli/globals.h"

namespace keyproj {

namespace po = boost::program_options;

// Where a command writes. `out` is the data the command exists to print (a list, a report,
// the id `milestone add` prints): never silenced. `confirm` is the sentence saying what was
// done ("logged report 48 …"): standard output, or nowhere with -q. Warnings and notes go
// through spdlog, which honours -q and -v; `err` is for the problems of a failing command.
struct Io {
  std::ostream& out;
  std::ostream& err;
  std::ostream& confirm;
};

struct Command {
  std::string_view name;      // "project add"
  std::string_view operands;  // what follows the name in the usage line, e.g. "CODE"
  std::string_view summary;   // one line for the command overview
  // Declares the command's options and positional operands.
  void (*declare)(po::options_description& options, po::positional_options_description& positional);
  // Runs it; returns the exit code. Errors are thrown as keyproj::Error.
  int (*run)(const po::variables_map& args, const Globals& globals, Io& io);
  // Run by programs, not people (the shell's completion, the build's manual page): left out of
  // help and the manual.
  bool hidden = false;
};

// Every command, in the order the overview lists them.
std::span<const Command* const> all_commands();

}  // namespace keyproj
