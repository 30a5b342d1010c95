// The seed is judged by whether it is complete and right: these tests hold every row to the
// text it cites.

#include "seed/portfolio.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "domain/project_code.h"
#include "unit/seed/seed_text.h"
#include "util/error.h"
#include "util/money.h"

namespace keyproj {
namespace {

using namespace seed_text;

// Every amount of money written in `text` (digits followed by 亿元, 万元, 亿, 万 or 元), in yuan.
std::set<std::int64_t> amounts_in(const std::string& raw) {
  const std::string text = without_spaces(raw);
  std::set<std::int64_t> out;
  for (const std::string unit : {"亿元", "万元", "亿", "万", "元"}) {
    for (std::size_t at = text.find(unit); at != std::string::npos; at = text.find(unit, at + 1)) {
      std::size_t start = at;
      while (start > 0 && (std::isdigit(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '.' ||
                           text[start - 1] == ','))
        --start;
      if (start == at) continue;
      try {
        out.insert(parse_money(text.substr(start, at - start) + unit, "amount"));
      } catch (const Error&) {
      }
    }
  }
  return out;
}

TEST(Seed, FiveRegionsWithTheirPlans) {
  ASSERT_EQ(portfolio().size(), 5u);
  EXPECT_EQ(region("TM").plan.title, "天门市商务发展“十四五”规划");
  EXPECT_EQ(region("TM").plan.issuer, "天门市人民政府办公室");
  EXPECT_EQ(region("WH").plan.issuer, "武汉市商务局");
  EXPECT_EQ(region("WH").plan.issued_on, "2021-09");
  EXPECT_EQ(region("ZS").plan.issued_on, "2022-06");
  EXPECT_EQ(region("JM").plan.issuer, "荆门市人民政府");
  EXPECT_EQ(region("EZ").plan.issuer, std::nullopt);  // the document prints none
  for (const auto& r : portfolio()) EXPECT_EQ(r.plan.period_end, "2025-12-31") << r.region;
}

TEST(Seed, CountsPerRegion) {
  // Every entry ever seeded keeps its row (and its code); the retired ones are archived.
  const std::map<std::string, std::size_t> entries{{"TM", 21}, {"EZ", 46}, {"WH", 112}, {"ZS", 45}, {"JM", 518}};
  const std::map<std::string, std::size_t> retired_entries{{"TM", 0}, {"EZ", 14}, {"WH", 70}, {"ZS", 23}, {"JM", 3}};
  std::size_t total = 0;
  std::size_t total_retired = 0;
  for (const auto& r : portfolio()) {
    EXPECT_EQ(r.projects.size(), entries.at(r.region)) << r.region;
    EXPECT_EQ(r.retired.size(), retired_entries.at(r.region)) << r.region;
    total += r.projects.size();
    total_retired += r.retired.size();
  }
  EXPECT_EQ(total, 742u);
  EXPECT_EQ(total_retired, 110u);
}

TEST(Seed, CountsPerProgram) {
  const std::vector<std::tuple<std::string, std::string, std::size_t>> expected{
      {"TM", "专栏2 消费能级提升工程", 6},
      {"TM", "专栏 3 外贸创新发展工程", 4},
      {"TM", "专栏4 农商互联体系工程", 5},
      {"TM", "专栏5 电商发展壮大工程", 2},
      {"TM", "专栏 6 商旅文融合发展工程", 4},
      {"EZ", "（五）对外开放", 1},
      {"EZ", "第三节 激发潜力推动消费扩容提质", 1},
      {"EZ", "第四节 完善基础设施优化流通体系", 3},
      {"EZ", "专栏1 完善优化流通体系基础设施专项", 5},
      {"EZ", "第五节 大力发展电商创新服务模式", 2},
      {"EZ", "专栏2 实现电子商务跨越式发展专项", 2},
      {"EZ", "第六节 积极建设内陆对外开放高地", 5},
      {"EZ", "专栏3 提升贸易便利化水平专项", 1},
      {"EZ", "专栏4.创新海关监管新模式", 0},
      {"EZ", "专栏5建设中部供应链中心专项", 11},
      {"EZ", "第七节 大力实施外贸主体培育行动", 1},
      {"EZ", "专栏6培育外贸主体专项", 0},
      {"EZ", "专栏7对外开放合作专项", 0},
      {"EZ", "专栏8加大招商优化外资环境专项", 0},
      {"WH", "专栏 1 商业网点优化布局专项", 10},
      {"WH", "专栏 2 商贸基础设施体系建设专项", 0},
      {"WH", "专栏3 电子商务产业发展专项", 5},
      {"WH", "专栏4 生活性服务业提质升级专项", 3},
      {"WH", "专栏 5 消费供给新体系建设专项", 0},
      {"WH", "专栏 6 消费引领新品牌培育专项", 0},
      {"WH", "专栏7 消费新经济培育壮大专项", 0},
      {"WH", "专栏8 国际消费新环境营造专项", 0},
      {"WH", "专栏9 外贸稳中提质扩容专项", 0},
      {"WH", "专栏 10 外贸新业态倍增专项", 1},
      {"WH", "专栏 11 内外贸一体化发展专项", 2},
      {"WH", "专栏 12 服务贸易创新发展专项", 0},
      {"WH", "专栏 13 招商引资专项", 7},
      {"WH", "专栏 14 对外投资合作水平提升专项", 0},
      {"WH", "专栏 15 进一步优化完善口岸功能专项", 8},
      {"WH", "专栏 16 进一步提升综保区发展动能专项", 0},
      {"WH", "专栏 17 展会品牌建设专项", 0},
      {"WH", "专栏 18 大力实施\"人才兴商\"战略专项", 0},
      {"WH", "(三)推动提质升级,持续推进贸易强市建设", 1},
      {"WH", "(六)深化开放合作,推进内陆开放高地建设", 1},
      {"WH", "(八)聚力品牌建设,打造国家会展中心城市", 4},
      {"ZS", "第三节 提升贸易平台", 4},
      {"ZS", "第四节 增强内外贸一体化发展", 1},
      {"ZS", "专栏 1 畅通外贸新渠道工程", 3},
      {"ZS", "第一节 完善商业基础设施建设", 9},
      {"ZS", "专栏2 构建社消新结构工程", 1},
      {"ZS", "专栏3 激发招商新势头工程", 0},
      {"ZS", "第一节 提高口岸通关便利化水平", 4},
      {"JM", "专栏 3-1:科技创新平台重点项目", 6},
      {"JM", "三、巩固提升三条乡村振兴示范带", 1},
      {"JM", "专栏 4-1：全市开发区及主导产业方向", 5},
      {"JM", "专栏 4-2：各县市区产业园及发展重点", 15},
      {"JM", "专栏 4-3：全市化工园区及主导产业", 7},
      {"JM", "二、完善物流节点空间布局", 15},
      {"JM", "专栏 4-4：中心城区及各县市专业市场布局", 5},
      {"JM", "专栏 4-5：中心城区及各县市商圈发展布局", 31},
      {"JM", "专栏 5-1: 化工产业重点项目", 14},
      {"JM", "专栏 5-2: 荆门市农产品加工重点产业及项目", 18},
      {"JM", "一、推动装备制造业迈向中高端", 2},
      {"JM", "专栏 5-3: 高端装备制造业重点项目", 34},
      {"JM", "专栏 5-4：新能源新材料产业重点项目", 8},
      {"JM", "专栏 5-5: 再生资源利用与环保产业重点项目", 6},
      {"JM", "专栏 5-6: 生物医药产业重点项目", 10},
      {"JM", "专栏 5-7: 电子信息产业重点项目", 8},
      {"JM", "专栏 5-8: 荆门全域旅游重点项目", 34},
      {"JM", "二、加快发展现代物流业", 2},
      {"JM", "专栏 5-9: 现代物流业重点项目", 21},
      {"JM", "专栏 5-10: 商贸服务业重点项目", 13},
      {"JM", "专栏 5-11：荆门通航服务业重点项目", 18},
      {"JM", "专栏 5-12: 新兴服务业重点项目", 10},
      {"JM", "一、优化消费环境", 3},
      {"JM", "一、提升“引进来”的能级和水平", 1},
      {"JM", "三、促进跨境贸易便利化", 3},
      {"JM", "二、着力扩大有效投资", 1},
      {"JM", "专栏 7-1：数字经济重点项目", 9},
      {"JM", "五、做专林特产业", 3},
      {"JM", "二、推进现代农业科技创新", 1},
      {"JM", "专栏 8-1: 农业重点项目", 9},
      {"JM", "二、发展动漫游戏、创意设计等文化创意产业", 1},
      {"JM", "专栏 11-1：文化事业和产业重点项目", 21},
      {"JM", "专栏 12-1：环境保护与生态修复重点项目", 40},
      {"JM", "一、打造鄂中客货运铁路枢纽", 1},
      {"JM", "专栏 13-1: 荆门“十四五”时期铁路网络建设", 9},
      {"JM", "二、打造鄂中区域公路骨干网", 4},
      {"JM", "专栏 13-2: 公路提档升级重点项目", 44},
      {"JM", "三、打造江汉航运枢纽", 7},
      {"JM", "四、打造华中通用航空枢纽", 2},
      {"JM", "专栏 13-3: 多式联运集疏运体系", 11},
      {"JM", "二、推进能源供应多点支撑", 6},
      {"JM", "专栏 13-4: 基础设施重点项目", 31},
      {"JM", "专栏 14-1: 民生改善重点项目", 23},
      {"JM", "三、完善应急管理能力体系", 2},
  };
  std::map<std::pair<std::string, std::string>, std::size_t> got;
  std::size_t programs = 0;
  for (const auto& r : portfolio()) {
    programs += r.programs.size();
    for (const auto& g : r.programs) got[{r.region, g.name}] = 0;
    for (const auto& p : r.projects)
      if (!retired(p.code)) ++got[{r.region, *p.program}];
  }
  EXPECT_EQ(programs, expected.size());
  for (const auto& [r, name, count] : expected) EXPECT_EQ((got[{r, name}]), count) << r << " " << name;
}

TEST(Seed, EveryQuoteStandsVerbatimInItsCitedLines) {
  std::size_t checked = 0;
  for (const auto& r : portfolio()) {
    for (const auto& p : r.projects) {
      ASSERT_TRUE(p.source_file && p.source_lines && p.source_quote) << p.code;
      const auto text = seed_source(*p.source_file);
      ASSERT_TRUE(text) << p.code << " cites " << *p.source_file;
      const auto lines = lines_of(*text, *p.source_lines);
      ASSERT_FALSE(lines.empty()) << p.code << " cites lines " << *p.source_lines;
      EXPECT_TRUE(std::any_of(lines.begin(), lines.end(),
                              [&](std::string_view l) { return l.find(*p.source_quote) != std::string_view::npos; }))
          << p.code << ": '" << *p.source_quote << "' is not on lines " << *p.source_lines;
      ++checked;
    }
    for (const auto& m : r.milestones) {
      const auto& p = project(m.project_code);
      const auto lines = lines_of(*seed_source(*p.source_file), *m.source_lines);
      ASSERT_FALSE(lines.empty()) << m.project_code << " milestone cites " << *m.source_lines;
      EXPECT_TRUE(std::any_of(lines.begin(), lines.end(),
                              [&](std::string_view l) { return l.find(*m.source_quote) != std::string_view::npos; }))
          << m.project_code << " milestone quote '" << *m.source_quote << "'";
      ++checked;
    }
  }
  EXPECT_EQ(checked, 742u + 36u);
}

TEST(Seed, EveryStatedBudgetAndOwnerIsInTheCitedText) {
  std::size_t budgets = 0;
  std::size_t owners = 0;
  for (const auto& r : portfolio())
    for (const auto& p : r.projects) {
      const std::string cited = cited_text(p.source_file, p.source_lines);
      if (p.budget_yuan) {
        ++budgets;
        EXPECT_TRUE(amounts_in(cited).count(*p.budget_yuan)) << p.code << " budget " << *p.budget_yuan;
      }
      if (p.owner) {
        ++owners;
        EXPECT_NE(without_spaces(cited).find(without_spaces(*p.owner)), std::string::npos) << p.code << " " << *p.owner;
      }
    }
  EXPECT_EQ(budgets, 5u);
  EXPECT_EQ(owners, 97u);
}

TEST(Seed, CodesAreUniqueAndStable) {
  std::ifstream in(std::string(KEYPROJ_TEST_DIR) + "/unit/seed/codes.txt");
  ASSERT_TRUE(in) << "codes.txt";
  std::vector<std::string> expected;
  for (std::string line; std::getline(in, line);) expected.push_back(line);
  std::vector<std::string> got;
  std::set<std::string> unique;
  for (const auto& r : portfolio())
    for (const auto& p : r.projects) {
      got.push_back(p.code + "\t" + p.name_zh);
      EXPECT_TRUE(unique.insert(p.code).second) << p.code;
      EXPECT_EQ(code_refusal(p.code, "code"), "") << "every seed code passes the rule of a new code";
    }
  // A code, once given, names the same project for good: officers write it on paper.
  EXPECT_EQ(got, expected);
}

TEST(Seed, FinishIsStatedOrTheEndOfThePlanPeriod) {
  EXPECT_EQ(project("TM-011").planned_finish, "2025-12-31");
  EXPECT_EQ(project("TM-011").finish_source, "plan");
  EXPECT_EQ(project("TM-017").planned_finish, "2025-12-31");
  EXPECT_EQ(project("TM-017").finish_source, "stated");
  EXPECT_EQ(project("EZ-011").planned_start, "2022-10-01");
  EXPECT_EQ(project("EZ-011").planned_finish, "2023-09-30");
  EXPECT_EQ(project("EZ-011").finish_source, "stated");
  EXPECT_EQ(project("EZ-011").budget_yuan, 560000000);
  EXPECT_EQ(project("EZ-011").owner, "新合作集团");
}

TEST(Seed, TianmenLogisticsParkWithItsLocationAndTwoPhases) {
  const auto& p = project("TM-011");
  EXPECT_EQ(p.name_zh, "天门市综合物流产业园项目");
  EXPECT_EQ(p.program, "专栏4 农商互联体系工程");
  EXPECT_EQ(p.location, "天门东站长（小板）、卓尔产业园、武天高速小板互通");
  EXPECT_EQ(p.category, "logistics");
  EXPECT_EQ(p.budget_yuan, std::nullopt);  // the plan states none
  EXPECT_EQ(p.owner, std::nullopt);
  EXPECT_NE(p.scale->find("物流转运、冷链运输、仓储、快递分拣"), std::string::npos);
  const auto phases = milestones_of("TM-011");
  ASSERT_EQ(phases.size(), 2u);
  EXPECT_EQ(phases[0].title, "一期以仓储、物流板块和市场公共服务功能区建设为主，兼顾发展加工业");
  EXPECT_EQ(phases[1].title, "二期以加工板块为主，建设商户配套设施");
  EXPECT_EQ(phases[0].due, std::nullopt);
  EXPECT_EQ(phases[1].due, std::nullopt);
}

TEST(Seed, EzhouAirportBondedZonePhaseOneIn1305MuAndFourZones) {
  const auto& p = project("EZ-020");
  EXPECT_EQ(p.name_zh, "鄂州空港综合保税区");
  EXPECT_EQ(p.category, "bonded_zone");
  for (const char* fact : {"1305亩", "查验区121亩", "保税加工区241亩", "保税服务区553亩（含航站油库）",
                           "保税物流区390亩（含口岸作业区）", "配套海关查验工程"})
    EXPECT_NE(p.scale->find(fact), std::string::npos) << fact;
  const auto phases = milestones_of("EZ-020");
  ASSERT_EQ(phases.size(), 1u);
  EXPECT_EQ(phases[0].title.rfind("鄂州空港综合保税区（一期）：规划用地1305亩", 0), 0u);
}

TEST(Seed, JingmenParksWithCountyAndLeadingIndustries) {
  const auto& jm = region("JM");
  auto in_program = [&](const std::string& prefix) {
    std::vector<const NewProject*> out;
    for (const auto& p : jm.projects)
      if (p.program->rfind(prefix, 0) == 0) out.push_back(&p);
    return out;
  };
  const auto zones = in_program("专栏 4-1");
  const auto parks = in_program("专栏 4-2");
  const auto chemical = in_program("专栏 4-3");
  EXPECT_EQ(zones.size(), 5u);
  EXPECT_EQ(parks.size(), 15u);
  EXPECT_EQ(chemical.size(), 7u);
  for (const auto* list : {&zones, &parks, &chemical})
    for (const auto* p : *list) {
      EXPECT_TRUE(p->county && !p->county->empty()) << p->code;
      EXPECT_TRUE(p->scale && !p->scale->empty()) << p->code;
    }
  EXPECT_EQ(project("JM-008").name_zh, "荆门高新技术产业开发区");
  EXPECT_EQ(project("JM-008").scale, "主导产业：化工、再生资源利用与环保、汽车及零部件、智能制造装备、生物医药");
  EXPECT_EQ(project("JM-009").county, "京山市");
  EXPECT_EQ(project("JM-028").name_zh, "荆门化工循环产业园");
  EXPECT_EQ(project("JM-028").category, "chemical");
  EXPECT_NE(project("JM-028").scale->find("主导产业：石油化工、精细化工、碳一化工"), std::string::npos);
  for (const auto* p : chemical) EXPECT_EQ(p->category, "chemical") << p->code;
  for (const auto* p : zones) EXPECT_EQ(p->category, "industrial_park") << p->code;
}

TEST(Seed, StatusHintsBecomeStages) {
  EXPECT_EQ(project("EZ-006").stage, "building");  // 正式奠基
  std::map<std::string, int> stages;
  for (const auto& r : portfolio())
    for (const auto& p : r.projects) ++stages[p.stage];
  EXPECT_EQ(stages, (std::map<std::string, int>{{"building", 3}, {"operating", 1}, {"planned", 733}, {"preparing", 5}}));
}

TEST(Seed, MalformedSeedNamesFileLineAndColumn) {
  const EmbeddedFile files[] = {
      {"XX/plan.csv", "title,issuer,issued_on,period_start,period_end,source_file,source_lines\nT,,,2021-01-01,2025-12-31,,\n"},
      {"XX/programs.csv", "name,source_lines\nP,1-2\n"},
      {"XX/projects.csv",
       "code,name_zh,name_en,county,program,category,location,scale,owner,stage,budget,planned_start,planned_finish,"
       "source_file,source_lines,source_quote\nXX-001,甲,A,,P,other,,,,planned,1.5亿亿,,,,,\n"},
      {"XX/milestones.csv", "project_code,title,due,done_on,source_lines,source_quote\n"},
      {"XX/retired.csv", "code,reason\n"},
  };
  try {
    read_portfolio(files);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    EXPECT_STREQ(e.what(),
                 "XX/projects.csv line 2 column budget: budget '1.5亿亿' is not an amount of money; give digits with "
                 "an optional 万 or 亿, such as 1.5亿");
  }
}

TEST(LinesOf, TakesAnInclusiveRange) {
  EXPECT_EQ(lines_of("a\nb\nc\n", "2-3"), (std::vector<std::string_view>{"b", "c"}));
  EXPECT_EQ(lines_of("a\nb\nc", "3-3"), (std::vector<std::string_view>{"c"}));
  EXPECT_TRUE(lines_of("a\nb\n", "2-5").empty());
  EXPECT_TRUE(lines_of("a\nb\n", "x").empty());
  EXPECT_TRUE(lines_of("a\nb\n", "2-1").empty());
}

}  // namespace
}  // namespace keyproj
