#include "cli/problem_options.h"

#include "cli/options.h"
#include "domain/record_rules.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {

void declare_problem_id(po::options_description& o, po::positional_options_description& p) {
  o.add_options()("id", po::value<std::string>(), tr("the problem's id, as 'problem list' shows it"));
  p.add("id", 1);
}

std::optional<ProblemLevel> level_option(const po::variables_map& args) {
  const auto text = text_option(args, "level");
  if (!text) return std::nullopt;
  const auto level = problem_level_from_name(*text);
  if (!level) throw rejected(trf("--level {} is not a level; give county, city or province", quote(*text)));
  return level;
}

void declare_entry_date(po::options_description& o, const char* help) {
  o.add_options()("date", po::value<std::string>(), trf("{}, {} (default: today, --as-of)", help, tr(kDayForms)).c_str());
}

std::string entry_date(const po::variables_map& args, const Date& as_of) {
  return event_date(date_option(args, "date"), as_of, "date").iso();
}

}  // namespace keyproj
