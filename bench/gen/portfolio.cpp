#include "portfolio.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "rng.h"
#include "vocabulary.h"

namespace keyproj::bench {
namespace {

// Streams of the seed: projects use their number, the rest an offset far above any size.
constexpr std::uint64_t kOwnerStreams = 1ull << 40;
constexpr std::uint64_t kMilestoneCountStreams = 2ull << 40;
constexpr std::uint64_t kUpdateCountStreams = 3ull << 40;
constexpr std::uint64_t kMilestoneStreams = 4ull << 40;
constexpr std::uint64_t kUpdateStreams = 5ull << 40;
constexpr std::uint64_t kPlanStreams = 6ull << 40;

constexpr std::array<int, 5> kRegionWeights{15, 15, 35, 20, 15};  // Wuhan is the largest city
constexpr std::array<std::string_view, 7> kStages{"planned",   "preparing", "building", "completed",
                                                  "operating", "suspended", "cancelled"};
constexpr std::array<int, 7> kStageWeights{8, 15, 50, 10, 10, 4, 3};
constexpr std::array<int, 4> kPhaseWeights{70, 12, 5, 13};
constexpr std::array<std::string_view, 4> kPhasesEn{"", ", Phase II", ", Phase III", ", Phase I"};
constexpr int kPublicUnitsPerRegion = 8;
// The months new starts are planned for: most in spring, few at the year's end.
constexpr std::array<int, 12> kStartMonthWeights{6, 10, 14, 14, 12, 10, 8, 8, 7, 5, 3, 3};

std::string day(const Date& base, std::int64_t offset) { return Date::from_days(base.days() + offset).iso(); }

std::string s(std::string_view v) { return std::string(v); }

// The stage a project was in before this year's reports, given where it ends.
std::string initial_stage(std::string_view stage, Rng& rng) {
  if (stage == "preparing") return rng.chance(400) ? "planned" : "preparing";
  if (stage == "building") return rng.chance(300) ? "preparing" : "building";
  if (stage == "completed") return rng.chance(500) ? "building" : "completed";
  if (stage == "operating") return rng.chance(400) ? "completed" : "operating";
  if (stage == "suspended") return "building";
  if (stage == "cancelled") return rng.chance(500) ? "planned" : "preparing";
  return s(stage);
}

// Progress (percent) a project reports at the end of the year, by stage.
int final_progress(std::string_view stage, Rng& rng) {
  if (stage == "planned") return 0;
  if (stage == "preparing") return static_cast<int>(rng.between(0, 10));
  if (stage == "building") return static_cast<int>(rng.between(15, 95));
  if (stage == "completed" || stage == "operating") return 100;
  if (stage == "suspended") return static_cast<int>(rng.between(20, 70));
  return static_cast<int>(rng.between(0, 20));  // cancelled
}

std::int64_t round_to_wan(double yuan) { return static_cast<std::int64_t>(std::llround(yuan / 10000.0)) * 10000; }

// The first or the last day of a month of `year`, as a typed month is stored for a start or a finish.
std::string month_day(int year, int month, bool last) {
  using namespace std::chrono;
  const auto y = std::chrono::year{year};
  const auto m = std::chrono::month{static_cast<unsigned>(month)};
  return last ? Date(year_month_day{year_month_day_last{y, month_day_last{m}}}).iso()
              : Date(year_month_day{y, m, std::chrono::day{1}}).iso();
}

}  // namespace

std::optional<Size> size_named(std::string_view name) {
  if (name == "S") return Size{"S", 1'000, 5'000, 12'000};
  if (name == "T") return Size{"T", 20'000, 100'000, 240'000};
  if (name == "M") return Size{"M", 100'000, 500'000, 1'200'000};
  if (name == "L") return Size{"L", 1'000'000, 5'000'000, 12'000'000};
  return std::nullopt;
}

Portfolio::Portfolio(Size size, Date as_of, std::uint64_t seed)
    : size_(std::move(size)),
      as_of_(as_of),
      seed_(seed),
      // Five regions of owners, about one per eight projects (an enterprise leads several).
      owners_per_region_(std::max<std::int64_t>(kPublicUnitsPerRegion + 8, size_.projects / 40)) {}

int Portfolio::count_for(std::int64_t number, std::int64_t total, std::int64_t spread, std::uint64_t salt) const {
  const std::int64_t n = size_.projects;
  const std::int64_t base = (number + 1) * total / n - number * total / n;
  const std::int64_t pair = number / 2;
  if (n % 2 == 1 && number == n - 1) return static_cast<int>(base);
  Rng rng(seed_, salt + static_cast<std::uint64_t>(pair));
  const std::int64_t shift = rng.between(-spread, spread);
  return static_cast<int>(number % 2 == 0 ? base + shift : base - shift);
}

GenOwner Portfolio::owner(std::int64_t number) const {
  const auto region_list = regions();
  GenOwner o;
  o.region = static_cast<int>(number / owners_per_region_);
  const RegionWords& r = region_list[static_cast<std::size_t>(o.region)];
  const std::int64_t k = number % owners_per_region_;
  Rng rng(seed_, kOwnerStreams + static_cast<std::uint64_t>(number));
  char phone[32];
  std::snprintf(phone, sizeof phone, "%s%08lld", o.region == 3 ? "0760-" : "0", static_cast<long long>(rng.between(20000000, 89999999)));
  o.contact = phone;
  if (k < kPublicUnitsPerRegion) {
    o.kind = "unit";
    o.name = s(r.city_zh) + s(public_units()[static_cast<std::size_t>(k)]);
    return o;
  }
  // Enterprises: every number gets its own combination of words, so names never repeat.
  o.kind = "enterprise";
  std::int64_t e = k - kPublicUnitsPerRegion;
  const auto trades = trade_names();
  const auto lines = owner_trades();
  const auto suffixes = owner_suffixes();
  const auto t = static_cast<std::int64_t>(trades.size());
  const auto l = static_cast<std::int64_t>(lines.size());
  const auto x = static_cast<std::int64_t>(suffixes.size());
  std::string name = s(r.city_zh);
  const std::int64_t first = t * l * x;
  if (e >= first) {
    e -= first;
    name += s(trades[static_cast<std::size_t>((e / first) % t)]);
  }
  name += s(trades[static_cast<std::size_t>(e % t)]);
  name += s(lines[static_cast<std::size_t>((e / t) % l)]);
  name += s(suffixes[static_cast<std::size_t>((e / (t * l)) % x)]);
  o.name = name;
  return o;
}

GenProject Portfolio::project(std::int64_t number) const {
  Rng rng(seed_, static_cast<std::uint64_t>(number));
  GenProject p;
  p.number = number;
  p.region = static_cast<int>(rng.weighted(kRegionWeights));
  const RegionWords& r = regions()[static_cast<std::size_t>(p.region)];
  char code[32];
  std::snprintf(code, sizeof code, "%.*s-%06lld", static_cast<int>(r.code.size()), r.code.data(),
                static_cast<long long>(number + 1));
  p.code = code;
  p.county = s(rng.pick(r.counties));
  const ProjectKind& kind = rng.pick(project_kinds());
  const std::size_t phase = rng.weighted(kPhaseWeights);
  p.name_zh = p.county + s(rng.pick(trade_names())) + s(kind.zh) + s(phases_zh()[phase]);
  p.name_en = s(r.en) + " " + s(kind.en) + s(kPhasesEn[phase]);
  p.program = static_cast<int>(rng.between(0, static_cast<std::int64_t>(program_names().size()) - 1));
  p.category = s(kind.category);
  p.location = s(r.city_zh) + p.county;
  p.scale = "占地" + std::to_string(rng.between(30, 1500)) + "亩";
  // One project in six is led by a government unit, the rest by enterprises of the region.
  const std::int64_t region_base = p.region * owners_per_region_;
  p.owner = rng.chance(170) ? region_base + rng.between(0, kPublicUnitsPerRegion - 1)
                            : region_base + rng.between(kPublicUnitsPerRegion, owners_per_region_ - 1);
  p.stage = s(kStages[rng.weighted(kStageWeights)]);
  p.milestone_count = count_for(number, size_.milestones, 3, kMilestoneCountStreams);
  p.update_count = count_for(number, size_.updates, 11, kUpdateCountStreams);
  p.initial_stage = p.update_count == 0 ? p.stage : initial_stage(p.stage, rng);
  if (p.stage == "suspended") p.resume_stage = "building";
  if (rng.chance(880)) {
    // Log-uniform from 2,000万 to 80亿: many small projects, a few very large ones.
    p.budget_yuan = round_to_wan(2e7 * std::pow(400.0, rng.unit()));
  }
  const std::int64_t start = rng.between(-2000, 300);
  p.planned_start = day(as_of_, start);
  p.planned_finish = day(as_of_, start + rng.between(365, 1800));
  p.entered_on = day(as_of_, -rng.between(200, 900));
  return p;
}

std::vector<GenMilestone> Portfolio::milestones(const GenProject& p) const {
  Rng rng(seed_, kMilestoneStreams + static_cast<std::uint64_t>(p.number));
  struct Draft {
    std::int64_t due;
    std::optional<std::int64_t> done;
  };
  std::vector<Draft> drafts;
  for (int i = 0; i < p.milestone_count; ++i) {
    const auto u = rng.between(0, 9999);
    if (u < 400) {  // done: a few percent
      const std::int64_t due = -rng.between(1, 900);
      drafts.push_back({due, std::min<std::int64_t>(0, due + rng.between(-60, 60))});
    } else if (u < 400 + 3333) {  // open and past due: a third, most of them by a few months
      const double x = rng.unit();
      drafts.push_back({-1 - static_cast<std::int64_t>(720 * x * x), std::nullopt});
    } else {  // open, due later
      drafts.push_back({rng.between(0, 1100), std::nullopt});
    }
  }
  std::sort(drafts.begin(), drafts.end(), [](const Draft& a, const Draft& b) { return a.due < b.due; });
  const auto titles = milestone_titles();
  const auto first = rng.between(0, std::max<std::int64_t>(0, static_cast<std::int64_t>(titles.size()) - p.milestone_count));
  const std::string created = p.entered_on + "T09:00:00Z";
  std::vector<GenMilestone> out;
  out.reserve(drafts.size());
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    GenMilestone m;
    const auto t = static_cast<std::size_t>(first) + i;
    m.title = t < titles.size() ? s(titles[t]) : s(titles.back()) + "（" + std::to_string(t - titles.size() + 2) + "）";
    m.due = day(as_of_, drafts[i].due);
    m.baseline_due = m.due;
    if (rng.chance(200)) {  // one in five has been moved later once
      m.baseline_due = day(as_of_, drafts[i].due - rng.between(30, 365));
      m.move_reason = s(rng.pick(move_reasons()));
    }
    if (drafts[i].done) m.done_on = day(as_of_, *drafts[i].done);
    m.created_at = created;
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<GenUpdate> Portfolio::updates(const GenProject& p) const {
  Rng rng(seed_, kUpdateStreams + static_cast<std::uint64_t>(p.number));
  const int k = p.update_count;
  std::vector<GenUpdate> out;
  if (k == 0) return out;
  out.reserve(static_cast<std::size_t>(k));
  // Monthly reports ending a few days before the as-of date, 30 days apart, so one report per
  // project and day, as keyproj takes them; one project in seven stopped reporting some months
  // ago (the stale list).
  const std::int64_t gap = rng.chance(150) ? rng.between(1, 8) : 0;
  const std::int64_t last = -rng.between(3, 25) - 30 * gap;
  // A cancelled project's last report is its cancellation; others move at some month.
  const int move_at = p.initial_stage == p.stage ? k
                      : p.stage == "cancelled"   ? k - 1
                                                 : static_cast<int>(rng.between(0, k - 1));
  const int end_pct = final_progress(p.stage, rng);
  const int start_pct = end_pct * static_cast<int>(rng.between(20, 80)) / 100;
  const double spend = p.budget_yuan ? static_cast<double>(*p.budget_yuan) * end_pct / 100.0 * rng.between(60, 100) / 100.0
                                     : 0.0;
  const RegionWords& r = regions()[static_cast<std::size_t>(p.region)];
  for (int j = 0; j < k; ++j) {
    GenUpdate u;
    u.reported_on = day(as_of_, last - 30 * static_cast<std::int64_t>(k - 1 - j));
    u.stage = j < move_at ? p.initial_stage : p.stage;
    u.progress_pct = start_pct + (end_pct - start_pct) * (j + 1) / k;
    u.invested_yuan = p.budget_yuan ? round_to_wan(spend / k * (0.5 + rng.unit()))
                                    : 10000 * rng.between(50, 3000);
    u.note = s(rng.pick(notes()));
    if (rng.chance(150)) u.blocker = s(rng.pick(blockers()));
    u.author = s(rng.pick(r.officers));
    u.created_at = u.reported_on + "T10:00:00Z";
    out.push_back(std::move(u));
  }
  return out;
}

std::optional<GenPlan> Portfolio::plan(const GenProject& p) const {
  Rng rng(seed_, kPlanStreams + static_cast<std::uint64_t>(p.number));
  GenPlan a;
  a.year = as_of_.year();
  a.author = s(regions()[static_cast<std::size_t>(p.region)].officers.front());
  // The year's list is fixed early in the year, from where each project stood then: unstarted
  // ones as new starts or reserve (前期), started ones as continuing or, when they are to
  // finish this year, completing. Finished and cancelled ones are not in it.
  const std::string& then = p.initial_stage;
  if (then == "planned" || then == "preparing") {
    if (!rng.chance(then == "planned" ? 550 : 900)) return std::nullopt;
    a.plan_class = rng.chance(then == "planned" ? 300 : 850) ? "new" : "reserve";
  } else if (then == "building" || then == "suspended") {
    if (!rng.chance(then == "building" ? 900 : 500)) return std::nullopt;
    const bool finish_this_year = p.planned_finish.starts_with(std::to_string(a.year));
    a.plan_class = (p.stage == "completed" || p.stage == "operating" || (finish_this_year && rng.chance(600)))
                       ? "completing" : "continuing";
    if (a.plan_class == "completing")
      a.planned_finish = finish_this_year ? p.planned_finish
                                          : month_day(a.year, static_cast<int>(rng.between(6, 12)), true);
  } else {
    return std::nullopt;
  }
  if (a.plan_class == "new") a.planned_start = month_day(a.year, static_cast<int>(rng.weighted(kStartMonthWeights)) + 1, false);
  // The year's investment: a share of the budget by class, some left blank (not yet fixed);
  // without a budget, mostly blank.
  struct Share { int blank_per_mille, lo, hi; };
  const Share share = a.plan_class == "new"          ? Share{80, 10, 40}
                      : a.plan_class == "continuing" ? Share{50, 20, 60}
                      : a.plan_class == "completing" ? Share{50, 25, 70}
                                                     : Share{400, 1, 5};
  if (p.budget_yuan) {
    if (!rng.chance(share.blank_per_mille))
      a.investment_yuan = round_to_wan(static_cast<double>(*p.budget_yuan) * static_cast<double>(rng.between(share.lo, share.hi)) / 100.0);
  } else if (!rng.chance(600)) {
    a.investment_yuan = 10000 * rng.between(300, 30000);
  }
  return a;
}

}  // namespace keyproj::bench
