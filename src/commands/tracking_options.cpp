#include "commands/tracking_options.h"

#include "cli/options.h"
#include "util/error.h"

namespace keyproj {

void declare_stage_options(po::options_description& o) {
  o.add_options()
      ("stage", po::value<std::string>(), "new stage: planned, preparing, building, completed, operating, suspended, "
                                          "cancelled (or 谋划, 前期, 在建, 竣工, 投产运营, 停缓建, 取消)")
      ("force", po::bool_switch(), "allow a backward stage move (with --reason)")
      ("reason", po::value<std::string>(), "why the stage moves backward");
}

std::optional<StageMove> stage_move_option(const po::variables_map& args, const Project& p) {
  const auto text = text_option(args, "stage");
  if (!text) return std::nullopt;
  const Stage to = parse_stage(*text, "stage");
  const Stage from = parse_stage(p.stage, "stage");
  std::optional<Stage> resume;
  if (p.resume_stage) resume = stage_from_name(*p.resume_stage);
  return decide_stage_move(from, resume, to, args["force"].as<bool>(), text_option(args, "reason"));
}

Date event_date_option(const po::variables_map& args, const std::string& name, const Date& as_of) {
  const auto d = date_option(args, name);
  if (!d) return as_of;
  if (*d > as_of)
    throw rejected(name + " '" + d->iso() + "' is after today (" + as_of.iso() +
                   "); record what has happened, or set --as-of");
  return *d;
}

void require_not_archived(const Project& p, const std::string& what) {
  if (p.archived)
    throw rejected("project '" + p.code + "' is archived; it takes no " + what);
}

}  // namespace keyproj
