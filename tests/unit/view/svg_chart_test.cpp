#include "view/svg_chart.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "io/xml_parser.h"
#include "util/money.h"

namespace keyproj {
namespace {

using namespace chart;

// The drawing read back as a tree, so that tests ask about elements, not about bytes.
struct Node {
  std::string name;
  std::map<std::string, std::string> attrs;
  std::string text;  // the text directly inside
  std::vector<std::unique_ptr<Node>> children;

  std::string attr(const std::string& key) const {
    const auto it = attrs.find(key);
    return it == attrs.end() ? "" : it->second;
  }
  double number(const std::string& key) const { return std::stod(attr(key)); }
  bool has_class(const std::string& cls) const {
    const std::string all = " " + attr("class") + " ";
    return all.find(" " + cls + " ") != std::string::npos;
  }
  // Every element below (and including) this one, in document order.
  void walk(std::vector<const Node*>& out) const {
    out.push_back(this);
    for (const auto& c : children) c->walk(out);
  }
  std::vector<const Node*> all(const std::string& element, const std::string& cls = "") const {
    std::vector<const Node*> every, out;
    walk(every);
    for (const Node* n : every)
      if (n->name == element && (cls.empty() || n->has_class(cls))) out.push_back(n);
    return out;
  }
  const Node* child(const std::string& element) const {
    for (const auto& c : children)
      if (c->name == element) return c.get();
    return nullptr;
  }
};

class TreeBuilder : public XmlHandler {
 public:
  void start(std::string_view name, const char** attrs) override {
    auto n = std::make_unique<Node>();
    n->name = std::string(name);
    for (const char** a = attrs; *a; a += 2) n->attrs[a[0]] = a[1];
    Node* raw = n.get();
    if (open_.empty())
      root = std::move(n);
    else
      open_.back()->children.push_back(std::move(n));
    open_.push_back(raw);
  }
  void end(std::string_view) override { open_.pop_back(); }
  void text(std::string_view chars) override {
    if (!open_.empty()) open_.back()->text += chars;
  }
  std::unique_ptr<Node> root;

