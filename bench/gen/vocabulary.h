#pragma once
// The words synthetic projects are made of: the five cities of the first portfolio, their
// counties and districts, the kinds of project their commerce plans name, owners, milestones,
// notes and blockers. Chosen so that names look like the ones officers type.

#include <span>
#include <string_view>

namespace keyproj::bench {

struct RegionWords {
  std::string_view code;
  std::string_view zh;  // 天门
  std::string_view en;  // Tianmen
  std::string_view city_zh;  // 天门市
  std::span<const std::string_view> counties;
  std::span<const std::string_view> officers;  // authors of the monthly reports
};

struct ProjectKind {
  std::string_view category;  // logistics, market, …
  std::string_view zh;        // 冷链物流中心
  std::string_view en;        // Cold-Chain Logistics Centre
};

// The five regions, in the order of migrations/0002_regions.sql.
std::span<const RegionWords> regions();
std::span<const ProjectKind> project_kinds();
std::span<const std::string_view> trade_names();      // 字号: 华中, 长江, 汉江 …
std::span<const std::string_view> owner_trades();     // 物流, 供应链, 冷链 …
std::span<const std::string_view> owner_suffixes();   // 有限公司, 集团有限公司 …
std::span<const std::string_view> public_units();     // 商务局, 发展和改革委员会 …
std::span<const std::string_view> program_names();    // 专栏 names
std::span<const std::string_view> milestone_titles(); // in the order a project reaches them
std::span<const std::string_view> notes();
std::span<const std::string_view> blockers();
std::span<const std::string_view> move_reasons();
std::span<const std::string_view> phases_zh();        // "", "（二期）", …

}  // namespace keyproj::bench
