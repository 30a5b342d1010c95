#include "cli/tracking_options.h"

#include "cli/options.h"
#include "util/error.h"
#include "util/date.h"
#include "util/translate.h"

namespace keyproj {

void declare_project_fields(po::options_description& o) {
  o.add_options()
      ("name-en", po::value<std::string>(), tr("English name"))
      ("county", po::value<std::string>(), tr("county or district"))
      ("program", po::value<std::string>(), tr("programme (专栏)"))
      ("category", po::value<std::string>(), tr("category, e.g. logistics"))
      ("location", po::value<std::string>(), tr("where it is built"))
      ("scale", po::value<std::string>(), tr("areas, capacities, lengths"))
      ("owner", po::value<std::string>(), tr("responsible unit or enterprise (added if new)"))
      ("budget", po::value<std::string>(), tr("planned total investment: 150000000, 15000万, 1.5亿"))
      ("start", po::value<std::string>(), trf("planned start: {} (2025 = 2025-01-01)", tr(kPeriodForms)).c_str())
      ("finish", po::value<std::string>(), trf("planned finish: {} (2025 = 2025-12-31)", tr(kPeriodForms)).c_str());
}

void declare_stage_options(po::options_description& o) {
  o.add_options()
      ("stage", po::value<std::string>(), tr("new stage: planned, preparing, building, completed, operating, suspended, "
                                             "cancelled (or 谋划, 前期, 在建, 竣工, 投产运营, 停缓建, 取消)"))
      ("force", po::bool_switch(), tr("allow a backward stage move (with --reason)"))
      ("reason", po::value<std::string>(), tr("why the stage moves backward"));
}

std::optional<StageMove> stage_move_option(const po::variables_map& args, const Project& p) {
  const auto text = text_option(args, "stage");
  if (!text) return std::nullopt;
  return decide_project_move(p, parse_stage(*text, "stage"), args["force"].as<bool>(),
                             field_option(args, "reason", Lines::Many));
}

void declare_milestone_id(po::options_description& o, po::positional_options_description& p) {
  o.add_options()("id", po::value<std::string>(), tr("the milestone's id, as 'milestone list' shows it"));
  p.add("id", 1);
}

}  // namespace keyproj
