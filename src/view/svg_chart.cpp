#include "view/svg_chart.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "util/money.h"
#include "util/text.h"
#include "view/markup.h"

namespace keyproj {

using namespace chart;

namespace {

// Tenths of a unit as text: "12", "12.5", "-3.2".
std::string tenths_text(std::int64_t t) {
  std::string s = t < 0 ? "-" : "";
  const std::uint64_t a = t < 0 ? 0 - static_cast<std::uint64_t>(t) : static_cast<std::uint64_t>(t);
  s += std::to_string(a / 10);
  if (a % 10 != 0) {
    s += '.';
    s += static_cast<char>('0' + a % 10);
  }
  return s;
}

// A coordinate with at most one decimal, written without the locale's help.
std::string num(double v) { return tenths_text(std::llround(v * 10)); }

// "30.90%": two decimals, as the bulletin's tables print a percent.
std::string percent_text(double p) {
  const long long h = std::llround(p * 100);
  const unsigned long long a = h < 0 ? 0ULL - static_cast<unsigned long long>(h) : static_cast<unsigned long long>(h);
  std::string s = h < 0 ? "-" : "";
  s += std::to_string(a / 100);
  s += '.';
  s += static_cast<char>('0' + a / 10 % 10);
  s += static_cast<char>('0' + a % 10);
  return s + "%";
}

// `label` cut to `columns` and made safe as markup.
std::string cut(std::string_view label, std::size_t columns) { return markup_text(truncate_to_width(label, columns)); }

// <title> of a row whose label was cut, so that the whole name is still there to read.
void row_title(std::string& o, std::string_view label, std::size_t columns) {
  if (display_width(label) <= columns) return;
  o += "<title>";
  o += markup_text(label);
  o += "</title>";
}

struct Text {
  std::string_view cls;
  double x = 0, y = 0;
  std::string_view anchor = "start";
  std::string_view fill = kInk;
  int size = kFontSize;
  std::string_view extra = "";  // further attributes, written as they are
};

// `content` is markup already.
void text(std::string& o, const Text& t, std::string_view content) {
  o += "<text class=\"";
  o += t.cls;
  o += "\" x=\"" + num(t.x) + "\" y=\"" + num(t.y) + "\" font-size=\"" + std::to_string(t.size) + '"';
  if (t.anchor != "start") {
    o += " text-anchor=\"";
    o += t.anchor;
    o += '"';
  }
  o += " fill=\"";
  o += t.fill;
  o += '"';
  if (!t.extra.empty()) {
    o += ' ';
    o += t.extra;
  }
  o += '>';
  o += content;
  o += "</text>\n";
}

void line(std::string& o, std::string_view cls, double x1, double y1, double x2, double y2, std::string_view stroke,
          std::string_view extra = "") {
  o += "<line class=\"";
  o += cls;
  o += "\" x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2) + "\" stroke=\"";
  o += stroke;
  o += '"';
  if (!extra.empty()) {
    o += ' ';
    o += extra;
  }
  o += "/>\n";
}

// The opening of a chart: its accessible name and its visible title.
std::string open(std::string_view kind, std::string_view title, int height) {
  const std::string t = markup_text(title);
  std::string o = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ";
  o += kind;
  o += "\" viewBox=\"0 0 " + std::to_string(kWidth) + ' ' + std::to_string(height) +
       "\" width=\"100%\" role=\"img\" aria-label=\"" + t + "\">\n<title>" + t + "</title>\n";
  text(o, {"chart-title", kMargin, kMargin + kTitleFontSize, "start", kInk, kTitleFontSize},
       cut(title, static_cast<std::size_t>((kWidth - 2 * kMargin) / kColumnWidth)));
  return o;
}

constexpr std::string_view kHalo = "stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"";

std::string close(std::string o) { return o + "</svg>\n"; }

std::string empty_chart(std::string_view kind, std::string_view title, std::string_view sentence) {
  std::string o = open(kind, title, kEmptyHeight);
  text(o, {"empty", kMargin, kEmptyHeight - 14, "start", kGrey},
       cut(sentence, static_cast<std::size_t>((kWidth - 2 * kMargin) / kColumnWidth)));
  return close(std::move(o));
}

// The anchor that keeps a label centred on `x` inside [left, right].
std::string_view anchor_within(double x, double left, double right) {
  if (x < left + 60) return "start";
  if (x > right - 60) return "end";
  return "middle";
}

}  // namespace

// ---- plan bars --------------------------------------------------------------------------

double plan_axis_max(const PlanBarChart& c) {
  double m = kPlanAxisMin;
  if (std::isfinite(c.schedule_percent)) m = std::max(m, c.schedule_percent);
  for (const PlanBar& b : c.bars)
    if (b.percent && std::isfinite(*b.percent)) m = std::max(m, *b.percent);
  if (m > kPlanAxisMin) m = std::ceil(m / kPlanStep) * kPlanStep;
  return std::min(m, kPlanAxisCap);
}

std::string svg_plan_bars(const PlanBarChart& c) {
  if (c.bars.empty()) return empty_chart("chart-plan", c.title, c.empty_text);
  const double axis = plan_axis_max(c);
  const auto bar_x = [&](double p) { return kBarLeft + std::clamp(p, 0.0, axis) / axis * kBarSpan; };
  const int bottom = kPlanTop + static_cast<int>(c.bars.size()) * kRowHeight;
  std::string o = open("chart-plan", c.title, bottom + 24 + kMargin);

  // The scale: a faint line at every step, behind the bars, and its figures below them.
  for (double t = 0; t <= axis + 1e-9; t += kPlanStep) {
    line(o, "grid", bar_x(t), kPlanTop, bar_x(t), bottom + 4, kGrid);
    text(o, {"tick", bar_x(t), bottom + 16.0, "middle"}, num(t) + "%");
  }
  line(o, "axis", kBarLeft, bottom, kBarLeft + kBarSpan, bottom, kInk);

  for (std::size_t i = 0; i < c.bars.size(); ++i) {
    const PlanBar& b = c.bars[i];
    const int top = kPlanTop + static_cast<int>(i) * kRowHeight;
    o += "<g class=\"row\">";
    row_title(o, b.label, kBarLabelColumns);
    o += '\n';
    text(o, {"label", kBarLeft - 6.0, top + 16.0, "end"}, cut(b.label, kBarLabelColumns));
    if (b.percent && std::isfinite(*b.percent)) {
      const double end = bar_x(*b.percent);
      o += "<rect class=\"bar-plan\" x=\"" + num(kBarLeft) + "\" y=\"" + num(top + (kRowHeight - kBarHeight) / 2.0) +
           "\" width=\"" + num(end - kBarLeft) + "\" height=\"" + num(kBarHeight) + "\" fill=\"" + std::string(kBar) +
           "\"/>\n";
      text(o, {"value", end + 4, top + 16.0}, percent_text(*b.percent));
    } else {
      text(o, {"bar-none", kBarLeft + 4.0, top + 16.0, "start", kGrey}, "—");
    }
    o += "</g>\n";
  }

  // The 序时进度 over the bars, so that no bar hides it.
  const double sx = bar_x(std::isfinite(c.schedule_percent) ? c.schedule_percent : 0);
  line(o, "schedule", sx, kPlanTop - 4, sx, bottom, kSchedule, "stroke-width=\"2\"");
  text(o, {"schedule", sx, kPlanTop - 8.0, anchor_within(sx, kBarLeft, kWidth - kMargin), kSchedule},
       cut(c.schedule_label, 40));
  return close(std::move(o));
}

// ---- light bars -------------------------------------------------------------------------

std::string svg_light_bars(const LightBarChart& c) {
  if (c.bars.empty()) return empty_chart("chart-lights", c.title, c.empty_text);
  static constexpr std::array<std::string_view, 4> kClass = {"bar-red", "bar-amber", "bar-green", "bar-none"};
  static constexpr std::array<std::string_view, 4> kFill = {kRed, kAmber, kGreen, kGrey};
  // White figures where they read on the colour; dark ones on amber and grey.
  static constexpr std::array<std::string_view, 4> kFigure = {"#ffffff", kInk, "#ffffff", kInk};
  const auto counts = [](const LightBar& b) {
    return std::array<std::int64_t, 4>{std::max<std::int64_t>(b.red, 0), std::max<std::int64_t>(b.amber, 0),
                                       std::max<std::int64_t>(b.green, 0), std::max<std::int64_t>(b.none, 0)};
  };
  std::int64_t most = 0;
  std::array<std::int64_t, 4> totals{};
  for (const LightBar& b : c.bars) {
    const auto n = counts(b);
    most = std::max(most, n[0] + n[1] + n[2] + n[3]);
    for (std::size_t k = 0; k < 4; ++k) totals[k] += n[k];
  }
  // Tenths of a unit from kBarLeft to where `count` projects end: exact integer rounding, so
  // that the segments of a bar abut and add up to the bar.
  const auto reach = [&](std::int64_t count) -> std::int64_t {
    if (most == 0) return 0;
    return (count * kBarSpan * 10 * 2 + most) / (2 * most);
  };
  const int bottom = kLightTop + static_cast<int>(c.bars.size()) * kRowHeight;
  std::string o = open("chart-lights", c.title, bottom + kMargin);

  for (std::size_t k = 0; k < 4; ++k) {
    const int x = kBarLeft + static_cast<int>(k) * 115;
    o += "<rect class=\"" + std::string(kClass[k]) + "\" x=\"" + std::to_string(x) +
         "\" y=\"34\" width=\"10\" height=\"10\" fill=\"" + std::string(kFill[k]) + "\"/>\n";
    text(o, {"legend", x + 14.0, 44}, cut(c.legend[k], 10) + ' ' + std::to_string(totals[k]));
  }

  for (std::size_t i = 0; i < c.bars.size(); ++i) {
    const LightBar& b = c.bars[i];
    const auto n = counts(b);
    const int top = kLightTop + static_cast<int>(i) * kRowHeight;
    o += "<g class=\"row\">";
    row_title(o, b.label, kBarLabelColumns);
    o += '\n';
    text(o, {"label", kBarLeft - 6.0, top + 16.0, "end"}, cut(b.label, kBarLabelColumns));
    std::int64_t sum = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      if (n[k] == 0) continue;
      const std::int64_t from = reach(sum);
      sum += n[k];
      const std::int64_t to = reach(sum);
      o += "<rect class=\"" + std::string(kClass[k]) + "\" x=\"" + tenths_text(kBarLeft * 10 + from) + "\" y=\"" +
           num(top + (kRowHeight - kBarHeight) / 2.0) + "\" width=\"" + tenths_text(to - from) + "\" height=\"" +
           std::to_string(kBarHeight) + "\" fill=\"" + std::string(kFill[k]) + "\"><title>" + markup_text(c.legend[k]) +
           ' ' + std::to_string(n[k]) + "</title></rect>\n";
      const std::string figure = std::to_string(n[k]);
      if (to - from >= static_cast<std::int64_t>(figure.size() * kColumnWidth + 4) * 10)
        text(o, {"count", kBarLeft + (from + to) / 20.0, top + 16.0, "middle", kFigure[k]}, figure);
    }
    text(o, {"value", kBarLeft + reach(sum) / 10.0 + 4, top + 16.0}, std::to_string(sum));
    o += "</g>\n";
  }
  return close(std::move(o));
}

