#include "domain/tally.h"

#include "domain/completion.h"

#include "util/error.h"
#include "util/money.h"
#include "util/translate.h"

namespace keyproj {

// `what` is marked with N_ where it is written. The sentence is built only when the sum is refused.
void add_yuan(std::int64_t& total, std::int64_t amount, const char* what) {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(total, amount, &sum))
    throw rejected(total_beyond_sentence(trf("the {} of the report", tr(what))));
  total = sum;
}

void Tally::add(const Project& p, std::int64_t late_milestones, Date as_of, const LightThresholds& t) {
  const LightFacts facts = light_facts(p, as_of);
  ++projects;
  ++by_stage[static_cast<std::size_t>(p.stage)];
  if (p.budget_yuan) {
    add_yuan(budget_yuan, *p.budget_yuan, N_("budget total"));
    add_yuan(invested_budgeted_yuan, p.invested_yuan, N_("invested total"));
  } else {
    ++no_budget;
  }
  add_yuan(invested_yuan, p.invested_yuan, N_("invested total"));
  overdue_milestones += late_milestones;
  if (facts.finish_passed) ++overdue_projects;
  if (facts.days_silent && *facts.days_silent > t.stale_days) ++stale_projects;
  if (const auto light = traffic_light(facts, t)) ++lights[static_cast<std::size_t>(*light)];
  else ++no_light;
}

void Tally::add_problems(std::int64_t open, std::int64_t overdue) {
  open_problems += open;
  overdue_problems += overdue;
}

void Tally::add(const Tally& o) {
  projects += o.projects;
  for (std::size_t i = 0; i < by_stage.size(); ++i) by_stage[i] += o.by_stage[i];
  no_budget += o.no_budget;
  add_yuan(budget_yuan, o.budget_yuan, N_("budget total"));
  add_yuan(invested_yuan, o.invested_yuan, N_("invested total"));
  add_yuan(invested_budgeted_yuan, o.invested_budgeted_yuan, N_("invested total"));
  overdue_milestones += o.overdue_milestones;
  overdue_projects += o.overdue_projects;
  stale_projects += o.stale_projects;
  open_problems += o.open_problems;
  overdue_problems += o.overdue_problems;
  for (std::size_t i = 0; i < lights.size(); ++i) lights[i] += o.lights[i];
  no_light += o.no_light;
}

std::optional<std::int64_t> Tally::budget_total() const {
  if (projects == no_budget) return std::nullopt;
  return budget_yuan;
}

std::optional<double> Tally::completion_rate() const {
  return keyproj::completion_rate(invested_budgeted_yuan, budget_yuan);
}

std::string Tally::completion_text() const { return keyproj::completion_text(invested_budgeted_yuan, budget_yuan); }

}  // namespace keyproj
