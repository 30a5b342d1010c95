#include "bad-input/portfolio.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace keyproj::bad_input {

void build_portfolio(const e2e::Sandbox& s) {
  const std::vector<std::vector<std::string>> steps = {
      {"init"},
      {"owner", "add", "--name", "天门市商务局", "--kind", "unit", "--contact", "0728-5221000"},
      {"project", "add", "--code", "TM-011", "--name", "天门市综合物流产业园项目", "--region", "TM", "--name-en",
       "Tianmen Logistics Park", "--county", "天门市", "--program", "专栏4 农商互联体系工程", "--category",
       "logistics", "--owner", "天门市商务局", "--budget", "1.5亿元", "--start", "2022", "--finish", "2025"},
      {"project", "add", "--code", "WH-001", "--name", "汉口北市场", "--region", "WH"},
      // Two names sharing 物流 with TM-011: a name part that is ambiguous.
      {"project", "add", "--code", "JM-001", "--name", "荆门市物流园", "--region", "JM", "--budget", "3亿",
       "--finish", "2024-06"},
      {"project", "add", "--code", "JM-002", "--name", "荆门市冷链物流中心", "--region", "JM", "--stage", "building"},
      // A name holding SQL: looked up and listed, it must stay text.
      {"project", "add", "--code", "ZS-001", "--name", "x'); DROP TABLE project; --", "--region", "ZS"},
      // What a month of tracking leaves: reports, milestones (1 open and late, 2 open, 3 done),
      // a suspended, a cancelled, a completed and an archived project.
      {"log", "TM-011", "--date", "2026-10-31", "--progress", "40", "--invested", "2000万", "--note", "主体施工",
       "--stage", "building"},
      {"milestone", "add", "TM-011", "--title", "主体完工", "--due", "2025-06"},
      {"milestone", "add", "TM-011", "--title", "竣工验收", "--due", "2027"},
      {"milestone", "add", "JM-001", "--title", "开工", "--due", "2024"},
      {"milestone", "done", "3", "--date", "2024-03-15"},
      // Problems: 1 open and late, 2 resolved.
      {"problem", "add", "TM-011", "--text", "征地拆迁未完成", "--due", "2026-10-31", "--date", "2026-09-01"},
      {"problem", "add", "TM-011", "--text", "施工图审查滞后", "--date", "2026-09-01"},
      {"problem", "resolve", "2", "--note", "已通过审查", "--date", "2026-10-10"},
      {"log", "JM-002", "--stage", "suspended", "--note", "资金未到位", "--blocker", "资金"},
      {"project", "add", "--code", "WH-009", "--name", "汉阳取消项目", "--region", "WH"},
      {"project", "edit", "WH-009", "--stage", "cancelled"},
      {"project", "add", "--code", "EZ-009", "--name", "鄂州归档项目", "--region", "EZ"},
      {"project", "archive", "EZ-009"},
      {"project", "add", "--code", "ZS-002", "--name", "中山竣工项目", "--region", "ZS", "--stage", "completed"},
      // The 2026 annual plan: a continuing project with an amount, a new start without one.
      {"plan", "set", "TM-011", "--year", "2026", "--class", "continuing", "--investment", "5000万"},
      {"plan", "set", "WH-001", "--year", "2026", "--class", "new", "--start", "2026-05"},
      // Leaders: two share a name (ids 1 and 2); the third (id 3) leads TM-011.
      {"leader", "add", "--name", "张伟", "--title", "副市长"},
      {"leader", "add", "--name", "张伟", "--title", "区长"},
      {"leader", "add", "--name", "李强", "--title", "常务副市长", "--phone", "13800000000"},
      {"project", "edit", "TM-011", "--leader", "3"},
  };
  for (const auto& step : steps) {
    const e2e::Outcome r = s.keyproj(step);
    if (r.code != 0) {
      std::string line;
      for (const auto& w : step) line += " " + w;
      throw std::runtime_error("building the portfolio: keyproj" + line + " failed (" + std::to_string(r.code) +
                               "): " + r.err);
    }
  }
  // Fold the WAL into the file, so that copies of it and byte comparisons see everything.
  if (s.backend() == e2e::Backend::sqlite) s.sql("PRAGMA wal_checkpoint(TRUNCATE)");
}

}  // namespace keyproj::bad_input
