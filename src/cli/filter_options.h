#pragma once
// The portfolio filters of `project list`, `overdue`, `report` and `export`: --region, --stage,
// --owner, --leader, --program and --search, declared and read one way so that the same words select
// the same projects in each.

#include "cli/command.h"
#include "store/portfolio_filter.h"

namespace keyproj {

// The overdue list is not searched by name: it declares the filters without --search.
enum class Search { Yes, No };

void declare_filter_options(po::options_description& o, Search search);

// The filter the options ask for; a stage is refused (exit 4) when it is not one of the stages.
PortfolioFilter portfolio_filter(const po::variables_map& args, const Date& as_of);

}  // namespace keyproj
