// A plan row: the entry of its project for its year, added; left alone when it says what the
// entry says; changed only with --update (the mid-year revision, 年中调整), audited as `plan set`
// audits it. An empty cell keeps what the entry has.

#include "domain/annual_plan.h"
#include "domain/record_rules.h"
#include "domain/user_name.h"
#include "exchange/import_rows.h"
#include "store/plans.h"
#include "store/projects.h"
#include "util/money.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

std::string entry_text(const PlanEntry& e) {
  std::string s(current_language() == Lang::Zh ? plan_class_name_zh(e.plan_class) : plan_class_name(e.plan_class));
  s += e.investment_yuan ? trf(", {}", format_money(*e.investment_yuan)) : tr(", no plan amount");
  if (e.planned_start) s += trf(", start {}", *e.planned_start);
  if (e.planned_finish) s += trf(", finish {}", *e.planned_finish);
  return s;
}

}  // namespace

void import_plan_row(Database& db, RowValues& row, const ImportOptions& options, ImportResult& result) {
  const auto code = row.word("project_code");
  const auto name = row.text("name_zh");
  std::optional<int> year;
  if (const auto y = row.word("year")) row.check("year", [&] { year = parse_plan_year(*y, row.name("year")); });
  else if (options.year) year = options.year;
  else row.fail("year", tr("the row gives no year; give it in a year (年度) column, or --year for the whole file"));
  PlanChange change;
  if (const auto c = row.word("class")) row.check("class", [&] { change.plan_class = parse_plan_class(*c, row.name("class")); });
  else row.fail("class", trf("{} is empty; every entry of the annual plan has its class", row.name("class")));
  if (const auto m = row.money("investment_yuan")) change.investment_yuan = Money(*m);
  if (const auto d = row.date("planned_start", PeriodEnd::First)) change.planned_start = Text(*d);
  if (const auto d = row.date("planned_finish", PeriodEnd::Last)) change.planned_finish = Text(*d);
  change.author = row.word("author");  // cleaned as a word; held to the --user rule besides
  if (change.author) row.check("author", [&] { require_user_name(*change.author, row.name("author")); });
  if (!code && !name)
    row.fail("project_code",
             trf("the row names no project; give its {} or {}", row.name("project_code"), row.name("name_zh")));
  if (!row.ok()) return;

  std::optional<Project> p;
  if (code) {
    p = find_project(db, *code);
    if (!p) row.fail("project_code", trf("{} {} is not the code of any project", row.name("project_code"), quote(*code)));
  } else {
    row.check("name_zh", [&] { p = resolve_project(db, *name); });
  }
  if (!p) return;
  if (!row.check(code ? "project_code" : "name_zh", [&] { require_not_archived(*p, N_("plan entries")); })) return;

  const auto stored = find_plan(db, p->id, *year);
  PlanEntry base;
  base.project_id = p->id;
  base.project_code = p->code;
  base.project_name = p->name_zh;
  base.year = *year;
  PlanEntry wanted;
  if (!row.check("", [&] { wanted = apply_plan_change(stored, base, change); })) return;
  const std::string entry = trf("{} in the {} plan", p->code, *year);
  if (stored && same_plan(*stored, wanted)) {
    ++result.unchanged;
    return;
  }
  if (stored && !options.update) {
    row.fail("", trf("{} is {}, and the row says {}; to revise the plan (年中调整), import with --update", entry,
                     entry_text(*stored), entry_text(wanted)));
    return;
  }
  const std::optional<std::string> reason =
      options.reason ? options.reason : (stored ? std::optional<std::string>("import --update") : std::nullopt);
  set_plan(db, *p, *year, change, options.user, reason);
  if (stored) {
    result.changes.push_back(trf("change {}: {} → {}", entry, entry_text(*stored), entry_text(wanted)));
    ++result.changed;
  } else {
    result.changes.push_back(trf("add {}: {}", entry, entry_text(wanted)));
    ++result.added;
  }
}

}  // namespace keyproj
