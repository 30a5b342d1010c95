#include "exchange/dispatch_template.h"

#include <cstdio>
#include <map>

#include "domain/stage.h"
#include "exchange/money_unit.h"
#include "store/projects.h"
#include "util/text.h"

namespace keyproj {
namespace {

struct Spec {
  const char* key;
  bool fill;
  FillCheck check;
};

// In the order a county reads them: the report day and the project first, what it stands at,
// then the cells it fills in.
constexpr Spec kSpecs[] = {
    {"reported_on", false, FillCheck::None},     {"project_code", false, FillCheck::None},
    {"name_zh", false, FillCheck::None},         {"county", false, FillCheck::None},
    {"owner", false, FillCheck::None},           {"leader", false, FillCheck::None},
    {"stage_now", false, FillCheck::None},       {"invested_total", false, FillCheck::None},
    {"plan_yuan", false, FillCheck::None},       {"plan_share", false, FillCheck::None},
    {"invested_yuan", true, FillCheck::Money},   {"progress_pct", true, FillCheck::Percent},
    {"stage", true, FillCheck::Stage},           {"note", true, FillCheck::None},
    {"blocker", true, FillCheck::None},
};

Cell text_cell(const Text& t) { return t ? Cell(*t) : Cell(std::monostate{}); }

std::string stage_word(Stage s, Lang words) {
  return std::string(words == Lang::Zh ? stage_name_zh(s) : stage_name(s));
}

}  // namespace

std::vector<TemplateColumn> dispatch_columns() {
  std::vector<TemplateColumn> out;
  for (const Spec& s : kSpecs) {
    const Field& f = fields_of(What::Updates)[field_index(What::Updates, s.key)];
    const Kind kind = f.money ? Kind::Money : f.share ? Kind::Share : std::string(s.key) == "reported_on" ? Kind::Date
                                                                                                        : Kind::Plain;
    // Money is typed and shown in 万元, the unit of dispatch sheets, in the workbook and the CSV
    // alike: the header says so, and import reads the unit from it. A monthly sheet says 本月
    // where the reports' export says 本期; import reads either.
    std::string zh = f.key == "invested_yuan" ? "本月完成投资（元）" : f.label_zh, en = f.label_en;
    if (f.money) {
      zh.erase(zh.rfind("（"));
      zh += "（万元）";
      en += " (万元)";
    }
    out.push_back({of_kind({f.key, en, zh, f.align, false}, kind), s.fill, s.check});
  }
  return out;
}

std::vector<Column> dispatch_csv_columns() {
  std::vector<Column> out;
  for (const TemplateColumn& t : dispatch_columns()) {
    Column c = t.column;
    if (c.kind == Kind::Share) c.label_en += " (%)";
    // The CSV writer heads a column with its key in English: the words the workbook shows.
    c.key = c.label_en;
    c.kind = Kind::Plain;
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<Cell> dispatch_csv_cells(std::vector<Cell> cells) {
  for (Cell& cell : cells) {
    if (const auto* m = std::get_if<MoneyCell>(&cell)) {
      // 万元, exactly, the unit its header names: "350.5", not "350.5万元".
      std::string text = format_wan(m->yuan);
      text.erase(text.size() - std::string_view("万元").size());
      cell = text;
    } else if (const auto* d = std::get_if<double>(&cell)) {
      char text[32];
      std::snprintf(text, sizeof text, "%.2f", *d * 100);
      cell = std::string(text);
    }
  }
  return cells;
}

std::vector<DispatchSheet> dispatch_sheets(Database& db, const DispatchRequest& r) {
  std::vector<DispatchSheet> sheets;
  std::map<std::pair<std::string, std::string>, std::size_t> place;  // (region, county) → sheet
  for_each_project(db, r.filter, [&](const Project& p) {
    if (!is_active(p.stage)) return;
    const std::string county = r.by_county ? p.county.value_or("") : "";
    const auto key = std::pair{r.by_county ? p.region : std::string(), county};
    auto [it, added] = place.try_emplace(key, sheets.size());
    if (added) sheets.push_back({p.region, p.region_zh, r.by_county ? p.county : std::nullopt, {}});
    DispatchSheet& sheet = sheets[it->second];
    if (!r.by_county && sheet.region != p.region) sheet.region.clear();  // several regions
    Cell plan = std::monostate{}, share = std::monostate{};
    if (p.year_plan && p.year_plan->plan_yuan) {
      plan = MoneyCell{*p.year_plan->plan_yuan};
      if (*p.year_plan->plan_yuan > 0)
        share = static_cast<double>(p.year_plan->completed_yuan) / static_cast<double>(*p.year_plan->plan_yuan);
    }
    sheet.rows.push_back({r.report_day, p.code, p.name_zh, text_cell(p.county), text_cell(p.owner), text_cell(p.leader),
                          stage_word(p.stage, r.words), MoneyCell{p.invested_yuan}, plan, share, std::monostate{},
                          std::monostate{}, std::monostate{}, std::monostate{}, std::monostate{}});
  });
  return sheets;
}

std::string dispatch_sheet_name(const DispatchSheet& sheet, Lang lang) {
  std::string name = sheet.county ? *sheet.county : sheet.region.empty() ? (lang == Lang::Zh ? "调度表" : "dispatch")
                                                                        : sheet.region_zh;
  std::string out;
  for (const char c : name)
    if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) out += c;
  // 31 characters at most; a Chinese name is well within it, a long one is cut at a character.
  std::size_t chars = 0, end = 0;
  for (std::size_t i = 0; i < out.size(); ++i)
    if ((static_cast<unsigned char>(out[i]) & 0xC0) != 0x80 && ++chars == 32) {
      end = i;
      break;
    }
  return end ? out.substr(0, end) : out;
}

std::string dispatch_title(const DispatchSheet& sheet, const std::string& report_day, const Date& as_of, Lang lang) {
  const std::string year = report_day.substr(0, 4), month = std::to_string(std::stoi(report_day.substr(5, 2)));
  const std::string where = sheet.region.empty() ? "" : sheet.region_zh + (sheet.county && !sheet.county->empty() ? *sheet.county : "");
  if (lang == Lang::Zh)
    return where + "重点项目月度调度表（" + year + "年" + month + "月，数据截至 " + as_of.iso() + "）";
  return "Key projects, monthly dispatch" + (where.empty() ? std::string() : ": " + where) + " (" + report_day.substr(0, 7) +
         "; figures as of " + as_of.iso() + ")";
}

}  // namespace keyproj
