#include "commands/filter_options.h"

#include "cli/options.h"
#include "domain/stage.h"

namespace keyproj {

ProjectFilter project_filter(const po::variables_map& args) {
  ProjectFilter f;
  f.region = text_option(args, "region");
  if (auto s = text_option(args, "stage")) f.stage = std::string(stage_name(parse_stage(*s, "stage")));
  f.owner = text_option(args, "owner");
  f.program = text_option(args, "program");
  f.search = text_option(args, "search");
  return f;
}

}  // namespace keyproj
