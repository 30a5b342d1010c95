// keyproj import FILE… --what KIND: projects, milestones, reports, owners or plans from CSV
// (UTF-8 or GB18030), JSON or xlsx workbooks (each sheet whose header names the kind's columns), every row of every file validated, all of them written in one
// transaction or none at all: the sheets of all counties are one month's import.

#include <ostream>

#include <spdlog/spdlog.h>

#include "cli/command.h"
#include "cli/options.h"
#include "domain/annual_plan.h"
#include "exchange/dispatch_summary.h"
#include "exchange/import_source.h"
#include "exchange/importer.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// The problems, each on its own line, as one text (standard error is unbuffered). A file
// wrong throughout would scroll for minutes: the first ones show what to fix.
std::string listed(const std::vector<ImportProblem>& problems, const std::string& names) {
  constexpr std::size_t kShown = 50;
  std::string out;
  for (std::size_t i = 0; i < problems.size() && i < kShown; ++i) out += "keyproj: " + problem_sentence(problems[i]) + "\n";
  if (problems.size() > kShown)
    out += "keyproj: " + trf("{}: and {} more", names, problems.size() - kShown) + "\n";
  return out;
}

void warn(const HeldWarnings& warnings) {
  warnings.for_each([](const std::string& sentence) { spdlog::warn("{}", sentence); });
}

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("file", po::value<std::vector<std::string>>()->multitoken(),
       tr("the CSV, JSON or xlsx files (format from each extension, else --format), imported as one"))
      ("sheet", po::value<std::string>(), tr("the sheet of a workbook to import, by name or number from 1 (else every sheet whose header names the columns)"))
      ("what", po::value<std::string>(), tr("projects, milestones, updates, owners, leaders, plans, problems or templates"))
      ("encoding", po::value<std::string>(), tr("utf-8 or gb18030 (GBK): the encoding of a CSV file, else the one its text is in"))
      ("dry-run", po::bool_switch(), tr("say what would be added and changed; write nothing"))
      ("ignore-unknown", po::bool_switch(), tr("skip columns that are not keyproj's instead of refusing the file"))
      ("money-unit", po::value<std::string>(), tr("元, 万元 or 亿元: the unit of bare numbers under a money header that names none"))
      ("force", po::bool_switch(), tr("let rows move a stage backward, as log --force (needs --reason)"))
      ("reason", po::value<std::string>(), tr("why stages move backward, recorded with each such move"))
      ("again", po::bool_switch(), tr("let a report row add a second report on a day its project already has one"))
      ("update", po::bool_switch(), tr("plans: apply the rows that change an entry (the mid-year revision, 年中调整)"))
      ("year", po::value<std::string>(), tr("plans: the year of the rows that give none"));
  p.add("file", -1);
}

std::optional<std::string> format_named(const Globals& g) {
  switch (g.format) {
    case Format::Table: return std::nullopt;  // not given: the extension decides
    case Format::Csv: return "csv";
    case Format::Json: return "json";
    case Format::Xlsx: return "xlsx";
    case Format::Ics: break;  // refused before import runs (cli/main.cpp): keyproj reads no calendar
  }
  return std::nullopt;
}

// The files as given, each a path; at least one.
std::vector<std::string> files(const po::variables_map& args) {
  if (!args.count("file")) throw usage_error(trf("--{} is required", "file"));
  const auto paths = args["file"].as<std::vector<std::string>>();
  for (const auto& path : paths) {
    require_text(path, "file");
    if (path.empty()) throw rejected(trf("{} is empty; give a value", "file"));
  }
  return paths;
}

// What one source gave: its records read and what the importer made of them.
struct SourceOutcome {
  RecordSource source;
  std::size_t rows = 0;
  ImportResult result;
};

