#include "view/group_label.h"

#include "domain/annual_plan.h"
#include "domain/stage.h"
#include "view/value_labels.h"

namespace keyproj {

std::string group_label(ReportBy by, const ReportGroup& g, Lang lang) {
  const bool zh = lang == Lang::Zh;
  if (!g.value) return zh ? "（未载明）" : "(none)";
  if (by == ReportBy::Region) {
    const Text& name = zh ? g.name_zh : g.name_en;
    return *g.value + (name ? " " + *name : "");
  }
  if (by == ReportBy::Stage && zh)
    if (auto s = stage_from_name(*g.value)) return std::string(stage_name_zh(*s));
  if (by == ReportBy::Category && zh) return category_label(*g.value, lang);
  if (by == ReportBy::Class && zh)
    if (auto c = plan_class_from_name(*g.value)) return std::string(plan_class_name_zh(*c));
  return *g.value;
}

}  // namespace keyproj
