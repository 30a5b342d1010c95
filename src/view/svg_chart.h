#pragma once
// The charts of the monthly bulletin (调度通报), drawn as SVG text to be placed in an HTML page
// that must print on A4 and load nothing: no script, no font, no link to anything outside.
// Each chart is a pure function of a plain struct, so the page's command gathers the figures
// and the drawing is tested apart from any database.
//
// Every chart is kWidth units wide (its viewBox) and scaled by the page with width="100%":
// the same drawing fits an A4 column and a 1280-pixel screen; its height grows with its rows.
// Text sizes are set; the font family is the page's CSS, reached through class names (chart,
// chart-title, label, value, bar-red, bar-amber, bar-green, bar-none, schedule, …). Colours are
// also written as fill and stroke attributes so that a drawing shows without that CSS.
// Coordinates are written with at most one decimal, and the same input always gives the same
// bytes. Labels too long for their column are cut in the middle with "…" (a Chinese
// character counts as two columns), and the whole label kept as the row's <title>.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/date.h"

namespace keyproj {

// The geometry the charts share, in viewBox units, so that a test can say where a bar must end.
namespace chart {
inline constexpr int kWidth = 720;
inline constexpr int kMargin = 8;
inline constexpr int kFontSize = 12;
inline constexpr int kTitleFontSize = 14;
// Units one column of a label takes at kFontSize: a Chinese character takes two (14 units
// where it draws 12) and a Latin letter one, wider than most letters of a proportional font.
inline constexpr int kColumnWidth = 7;
// The height of a chart with nothing to show: its title and the sentence saying so.
inline constexpr int kEmptyHeight = 60;

// Bar charts (plan and lights): a label column, then the bars from kBarLeft, kBarSpan long at
// their scale's end, then room for the figure written after each bar.
inline constexpr int kBarLeft = 180;
inline constexpr int kBarSpan = 460;
inline constexpr int kRowHeight = 24;
inline constexpr int kBarHeight = 16;
inline constexpr int kBarLabelColumns = (kBarLeft - 6 - kMargin) / kColumnWidth;  // 23
// Where the first row begins: below the title and the schedule line's label (plan bars) or
// the legend (light bars).
inline constexpr int kPlanTop = 48;
inline constexpr int kLightTop = 52;
// A plan bar's scale ends at 100%, or where a group or the schedule is beyond it, at the
// largest value rounded up to kPlanStep, but not beyond kPlanAxisCap: a county with a tiny
// plan must not flatten the rest (its bar stops at the end and its figure says how far).
inline constexpr double kPlanAxisMin = 100;
inline constexpr double kPlanAxisCap = 200;
inline constexpr double kPlanStep = 20;  // also the spacing of the axis's ticks

// The investment line: months 0 (1 January, nothing yet) to 12 across kLineSpan from
// kLineLeft, money from the bottom of the plot (kLineTop + kLineHeight) up.
inline constexpr int kLineLeft = 72;
inline constexpr int kLineSpan = 600;  // 50 a month
inline constexpr int kLineTop = 64;
inline constexpr int kLineHeight = 200;
inline constexpr int kLineChartHeight = kLineTop + kLineHeight + 28 + kMargin;
inline constexpr int kMaxTicks = 5;  // steps of the money axis at most

// The timeline: rows of kGanttRowHeight from kGanttTop, [from, to] across kGanttSpan.
inline constexpr int kGanttLeft = 240;
inline constexpr int kGanttSpan = 452;
inline constexpr int kGanttTop = 88;  // below the legend, the years and the months
inline constexpr int kGanttRowHeight = 22;
inline constexpr int kGanttLabelColumns = (kGanttLeft - 6 - kMargin) / kColumnWidth;  // 32
inline constexpr int kMarkRadius = 6;  // half the diagonal of a milestone's diamond

// The colours, as the page's CSS names them too.
inline constexpr std::string_view kRed = "#c0392b";
inline constexpr std::string_view kAmber = "#e6a700";
inline constexpr std::string_view kGreen = "#2e8b57";
inline constexpr std::string_view kGrey = "#9e9e9e";
inline constexpr std::string_view kSchedule = "#1f3a68";  // the 序时进度 line, the as-of line
inline constexpr std::string_view kBar = "#4a7fb0";       // a plan bar, the completed line
inline constexpr std::string_view kInk = "#222222";
inline constexpr std::string_view kGrid = "#dddddd";
}  // namespace chart

// A horizontal bar per group (region or county): % of the annual plan, with the 序时进度
// reference drawn as one vertical line across all bars, labelled.
struct PlanBar {
  std::string label;
  std::optional<double> percent;  // 30.9 = 30.9%; empty: no plan amount (drawn as a grey "—")
};
struct PlanBarChart {
  std::string title;
  std::vector<PlanBar> bars;
  double schedule_percent = 0;
  std::string schedule_label;  // "序时进度 91.67%"
  std::string empty_text;      // shown instead of the bars when there are none
};
std::string svg_plan_bars(const PlanBarChart& c);

// Where the plan bars' scale ends, in percent (see kPlanAxisMin).
double plan_axis_max(const PlanBarChart& c);

// Lights per group: stacked horizontal bars red/amber/green/no light, counts shown. The bars
// share one scale: the longest is the group with the most projects.
struct LightBar {
  std::string label;
  std::int64_t red = 0, amber = 0, green = 0, none = 0;
};
struct LightBarChart {
  std::string title;
  std::vector<LightBar> bars;
  std::array<std::string, 4> legend;  // red, amber, green, no light: words in the page's language
  std::string empty_text;
};
std::string svg_light_bars(const LightBarChart& c);

// Cumulative investment completed by month (Jan..the bulletin's month) against the plan line
// (the annual plan × month/12, a straight dashed line to the year's end). Money in yuan (integers);
// the axis labelled in 万元 or 亿元 (choose by the largest value).
struct MonthPoint {
  int month = 0;  // 1..12: the amount is as of the month's end
  std::int64_t yuan = 0;
};
struct InvestmentChart {
  std::string title;
  std::vector<MonthPoint> completed;
  std::optional<std::int64_t> plan_yuan;
  std::string completed_label, plan_label;
  bool zh = true;
  std::string empty_text;  // shown when no month of 1..12 is given
};
std::string svg_investment_line(const InvestmentChart& c);

// The money axis of the investment line: its unit (10^4 yuan, 万元, or 10^8, 亿元, when the
// largest amount is 1亿元 or more), the step between ticks (the least of 1, 2, 5 × 10^k yuan, at
// least 100, with the largest amount within kMaxTicks steps; one unit when it is 0) and its
// top (the whole steps that reach the largest amount, at least one).
struct MoneyAxis {
  std::int64_t unit_yuan = 0;
  std::int64_t step_yuan = 0;
  std::int64_t max_yuan = 0;
};
MoneyAxis money_axis(std::int64_t largest_yuan);

// A timeline (Gantt) of the milestones of the red projects: one row per project (label = code + name),
// each milestone a marker at its due date (late ones red, done ones green, open ones grey), the
// bulletin's as-of date a vertical line; the time axis spans [from, to] with month ticks.
// A milestone due outside [from, to] is an arrow at the nearer end, pointing out.
struct GanttMark {
  std::string title;
  Date due;
  bool done = false;  // done wins over late: a milestone reached late is reached
  bool late = false;
};
struct GanttRow {
  std::string label;
  std::vector<GanttMark> marks;
};
struct GanttChart {
  std::string title;
  Date from, to, today;
  std::vector<GanttRow> rows;
  bool zh = true;
  std::string empty_text;
};
std::string svg_gantt(const GanttChart& c);

// The x of `d` on the timeline of `c` (unclamped): from is kGanttLeft, to kGanttLeft + kGanttSpan.
double gantt_x(const GanttChart& c, const Date& d);

}  // namespace keyproj
