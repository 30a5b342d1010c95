#include "view/node_template_view.h"

#include <algorithm>

namespace keyproj {

std::vector<std::int64_t> days_from_start(const NodeTemplate& t) {
  // plan_nodes counts from a day; counted from day 0, its due dates are these days.
  std::vector<std::int64_t> out;
  for (const auto& n : plan_nodes(t, Date::from_days(0))) out.push_back(parse_date(n.due, "due").days());
  return out;
}

std::vector<Column> template_columns() {
  return {{"name", "Template", "模板"},
          {"nodes", "Nodes", "节点数", Align::Right},
          {"days", "Days to last node", "总时限（天）", Align::Right}};
}

std::vector<Cell> template_cells(const NodeTemplate& t) {
  const auto days = days_from_start(t);
  const std::int64_t last = days.empty() ? 0 : *std::max_element(days.begin(), days.end());
  return {t.name, static_cast<std::int64_t>(t.nodes.size()), last};
}

std::vector<Column> template_node_columns() {
  return {{"position", "#", "序号", Align::Right},
          {"node", "Node", "节点", Align::Left, true},
          {"after", "After", "前置节点", Align::Left, true},
          {"days", "Days", "时限（天）", Align::Right},
          {"from_start", "From start", "距起算日（天）", Align::Right},
          {"marks_start", "Start", "开工节点"}};
}

std::vector<std::vector<Cell>> template_node_rows(const NodeTemplate& t, bool zh) {
  const auto days = days_from_start(t);
  std::vector<std::vector<Cell>> out;
  for (std::size_t i = 0; i < t.nodes.size(); ++i) {
    const auto& n = t.nodes[i];
    out.push_back({static_cast<std::int64_t>(i + 1), n.title, n.after ? Cell(*n.after) : Cell(std::monostate{}),
                   n.days, days[i],
                   n.marks_start ? Cell(std::string(zh ? "是" : "yes")) : Cell(std::monostate{})});
  }
  return out;
}

}  // namespace keyproj
