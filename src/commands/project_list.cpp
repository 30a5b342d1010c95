// keyproj project list: the portfolio, filtered.

#include <ostream>

#include "cli/command.h"
#include "cli/filter_options.h"
#include "cli/options.h"
#include "output/json_stream.h"
#include "store/projects.h"
#include "store/settings.h"
#include "view/light_view.h"
#include "view/project_view.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  declare_filter_options(o, Search::Yes);
  o.add_options()("light", po::value<std::string>(), "only this light: red, amber or green");
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const PortfolioFilter f = portfolio_filter(args, g.as_of);
  std::optional<Light> only;
  if (auto l = text_option(args, "light")) only = parse_light(*l, "light");
  Database db = open_database(g);
  // As for overdue: a mistyped region or owner must not look like an empty portfolio.
  require_known(db, f);
  const LightThresholds thresholds = light_thresholds(db);
  // Each project's light is worked out as it streams past; --light skips the others.
  auto each = [&](const std::function<void(const Project&, std::optional<Light>)>& fn) {
    for_each_project(db, f, [&](const Project& p) {
      const std::optional<Light> light = project_light(p, g.as_of, thresholds);
      if (!only || only == light) fn(p, light);
    });
  };
  if (g.format == Format::Json) {
    JsonStream json(io.out);
    each([&](const Project& p, std::optional<Light> light) {
      const auto j = project_json(db, p, light, g.as_of);
      json.add(j);
    });
    json.finish();
    return 0;
  }
  auto writer = make_row_writer(g.format, io.out, project_list_columns(), g.style);
  each([&](const Project& p, std::optional<Light> light) { writer->row(project_list_cells(p, light, g)); });
  writer->finish();
  return 0;
}

}  // namespace

extern const Command project_list_command{"project list", "", "list projects (filters: region, stage, owner, …)",
                                          declare, run};

}  // namespace keyproj
