// keyproj project list: the portfolio, filtered.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "commands/project_view.h"
#include "domain/stage.h"
#include "output/json_stream.h"
#include "store/projects.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  o.add_options()
      ("region", po::value<std::string>(), "only this region (TM, EZ, …)")
      ("stage", po::value<std::string>(), "only this stage")
      ("owner", po::value<std::string>(), "only this owner")
      ("program", po::value<std::string>(), "only this programme")
      ("search", po::value<std::string>(), "a part of the code or name");
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  ProjectFilter f;
  f.region = text_option(args, "region");
  if (auto s = text_option(args, "stage")) f.stage = std::string(stage_name(parse_stage(*s, "stage")));
  f.owner = text_option(args, "owner");
  f.program = text_option(args, "program");
  f.search = text_option(args, "search");
  Database db = open_database(g);
  if (g.format == Format::Json) {
    JsonStream json(io.out);
    for_each_project(db, f, [&](const Project& p) { json.add(project_json(db, p)); });
    json.finish();
    return 0;
  }
  auto writer = make_row_writer(g.format, io.out, project_list_columns(), g.style);
  for_each_project(db, f, [&](const Project& p) { writer->row(project_list_cells(p)); });
  writer->finish();
  return 0;
}

}  // namespace

extern const Command project_list_command{"project list", "", "list projects (filters: region, stage, owner, …)",
                                          declare, run};

}  // namespace keyproj