 private:
  std::vector<Node*> open_;
};

// Parses `svg` (failing the test when it is not well-formed) and checks what every chart has.
std::unique_ptr<Node> parse(const std::string& svg, const std::string& title) {
  TreeBuilder b;
  XmlParser p(b, "chart");
  p.feed(svg);
  p.finish();
  EXPECT_EQ(b.root->name, "svg");
  EXPECT_EQ(b.root->attr("role"), "img");
  EXPECT_EQ(b.root->attr("aria-label"), title);
  EXPECT_EQ(b.root->attr("width"), "100%");
  EXPECT_EQ(b.root->attr("viewBox").rfind("0 0 720 ", 0), 0u) << b.root->attr("viewBox");
  EXPECT_TRUE(b.root->has_class("chart"));
  EXPECT_NE(b.root->child("title"), nullptr);
  if (b.root->child("title")) {
    EXPECT_EQ(b.root->child("title")->text, title);
  }
  // Nothing that runs or loads: no script, no link, no image, no foreign content, no style.
  for (const char* banned : {"script", "a", "image", "use", "foreignObject", "style", "iframe"})
    EXPECT_TRUE(b.root->all(banned).empty()) << banned;
  EXPECT_EQ(svg.find("href"), std::string::npos);
  EXPECT_EQ(svg.find("url("), std::string::npos);
  return std::move(b.root);
}

double viewbox_height(const Node& svg) { return std::stod(svg.attr("viewBox").substr(8)); }

// The texts of a chart's <text> elements of class `cls`.
std::vector<std::string> texts(const Node& svg, const std::string& cls) {
  std::vector<std::string> out;
  for (const Node* t : svg.all("text", cls)) out.push_back(t->text);
  return out;
}

// A coordinate is written with at most one decimal.
void expect_near(double written, double exact) { EXPECT_NEAR(written, exact, 0.05 + 1e-9); }

// ---- plan bars ----

PlanBarChart plan_chart() {
  PlanBarChart c;
  c.title = "各地完成年度计划";
  c.bars = {{"天门市", 30.9}, {"鄂州市", 91.67}, {"荆门市", std::nullopt}, {"武汉市", 64.125}};
  c.schedule_percent = 11.0 / 12 * 100;
  c.schedule_label = "序时进度 91.67%";
  return c;
}

TEST(SvgPlanBars, BarsAreProportionalToThePercentOnAScaleEndingAt100) {
  const PlanBarChart c = plan_chart();
  const auto svg = parse(svg_plan_bars(c), c.title);
  const auto bars = svg->all("rect", "bar-plan");
  ASSERT_EQ(bars.size(), 3u);  // 荆门 has no plan amount
  const double expected[] = {30.9, 91.67, 64.125};
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(bars[i]->number("x"), kBarLeft);
    expect_near(bars[i]->number("width"), expected[i] / 100 * kBarSpan);
    EXPECT_EQ(bars[i]->number("height"), kBarHeight);
    EXPECT_EQ(bars[i]->attr("fill"), kBar);
  }
  // Rows one under another, in the order given.
  EXPECT_EQ(bars[0]->number("y"), kPlanTop + (kRowHeight - kBarHeight) / 2);
  EXPECT_EQ(bars[1]->number("y"), kPlanTop + kRowHeight + (kRowHeight - kBarHeight) / 2);
  EXPECT_EQ(bars[2]->number("y"), kPlanTop + 3 * kRowHeight + (kRowHeight - kBarHeight) / 2);
  EXPECT_EQ(texts(*svg, "label"), (std::vector<std::string>{"天门市", "鄂州市", "荆门市", "武汉市"}));
  EXPECT_EQ(texts(*svg, "value"), (std::vector<std::string>{"30.90%", "91.67%", "64.13%"}));
  EXPECT_EQ(texts(*svg, "bar-none"), std::vector<std::string>{"—"});
  EXPECT_EQ(svg->all("text", "bar-none")[0]->attr("fill"), kGrey);
  EXPECT_EQ(texts(*svg, "tick"), (std::vector<std::string>{"0%", "20%", "40%", "60%", "80%", "100%"}));
  // The height grows with the rows.
  EXPECT_EQ(viewbox_height(*svg), kPlanTop + 4 * kRowHeight + 24 + kMargin);
}

TEST(SvgPlanBars, TheScheduleIsOneLineAcrossAllBarsAtItsPercent) {
  const PlanBarChart c = plan_chart();
  const auto svg = parse(svg_plan_bars(c), c.title);
  const auto lines = svg->all("line", "schedule");
  ASSERT_EQ(lines.size(), 1u);
  expect_near(lines[0]->number("x1"), kBarLeft + c.schedule_percent / 100 * kBarSpan);
  EXPECT_EQ(lines[0]->attr("x1"), lines[0]->attr("x2"));
  EXPECT_LE(lines[0]->number("y1"), kPlanTop);
  EXPECT_GE(lines[0]->number("y2"), kPlanTop + 4 * kRowHeight);
  EXPECT_EQ(lines[0]->attr("stroke"), kSchedule);
  EXPECT_EQ(texts(*svg, "schedule"), std::vector<std::string>{"序时进度 91.67%"});
}

TEST(SvgPlanBars, AScaleBeyond100EndsAtTheNextStepButNotPastTheCap) {
  PlanBarChart c = plan_chart();
  EXPECT_EQ(plan_axis_max(c), 100);
  c.bars[0].percent = 130.5;
  EXPECT_EQ(plan_axis_max(c), 140);
  auto svg = parse(svg_plan_bars(c), c.title);
  auto bars = svg->all("rect", "bar-plan");
  expect_near(bars[0]->number("width"), 130.5 / 140 * kBarSpan);
  expect_near(bars[1]->number("width"), 91.67 / 140 * kBarSpan);
  expect_near(svg->all("line", "schedule")[0]->number("x1"), kBarLeft + c.schedule_percent / 140 * kBarSpan);

  // A county with a tiny plan: its bar stops at the end of a 200% scale, its figure says all.
  c.bars[0].percent = 5000;
  EXPECT_EQ(plan_axis_max(c), 200);
  svg = parse(svg_plan_bars(c), c.title);
  bars = svg->all("rect", "bar-plan");
  EXPECT_EQ(bars[0]->number("width"), kBarSpan);
  expect_near(bars[1]->number("width"), 91.67 / 200 * kBarSpan);
  EXPECT_EQ(texts(*svg, "value")[0], "5000.00%");

  // Behind the year's start: no bar drawn leftwards, the figure as it is.
  c.bars[0].percent = -2.5;
  svg = parse(svg_plan_bars(c), c.title);
  EXPECT_EQ(svg->all("rect", "bar-plan")[0]->number("width"), 0);
  EXPECT_EQ(texts(*svg, "value")[0], "-2.50%");
}

TEST(SvgPlanBars, NoBarsSaySoInTheCallersWords) {
  PlanBarChart c;
  c.title = "各地完成年度计划";
  c.empty_text = "没有年度计划。";
  const auto svg = parse(svg_plan_bars(c), c.title);
  EXPECT_TRUE(svg->all("rect").empty());
  EXPECT_EQ(texts(*svg, "empty"), std::vector<std::string>{"没有年度计划。"});
  EXPECT_EQ(viewbox_height(*svg), kEmptyHeight);
}

// ---- escaping and cutting, which every chart shares ----

TEST(SvgChart, AMaliciousLabelIsText) {
  const std::string evil = "<script>alert(1)</script>\"'&\x01";
  PlanBarChart c = plan_chart();
  c.title = evil;
  c.bars[0].label = "<script>1</script>";
  c.schedule_label = "\"><script>alert(2)</script>";
  const std::string out = svg_plan_bars(c);
  EXPECT_EQ(out.find("<script"), std::string::npos);
  const auto svg = parse(out, "<script>alert(1)</script>\"'&");  // the control character dropped
  EXPECT_EQ(texts(*svg, "label")[0], "<script>1</script>");
  EXPECT_EQ(texts(*svg, "chart-title")[0], "<script>alert(1)</script>\"'&");

  LightBarChart l{evil, {{evil, 1, 0, 0, 0}}, {evil, "b", "c", "d"}, evil};
  EXPECT_EQ(svg_light_bars(l).find("<script"), std::string::npos);
  parse(svg_light_bars(l), "<script>alert(1)</script>\"'&");
  GanttChart g;
  g.title = evil;
  g.from = parse_date("2026-01-01", "from");
  g.to = parse_date("2026-12-31", "to");
  g.rows = {{evil, {{evil, parse_date("2026-05-01", "due"), false, true}}}};
  EXPECT_EQ(svg_gantt(g).find("<script"), std::string::npos);
  parse(svg_gantt(g), "<script>alert(1)</script>\"'&");
  InvestmentChart inv;
  inv.title = evil;
  inv.completed = {{1, 100}};
  inv.plan_yuan = 1000;
  inv.completed_label = evil;
  inv.plan_label = evil;
  EXPECT_EQ(svg_investment_line(inv).find("<script"), std::string::npos);
  parse(svg_investment_line(inv), "<script>alert(1)</script>\"'&");
}

TEST(SvgChart, ALongLabelIsCutToItsColumnAndKeptWholeAsTheRowsTitle) {
  PlanBarChart c = plan_chart();
  const std::string long_name = "武汉东湖新技术开发区光谷国际物流枢纽园区";  // 20 characters, 40 columns
  c.bars[0].label = long_name;
  c.bars[1].label = "Wuhan East Lake High-tech Development Zone";  // 42 columns
  const auto svg = parse(svg_plan_bars(c), c.title);
  const auto labels = texts(*svg, "label");
  // 23 columns: the head's 11 (five characters), "…", the tail's 11 (five characters).
  EXPECT_EQ(labels[0], "武汉东湖新…物流枢纽园区");
  EXPECT_EQ(labels[1], "Wuhan East …opment Zone");
  EXPECT_EQ(labels[2], "荆门市");
  const auto rows = svg->all("g", "row");
  ASSERT_EQ(rows.size(), 4u);
  ASSERT_NE(rows[0]->child("title"), nullptr);
  EXPECT_EQ(rows[0]->child("title")->text, long_name);
  EXPECT_EQ(rows[2]->child("title"), nullptr);  // nothing was cut
}

TEST(SvgChart, TheSameInputGivesTheSameBytes) {
  const PlanBarChart p = plan_chart();
  EXPECT_EQ(svg_plan_bars(p), svg_plan_bars(PlanBarChart(p)));
  const LightBarChart l{"灯", {{"天门市", 3, 4, 5, 1}, {"鄂州市", 0, 1, 7, 0}}, {"红灯", "黄灯", "绿灯", "无灯"}, ""};
  EXPECT_EQ(svg_light_bars(l), svg_light_bars(LightBarChart(l)));
  InvestmentChart inv;
  inv.completed = {{1, 1'000'000}, {2, 25'000'000}};
  inv.plan_yuan = 300'000'000;
  EXPECT_EQ(svg_investment_line(inv), svg_investment_line(InvestmentChart(inv)));
  GanttChart g;
  g.from = parse_date("2026-01-01", "from");
  g.to = parse_date("2026-12-31", "to");
  g.today = parse_date("2026-11-30", "today");
  g.rows = {{"TM-011 物流园", {{"主体完工", parse_date("2026-06-30", "due"), false, true}}}};
  EXPECT_EQ(svg_gantt(g), svg_gantt(GanttChart(g)));
  // Coordinates carry one decimal at most.
  inv.title = "投资";
  g.title = "节点";
  const std::pair<std::string, std::string> drawn[] = {{svg_plan_bars(p), p.title},
                                                       {svg_light_bars(l), l.title},
                                                       {svg_investment_line(inv), inv.title},
                                                       {svg_gantt(g), g.title}};
  for (const auto& [out, title] : drawn) {
    const auto svg = parse(out, title);
    std::vector<const Node*> every;
    svg->walk(every);
    for (const Node* n : every)
      for (const char* key : {"x", "y", "x1", "x2", "y1", "y2", "width", "cx", "cy"}) {
        const std::string v = n->attr(key);
        const auto dot = v.find('.');
        if (dot != std::string::npos) {
          EXPECT_EQ(v.size() - dot, 2u) << n->name << ' ' << key << '=' << v;
        }
      }
  }
}

// ---- light bars ----

TEST(SvgLightBars, SegmentsStackInOrderAndAddUpToTheBar) {
  const LightBarChart c{
      "各地红黄绿灯",
      {{"天门市", 3, 4, 5, 1}, {"鄂州市", 0, 1, 7, 0}, {"中山市", 0, 0, 0, 0}, {"武汉市", 10, 0, 6, 1}},
      {"红灯", "黄灯", "绿灯", "无灯"},
      ""};
  const auto svg = parse(svg_light_bars(c), c.title);
  const std::int64_t most = 17;  // 武汉市
  const auto rows = svg->all("g", "row");
  ASSERT_EQ(rows.size(), 4u);
  for (std::size_t i = 0; i < 4; ++i) {
    const LightBar& b = c.bars[i];
    const std::int64_t counts[] = {b.red, b.amber, b.green, b.none};
    const char* classes[] = {"bar-red", "bar-amber", "bar-green", "bar-none"};
    const std::string_view fills[] = {kRed, kAmber, kGreen, kGrey};
    double x = kBarLeft, sum = 0;
    std::int64_t total = 0;
    // Each segment ends where its count and those before it end on the scale, so that the
    // segments abut and add up to the bar.
    for (std::size_t k = 0; k < 4; ++k) {
      const auto seg = rows[i]->all("rect", classes[k]);
      total += counts[k];
      if (counts[k] == 0) {
        EXPECT_TRUE(seg.empty()) << i << ' ' << k;
        continue;
      }
      ASSERT_EQ(seg.size(), 1u);
      EXPECT_EQ(seg[0]->number("x"), x) << i << ' ' << k;  // abutting the one before
      expect_near(seg[0]->number("x") + seg[0]->number("width"),
                  kBarLeft + static_cast<double>(total) / most * kBarSpan);
      EXPECT_NEAR(seg[0]->number("width"), static_cast<double>(counts[k]) / most * kBarSpan, 0.1 + 1e-9);
      EXPECT_EQ(seg[0]->attr("fill"), fills[k]);
      EXPECT_EQ(seg[0]->child("title")->text, c.legend[k] + ' ' + std::to_string(counts[k]));
      x = std::round((seg[0]->number("x") + seg[0]->number("width")) * 10) / 10;
      sum += seg[0]->number("width");
    }
    expect_near(sum, static_cast<double>(total) / most * kBarSpan);
    EXPECT_EQ(rows[i]->all("text", "value")[0]->text, std::to_string(total));
  }
  // The longest bar is the scale's end.
  EXPECT_EQ(rows[3]->all("rect", "bar-none")[0]->number("x") + rows[3]->all("rect", "bar-none")[0]->number("width"),
            kBarLeft + kBarSpan);
  // Counts inside the segments wide enough for them: 天门's 1 (27 units) is, as are all here.
  EXPECT_EQ(texts(*rows[0], "count"), (std::vector<std::string>{"3", "4", "5", "1"}));
  EXPECT_EQ(texts(*rows[2], "value"), std::vector<std::string>{"0"});
  // The legend with the totals of each light.
  EXPECT_EQ(texts(*svg, "legend"), (std::vector<std::string>{"红灯 13", "黄灯 5", "绿灯 18", "无灯 2"}));
  EXPECT_EQ(viewbox_height(*svg), kLightTop + 4 * kRowHeight + kMargin);
}

TEST(SvgLightBars, ACountTooWideForItsSegmentIsLeftToTheTitleAndTheTotal) {
  const LightBarChart c{"灯", {{"甲", 1, 0, 499, 0}}, {"红灯", "黄灯", "绿灯", "无灯"}, ""};
  const auto svg = parse(svg_light_bars(c), c.title);
  expect_near(svg->all("g", "row")[0]->all("rect", "bar-red")[0]->number("width"), 1.0 / 500 * kBarSpan);
  EXPECT_EQ(texts(*svg, "count"), std::vector<std::string>{"499"});
  EXPECT_EQ(texts(*svg, "value"), std::vector<std::string>{"500"});
}

TEST(SvgLightBars, NoGroupsSaySo) {
  const LightBarChart c{"灯", {}, {"红灯", "黄灯", "绿灯", "无灯"}, "没有项目。"};
  const auto svg = parse(svg_light_bars(c), "灯");
  EXPECT_EQ(texts(*svg, "empty"), std::vector<std::string>{"没有项目。"});
}

// ---- investment line ----

TEST(MoneyAxis, UnitByTheLargestAmountStepsOf125) {
  EXPECT_EQ(money_axis(300'000'000).unit_yuan, 100'000'000);  // 3亿: 亿元
  EXPECT_EQ(money_axis(300'000'000).step_yuan, 100'000'000);  // 5000万 would take 6 steps
  EXPECT_EQ(money_axis(300'000'000).max_yuan, 300'000'000);
  EXPECT_EQ(money_axis(99'999'999).unit_yuan, 10'000);  // under 1亿: 万元
  EXPECT_EQ(money_axis(99'999'999).step_yuan, 20'000'000);
  EXPECT_EQ(money_axis(99'999'999).max_yuan, 100'000'000);
  EXPECT_EQ(money_axis(1'234'567'890).step_yuan, 500'000'000);
  EXPECT_EQ(money_axis(1'234'567'890).max_yuan, 1'500'000'000);
  EXPECT_EQ(money_axis(30).step_yuan, 100);
  EXPECT_EQ(money_axis(0).max_yuan, 10'000);
}

TEST(SvgInvestmentLine, ThePolylineRunsFromJanuaryFirstThroughEachMonthsTotal) {
  InvestmentChart c;
  c.title = "全市累计完成投资";
  c.completed = {{3, 120'000'000}, {1, 30'000'000}, {2, 75'000'000}, {13, 1}};  // out of order; 13 is no month
  c.plan_yuan = 480'000'000;                                                    // 4.8亿: steps of 1亿 to 5亿
  c.completed_label = "累计完成";
  c.plan_label = "计划（年度计划×月份/12）";
  const auto svg = parse(svg_investment_line(c), c.title);
  const double top = 500'000'000;
  const auto x = [](int m) { return kLineLeft + m * kLineSpan / 12.0; };
  const auto y = [&](double yuan) { return kLineTop + kLineHeight - yuan / top * kLineHeight; };
  const auto poly = svg->all("polyline", "completed");
  ASSERT_EQ(poly.size(), 1u);
  std::istringstream points(poly[0]->attr("points"));
  const std::pair<int, double> expected[] = {{0, 0}, {1, 30e6}, {2, 75e6}, {3, 120e6}};
  for (const auto& [m, yuan] : expected) {
    double px = 0, py = 0;
    char comma = 0;
    ASSERT_TRUE(points >> px >> comma >> py);
    EXPECT_EQ(comma, ',');
    expect_near(px, x(m));
    expect_near(py, y(yuan));
  }
  double extra = 0;
  EXPECT_FALSE(points >> extra);
  EXPECT_EQ(svg->all("circle", "completed").size(), 3u);

  // The plan: a straight dashed line from nothing on 1 January to the whole plan at the year's end.
  const auto plan = svg->all("line", "plan");
  ASSERT_EQ(plan.size(), 2u);  // the legend's swatch, then the line
  expect_near(plan[1]->number("x1"), x(0));
  expect_near(plan[1]->number("y1"), y(0));
  expect_near(plan[1]->number("x2"), x(12));
  expect_near(plan[1]->number("y2"), y(480e6));
  EXPECT_NE(plan[1]->attr("stroke-dasharray"), "");

  EXPECT_EQ(texts(*svg, "unit"), std::vector<std::string>{"亿元"});
  EXPECT_EQ(texts(*svg, "tick").size(), 6u + 12u);
  EXPECT_EQ(texts(*svg, "tick")[0], "0");
  EXPECT_EQ(texts(*svg, "tick")[5], "5");
  EXPECT_EQ(texts(*svg, "tick")[6], "1月");
  EXPECT_EQ(texts(*svg, "tick")[17], "12月");
  EXPECT_EQ(texts(*svg, "value"), std::vector<std::string>{format_money(120'000'000)});
  EXPECT_EQ(texts(*svg, "legend"), (std::vector<std::string>{"累计完成", "计划（年度计划×月份/12）"}));
  EXPECT_EQ(viewbox_height(*svg), kLineChartHeight);
}

TEST(SvgInvestmentLine, SmallAmountsReadIn10kYuanAndEnglishMonths) {
  InvestmentChart c;
  c.title = "Completed";
  c.completed = {{1, 2'500'000}, {2, 6'000'000}};
  c.zh = false;
  const auto svg = parse(svg_investment_line(c), c.title);
  EXPECT_EQ(texts(*svg, "unit"), std::vector<std::string>{"万元"});
  // 600万: steps of 200万 to 600万.
  const auto ticks = texts(*svg, "tick");
  ASSERT_EQ(ticks.size(), 4u + 12u);
  EXPECT_EQ(std::vector<std::string>(ticks.begin(), ticks.begin() + 5),
            (std::vector<std::string>{"0", "200", "400", "600", "Jan"}));
  EXPECT_TRUE(svg->all("line", "plan").empty());  // no plan, no plan line
  expect_near(svg->all("circle", "completed")[1]->number("cy"), kLineTop);
}

TEST(SvgInvestmentLine, NoMonthsSaySo) {
  InvestmentChart c;
  c.title = "累计完成投资";
  c.plan_yuan = 100;
  c.empty_text = "本年尚无投资数据。";
  const auto svg = parse(svg_investment_line(c), c.title);
  EXPECT_EQ(texts(*svg, "empty"), std::vector<std::string>{"本年尚无投资数据。"});
}

// ---- timeline ----

GanttChart gantt() {
  GanttChart c;
  c.title = "红灯项目节点";
  c.from = parse_date("2026-01-01", "from");
  c.to = parse_date("2026-12-31", "to");
  c.today = parse_date("2026-11-30", "today");
  c.rows = {{"TM-011 天门市某物流园",
             {{"开工", parse_date("2026-03-15", "due"), true, false},
              {"主体完工", parse_date("2026-09-30", "due"), false, true},
              {"竣工验收", parse_date("2026-12-20", "due"), false, false}}},
            {"EZ-002 鄂州花湖机场配套冷链中心", {{"用地", parse_date("2025-11-01", "due"), false, true}}},
            {"WH-100 某项目", {{"投产", parse_date("2027-06-30", "due"), false, false}}}};
  return c;
}

// The centre of a diamond: its top and bottom points share x, its left and right points y.
std::pair<double, double> centre(const Node& polygon) {
  std::istringstream in(polygon.attr("points"));
  double x[4], y[4];
  char comma;
  for (int i = 0; i < 4; ++i) in >> x[i] >> comma >> y[i];
  return {x[0], y[1]};
}

TEST(SvgGantt, MarkersSitAtTheirDueDatesInTheirStatesColours) {
  const GanttChart c = gantt();
  const auto svg = parse(svg_gantt(c), c.title);
  const double span = 364;  // days from 2026-01-01 to 2026-12-31
  const auto x = [&](const char* d) {
    return kGanttLeft + (parse_date(d, "d").days() - c.from.days()) * kGanttSpan / span;
  };
  const auto rows = svg->all("g", "row");
  ASSERT_EQ(rows.size(), 3u);
  const auto marks = rows[0]->all("g", "mark");
  ASSERT_EQ(marks.size(), 3u);
  const double cy = kGanttTop + kGanttRowHeight / 2.0;
  const char* dues[] = {"2026-03-15", "2026-09-30", "2026-12-20"};
  const char* classes[] = {"mark-done", "mark-late", "mark-open"};
  const std::string_view fills[] = {kGreen, kRed, kGrey};
  for (int i = 0; i < 3; ++i) {
    EXPECT_TRUE(marks[i]->has_class(classes[i]));
    const Node* p = marks[i]->child("polygon");
    ASSERT_NE(p, nullptr);
    expect_near(centre(*p).first, x(dues[i]));
    expect_near(centre(*p).second, cy);
    EXPECT_EQ(p->attr("fill"), fills[i]);
    EXPECT_EQ(marks[i]->child("title")->text, c.rows[0].marks[i].title + ' ' + dues[i]);
  }
  // Due before the span: an arrow at its start; after it: at its end.
  const Node* before = rows[1]->all("polygon")[0];
  EXPECT_TRUE(before->has_class("before"));
  EXPECT_EQ(before->attr("points").rfind(
                std::to_string(kGanttLeft) + ',' + std::to_string(kGanttTop + kGanttRowHeight + 11), 0),
            0u);
  const Node* after = rows[2]->all("polygon")[0];
  EXPECT_TRUE(after->has_class("after"));
  EXPECT_EQ(after->attr("points").rfind(std::to_string(kGanttLeft + kGanttSpan) + ',', 0), 0u);

  // The as-of date: one line, labelled.
  const auto today = svg->all("line", "today");
  ASSERT_EQ(today.size(), 1u);
  expect_near(today[0]->number("x1"), x("2026-11-30"));
  EXPECT_EQ(texts(*svg, "today"), std::vector<std::string>{"截至 2026-11-30"});
  EXPECT_EQ(texts(*svg, "label"),
            (std::vector<std::string>{"TM-011 天门市某物流园", "EZ-002 鄂州花湖机场配套冷链中心", "WH-100 某项目"}));
  EXPECT_EQ(viewbox_height(*svg), kGanttTop + 3 * kGanttRowHeight + 20 + kMargin);
  EXPECT_EQ(texts(*svg, "tick"), (std::vector<std::string>{"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月",
                                                           "10月", "11月", "12月"}));
  EXPECT_EQ(texts(*svg, "year"), std::vector<std::string>{"2026年"});
  EXPECT_EQ(texts(*svg, "legend"), (std::vector<std::string>{"已完成", "逾期", "未到期"}));
}

TEST(SvgGantt, AYearOrMoreLabelsEveryFewMonthsAndJanuaryAlways) {
  GanttChart c = gantt();
  c.from = parse_date("2025-07-01", "from");
  c.to = parse_date("2027-06-30", "to");  // 24 first-of-months: every second one is labelled
  const auto svg = parse(svg_gantt(c), c.title);
  EXPECT_EQ(svg->all("line", "grid").size(), 24u);
  EXPECT_EQ(texts(*svg, "tick"), (std::vector<std::string>{"7月", "9月", "11月", "1月", "3月", "5月", "7月", "9月",
                                                           "11月", "1月", "3月", "5月"}));
  EXPECT_EQ(texts(*svg, "year"), (std::vector<std::string>{"2025年", "2026年", "2027年"}));
}

TEST(SvgGantt, MonthTicksAtTheFirstOfEachMonth) {
  GanttChart c = gantt();
  c.from = parse_date("2026-10-15", "from");
  c.to = parse_date("2027-02-10", "to");
  c.zh = false;
  const auto svg = parse(svg_gantt(c), c.title);
  const auto grid = svg->all("line", "grid");
  const char* firsts[] = {"2026-11-01", "2026-12-01", "2027-01-01", "2027-02-01"};
  ASSERT_EQ(grid.size(), 4u);
  for (int i = 0; i < 4; ++i) expect_near(grid[i]->number("x1"), gantt_x(c, parse_date(firsts[i], "d")));
  expect_near(gantt_x(c, c.from), kGanttLeft);
  expect_near(gantt_x(c, c.to), kGanttLeft + kGanttSpan);
  expect_near(grid[0]->number("x1"), kGanttLeft + 17.0 * kGanttSpan / 118);  // 17 of 118 days in
  EXPECT_EQ(texts(*svg, "tick"), (std::vector<std::string>{"Nov", "Dec", "Jan", "Feb"}));
  EXPECT_EQ(texts(*svg, "year"), (std::vector<std::string>{"2026", "2027"}));
  EXPECT_EQ(svg->all("line", "today").size(), 1u);  // 2026-11-30 is in the span
  c.today = parse_date("2027-03-01", "today");
  EXPECT_TRUE(parse(svg_gantt(c), c.title)->all("line", "today").empty());
}

TEST(SvgGantt, NoRowsSaySo) {
  GanttChart c = gantt();
  c.rows.clear();
  c.empty_text = "没有红灯项目。";
  const auto svg = parse(svg_gantt(c), c.title);
  EXPECT_EQ(texts(*svg, "empty"), std::vector<std::string>{"没有红灯项目。"});
}

}  // namespace
}  // namespace keyproj
