#include "view/project_view.h"

#include "domain/completion.h"
#include "store/milestones.h"
#include "store/updates.h"
#include "view/light_view.h"
#include "view/value_labels.h"

namespace keyproj {

Cell text_cell(const Text& t) { return t ? Cell(*t) : Cell(std::monostate{}); }
Cell money_cell(const Money& m) { return m ? Cell(MoneyCell{*m}) : Cell(std::monostate{}); }

std::vector<Column> project_list_columns() {
  return {
      {"code", "Code", "项目编号"},
      {"name_zh", "Name", "项目名称", Align::Left, true},
      {"region", "Region", "地区"},
      {"stage", "Stage", "阶段"},
      {"owner", "Owner", "责任单位", Align::Left, true},
      {"budget_yuan", "Budget", "计划总投资", Align::Right},
      {"invested_yuan", "Invested", "累计完成投资", Align::Right},
      {"planned_finish", "Finish", "计划完成"},
      light_column(),
  };
}

std::vector<Cell> project_list_cells(const Project& p, std::optional<Light> light, const Globals& g) {
  const std::string stage = g.format == Format::Table ? std::string(stage_name_in(p.stage, g.style.lang)) : std::string(stage_name(p.stage));
  return {p.code,       p.name_zh,       p.region, stage, text_cell(p.owner), money_cell(p.budget_yuan),
          MoneyCell{p.invested_yuan}, text_cell(p.planned_finish), light_cell(light, g)};
}

namespace {

nlohmann::ordered_json opt(const Text& t) { return t ? nlohmann::ordered_json(*t) : nlohmann::ordered_json(nullptr); }
nlohmann::ordered_json opt(const Money& m) { return m ? nlohmann::ordered_json(*m) : nlohmann::ordered_json(nullptr); }
nlohmann::ordered_json opt(const std::optional<int>& v) {
  return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

}  // namespace

std::string completion_text(const Project& p) {
  return keyproj::completion_text(p.invested_yuan, p.budget_yuan.value_or(0));
}

std::optional<double> completion_rate(const Project& p) {
  return keyproj::completion_rate(p.invested_yuan, p.budget_yuan.value_or(0));
}

nlohmann::ordered_json milestone_json(const Milestone& m) {
  return {{"id", m.id}, {"title", m.title}, {"baseline_due", opt(m.baseline_due)}, {"due", opt(m.due)},
          {"done_on", opt(m.done_on)}};
}

nlohmann::ordered_json update_json(const ProgressUpdate& u) {
  // The id, so that an officer can name the report to correct; a correction in force says
  // which report it corrects and why.
  return {{"id", u.id}, {"date", u.reported_on},       {"stage", opt(u.stage)}, {"progress_pct", opt(u.progress_pct)},
          {"invested_yuan", opt(u.invested_yuan)}, {"note", opt(u.note)},   {"blocker", opt(u.blocker)},
          {"author", u.author}, {"corrects", u.corrects_id ? nlohmann::ordered_json(*u.corrects_id) : nullptr},
          {"reason", opt(u.reason)}};
}

nlohmann::ordered_json project_json(Database& db, const Project& p, std::optional<Light> light, const Date& as_of) {
  nlohmann::ordered_json j;
  j["code"] = p.code;
  j["name_zh"] = p.name_zh;
  j["name_en"] = opt(p.name_en);
  j["region"] = p.region;
  j["county"] = opt(p.county);
  j["program"] = opt(p.program);
  j["category"] = opt(p.category);
  j["location"] = opt(p.location);
  j["scale"] = opt(p.scale);
  j["owner"] = opt(p.owner);
  j["leader"] = opt(p.leader);
  j["leader_title"] = opt(p.leader_title);
  j["stage"] = stage_name(p.stage);
  j["budget_yuan"] = p.budget_yuan ? nlohmann::ordered_json(*p.budget_yuan) : nlohmann::ordered_json(nullptr);
  j["invested_yuan"] = p.invested_yuan;
  j["progress_pct"] = opt(p.progress_pct);
  const auto rate = completion_rate(p);
  j["completion_rate"] = rate ? nlohmann::ordered_json(*rate) : nlohmann::ordered_json(nullptr);
  // Judged from the figures above and the milestones; null for a project without a light.
  j["light"] = light ? nlohmann::ordered_json(light_name(*light)) : nlohmann::ordered_json(nullptr);
  j["last_update"] = opt(p.last_update);
  j["planned_start"] = opt(p.planned_start);
  j["planned_finish"] = opt(p.planned_finish);
  j["finish_source"] = opt(p.finish_source);
  j["started_on"] = opt(p.started_on);  // the actual start (开工日期), when known by the as-of date
  j["plan"] = opt(p.plan);
  j["source_file"] = opt(p.source_file);
  j["source_lines"] = opt(p.source_lines);
  j["source_quote"] = opt(p.source_quote);
  j["archived_on"] = opt(p.archived_on);
  j["retired"] = opt(p.retired);
  auto& milestones = j["milestones"] = nlohmann::ordered_json::array();
  for_each_milestone(db, {p.id, false, as_of, std::nullopt}, [&](const Milestone& m) { milestones.push_back(milestone_json(m)); });
  auto& updates = j["updates"] = nlohmann::ordered_json::array();
  for_each_update(db, p.id, [&](const ProgressUpdate& u) { updates.push_back(update_json(u)); }, as_of);
  return j;
}

}  // namespace keyproj
