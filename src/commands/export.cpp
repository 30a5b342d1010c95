// keyproj export: projects, milestones, reports, owners, the annual plan or the overdue list as CSV, JSON or an
// Excel workbook, with the filters of `project list` (and of `overdue` for the overdue list);
// the open milestones and problem deadlines as a calendar (ics).
// Import reads back whatever this writes (the overdue list and the calendar excepted: they are
// computed).

#include <filesystem>
#include <iostream>
#include <map>
#include <optional>

#include "cli/command.h"
#include "cli/filter_options.h"
#include "cli/options.h"
#include "cli/output_file.h"
#include "cli/overdue_options.h"
#include "domain/annual_plan.h"
#include "domain/stage.h"
#include "exchange/columns.h"
#include "exchange/dispatch_template.h"
#include "exchange/export_rows.h"
#include "io/atomic_file.h"
#include "output/dispatch_workbook.h"
#include "output/ics_writer.h"
#include "output/xlsx_writer.h"
#include "store/audit.h"
#include "store/leaders.h"
#include "store/milestones.h"
#include "store/node_templates.h"
#include "store/problems.h"
#include "store/overdue.h"
#include "store/owners.h"
#include "store/plans.h"
#include "store/projects.h"
#include "store/settings.h"
#include "store/updates.h"
#include "util/clock.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"
#include "view/calendar_view.h"
#include "view/sheet_title.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  o.add_options()
      ("what", po::value<std::string>(), tr("projects, milestones, updates, owners, leaders, plans, problems, templates or overdue"))
      ("year", po::value<std::string>(), tr("plans: only this year's entries"))
      ("out", po::value<std::string>(), tr("file to write (else stdout; required for xlsx; .ics: a calendar of milestones)"))
      ("bom", po::bool_switch(), tr("start a CSV file with the byte-order mark Excel needs to read Chinese"))
      ("contacts", po::bool_switch(),
       tr("projects, owners, leaders and overdue: add the leaders' phone numbers and the owners' contacts (personal "
          "data, left out unless asked for)"));
  declare_filter_options(o, Search::Yes);
  declare_overdue_options(o, true);  // for --what overdue: the options of `overdue`
  o.add_options()
      ("template", po::value<std::string>(), tr("dispatch: the monthly sheet for counties to fill in (instead of --what)"))
      ("month", po::value<std::string>(), tr("the template's month, YYYY-MM (default: the as-of date's)"))
      ("by", po::value<std::string>(), tr("the template: county, a sheet (or with --out DIR a workbook) per county"));
}

