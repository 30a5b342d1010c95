#pragma once
// The project filters of `project list` and `export`: --region, --stage, --owner, --program and
// --search, read one way so that the same words select the same projects in both. Each
// command declares them with its own help.

#include "cli/command.h"
#include "store/projects.h"

namespace keyproj {

// The filter the options ask for; a stage is refused (exit 4) when it is not one of the stages.
ProjectFilter project_filter(const po::variables_map& args);

}  // namespace keyproj
