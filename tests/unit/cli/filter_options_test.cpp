#include "cli/filter_options.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace keyproj {
namespace {

const Date kAsOf = parse_date("2026-06-30", "as-of");

po::variables_map parse(std::vector<std::string> words, Search search = Search::Yes) {
  po::options_description o;
  declare_filter_options(o, search);
  po::variables_map args;
  po::store(po::command_line_parser(words).options(o).run(), args);
  return args;
}

TEST(PortfolioFilterOptions, ReadsEveryFilterAndLeavesTheRestOut) {
  const PortfolioFilter f = portfolio_filter(
      parse({"--region", "TM", "--stage", "building", "--owner", "天门市商务局", "--program", "物流", "--search", "园"}), kAsOf);
  EXPECT_EQ(f.as_of, kAsOf);
  EXPECT_EQ(f.region, "TM");
  EXPECT_EQ(f.stage, Stage::Building);
  EXPECT_EQ(f.owner, "天门市商务局");
  EXPECT_EQ(f.program, "物流");
  EXPECT_EQ(f.search, "园");
  const PortfolioFilter none = portfolio_filter(parse({}), kAsOf);
  EXPECT_FALSE(none.region || none.stage || none.owner || none.program || none.search);
}

TEST(PortfolioFilterOptions, TheOverdueListDeclaresNoSearch) {
  EXPECT_THROW(parse({"--search", "园"}, Search::No), po::unknown_option);
  EXPECT_EQ(portfolio_filter(parse({"--region", "TM"}, Search::No), kAsOf).region, "TM");
}

TEST(PortfolioFilterOptions, AStageIsReadAsTheStageMachineNamesIt) {
  EXPECT_EQ(portfolio_filter(parse({"--stage", "在建"}), kAsOf).stage, Stage::Building);
  try {
    portfolio_filter(parse({"--stage", "started"}), kAsOf);
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
  }
}

}  // namespace
}  // namespace keyproj
