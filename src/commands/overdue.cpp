// keyproj overdue: the list leaders ask for — late milestones, late projects and missed monthly
// reports, most days late first. With --fail-if-any it exits 1 when the list is not empty.

#include <ostream>

#include "cli/command.h"
#include "cli/filter_options.h"
#include "cli/overdue_options.h"
#include "exchange/columns.h"
#include "exchange/export_rows.h"
#include "util/error.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  declare_filter_options(o, Search::No);
  declare_overdue_options(o);
  o.add_options()("fail-if-any", po::bool_switch(), tr("exit 1 when the list is not empty (for scripts and cron)"));
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  Database db = open_database(g);
  const OverdueQuery q = overdue_query(args, g, db);
  // A table is read by people: its kinds speak --lang; CSV and JSON keep the stored words.
  const Lang words = g.format == Format::Table ? g.style.lang : Lang::En;
  // The columns are export's (exchange/columns.h), so the exported list is this one.
  auto writer = make_row_writer(g.format, io.out, output_columns(What::Overdue), g.style);
  std::int64_t rows = 0;
  for_each_overdue(db, q, [&](const OverdueRow& r) {
    writer->row(overdue_cells(r, words));
    ++rows;
  });
  writer->finish();
  return args["fail-if-any"].as<bool>() && rows > 0 ? static_cast<int>(ExitCode::Found) : 0;
}

}  // namespace

extern const Command overdue_command{"overdue", "",
                                     N_("the overdue list: late milestones, late projects, missed reports"), declare,
                                     run};

}  // namespace keyproj
