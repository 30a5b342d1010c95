#include "seed/portfolio.h"

#include <algorithm>
#include <map>

#include "domain/stage.h"
#include "io/csv_reader.h"
#include "util/date.h"
#include "util/error.h"
#include "util/translate.h"
#include "util/money.h"

namespace keyproj {

namespace embedded_seed {
std::span<const EmbeddedFile> files();
}

namespace {

// One CSV file with named columns; every access names file, line and column on error.
class Table {
 public:
  Table(std::string_view path, std::string_view text, const std::vector<std::string>& columns) : path_(path) {
    bool header = true;
    read_csv(text, path, [&](const CsvRecord& r) {
      if (header) {
        if (r.fields != columns)
          throw rejected(trf("{} line 1: the header must be {}", path_, join(columns)));
        header = false;
        return;
      }
      if (r.fields.size() != columns.size())
        throw rejected(trf("{} line {}: has {} fields, the header {}", path_, r.line, r.fields.size(), columns.size()));
      rows_.push_back(r);
    });
    for (std::size_t i = 0; i < columns.size(); ++i) index_[columns[i]] = i;
  }
  const std::vector<CsvRecord>& rows() const { return rows_; }
  const std::string& get(const CsvRecord& r, const std::string& column) const { return r.fields[index_.at(column)]; }
  Text opt(const CsvRecord& r, const std::string& column) const {
    const std::string& v = get(r, column);
    return v.empty() ? Text() : Text(v);
  }
  // Runs `parse` on a cell, prefixing any rejection with where the cell is.
  template <typename F>
  auto checked(const CsvRecord& r, const std::string& column, F parse) const {
    try {
      return parse(get(r, column));
    } catch (const Error& e) {
      throw rejected(trf("{} line {} column {}: {}", path_, r.line, column, e.what()));
    }
  }