SourceOutcome import_source(Database& db, const ImportSource& source, const ImportOptions& options) {
  SourceOutcome out{source.source, 0, {}};
  RecordSet file;
  Importer importer(db, options);
  bool begun = false;
  auto begin = [&] {
    if (!begun) importer.begin(file);
    begun = true;
  };
  source.read(file, [&](const Record& r) {
    begin();
    ++out.rows;
    importer.add(r);
  });
  begin();
  out.result = importer.finish(file);
  for (const auto& ignored : file.ignored)
    spdlog::warn("{}", trf("{}: ignored the column {}, which keyproj does not know", source_name(source.source), ignored));
  return out;
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::vector<std::string> paths = files(args);
  const What what = parse_what(required_text(args, "what"), false);
  SourceOptions read;
  read.what = what;
  read.format = format_named(g);
  read.ignore_unknown = args["ignore-unknown"].as<bool>();
  read.sheet = text_option(args, "sheet");
  read.warn = [](const std::string& w) { spdlog::warn("{}", w); };
  if (const auto name = text_option(args, "encoding")) {
    const auto named = encoding_named(*name);
    if (!named) throw usage_error(trf("encoding {} is not known; use utf-8 or gb18030", quote(*name)));
    read.encoding = *named;
  }
  std::vector<ImportSource> sources;
  for (const auto& path : paths)
    for (auto& source : import_sources(path, read)) sources.push_back(std::move(source));
  std::string names;
  for (const auto& source : sources) names += (names.empty() ? "" : ", ") + source_name(source.source);

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

  Database db = open_database(g);
  WriteTransaction tx(db);
  // One source after another in the one transaction: a later sheet sees the reports an
  // earlier one added, as a later row of one sheet does.
  std::vector<SourceOutcome> outcomes;
  for (const auto& source : sources) outcomes.push_back(import_source(db, source, options));

  ImportResult total;
  for (auto& o : outcomes) {
    total.errors.insert(total.errors.end(), o.result.errors.begin(), o.result.errors.end());
    total.warnings.add(std::move(o.result.warnings));
    total.changes.insert(total.changes.end(), o.result.changes.begin(), o.result.changes.end());
    total.added += o.result.added;
    total.changed += o.result.changed;
    total.unchanged += o.result.unchanged;
    total.already += o.result.already;
    total.blank += o.result.blank;
  }
  if (dry_run) {
    // What it would do is for a person to read: names are shown escaped (util/text.h).
    if (total.errors.empty())
      for (const auto& change : total.changes) io.out << terminal_text(change) << "\n";
    // Each sheet against its month, problems or not: what the officer checks before writing.
    if (what == What::Updates)
      for (const auto& o : outcomes)
        io.out << terminal_text(summary_text(summarize(db, source_name(o.source), o.rows, o.result, options.as_of)))
               << "\n";
  }
  if (!total.errors.empty()) {
    io.err << listed(total.errors, names);
    throw rejected(trnf("{1}: {0} error; nothing was imported", "{1}: {0} errors; nothing was imported",
                        total.errors.size(), names));
  }
  std::string counts = trf("{} added, {} changed, {} unchanged", total.added, total.changed, total.unchanged);
  // A sheet imported twice adds nothing the second time, and says so.
  if (total.already) counts += trnf(", {} row already recorded", ", {} rows already recorded", total.already);
  if (total.already && !total.added && !total.changed) counts += tr(": the file adds nothing new");
  if (total.blank) counts += trnf(", {} blank row (no report)", ", {} blank rows (no report)", total.blank);
  if (dry_run) {
    warn(total.warnings);
    io.out << trf("dry run of {} ({}): would add {}, change {}, leave {} unchanged", terminal_text(names),
                  what_label(what), total.added, total.changed, total.unchanged)
           << (total.already ? trnf(", skip {} row already recorded", ", skip {} rows already recorded", total.already)
                             : "")
           << (total.blank ? trnf(", skip {} blank row (no report)", ", skip {} blank rows (no report)", total.blank) : "")
           << tr("; nothing was written") << "\n";
    return 0;  // the transaction rolls back as it goes out of scope
  }
  tx.commit();
  warn(total.warnings);
  io.confirm << trf("imported {} from {}: {}", what_label(what), names, counts) << "\n";
  return 0;
}

}  // namespace

extern const Command import_command{"import", "FILE…",
                                    N_("read projects, milestones, updates, owners, leaders, plans or problems from csv, json or xlsx, all or nothing"),
                                    declare, run};

}  // namespace keyproj
