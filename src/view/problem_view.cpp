#include "view/problem_view.h"

#include <charconv>
#include <ostream>

#include "output/card.h"
#include "store/problems.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"
#include "view/project_view.h"

namespace keyproj {
namespace {

nlohmann::ordered_json opt(const Text& t) { return t ? nlohmann::ordered_json(*t) : nullptr; }

// One entry of the log as a line: "2026-03-10 escalated to 市级 (张三): 征地协调需市级出面".
std::string entry_line(const ProblemEntry& e, bool zh) {
  std::string line = e.entered_on;
  line += ' ';
  if (e.kind == "raise") line += zh ? "提出" : "raised";
  else if (e.kind == "resolve") line += zh ? "销号" : "resolved";
  else if (e.kind == "reopen") line += zh ? "重新打开" : "reopened";
  else line += zh ? "更新" : "updated";
  if (e.kind != "raise" && e.level) {
    line += zh ? "，级别 " : ", level ";
    line += problem_level_shown(*e.level, zh);
  }
  if (e.kind != "raise" && e.due) {
    line += zh ? "，期限 " : ", due ";
    line += *e.due;
  }
  if (e.kind != "raise" && e.unit) {
    line += zh ? "，责任单位 " : ", unit ";
    line += *e.unit;
  }
  line += " (";
  line += e.author;
  line += ")";
  if (e.note) {
    line += zh ? "：" : ": ";
    line += *e.note;
  }
  return line;
}

}  // namespace

Problem problem_by_id(Database& db, const std::string& text) {
  std::int64_t id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0)
    throw usage_error(trf("problem {} is not a problem id; give the number 'problem list' shows", quote(text)));
  auto p = find_problem(db, id);
  if (!p) throw not_found(trf("problem {} does not exist", text));
  return *p;
}

std::string problem_level_shown(ProblemLevel l, bool zh) {
  return std::string(zh ? problem_level_name_zh(l) : problem_level_name(l));
}

std::vector<Column> problem_columns() {
  return {
      {"id", "Id", "编号", Align::Right},
      {"project", "Project", "项目编号"},
      {"text", "Problem", "问题", Align::Left, true},
      {"unit", "Unit", "责任单位", Align::Left, true},
      {"level", "Level", "级别"},
      {"raised_on", "Raised", "提出日期"},
      {"due", "Due", "期限"},
      {"status", "Status", "状态"},
      {"resolved_on", "Resolved", "销号日期"},
      {"days_late", "Days late", "逾期天数", Align::Right},
  };
}

std::vector<Cell> problem_cells(const Problem& p, const Date& as_of, bool zh) {
  const auto late = problem_days_late(p, as_of.iso());
  const std::string status = p.open() ? (zh ? "未销号" : "open") : (zh ? "已销号" : "resolved");
  return {p.id,
          p.project_code,
          p.text,
          text_cell(p.unit),
          problem_level_shown(p.level, zh),
          p.raised_on,
          text_cell(p.due),
          status,
          text_cell(p.resolved_on),
          late ? Cell(*late) : Cell(std::monostate{})};
}

void print_problem_card(const Problem& p, const std::vector<ProblemEntry>& entries, const Date& as_of, bool zh,
                        std::ostream& out) {
  // Built by appending: g++ 12 warns falsely (-Wrestrict) on "literal" + std::string temporaries.
  Card c;
  std::string title = "#";
  title += std::to_string(p.id);
  title += ' ';
  title += p.text;
  c.line(zh ? "问题" : "Problem", title);
  c.line(zh ? "项目" : "Project", p.project_code);
  c.line(zh ? "责任单位" : "Unit", p.unit.value_or("-"));
  c.line(zh ? "级别" : "Level", problem_level_shown(p.level, zh));
  c.line(zh ? "提出日期" : "Raised", p.raised_on);
  std::string due = p.due.value_or("-");
  if (const auto late = problem_days_late(p, as_of.iso())) {
    due += zh ? "（逾期 " : " (";
    due += std::to_string(*late);
    due += zh ? " 天）" : " days late)";
  }
  c.line(zh ? "期限" : "Due", due);
  if (p.open()) c.line(zh ? "状态" : "Status", zh ? "未销号" : "open");
  else {
    std::string status = zh ? "已销号 " : "resolved on ";
    status += *p.resolved_on;
    c.line(zh ? "状态" : "Status", status);
  }
  if (p.resolution) c.line(zh ? "办理情况" : "Resolution", *p.resolution);
  std::string log;
  for (const auto& e : entries) {
    if (!log.empty()) log += '\n';
    log += entry_line(e, zh);
  }
  c.line(zh ? "记录" : "Log", log);
  c.print(out);
}

nlohmann::ordered_json problem_json(const Problem& p, const std::vector<ProblemEntry>& entries, const Date& as_of) {
  const auto late = problem_days_late(p, as_of.iso());
  nlohmann::ordered_json j = {{"id", p.id},
                              {"project", p.project_code},
                              {"text", p.text},
                              {"unit", opt(p.unit)},
                              {"level", problem_level_name(p.level)},
                              {"raised_on", p.raised_on},
                              {"due", opt(p.due)},
                              {"status", p.open() ? "open" : "resolved"},
                              {"resolved_on", opt(p.resolved_on)},
                              {"resolution", opt(p.resolution)},
                              {"days_late", late ? nlohmann::ordered_json(*late) : nullptr}};
  auto& log = j["entries"] = nlohmann::ordered_json::array();
  for (const auto& e : entries)
    log.push_back({{"date", e.entered_on},
                   {"kind", e.kind},
                   {"note", opt(e.note)},
                   {"level", e.level ? nlohmann::ordered_json(problem_level_name(*e.level)) : nullptr},
                   {"due", opt(e.due)},
                   {"unit", opt(e.unit)},
                   {"author", e.author}});
  return j;
}

}  // namespace keyproj
