// keyproj import FILE --what KIND: projects, milestones, reports or owners from CSV or JSON,
// every row validated, all of them written in one transaction or none at all.

#include <algorithm>
#include <fstream>
#include <ostream>

#include <spdlog/spdlog.h>

#include "cli/command.h"
#include "cli/options.h"
#include "exchange/importer.h"
#include "io/atomic_file.h"
#include "util/error.h"

namespace keyproj {
namespace {

// Each of `items` on its own line after `prefix`, as one text: standard error is unbuffered,
// and an import may list hundreds of problems.
std::string lines(const std::string& prefix, const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += prefix + item + "\n";
  return out;
}

void warn(const std::string& path, const std::vector<std::string>& warnings) {
  for (const auto& w : warnings) spdlog::warn("{} {}", path, w);
}

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("file", po::value<std::string>(), "the CSV or JSON file (format from its extension, else --format)")
      ("what", po::value<std::string>(), "projects, milestones, updates or owners")
      ("dry-run", po::bool_switch(), "say what would be added and changed; write nothing")
      ("ignore-unknown", po::bool_switch(), "skip columns that are not keyproj's instead of refusing the file")
      ("force", po::bool_switch(), "let rows move a stage backward, as log --force (needs --reason)")
      ("reason", po::value<std::string>(), "why stages move backward, recorded with each such move");
  p.add("file", 1);
}

std::optional<std::string> format_named(const Globals& g) {
  switch (g.format) {
    case Format::Table: return std::nullopt;  // not given: the extension decides
    case Format::Csv: return "csv";
    case Format::Json: return "json";
    case Format::Xlsx: break;
  }
  throw usage_error("an xlsx workbook cannot be imported; save the sheet as \"CSV UTF-8\" and import that");
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string path = required_text(args, "file");
  const What what = parse_what(required_text(args, "what"), false);
  const FileFormat format = import_format(path, format_named(g));
  const bool dry_run = args["dry-run"].as<bool>();
  ImportOptions options;
  options.user = g.user;
  options.as_of = g.as_of;
  options.force = args["force"].as<bool>();
  options.reason = text_option(args, "reason");
  if (options.force && !options.reason) throw usage_error("--force needs --reason TEXT saying why stages move back");

  options.list_changes = dry_run;
  const bool ignore_unknown = args["ignore-unknown"].as<bool>();

  Database db = open_database(g);
  WriteTransaction tx(db);
  ImportResult result;
  if (format == FileFormat::Csv) {
    // Read and applied record by record: a month of a province's reports never sits in memory.
    std::ifstream in = open_file(path);
    RecordSet file;
    Importer importer(db, options);
    bool begun = false;
    auto begin = [&] {
      if (!begun) importer.begin(file);
      begun = true;
    };
    stream_csv_records(in, path, what, ignore_unknown, file, [&](const Record& r) {
      begin();
      importer.add(r);
    });
    begin();
    result = importer.finish(file);
  } else {
    const std::string text = read_file(path);
    RecordSet set;
    try {
      set = read_records(text, format, what, ignore_unknown);
    } catch (const Error& e) {
      throw Error(e.code(), path + " " + e.what());
    }
    result = import_records(db, set, options);
  }
  if (!result.errors.empty()) {
    // A file wrong throughout would scroll for minutes: the first ones show what to fix.
    constexpr std::size_t kShown = 50;
    const std::size_t shown = std::min(result.errors.size(), kShown);
    const auto first = result.errors.begin();
    io.err << lines("keyproj: " + path + " ", {first, first + static_cast<std::ptrdiff_t>(shown)});
    if (result.errors.size() > shown)
      io.err << "keyproj: " << path << ": and " << result.errors.size() - shown << " more\n";
    throw rejected(path + ": " + plural(result.errors.size(), "error", "errors") + "; nothing was imported");
  }
  const std::string counts = std::to_string(result.added) + " added, " + std::to_string(result.changed) +
                             " changed, " + std::to_string(result.unchanged) + " unchanged";
  if (dry_run) {
    io.out << lines("", result.changes);
    warn(path, result.warnings);
    io.out << "dry run of " << path << " (" << what_name(what) << "): would add " << result.added << ", change "
           << result.changed << ", leave " << result.unchanged << " unchanged; nothing was written\n";
    return 0;  // the transaction rolls back as it goes out of scope
  }
  tx.commit();
  warn(path, result.warnings);
  io.confirm << "imported " << what_name(what) << " from " << path << ": " << counts << "\n";
  return 0;
}

}  // namespace

extern const Command import_command{"import", "FILE",
                                    "read projects, milestones, updates or owners from csv or json, all or nothing",
                                    declare, run};

}  // namespace keyproj
