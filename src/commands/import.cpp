// keyproj import FILE --what KIND: projects, milestones, reports or owners from CSV (UTF-8 or
// GB18030) or JSON, every row validated, all of them written in one transaction or none at all.

#include <fstream>
#include <ostream>

#include <spdlog/spdlog.h>

#include "cli/command.h"
#include "cli/options.h"
#include "domain/annual_plan.h"
#include "exchange/importer.h"
#include "io/atomic_file.h"
#include "io/text_encoding.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// The problems, each on its own line, as one text (standard error is unbuffered). A file
// wrong throughout would scroll for minutes: the first ones show what to fix.
std::string listed(const std::vector<ImportProblem>& problems, const std::string& path) {
  constexpr std::size_t kShown = 50;
  std::string out;
  for (std::size_t i = 0; i < problems.size() && i < kShown; ++i) out += "keyproj: " + problem_sentence(problems[i]) + "\n";
  if (problems.size() > kShown)
    out += "keyproj: " + trf("{}: and {} more", path, problems.size() - kShown) + "\n";
  return out;
}

void warn(const std::vector<ImportProblem>& warnings) {
  for (const auto& w : warnings) spdlog::warn("{}", problem_sentence(w));
}

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("file", po::value<std::string>(), tr("the CSV or JSON file (format from its extension, else --format)"))
      ("what", po::value<std::string>(), tr("projects, milestones, updates, owners or plans"))
      ("encoding", po::value<std::string>(), tr("utf-8 or gb18030 (GBK): the encoding of a CSV file, else the one its text is in"))
      ("dry-run", po::bool_switch(), tr("say what would be added and changed; write nothing"))
      ("ignore-unknown", po::bool_switch(), tr("skip columns that are not keyproj's instead of refusing the file"))
      ("money-unit", po::value<std::string>(), tr("元, 万元 or 亿元: the unit of bare numbers under a money header that names none"))
      ("force", po::bool_switch(), tr("let rows move a stage backward, as log --force (needs --reason)"))
      ("reason", po::value<std::string>(), tr("why stages move backward, recorded with each such move"))
      ("again", po::bool_switch(), tr("let a report row add a second report on a day its project already has one"))
      ("update", po::bool_switch(), tr("plans: apply the rows that change an entry (the mid-year revision, 年中调整)"))
      ("year", po::value<std::string>(), tr("plans: the year of the rows that give none"));
  p.add("file", 1);
}

std::optional<std::string> format_named(const Globals& g) {
  switch (g.format) {
    case Format::Table: return std::nullopt;  // not given: the extension decides
    case Format::Csv: return "csv";
    case Format::Json: return "json";
    case Format::Xlsx: break;
  }
  throw usage_error(tr("an xlsx workbook cannot be imported; save the sheet as \"CSV UTF-8\" and import that"));
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
  options.reason = field_option(args, "reason", Lines::Many);
  if (options.reason && options.reason->empty()) options.reason.reset();
  options.again = args["again"].as<bool>();
  options.update = args["update"].as<bool>();
  if (const auto y = text_option(args, "year")) options.year = parse_plan_year(*y, "year");
  if (what != What::Plans && (options.update || options.year))
    throw usage_error(trf("{} is for the annual plan; use it with --what plans", options.update ? "--update" : "--year"));
  if (options.force && !options.reason) throw usage_error(tr("--force needs --reason TEXT saying why stages move back"));

  if (const auto unit = text_option(args, "money-unit")) {
    options.money_unit = money_unit_named(*unit);
    if (!options.money_unit) throw usage_error(trf("money-unit {} is not a unit; use 元, 万元 or 亿元", quote(*unit)));
  }
  options.list_changes = dry_run;
  const bool ignore_unknown = args["ignore-unknown"].as<bool>();
  Encoding encoding = Encoding::Detect;
  if (const auto name = text_option(args, "encoding")) {
    const auto named = encoding_named(*name);
    if (!named) throw usage_error(trf("encoding {} is not known; use utf-8 or gb18030", quote(*name)));
    if (format != FileFormat::Csv) throw usage_error(tr("--encoding is for a CSV file; JSON is UTF-8"));
    encoding = *named;
  }

  Database db = open_database(g);
  WriteTransaction tx(db);
  ImportResult result;
  std::vector<std::string> file_ignored;  // the columns --ignore-unknown skipped
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
    stream_csv_records(in, {path, ""}, what, ignore_unknown, file, [&](const Record& r) {
      begin();
      importer.add(r);
    }, encoding);
    begin();
    result = importer.finish(file);
    file_ignored = file.ignored;
  } else {
    const std::string text = read_file(path);
    RecordSet set;
    try {
      set = read_records(text, format, what, ignore_unknown, {path, ""});
    } catch (const Error& e) {
      throw Error(e.code(), trf("{} {}", path, e.what()));
    }
    result = import_records(db, set, options);
    file_ignored = set.ignored;
  }
  for (const auto& ignored : file_ignored)
    spdlog::warn("{}", trf("{}: ignored the column {}, which keyproj does not know", path, ignored));
  if (!result.errors.empty()) {
    io.err << listed(result.errors, path);
    throw rejected(trnf("{1}: {0} error; nothing was imported", "{1}: {0} errors; nothing was imported",
                        result.errors.size(), path));
  }
  std::string counts = trf("{} added, {} changed, {} unchanged", result.added, result.changed, result.unchanged);
  // A sheet imported twice adds nothing the second time, and says so.
  if (result.already) counts += trnf(", {} row already recorded", ", {} rows already recorded", result.already);
  if (result.already && !result.added && !result.changed) counts += tr(": the file adds nothing new");
  if (dry_run) {
    // What it would do is for a person to read: names are shown escaped (util/text.h).
    for (const auto& change : result.changes) io.out << terminal_text(change) << "\n";
    warn(result.warnings);
    io.out << trf("dry run of {} ({}): would add {}, change {}, leave {} unchanged", terminal_text(path),
                  what_label(what), result.added, result.changed, result.unchanged)
           << (result.already ? trnf(", skip {} row already recorded", ", skip {} rows already recorded", result.already)
                              : "")
           << tr("; nothing was written") << "\n";
    return 0;  // the transaction rolls back as it goes out of scope
  }
  tx.commit();
  warn(result.warnings);
  io.confirm << trf("imported {} from {}: {}", what_label(what), path, counts) << "\n";
  return 0;
}

}  // namespace

extern const Command import_command{"import", "FILE",
                                    N_("read projects, milestones, updates, owners or plans from csv or json, all or nothing"),
                                    declare, run};

}  // namespace keyproj
