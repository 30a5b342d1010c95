// keyproj overdue: the list leaders ask for — late milestones, late projects and missed monthly
// reports, most days late first, with who owns each: the owner and the responsible leader. With
// --fail-if-any it exits 1 when the list is not empty. --out FILE.xlsx writes it as a workbook
// for people, under a title row naming the as-of date and the filters.

#include <algorithm>
#include <ostream>

#include "cli/command.h"
#include "cli/filter_options.h"
#include "cli/overdue_options.h"
#include "cli/output_file.h"
#include "exchange/columns.h"
#include "domain/problem.h"
#include "exchange/export_rows.h"
#include "store/leaders.h"
#include "util/error.h"
#include "util/translate.h"
#include "view/sheet_title.h"

namespace keyproj {
namespace {

// "征地未完成 (天门市自然资源局, city)": a problem's text with its unit and level.
std::string problem_in_table(const OverdueRow& r, Lang words) {
  const bool zh = words == Lang::Zh;
  std::string text = r.milestone.value_or("");
  text += zh ? "（" : " (";
  if (r.unit) {
    text += *r.unit;
    text += zh ? "，" : ", ";
  }
  const auto level = problem_level_from_name(r.level.value_or(""));
  text += level ? std::string(zh ? problem_level_name_zh(*level) : problem_level_name(*level)) : r.level.value_or("");
  text += zh ? "）" : ")";
  return text;
}

void declare(po::options_description& o, po::positional_options_description&) {
  declare_filter_options(o, Search::No);
  declare_overdue_options(o);
  o.add_options()
      ("fail-if-any", po::bool_switch(), tr("exit 1 when the list is not empty (for scripts and cron)"))
      ("contacts", po::bool_switch(), tr("csv, json and xlsx: add the leaders' phone numbers (personal data)"));
  declare_out_option(o);
}

// A table shows the leader where some project has one and the terminal is wide enough for the
// column beside the others (a pipe or a file has room for it).
constexpr std::size_t kLeaderTableWidth = 100;

int run(const po::variables_map& args, const Globals& g, Io& io) {
  Output output(args, g);
  Database db = open_database(g);
  const OverdueQuery q = overdue_query(args, g, db);
  // A table and a workbook are read by people: their kinds speak --lang; CSV and JSON keep the
  // stored words.
  const bool table = output.format() == Format::Table;
  const bool workbook = output.format() == Format::Xlsx;
  const Lang words = table || workbook ? g.style.lang : Lang::En;
  const bool contacts = args["contacts"].as<bool>();
  if (contacts && table)
    throw usage_error(
        tr("--contacts adds the leaders' phone numbers to csv, json and xlsx; give --format csv or json, or --out FILE.xlsx"));
  // The columns are export's (exchange/columns.h), so the exported list is this one. A table
  // keeps its width for the kinds that have no unit nor level: a problem's unit and level
  // follow its text in the milestone column, as a person reads them. It shows the leader
  // where some project has one and the terminal has room.
  auto columns = output_columns(What::Overdue, contacts);
  const auto at = [&](std::string_view key) {
    return static_cast<std::size_t>(
        std::find_if(columns.begin(), columns.end(), [&](const Column& c) { return c.key == key; }) - columns.begin());
  };
  const std::size_t unit = at("unit");
  const std::size_t milestone = at("milestone");
  const std::size_t leader = at("leader");
  const bool drop_leader = table && ((g.style.width && *g.style.width < kLeaderTableWidth) || !any_project_has_leader(db));
  auto shown = [&](std::vector<Cell> cells) {
    if (!table) return cells;
    cells.resize(unit);
    if (drop_leader) cells.erase(cells.begin() + static_cast<std::ptrdiff_t>(leader));
    return cells;
  };
  if (table) {
    columns.resize(unit);
    if (drop_leader) columns.erase(columns.begin() + static_cast<std::ptrdiff_t>(leader));
  }
  // A workbook keeps every column, as export writes it, with the due date as a date.
  if (workbook) columns[at("due")].kind = Kind::Date;
  const bool zh = g.style.lang == Lang::Zh;
  auto writer = output.rows(io, columns, g.style,
                            {zh ? "逾期清单" : "overdue", g.style.lang, true,
                             sheet_title(zh ? "逾期清单" : "Overdue list", q.as_of, overdue_pieces(q, g.style.lang), g.style.lang)});
  std::int64_t rows = 0;
  for_each_overdue(db, q, [&](const OverdueRow& r) {
    auto cells = output_cells(What::Overdue, overdue_cells(r, words), contacts);
    if (table && r.kind == OverdueKind::Problem) cells[milestone] = problem_in_table(r, words);
    cells = shown(std::move(cells));
    writer->row(cells);
    ++rows;
  });
  writer->finish();
  output.commit();
  return args["fail-if-any"].as<bool>() && rows > 0 ? static_cast<int>(ExitCode::Found) : 0;
}

}  // namespace

extern const Command overdue_command{"overdue", "",
                                     N_("the overdue list: late milestones, late projects, missed reports"), declare,
                                     run};

}  // namespace keyproj
