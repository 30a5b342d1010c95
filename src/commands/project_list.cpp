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
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  declare_filter_options(o, Search::Yes);
  o.add_options()("light", po::value<std::string>(), tr("only this light: red, amber or green"));
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  PortfolioFilter f = portfolio_filter(args, g.as_of);
  std::optional<Light> only;
  if (auto l = text_option(args, "light")) only = parse_light(*l, "light");
  Database db = open_database(g);
  // As for overdue: a mistyped region or owner must not look like an empty portfolio.
  require_known(db, f);
  const LightThresholds thresholds = light_thresholds(db);
  // Each project's light is worked out as it streams past; --light skips the others and says
  // why each listed one has its light.
  auto each = [&](const std::function<void(const Project&, std::optional<Light>, const std::string&)>& fn) {
    for_each_project(db, f, [&](const Project& p) {
      const LightFacts facts = light_facts(p, g.as_of);
      const std::optional<Light> light = traffic_light(facts, thresholds);
      if (!only) fn(p, light, "");
      else if (only == light) fn(p, light, light_reasons(facts, thresholds, p, g.style.lang));
    });
  };
  if (g.format == Format::Json) {
    JsonStream json(io.out);
    each([&](const Project& p, std::optional<Light> light, const std::string& why) {
      auto j = project_json(db, p, light, g.as_of);
      if (only) j["light_reason"] = why.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(why);
      json.add(j);
    });
    json.finish();
    return 0;
  }
  auto columns = project_list_columns();
  if (only) columns.push_back({"light_reason", "Why", "原因", Align::Left, true});
  auto writer = make_row_writer(g.format, io.out, columns, g.style);
  each([&](const Project& p, std::optional<Light> light, const std::string& why) {
    auto cells = project_list_cells(p, light, g);
    if (only) cells.push_back(why.empty() ? Cell(std::monostate{}) : Cell(why));
    writer->row(cells);
  });
  writer->finish();
  return 0;
}

}  // namespace

extern const Command project_list_command{"project list", "", N_("list projects (filters: region, stage, owner, …)"),
                                          declare, run};

}  // namespace keyproj