// ---- investment line --------------------------------------------------------------------

MoneyAxis money_axis(std::int64_t largest) {
  const std::int64_t unit = largest >= 100'000'000 ? 100'000'000 : 10'000;
  if (largest <= 0) return {unit, unit, unit};
  // Far beyond any sum add_money lets through; kept so that the top below stays in 64 bits.
  largest = std::min<std::int64_t>(largest, std::numeric_limits<std::int64_t>::max() / 10);
  for (std::int64_t p = 100;; p *= 10) {
    for (const std::int64_t m : {1, 2, 5}) {
      const std::int64_t step = m * p;
      const std::int64_t steps = largest / step + (largest % step != 0 ? 1 : 0);
      if (steps <= kMaxTicks) return {unit, step, steps * step};
    }
  }
}

namespace {

// `yuan` in `unit`, with the decimals it needs (at most two): "0", "0.25", "1.5", "12".
std::string in_unit(std::int64_t yuan, std::int64_t unit) {
  const std::int64_t hundredths = yuan / (unit / 100);
  std::string s = std::to_string(hundredths / 100);
  const std::int64_t d = hundredths % 100;
  if (d != 0) {
    s += '.';
    s += static_cast<char>('0' + d / 10);
    if (d % 10 != 0) s += static_cast<char>('0' + d % 10);
  }
  return s;
}

constexpr std::array<std::string_view, 12> kMonthsEn = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string month_name(unsigned month, bool zh) {
  return zh ? std::to_string(month) + "月" : std::string(kMonthsEn[month - 1]);
}

}  // namespace

