// keyproj problem show ID: one problem's card with the dated entries of its log.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/problem_options.h"
#include "output/json_stream.h"
#include "store/problems.h"
#include "util/translate.h"
#include "view/problem_view.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) { declare_problem_id(o, p); }

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string id = required_text(args, "id");
  Database db = open_database(g);
  const Problem p = problem_by_id(db, id);
  const auto entries = problem_entries(db, p.id);
  const bool zh = g.style.lang == Lang::Zh;
  switch (g.format) {
    case Format::Json: io.out << json_text(problem_json(p, entries, g.as_of), 2) << "\n"; break;
    case Format::Csv:
    case Format::Xlsx:
    case Format::Ics: {  // the row writer refuses xlsx with the sentence that says where it belongs
      auto writer = make_row_writer(g.format, io.out, problem_columns(), g.style);
      writer->row(problem_cells(p, g.as_of, zh));
      writer->finish();
      break;
    }
    case Format::Table: print_problem_card(p, entries, g.as_of, zh, io.out); break;
  }
  return 0;
}

}  // namespace

extern const Command problem_show_command{"problem show", "ID", N_("show one problem with its dated entries"), declare,
                                          run};

}  // namespace keyproj
