#pragma once
// A small fixed portfolio built by commands, as officers would have entered it month by month
// through 2026. build_until(date) replays every step dated on or before `date`, each run with
// --as-of set to its own day, so a test sees the portfolio as it stood on that day.
//
// Entered 2026-01-05 (all):
//   TM-001 天门市综合物流产业园项目   building   1.5亿  2025-01-01 → 2026-12-31  logistics
//   TM-002 天门冷链物流中心           preparing  8000万 2026-01-01 → 2027-12-31  cold_chain
//   EZ-001 Ezhou Cargo Hub 鄂州货运枢纽 planned  (no budget)        → 2028-12-31  airport   never reports
//   WH-001 汉口北市场                 operating  2亿                → 2025-12-31  market
//   WH-002 武汉港口岸综合服务中心     building   1亿    2026-01-01 → 2027-12-31  port
//   ZS-001 中山保税物流中心           building   5亿    2024-01-01 → 2026-06-30  logistics
//   ZS-002 中山跨境电商产业园         cancelled on entry (no budget, no category)
//   JM-001 荆门物流园                 archived on entry
// Milestones (ids in the order added):
//   1 TM-001 开工 2025-03-01, done 2025-03-10     2 TM-001 主体工程完工 2026-06-30
//   3 TM-001 竣工验收 2026-12-31                  4 TM-002 可研批复 2026-04-30, moved to 2026-09-30 on 07-01
//   5 EZ-001 立项 2026-11-22                      6 WH-001 开业 2025-10-01, done 2025-12-20
//   7 ZS-001 海关验收 2026-05-31, done 07-01      8 ZS-002 招商 2026-02-28 (project cancelled)
//   9 JM-001 封顶 2026-01-31 (project archived)
// Reports on 2026-03-31, 2026-07-01 and 2026-10-31 (EZ-001 never reports); invested by 2026-11-22:
//   TM-001 4500万, TM-002 800万, WH-001 2亿, WH-002 4000万, ZS-001 3亿.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "e2e/harness.h"

namespace keyproj::e2e {

class FixedPortfolio : public ::testing::Test {
 protected:
  struct Step {
    std::string date;
    std::vector<std::string> args;
  };

