#include "view/value_labels.h"

#include <utility>

#include "domain/annual_plan.h"
#include "domain/category.h"
#include "domain/finish_source.h"
#include "domain/problem.h"

namespace keyproj {
namespace {

using Names = std::initializer_list<std::pair<std::string_view, const char*>>;

// The translation of `key` among `names` (each a trc of its key), or the key itself.
std::string named(std::string_view key, Names names) {
  for (const auto& [k, zh] : names)
    if (k == key) return zh;
  return std::string(key);
}

}  // namespace

std::string stage_text_label(std::string_view stored, Lang lang) {
  if (lang == Lang::En) return std::string(stored);
  return std::string(stage_zh_of(stored).value_or(stored));
}

std::string category_label(std::string_view code, Lang lang) {
  if (lang == Lang::En) return std::string(code);
  // A category's Chinese name is data of the domain (it is typed back as well as shown).
  return std::string(category_name_zh(code).value_or(code));
}

std::string finish_source_label(std::string_view source, Lang lang) {
  if (lang == Lang::En) return std::string(source);
  // Like a category's, a finish source's Chinese name is typed back (a Chinese workbook).
  return std::string(finish_source_name_zh(source).value_or(source));
}

std::string field_label(std::string_view key, Lang lang) {
  if (lang == Lang::En) return std::string(key);
  return named(key, {{"code", trc("field", "code")},
                     {"name_zh", trc("field", "name_zh")},
                     {"name_en", trc("field", "name_en")},
                     {"region", trc("field", "region")},
                     {"county", trc("field", "county")},
                     {"program", trc("field", "program")},
                     {"category", trc("field", "category")},
                     {"location", trc("field", "location")},
                     {"scale", trc("field", "scale")},
                     {"owner", trc("field", "owner")},
                     {"leader", trc("field", "leader")},
                     {"leader_id", trc("field", "leader_id")},
                     {"leader_title", trc("field", "leader_title")},
                     {"phone", trc("field", "phone")},
                     {"stage", trc("field", "stage")},
                     {"resume_stage", trc("field", "resume_stage")},
                     {"budget_yuan", trc("field", "budget_yuan")},
                     {"planned_start", trc("field", "planned_start")},
                     {"planned_finish", trc("field", "planned_finish")},
                     {"finish_source", trc("field", "finish_source")},
                     {"start_source", trc("field", "start_source")},
                     {"started_on", trc("field", "started_on")},
                     {"archived_at", trc("field", "archived_at")},
                     {"retired", trc("field", "retired")},
                     {"title", trc("field", "title")},
                     {"due", trc("field", "due")},
                     {"baseline_due", trc("field", "baseline_due")},
                     {"done_on", trc("field", "done_on")},
                     {"name", trc("field", "name")},
                     {"kind", trc("field", "kind")},
                     {"contact", trc("field", "contact")},
                     {"reported_on", trc("field", "reported_on")},
                     {"progress_pct", trc("field", "progress_pct")},
                     {"invested_yuan", trc("field", "invested_yuan")},
                     {"note", trc("field", "note")},
                     {"blocker", trc("field", "blocker")},
                     {"year", trc("field", "year")},
                     {"class", trc("field", "class")},
                     {"investment_yuan", trc("field", "investment_yuan")},
                     {"text", trc("field", "text")},
                     {"unit", trc("field", "unit")},
                     {"level", trc("field", "level")},
                     {"raised_on", trc("field", "raised_on")},
                     {"status", trc("field", "status")},
                     {"resolved_on", trc("field", "resolved_on")},
                     {"resolution", trc("field", "resolution")},
                     {"reopened_on", trc("field", "reopened_on")}});
}

std::string field_value_label(std::string_view key, std::string_view value, Lang lang) {
  if (lang == Lang::En) return std::string(value);
  if (key == "stage" || key == "resume_stage") return stage_text_label(value, lang);
  if (key == "category") return category_label(value, lang);
  if (key == "finish_source") return finish_source_label(value, lang);
  if (key == "start_source")
    return named(value, {{"stage", trc("start source", "stage")}, {"officer", trc("start source", "officer")}});
  if (key == "class") {
    const auto c = plan_class_from_name(value);
    return c ? std::string(plan_class_name_zh(*c)) : std::string(value);
  }
  if (key == "level") {
    const auto l = problem_level_from_name(value);
    return l ? std::string(problem_level_name_zh(*l)) : std::string(value);
  }
  if (key == "status")
    return named(value, {{"open", trc("problem status", "open")}, {"resolved", trc("problem status", "resolved")}});
  if (key == "kind") return named(value, {{"unit", trc("owner kind", "unit")}, {"enterprise", trc("owner kind", "enterprise")}});
  return std::string(value);
}

}  // namespace keyproj
