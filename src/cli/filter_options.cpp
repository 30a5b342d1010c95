#include "cli/filter_options.h"

#include "cli/options.h"
#include "util/translate.h"

namespace keyproj {

void declare_filter_options(po::options_description& o, Search search) {
  o.add_options()
      ("region", po::value<std::string>(), tr("only this region (TM, EZ, …)"))
      ("stage", po::value<std::string>(), tr("only projects at this stage"))
      ("owner", po::value<std::string>(), tr("only this owner's projects"))
      ("leader", po::value<std::string>(), tr("only the projects of this leader (包保领导): an id or a name"))
      ("program", po::value<std::string>(), tr("only this programme"));
  if (search == Search::Yes) o.add_options()("search", po::value<std::string>(), tr("a part of the code or name"));
}

PortfolioFilter portfolio_filter(const po::variables_map& args, const Date& as_of) {
  PortfolioFilter f;
  f.as_of = as_of;
  f.region = text_option(args, "region");
  if (auto s = text_option(args, "stage")) f.stage = parse_stage(*s, "stage");
  f.owner = field_option(args, "owner");  // owners are stored trimmed and composed (NFC)
  f.leader = field_option(args, "leader");
  f.program = text_option(args, "program");
  f.search = text_option(args, "search");
  return f;
}

}  // namespace keyproj