// export --template dispatch: the month's sheet for counties (exchange/dispatch_template.h) as a
// workbook, a workbook per county in a folder, or CSV.
int export_template(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string name = required_text(args, "template");
  if (name != "dispatch") throw usage_error(trf("template {} is not known; use dispatch", quote(name)));
  if (args.count("what")) throw usage_error(tr("--template writes the dispatch sheet; leave --what out"));
  for (const char* option : {"min-days", "kind", "stale-days", "year", "contacts"})
    if (args.count(option) && !args[option].defaulted())
      throw usage_error(trf("--{} is not an option of the dispatch template", option));
  DispatchRequest request;
  if (const auto by = text_option(args, "by")) {
    if (*by != "county") throw usage_error(trf("by {} is not known; the template is split by county", quote(*by)));
    request.by_county = true;
  }
  const Date month = args.count("month") ? *date_option(args, "month", PeriodEnd::Last) : g.as_of;
  request.report_day = parse_date(month.iso().substr(0, 7), "month", PeriodEnd::Last).iso();
  const auto out = text_option(args, "out");
  const bool folder = out && (out->ends_with('/') || std::filesystem::is_directory(*out));
  const Format format = folder ? Format::Xlsx : output_format(g, out, Format::Xlsx);
  const bool bom = args["bom"].as<bool>();
  if (format != Format::Xlsx && format != Format::Csv)
    throw usage_error(tr("the dispatch template is a workbook (xlsx) or CSV"));
  if (format == Format::Xlsx && !out)
    throw usage_error(tr("the dispatch template is a workbook; give its file or folder with --out"));
  if (bom && format != Format::Csv) throw usage_error(tr("--bom is for CSV; a JSON or xlsx file has no byte-order mark"));
  if (folder && !request.by_county)
    throw usage_error(tr("--out names a folder: add --by county for a workbook per county, or name a file"));
  request.filter = portfolio_filter(args, g.as_of);
  request.words = g.style.lang;
  if (out && !folder) refuse_database_files(*out, database_path(g));

  Database db = open_database(g);
  require_known(db, request.filter);
  const auto sheets = dispatch_sheets(db, request);
  if (sheets.empty()) throw not_found(tr("no active project (planned, preparing or building) matches; no template to send"));
  const auto columns = dispatch_columns();
  if (format == Format::Csv) {
    std::optional<AtomicFile> file;
    if (out) file.emplace(*out);
    std::ostream& stream = file ? file->stream() : io.out;
    if (bom) stream << "\xEF\xBB\xBF";
    auto writer = make_row_writer(Format::Csv, stream, dispatch_csv_columns(), g.style);
    for (const auto& sheet : sheets)
      for (const auto& row : sheet.rows) writer->row(dispatch_csv_cells(row));
    writer->finish();
    if (file) file->commit();
    return 0;
  }
  std::vector<std::string> stages;
  for (const Stage s : kStages)
    stages.emplace_back(g.style.lang == Lang::Zh ? stage_name_zh(s) : stage_name(s));
  auto book = [&](const DispatchSheet& s) {
    return TemplateSheet{dispatch_sheet_name(s, g.style.lang), dispatch_title(s, request.report_day, g.as_of, g.style.lang),
                         &s.rows};
  };
  // Every file is written whole before any is put in place: a failure leaves none of them.
  std::vector<std::unique_ptr<AtomicFile>> files;
  if (folder) {
    for (const auto& s : sheets) {
      const TemplateSheet t = book(s);
      const std::string path = (std::filesystem::path(*out) / (t.name + "-" + request.report_day.substr(0, 7) + ".xlsx")).string();
      files.push_back(std::make_unique<AtomicFile>(path));
      write_dispatch_workbook(files.back()->temp_path(), path, columns, {t}, stages, g.style.lang);
    }
  } else {
    std::vector<TemplateSheet> all;
    for (const auto& s : sheets) all.push_back(book(s));
    files.push_back(std::make_unique<AtomicFile>(*out));
    write_dispatch_workbook(files.back()->temp_path(), *out, columns, all, stages, g.style.lang);
  }
  for (auto& f : files) f->commit();
  io.confirm << trf("wrote the dispatch template of {} for {} projects", request.report_day.substr(0, 7),
                    [&] {
                      std::size_t n = 0;
                      for (const auto& s : sheets) n += s.rows.size();
                      return n;
                    }())
             << "\n";
  return 0;
}

// export --what milestones --format ics: the calendar of view/calendar_view.h, of the projects the
// filters select as they stood on the as-of date. --kind approval or milestone keeps that kind
// of milestone alone, and leaves the problems out.
int export_calendar(const po::variables_map& args, const Globals& g, Io& io, const std::optional<std::string>& out) {
  if (args["bom"].as<bool>()) throw usage_error(tr("--bom is for CSV; an iCalendar file has no byte-order mark"));
  std::optional<MilestoneKind> kind;
  if (const auto k = text_option(args, "kind")) {
    kind = milestone_kind_from_name(*k);
    if (!kind) throw usage_error(trf("kind {} is not known; use milestone or approval", quote(*k)));
  }
  for (const char* option : {"min-days", "stale-days"})
    if (args.count(option)) throw usage_error(trf("--{} filters the overdue list; use it with --what overdue", option));
  if (args["contacts"].as<bool>())
    throw usage_error(tr("--contacts adds phone numbers and contacts to projects, owners, leaders or the overdue list; "
                         "use it with --what projects, owners, leaders or overdue"));
  if (args.count("year")) throw usage_error(tr("--year picks a year of the annual plan; use it with --what plans"));
  PortfolioFilter filter = portfolio_filter(args, g.as_of);
  if (out) refuse_database_files(*out, database_path(g));

  Database db = open_database(g);
  require_known(db, filter);
  std::map<std::int64_t, Project> projects;
  for_each_project(db, filter, [&](const Project& p) { projects.emplace(p.id, p); });
  // Each project's changes, read once, for the SEQUENCE of its events.
  std::map<std::pair<std::int64_t, std::string>, std::map<std::int64_t, int>> changes;
  auto changed = [&](std::int64_t project_id, const std::string& entity, std::int64_t id) {
    auto it = changes.find({project_id, entity});
    if (it == changes.end()) it = changes.emplace(std::pair{project_id, entity}, change_counts(db, project_id, entity)).first;
    const auto n = it->second.find(id);
    return n == it->second.end() ? 0 : n->second;
  };
  const Lang words = g.style.lang;
  std::vector<std::string> pieces = filter_pieces(filter, words);
  IcsCalendar calendar{calendar_name(kind, pieces, words), ics_stamp(utc_timestamp_now()), {}};
  for_each_calendar_milestone(db, filter, kind, [&](const Milestone& m) {
    const auto p = projects.find(m.project_id);
    if (p == projects.end()) return;
    if (auto e = milestone_event(p->second, m, changed(m.project_id, "milestone", m.id), g.as_of, words))
      calendar.events.push_back(std::move(*e));
  });
  if (!kind) {
    ProblemFilter problems{ProblemStatus::All, filter};
    for_each_problem(db, problems, [&](const Problem& pr) {
      const auto p = projects.find(pr.project_id);
      if (p == projects.end()) return;
      if (auto e = problem_event(p->second, pr, changed(pr.project_id, "problem", pr.id), g.as_of, words))
        calendar.events.push_back(std::move(*e));
    });
  }
  std::optional<AtomicFile> file;
  if (out) file.emplace(*out);
  write_ics(file ? file->stream() : io.out, calendar);
  if (file) file->commit();
  return 0;
}