std::string svg_investment_line(const InvestmentChart& c) {
  std::vector<MonthPoint> points;
  for (const MonthPoint& p : c.completed)
    if (p.month >= 1 && p.month <= 12) points.push_back(p);
  if (points.empty()) return empty_chart("chart-investment", c.title, c.empty_text);
  std::stable_sort(points.begin(), points.end(),
                   [](const MonthPoint& a, const MonthPoint& b) { return a.month < b.month; });
  const bool planned = c.plan_yuan && *c.plan_yuan > 0;
  std::int64_t largest = planned ? *c.plan_yuan : 0;
  for (const MonthPoint& p : points) largest = std::max(largest, p.yuan);
  const MoneyAxis ax = money_axis(largest);
  const int bottom = kLineTop + kLineHeight;
  const auto x = [](int month) { return kLineLeft + month * kLineSpan / 12.0; };
  const auto y = [&](std::int64_t yuan) {
    return bottom - static_cast<double>(std::clamp<std::int64_t>(yuan, 0, ax.max_yuan)) /
                        static_cast<double>(ax.max_yuan) * kLineHeight;
  };
  std::string o = open("chart-investment", c.title, kLineChartHeight);

  // The legend: a swatch of each line and its words.
  const std::size_t legend_columns = 36;
  line(o, "completed", kLineLeft, 40, kLineLeft + 20, 40, kBar, "stroke-width=\"2\"");
  text(o, {"legend", kLineLeft + 24.0, 44}, cut(c.completed_label, legend_columns));
  if (planned) {
    const double at = kLineLeft + 24.0 +
                      static_cast<double>(std::min(display_width(c.completed_label), legend_columns)) * kColumnWidth +
                      24;
    line(o, "plan", at, 40, at + 20, 40, kSchedule, "stroke-width=\"2\" stroke-dasharray=\"6 4\"");
    text(o, {"legend", at + 24, 44}, cut(c.plan_label, legend_columns));
  }

  // The money axis: a faint line at every step, its figures and the unit over them.
  text(o, {"unit", kLineLeft - 6.0, kLineTop - 10.0, "end"}, ax.unit_yuan == 10'000 ? "万元" : "亿元");
  for (std::int64_t t = 0; t <= ax.max_yuan; t += ax.step_yuan) {
    line(o, "grid", kLineLeft, y(t), kLineLeft + kLineSpan, y(t), t == 0 ? kInk : kGrid);
    text(o, {"tick", kLineLeft - 6.0, y(t) + 4, "end"}, in_unit(t, ax.unit_yuan));
  }
  for (int m = 1; m <= 12; ++m) {
    line(o, "tick", x(m), bottom, x(m), bottom + 4, kInk);
    text(o, {"tick", x(m), bottom + 18.0, "middle"}, month_name(static_cast<unsigned>(m), c.zh));
  }

  if (planned)
    line(o, "plan", x(0), y(0), x(12), y(*c.plan_yuan), kSchedule, "stroke-width=\"2\" stroke-dasharray=\"6 4\"");
  // Completed from 1 January, when nothing was.
  o += "<polyline class=\"completed\" points=\"" + num(x(0)) + ',' + num(y(0));
  for (const MonthPoint& p : points) o += ' ' + num(x(p.month)) + ',' + num(y(p.yuan));
  o += "\" fill=\"none\" stroke=\"" + std::string(kBar) + "\" stroke-width=\"2\"/>\n";
  for (const MonthPoint& p : points)
    o += "<circle class=\"completed\" cx=\"" + num(x(p.month)) + "\" cy=\"" + num(y(p.yuan)) + "\" r=\"3\" fill=\"" +
         std::string(kBar) + "\"><title>" + month_name(static_cast<unsigned>(p.month), c.zh) + ' ' +
         markup_text(format_money(p.yuan)) + "</title></circle>\n";
  const MonthPoint& last = points.back();
  // Over the lines, with a white edge so that a line passing under it does not cross it out.
  text(o, {"value", x(last.month), y(last.yuan) - 8, "middle", kInk, kFontSize, kHalo},
       markup_text(format_money(last.yuan)));
  return close(std::move(o));
}

// ---- timeline ---------------------------------------------------------------------------

double gantt_x(const GanttChart& c, const Date& d) {
  const std::int64_t span = std::max<std::int64_t>(1, days_between(c.from, c.to));
  return kGanttLeft + static_cast<double>(days_between(c.from, d)) * kGanttSpan / static_cast<double>(span);
}

std::string svg_gantt(const GanttChart& c) {
  if (c.rows.empty()) return empty_chart("chart-gantt", c.title, c.empty_text);
  using namespace std::chrono;
  const int right = kGanttLeft + kGanttSpan;
  const int bottom = kGanttTop + static_cast<int>(c.rows.size()) * kGanttRowHeight;
  std::string o = open("chart-gantt", c.title, bottom + 20 + kMargin);

  struct State {
    std::string_view cls, fill, zh, en;
  };
  static constexpr std::array<State, 3> kStates = {State{"mark-done", kGreen, "已完成", "done"},
                                                   State{"mark-late", kRed, "逾期", "late"},
                                                   State{"mark-open", kGrey, "未到期", "not yet due"}};
  const auto diamond = [](double x, double y, std::string_view fill) {
    const int r = kMarkRadius;
    return "<polygon points=\"" + num(x) + ',' + num(y - r) + ' ' + num(x + r) + ',' + num(y) + ' ' + num(x) + ',' +
           num(y + r) + ' ' + num(x - r) + ',' + num(y) + "\" fill=\"" + std::string(fill) + "\"/>";
  };
  for (std::size_t k = 0; k < kStates.size(); ++k) {
    const int x = kGanttLeft + static_cast<int>(k) * 110;
    o += "<g class=\"legend " + std::string(kStates[k].cls) + "\">" + diamond(x + 6, 40, kStates[k].fill) + "</g>\n";
    text(o, {"legend", x + 16.0, 44}, std::string(c.zh ? kStates[k].zh : kStates[k].en));
  }

  for (std::size_t i = 1; i < c.rows.size(); i += 2)
    o += "<rect class=\"stripe\" x=\"" + std::to_string(kMargin) + "\" y=\"" +
         std::to_string(kGanttTop + static_cast<int>(i) * kGanttRowHeight) + "\" width=\"" +
         std::to_string(kWidth - 2 * kMargin) + "\" height=\"" + std::to_string(kGanttRowHeight) +
         "\" fill=\"#f4f4f4\"/>\n";

  // A line at the first of every month in [from, to]; figures on every k-th month, k such that
  // no more than 12 are written, and January's always; the year over January and the first.
  if (c.from <= c.to) {
    const year_month_day first{sys_days{std::chrono::days{c.from.days()}}};
    year_month tick_month{first.year(), first.month()};
    if (first.day() != day{1}) tick_month += months{1};
    int count = 0;
    for (year_month m = tick_month; Date(year_month_day{m / 1}) <= c.to; m += months{1}) ++count;
    const int every = std::max(1, (count + 11) / 12);
    bool first_tick = true;
    for (year_month m = tick_month; Date(year_month_day{m / 1}) <= c.to; m += months{1}) {
      const double x = gantt_x(c, Date(year_month_day{m / 1}));
      const auto month = static_cast<unsigned>(m.month());
      line(o, "grid", x, kGanttTop - 4, x, bottom, kGrid);
      if ((month - 1) % static_cast<unsigned>(every) == 0 && x < right - 12)
        text(o, {"tick", x + 2, kGanttTop - 6.0}, month_name(month, c.zh));
      if ((first_tick || month == 1) && x < right - 24) {
        const int year = static_cast<int>(m.year());
        text(o, {"year", x + 2, kGanttTop - 22.0}, c.zh ? std::to_string(year) + "年" : std::to_string(year));
      }
      first_tick = false;
    }
  }
  line(o, "axis", kGanttLeft, kGanttTop, kGanttLeft, bottom, kInk);

  if (c.from <= c.today && c.today <= c.to) {
    const double tx = gantt_x(c, c.today);
    line(o, "today", tx, kGanttTop - 4, tx, bottom + 2, kSchedule, "stroke-width=\"2\"");
    text(o, {"today", tx, bottom + 15.0, anchor_within(tx, kGanttLeft, right), kSchedule},
         (c.zh ? "截至 " : "as of ") + c.today.iso());
  }

  for (std::size_t i = 0; i < c.rows.size(); ++i) {
    const GanttRow& r = c.rows[i];
    const int top = kGanttTop + static_cast<int>(i) * kGanttRowHeight;
    const double cy = top + kGanttRowHeight / 2.0;
    o += "<g class=\"row\">";
    row_title(o, r.label, kGanttLabelColumns);
    o += '\n';
    text(o, {"label", kGanttLeft - 6.0, cy + 4, "end"}, cut(r.label, kGanttLabelColumns));
    for (const GanttMark& m : r.marks) {
      const State& s = kStates[m.done ? 0 : m.late ? 1 : 2];
      o += "<g class=\"mark " + std::string(s.cls) + "\"><title>" + markup_text(m.title) + ' ' + m.due.iso() +
           "</title>";
      if (m.due < c.from) {
        o += "<polygon class=\"before\" points=\"" + num(kGanttLeft) + ',' + num(cy) + ' ' + num(kGanttLeft + 8) + ',' +
             num(cy - kMarkRadius) + ' ' + num(kGanttLeft + 8) + ',' + num(cy + kMarkRadius) + "\" fill=\"" +
             std::string(s.fill) + "\"/>";
      } else if (m.due > c.to) {
        o += "<polygon class=\"after\" points=\"" + num(right) + ',' + num(cy) + ' ' + num(right - 8) + ',' +
             num(cy - kMarkRadius) + ' ' + num(right - 8) + ',' + num(cy + kMarkRadius) + "\" fill=\"" +
             std::string(s.fill) + "\"/>";
      } else {
        o += diamond(gantt_x(c, m.due), cy, s.fill);
      }
      o += "</g>\n";
    }
    o += "</g>\n";
  }
  return close(std::move(o));
}

}  // namespace keyproj