 private:
  static std::string join(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : ",") + x;
    return s;
  }
  std::string path_;
  std::vector<CsvRecord> rows_;
  std::map<std::string, std::size_t> index_;
};

std::string_view file_text(std::span<const EmbeddedFile> files, const std::string& path) {
  for (const auto& f : files)
    if (f.path == path) return f.content;
  throw rejected(trf("seed file {} is missing", path));
}

Text period(const Text& text, std::string_view field, PeriodEnd end) {
  if (!text) return std::nullopt;
  return parse_date(*text, field, end).iso();
}

PlanRow read_plan(const std::string& region, const std::string& path, std::string_view text) {
  const Table plan(path, text,
                   {"title", "issuer", "issued_on", "period_start", "period_end", "source_file", "source_lines"});
  if (plan.rows().size() != 1) throw rejected(trf("{} must hold exactly one plan", path));
  const CsvRecord& p = plan.rows().front();
  return {region,
          plan.get(p, "title"),
          plan.opt(p, "issuer"),
          plan.opt(p, "issued_on"),
          plan.checked(p, "period_start", [](const std::string& v) { return parse_date(v, "period_start").iso(); }),
          plan.checked(p, "period_end", [](const std::string& v) { return parse_date(v, "period_end").iso(); }),
          plan.opt(p, "source_file"),
          plan.opt(p, "source_lines")};
}

SeedRegion read_region(std::span<const EmbeddedFile> files, const std::string& region) {
  SeedRegion out;
  out.region = region;
  const std::string dir = region + "/";

  out.plan = read_plan(region, dir + "plan.csv", file_text(files, dir + "plan.csv"));

  const Table programs(dir + "programs.csv", file_text(files, dir + "programs.csv"), {"name", "source_lines"});
  for (const auto& r : programs.rows()) out.programs.push_back({programs.get(r, "name"), programs.opt(r, "source_lines")});

  const Table projects(dir + "projects.csv", file_text(files, dir + "projects.csv"),
                       {"code", "name_zh", "name_en", "county", "program", "category", "location", "scale", "owner",
                        "stage", "budget", "planned_start", "planned_finish", "source_file", "source_lines",
                        "source_quote"});
  for (const auto& r : projects.rows()) {
    NewProject np;
    np.code = projects.get(r, "code");
    if (np.code.rfind(region + "-", 0) != 0)
      throw rejected(trf("{}projects.csv line {}: code '{}' does not start with {}-", dir, r.line, np.code, region));
    np.name_zh = projects.get(r, "name_zh");
    np.name_en = projects.opt(r, "name_en");
    np.region = region;
    np.county = projects.opt(r, "county");
    np.program = projects.opt(r, "program");
    if (np.program && std::none_of(out.programs.begin(), out.programs.end(),
                                   [&](const SeedProgram& g) { return g.name == *np.program; }))
      throw rejected(trf("{}projects.csv line {}: program '{}' is not in programs.csv", dir, r.line, *np.program));
    np.category = projects.opt(r, "category");
    np.location = projects.opt(r, "location");
    np.scale = projects.opt(r, "scale");
    np.owner = projects.opt(r, "owner");
    np.stage = projects.checked(r, "stage", [](const std::string& v) { return std::string(stage_name(parse_stage(v, "stage"))); });
    np.budget_yuan = projects.checked(r, "budget", [](const std::string& v) {
      return v.empty() ? Money() : Money(parse_money(v, "budget"));
    });
    np.planned_start = projects.checked(r, "planned_start", [](const std::string& v) {
      return period(v.empty() ? Text() : Text(v), "planned_start", PeriodEnd::First);
    });
    np.planned_finish = projects.checked(r, "planned_finish", [](const std::string& v) {
      return period(v.empty() ? Text() : Text(v), "planned_finish", PeriodEnd::Last);
    });
    // No stated finish: the plan period's end, recorded as such.
    np.finish_source = np.planned_finish ? "stated" : "plan";
    if (!np.planned_finish) np.planned_finish = out.plan.period_end;
    np.source_file = projects.opt(r, "source_file");
    np.source_lines = projects.opt(r, "source_lines");
    np.source_quote = projects.opt(r, "source_quote");
    out.projects.push_back(std::move(np));
  }

  const Table milestones(dir + "milestones.csv", file_text(files, dir + "milestones.csv"),
                         {"project_code", "title", "due", "done_on", "source_lines", "source_quote"});
  for (const auto& r : milestones.rows()) {
    SeedMilestone m;
    m.project_code = milestones.get(r, "project_code");
    m.title = milestones.get(r, "title");
    m.due = milestones.checked(r, "due", [](const std::string& v) {
      return period(v.empty() ? Text() : Text(v), "due", PeriodEnd::Last);
    });
    m.done_on = milestones.checked(r, "done_on", [](const std::string& v) {
      return v.empty() ? Text() : Text(parse_date(v, "done_on").iso());
    });
    m.source_lines = milestones.opt(r, "source_lines");
    m.source_quote = milestones.opt(r, "source_quote");
    out.milestones.push_back(std::move(m));
  }

  const Table retired(dir + "retired.csv", file_text(files, dir + "retired.csv"), {"code", "reason"});
  for (const auto& r : retired.rows()) {
    SeedRetired e{retired.get(r, "code"), retired.get(r, "reason")};
    const std::string at = trf("{}retired.csv line {}: ", dir, r.line);
    if (std::none_of(out.projects.begin(), out.projects.end(), [&](const NewProject& p) { return p.code == e.code; }))
      throw rejected(at + trf("code '{}' is not in projects.csv; a retired entry keeps its row", e.code));
    if (e.reason.empty()) throw rejected(at + trf("the reason for retiring {} is empty", e.code));
    out.retired.push_back(std::move(e));
  }
  return out;
}

// The plan.csv of the region whose plan is seed/sources/<file>.
std::optional<PlanRow> plan_of(std::span<const EmbeddedFile> files, std::string_view file) {
  for (const auto& f : files) {
    const auto slash = f.path.find('/');
    if (slash == std::string_view::npos || f.path.substr(slash) != "/plan.csv") continue;
    PlanRow plan = read_plan(std::string(f.path.substr(0, slash)), std::string(f.path), f.content);
    if (plan.source_file == file) return plan;
  }
  return std::nullopt;
}

}  // namespace

