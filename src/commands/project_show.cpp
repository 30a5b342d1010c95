// keyproj project show CODE: one project's card (table), row (csv) or object (json).

#include <iomanip>
#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "output/json_stream.h"
#include "seed/portfolio.h"
#include "store/projects.h"
#include "store/settings.h"
#include "view/light_view.h"
#include "view/project_card.h"
#include "view/project_view.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("project", po::value<std::string>(), tr("code or a unique part of the name"))
      ("source", po::bool_switch(), tr("print the lines of the plan the project was taken from"));
  p.add("project", 1);
}

// The cited lines of the source plan, numbered, so an officer can check the record against
// the text it came from. The plan is named as printed (title, issuer), not by its file.
void print_source(const Project& p, bool zh, std::ostream& out) {
  const auto text = p.source_file ? seed_source(*p.source_file) : std::nullopt;
  const auto lines = text && p.source_lines ? lines_of(*text, *p.source_lines) : std::vector<std::string_view>{};
  if (lines.empty()) {
    out << trf("{} has no source lines: it was entered by hand, not taken from a plan", p.code) << "\n";
    return;
  }
  const auto plan = seed_plan_of(*p.source_file);
  std::string range = *p.source_lines;
  range.replace(range.find('-'), 1, "–");
  if (zh)
    out << (plan ? plan->title + (plan->issuer ? "（" + *plan->issuer + "）" : "") : *p.source_file) << "，第" << range
        << "行：\n";
  else
    out << (plan ? plan->title + (plan->issuer ? ", " + *plan->issuer : "") : *p.source_file) << ", lines " << range
        << ":\n";
  std::size_t n = std::stoul(*p.source_lines);
  for (const auto line : lines) out << std::setw(6) << n++ << "  " << line << "\n";
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string which = required_text(args, "project");
  Database db = open_database(g);
  const Project p = resolve_project(db, which, g.as_of);
  if (args["source"].as<bool>()) {
    print_source(p, g.style.lang == Lang::Zh, io.out);
    return 0;
  }
  const LightThresholds thresholds = light_thresholds(db);
  const std::optional<Light> light = project_light(p, g.as_of, thresholds);
  switch (g.format) {
    case Format::Json: {
      auto j = project_json(db, p, light, g.as_of);
      // The card shows the leader's phone; a list (project list) does not.
      j["leader_phone"] = p.leader_phone ? nlohmann::ordered_json(*p.leader_phone) : nlohmann::ordered_json(nullptr);
      io.out << json_text(j, 2) << "\n";
      break;
    }
    case Format::Csv:
    case Format::Xlsx:
    case Format::Ics: {  // the row writer refuses xlsx with the sentence that says where it belongs
      auto writer = make_row_writer(g.format, io.out, project_list_columns(), g.style);
      writer->row(project_list_cells(p, light, g));
      writer->finish();
      break;
    }
    case Format::Table: print_card(db, p, g, thresholds, io.out); break;
  }
  return 0;
}

}  // namespace

extern const Command project_show_command{"project show", "PROJECT", N_("show one project: its card, milestones and reports"),
                                          declare, run};

}  // namespace keyproj