  static const std::vector<Step>& steps() {
    static const std::vector<Step> all = {
        {"2026-01-05", {"project", "add", "--code", "TM-001", "--name", "天门市综合物流产业园项目", "--region", "TM",
                        "--stage", "building", "--budget", "1.5亿", "--start", "2025-01", "--finish", "2026-12",
                        "--owner", "天门市商务局", "--program", "专栏4 农商互联体系工程", "--category", "logistics"}},
        {"2026-01-05", {"project", "add", "--code", "TM-002", "--name", "天门冷链物流中心", "--region", "TM", "--stage",
                        "preparing", "--budget", "8000万", "--start", "2026", "--finish", "2027", "--owner",
                        "天门市商务局", "--category", "cold_chain"}},
        {"2026-01-05", {"project", "add", "--code", "EZ-001", "--name", "Ezhou Cargo Hub 鄂州货运枢纽", "--region", "EZ",
                        "--finish", "2028", "--owner", "Hubei Airport Group", "--category", "airport"}},
        {"2026-01-05", {"project", "add", "--code", "WH-001", "--name", "汉口北市场", "--region", "WH", "--stage",
                        "operating", "--budget", "2亿", "--finish", "2025", "--owner", "武汉市商务局", "--category",
                        "market"}},
        {"2026-01-05", {"project", "add", "--code", "WH-002", "--name", "武汉港口岸综合服务中心", "--region", "WH",
                        "--stage", "building", "--budget", "1亿", "--start", "2026", "--finish", "2027", "--owner",
                        "武汉市商务局", "--category", "port"}},
        {"2026-01-05", {"project", "add", "--code", "ZS-001", "--name", "中山保税物流中心", "--region", "ZS", "--stage",
                        "building", "--budget", "5亿", "--start", "2024", "--finish", "2026-06", "--owner",
                        "中山市商务局", "--program", "专栏4 农商互联体系工程", "--category", "logistics"}},
        {"2026-01-05", {"project", "add", "--code", "ZS-002", "--name", "中山跨境电商产业园", "--region", "ZS",
                        "--finish", "2026-03"}},
        {"2026-01-05", {"project", "add", "--code", "JM-001", "--name", "荆门物流园", "--region", "JM", "--stage",
                        "building", "--finish", "2026-02"}},
        {"2026-01-05", {"milestone", "add", "TM-001", "--title", "开工", "--due", "2025-03-01"}},
        {"2026-01-05", {"milestone", "add", "TM-001", "--title", "主体工程完工", "--due", "2026-06-30"}},
        {"2026-01-05", {"milestone", "add", "TM-001", "--title", "竣工验收", "--due", "2026-12"}},
        {"2026-01-05", {"milestone", "add", "TM-002", "--title", "可研批复", "--due", "2026-04-30"}},
        {"2026-01-05", {"milestone", "add", "EZ-001", "--title", "立项", "--due", "2026-11-22"}},
        {"2026-01-05", {"milestone", "add", "WH-001", "--title", "开业", "--due", "2025-10-01"}},
        {"2026-01-05", {"milestone", "add", "ZS-001", "--title", "海关验收", "--due", "2026-05-31"}},
        {"2026-01-05", {"milestone", "add", "ZS-002", "--title", "招商", "--due", "2026-02-28"}},
        {"2026-01-05", {"milestone", "add", "JM-001", "--title", "封顶", "--due", "2026-01-31"}},
        {"2026-01-05", {"milestone", "done", "1", "--date", "2025-03-10"}},
        {"2026-01-05", {"milestone", "done", "6", "--date", "2025-12-20"}},
        {"2026-01-05", {"log", "ZS-002", "--stage", "cancelled", "--note", "招商未落地"}},
        {"2026-01-05", {"project", "archive", "JM-001"}},
        {"2026-03-31", {"log", "TM-001", "--invested", "3000万", "--progress", "20"}},
        {"2026-03-31", {"log", "TM-002", "--invested", "500万"}},
        {"2026-03-31", {"log", "WH-001", "--invested", "2亿"}},
        {"2026-03-31", {"log", "WH-002", "--invested", "1000万"}},
        {"2026-03-31", {"log", "ZS-001", "--invested", "2亿", "--progress", "60"}},
        {"2026-07-01", {"milestone", "move", "4", "--due", "2026-09-30", "--reason", "审批延误"}},
        {"2026-07-01", {"milestone", "done", "7"}},
        {"2026-07-01", {"log", "TM-001", "--progress", "40"}},
        {"2026-07-01", {"log", "TM-002", "--progress", "10"}},
        {"2026-07-01", {"log", "WH-002", "--progress", "20"}},
        {"2026-07-01", {"log", "ZS-001", "--progress", "80", "--blocker", "海关验收后待整改"}},
        {"2026-10-31", {"log", "TM-001", "--invested", "1500万", "--progress", "60"}},
        {"2026-10-31", {"log", "TM-002", "--invested", "300万"}},
        {"2026-10-31", {"log", "WH-002", "--invested", "3000万", "--progress", "45"}},
        {"2026-10-31", {"log", "ZS-001", "--invested", "1亿", "--progress", "90"}},
    };
    return all;
  }

  // Replays the steps dated on or before `date`, then leaves --as-of at `date`.
  void build_until(const std::string& date) {
    ASSERT_EQ(s.keyproj({"init"}).code, 0);
    for (const Step& step : steps()) {
      if (step.date > date) break;
      s.as_of = step.date;
      const Outcome r = s.keyproj(step.args);
      ASSERT_EQ(r.code, 0) << step.args[0] << " " << step.args[1] << ": " << r.err;
    }
    s.as_of = date;
  }

  Outcome run(std::vector<std::string> args) const { return s.keyproj(args); }

  // Runs a command that must succeed and returns its output.
  std::string ok(const std::vector<std::string>& args) const {
    const Outcome r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << r.err;
    return r.out;
  }

  // Like ok(), on a terminal `columns` wide.
  std::string ok_at_width(std::vector<std::string> args, int columns) const {
    args.insert(args.begin(), {"--db", s.db(), "--as-of", s.as_of});
    const Outcome r = s.raw(args, {"COLUMNS=" + std::to_string(columns)});
    EXPECT_EQ(r.code, 0) << r.err;
    return r.out;
  }

  Sandbox s;
};

}  // namespace keyproj::e2e
