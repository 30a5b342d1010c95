#include "domain/node_template.h"

#include <set>

#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {

void check_template(const NodeTemplate& t) {
  if (t.name.empty()) throw rejected(tr("template name is empty"));
  if (t.nodes.empty()) throw rejected(trf("template {} has no node", quote(t.name)));
  std::set<std::string> earlier;
  bool start = false;
  for (const auto& n : t.nodes) {
    if (n.title.empty()) throw rejected(trf("a node of template {} has no title", quote(t.name)));
    if (earlier.count(n.title)) throw rejected(trf("node {} is twice in template {}", quote(n.title), quote(t.name)));
    if (n.after && !earlier.count(*n.after))
      throw rejected(trf("after {0} of node {1} is not an earlier node of template {2}", quote(*n.after), quote(n.title),
                         quote(t.name)));
    if (n.days < 0 || n.days > kMaxNodeDays)
      throw rejected(trf("days '{0}' of node {1} is not a time limit from 0 to {2} calendar days", n.days, quote(n.title),
                         kMaxNodeDays));
    if (n.marks_start && start)
      throw rejected(trf("node {} marks the start, and an earlier node of template {} already does", quote(n.title),
                         quote(t.name)));
    start = start || n.marks_start;
    earlier.insert(n.title);
  }
}

std::vector<PlannedNode> plan_nodes(const NodeTemplate& t, const Date& from,
                                    const std::map<std::string, std::string>& reached) {
  std::map<std::string, std::int64_t> base;  // title → the day the nodes after it count from
  std::vector<PlannedNode> out;
  for (const auto& n : t.nodes) {
    const std::int64_t start = n.after ? base.at(*n.after) : from.days();
    const std::int64_t due = start + n.days;
    if (const auto done = reached.find(n.title); done != reached.end()) {
      base[n.title] = parse_date(done->second, "done_on").days();
      continue;
    }
    base[n.title] = due;
    out.push_back({n.title, Date::from_days(due).iso(), n.marks_start});
  }
  return out;
}

}  // namespace keyproj
