#include "view/milestone_view.h"

#include <charconv>

#include "store/milestones.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"
#include "view/project_view.h"

namespace keyproj {

Milestone milestone_by_id(Database& db, const std::string& text) {
  std::int64_t id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0)
    throw usage_error(trf("milestone {} is not a milestone id; give the number 'milestone list' shows", quote(text)));
  auto m = find_milestone(db, id);
  if (!m) throw not_found(trf("milestone {} does not exist", text));
  return *m;
}

std::optional<std::int64_t> days_late(const Milestone& m, const Date& as_of) {
  if (m.done_on || !m.due || m.project_finished) return std::nullopt;
  const std::int64_t late = days_between(parse_date(*m.due, "due"), as_of);
  if (late <= 0) return std::nullopt;
  return late;
}

std::vector<Column> milestone_columns() {
  return {
      {"id", "Id", "编号", Align::Right},
      {"project", "Project", "项目编号"},
      {"title", "Milestone", "节点", Align::Left, true},
      {"baseline_due", "Baseline", "原定日期"},
      {"due", "Due", "当前日期"},
      {"done_on", "Done", "完成日期"},
      {"days_late", "Days late", "逾期天数", Align::Right},
  };
}

std::vector<Cell> milestone_cells(const Milestone& m, const Date& as_of) {
  const auto late = days_late(m, as_of);
  return {m.id,
          m.project_code,
          m.title,
          text_cell(m.baseline_due),
          text_cell(m.due),
          text_cell(m.done_on),
          late ? Cell(*late) : Cell(std::monostate{})};
}

std::string milestone_line(const Milestone& m, const Date& as_of, bool zh) {
  // Built by appending: g++ 12 warns falsely (-Wrestrict) on "literal" + std::string temporaries.
  std::string line = "#";
  line += std::to_string(m.id);
  line += ' ';
  if (m.kind == MilestoneKind::Approval) line += zh ? "【审批】" : "[approval] ";
  line += m.title;
  line += zh ? "：" : ": ";
  line += m.due ? (zh ? "到期 " : "due ") + *m.due : (zh ? "未定日期" : "no due date");
  if (m.baseline_due && m.baseline_due != m.due) line += (zh ? "（原定 " : " (baseline ") + *m.baseline_due + (zh ? "）" : ")");
  if (m.done_on) line += (zh ? "，完成于 " : ", done ") + *m.done_on;
  else if (const auto late = days_late(m, as_of))
    line += (zh ? "，逾期 " : ", ") + std::to_string(*late) + (zh ? " 天" : (*late == 1 ? " day late" : " days late"));
  return line;
}

}  // namespace keyproj