std::string sheet_name(What w, Lang lang) {
  if (lang == Lang::En) return std::string(what_name(w));
  switch (w) {
    case What::Projects: return "项目";
    case What::Milestones: return "节点";
    case What::Updates: return "调度记录";
    case What::Owners: return "责任单位";
    case What::Plans: return "年度计划";
    case What::Overdue: return "逾期清单";
    case What::Problems: return "问题清单";
    case What::Templates: return "审批模板";
    case What::Leaders: return "包保领导";
  }
  return "";
}

void write_rows(Database& db, What what, const Date& as_of, const PortfolioFilter& filter, const OverdueQuery& overdue,
                Lang words, const std::optional<int>& year, bool contacts, RowWriter& writer) {
  switch (what) {
    case What::Plans:
      for_each_plan(db, year, filter, [&](const PlanEntryRow& r) { writer.row(plan_cells(r.entry, words)); });
      break;
    case What::Overdue:
      for_each_overdue(db, overdue,
                       [&](const OverdueRow& r) { writer.row(output_cells(what, overdue_cells(r, words), contacts)); });
      break;
    case What::Projects: {
      // The derived columns read as the card reads them, as of the as-of date.
      const LightThresholds thresholds = light_thresholds(db);
      for_each_project(db, filter, [&](const Project& p) {
        const ProjectDerived derived{traffic_light(light_facts(p, as_of), thresholds), latest_blocker(db, p.id, as_of)};
        writer.row(output_cells(what, project_cells(p, words, derived), contacts));
      });
      break;
    }
    case What::Templates:  // the office's, not a project's: no filter applies
      for (const auto& t : all_templates(db))
        for (auto& row : template_rows(t, words)) writer.row(row);
      break;
    case What::Owners:
      for_each_owner(db, [&](const Owner& o, std::int64_t n) { writer.row(output_cells(what, owner_cells(o, n), contacts)); });
      break;
    case What::Leaders:
      for_each_leader(db,
                      [&](const Leader& l, std::int64_t n) { writer.row(output_cells(what, leader_cells(l, n), contacts)); });
      break;
    case What::Milestones:
    case What::Updates:
    case What::Problems: {
      // The filter picks projects; their records go out in the order entered, so that an
      // import into an empty database gives them the same ids.
      std::map<std::string, std::string> names;
      for_each_project(db, filter, [&](const Project& p) { names.emplace(p.code, p.name_zh); });
      if (what == What::Milestones) {
        for_each_milestone_by_id(db, [&](const Milestone& m) {
          const auto it = names.find(m.project_code);
          if (it == names.end()) return;
          const auto moves = milestone_moves(db, m.id);
          writer.row(milestone_cells(m, it->second, moves.empty() ? Text() : Text(moves.back().reason), words));
        });
      } else if (what == What::Problems) {
        for_each_problem_by_id(db, [&](const Problem& p) {
          const auto it = names.find(p.project_code);
          if (it != names.end()) writer.row(problem_row_cells(p, it->second, words));
        });
      } else {
        for_each_update_by_id(db, [&](const ProgressUpdate& u) {
          const auto it = names.find(u.project_code);
          if (it != names.end()) writer.row(update_cells(u, it->second, words));
        });
      }
      break;
    }
  }
  writer.finish();
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  if (args.count("template")) return export_template(args, g, io);
  const What what = parse_what(required_text(args, "what"), true);
  const auto out = text_option(args, "out");
  const Format format = output_format(g, out, Format::Csv);
  if (format == Format::Ics && what != What::Milestones) {
    if (g.format == Format::Ics)
      throw usage_error(trf("--format ics writes a calendar of milestones, not of {}; use it with --what milestones",
                            what_name(what)));
    throw usage_error(trf("--out {} names a calendar (.ics) of milestones, not of {}; use it with --what milestones",
                          quote(*out), what_name(what)));
  }
  if (format == Format::Ics) return export_calendar(args, g, io, out);
  const bool bom = args["bom"].as<bool>();
  if (format == Format::Xlsx && !out) throw usage_error(tr("--format xlsx writes a workbook file; give it with --out FILE"));
  if (bom && format != Format::Csv) throw usage_error(tr("--bom is for CSV; a JSON or xlsx file has no byte-order mark"));
  if (what == What::Owners && (args.count("region") || args.count("stage") || args.count("program")))
    throw usage_error(tr("owners are not filtered by region, stage or programme; export them all"));
  if (what == What::Leaders && (args.count("region") || args.count("stage") || args.count("program") || args.count("owner")))
    throw usage_error(tr("leaders are not filtered by region, stage, owner or programme; export them all"));
  if (what == What::Overdue && args.count("search"))
    throw usage_error(tr("--search does not filter the overdue list; use --region, --owner, --program or --stage"));
  for (const char* option : {"min-days", "kind", "stale-days"})
    if (what != What::Overdue && args.count(option))
      throw usage_error(trf("--{} filters the overdue list; use it with --what overdue", option));
  const bool contacts = args["contacts"].as<bool>();
  if (contacts && what != What::Projects && what != What::Owners && what != What::Leaders && what != What::Overdue)
    throw usage_error(tr("--contacts adds phone numbers and contacts to projects, owners, leaders or the overdue list; "
                         "use it with --what projects, owners, leaders or overdue"));
  std::optional<int> year;
  if (const auto y = text_option(args, "year")) year = parse_plan_year(*y, "year");
  if (year && what != What::Plans) throw usage_error(tr("--year picks a year of the annual plan; use it with --what plans"));
  PortfolioFilter filter = portfolio_filter(args, g.as_of);
  if (out) refuse_database_files(*out, database_path(g));

  Database db = open_database(g);
  // As for overdue: a mistyped region or owner must not give an empty file that looks right.
  require_known(db, filter);
  const OverdueQuery overdue = what == What::Overdue ? overdue_query(args, g, db) : OverdueQuery{};
  std::optional<AtomicFile> file;
  if (out) file.emplace(*out);
  std::unique_ptr<RowWriter> writer;
  if (format == Format::Xlsx) {
    writer = make_xlsx_writer(file->temp_path(), *out, sheet_name(what, g.style.lang), output_columns(what, contacts),
                              g.style.lang);
  } else {
    std::ostream& stream = file ? file->stream() : io.out;
    if (bom) stream << "\xEF\xBB\xBF";
    writer = make_row_writer(format, stream, output_columns(what, contacts), g.style);
  }
  // A workbook is read by people, like a table: its stored words (stages, categories, classes,
  // kinds) speak --lang. CSV and JSON are read by programs and keep the stored words.
  write_rows(db, what, g.as_of, filter, overdue, format == Format::Xlsx ? g.style.lang : Lang::En, year, contacts, *writer);
  if (file) file->commit();
  return 0;
}

}  // namespace

extern const Command export_command{"export", "",
                                    N_("write projects, milestones, updates, owners, leaders, plans or problems as csv, json or xlsx; milestones "
                                       "as a calendar (ics)"), declare, run};

}  // namespace keyproj