std::span<const EmbeddedFile> builtin_seed_files() { return embedded_seed::files(); }

std::vector<SeedRegion> read_portfolio(std::span<const EmbeddedFile> files) {
  std::vector<std::string> regions;
  for (const auto& f : files) {
    const auto slash = f.path.find('/');
    if (slash == std::string_view::npos || f.path.substr(slash) != "/plan.csv") continue;
    regions.emplace_back(f.path.substr(0, slash));
  }
  // The order officers know the cities in: the order of the regions table.
  static const std::vector<std::string> kOrder{"TM", "EZ", "WH", "ZS", "JM"};
  std::sort(regions.begin(), regions.end(), [](const std::string& a, const std::string& b) {
    const auto ia = std::find(kOrder.begin(), kOrder.end(), a) - kOrder.begin();
    const auto ib = std::find(kOrder.begin(), kOrder.end(), b) - kOrder.begin();
    return ia != ib ? ia < ib : a < b;
  });
  std::vector<SeedRegion> out;
  for (const auto& r : regions) out.push_back(read_region(files, r));
  return out;
}

std::optional<PlanRow> seed_plan_of(std::string_view file) { return plan_of(builtin_seed_files(), file); }

std::optional<std::string_view> seed_source(std::string_view file) {
  const std::string path = "sources/" + std::string(file);
  for (const auto& f : builtin_seed_files())
    if (f.path == path) return f.content;
  return std::nullopt;
}

std::vector<std::string_view> lines_of(std::string_view text, std::string_view range) {
  const auto dash = range.find('-');
  if (dash == std::string_view::npos) return {};
  std::size_t first = 0;
  std::size_t last = 0;
  try {
    first = std::stoul(std::string(range.substr(0, dash)));
    last = std::stoul(std::string(range.substr(dash + 1)));
  } catch (const std::exception&) {
    return {};
  }
  if (first == 0 || last < first) return {};
  std::vector<std::string_view> out;
  std::size_t line = 1;
  std::size_t pos = 0;
  while (pos <= text.size() && line <= last) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    if (line >= first) out.push_back(text.substr(pos, end - pos));
    if (end == text.size()) break;
    pos = end + 1;
    ++line;
  }
  if (out.size() != last - first + 1) return {};
  return out;
}

SeedCounts apply_portfolio(Database& db, const std::vector<SeedRegion>& regions, const std::string& entered_on,
                           const std::string& user) {
  SeedCounts counts;
  for (const auto& region : regions) {
    SeedOutcome outcome;
    const std::int64_t plan_id = seed_plan(db, region.plan, outcome);
    counts.plans_added += outcome == SeedOutcome::Added;
    for (const auto& g : region.programs) {
      seed_program(db, plan_id, g.name, g.source_lines, outcome);
      counts.programs_added += outcome == SeedOutcome::Added;
    }
    for (NewProject p : region.projects) {
      p.plan_id = plan_id;
      p.entered_on = entered_on;
      switch (seed_project(db, p, user)) {
        case SeedOutcome::Added: ++counts.projects_added; break;
        case SeedOutcome::Refreshed: ++counts.projects_refreshed; break;
        case SeedOutcome::Unchanged: ++counts.projects_unchanged; break;
      }
    }
    for (const auto& m : region.milestones) {
      const SeedOutcome o = seed_milestone(db, m, user);
      counts.milestones_added += o == SeedOutcome::Added;
      counts.milestones_refreshed += o == SeedOutcome::Refreshed;
    }
    for (const auto& r : region.retired) counts.projects_archived += retire_project(db, r.code, entered_on, r.reason, user);
  }
  return counts;
}

}  // namespace keyproj
