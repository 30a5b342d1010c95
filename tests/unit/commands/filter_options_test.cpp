#include "commands/filter_options.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace keyproj {
namespace {

po::variables_map parse(std::vector<std::string> words) {
  po::options_description o;
  o.add_options()("region", po::value<std::string>())("stage", po::value<std::string>())(
      "owner", po::value<std::string>())("program", po::value<std::string>())("search", po::value<std::string>());
  po::variables_map args;
  po::store(po::command_line_parser(words).options(o).run(), args);
  return args;
}

TEST(ProjectFilter, ReadsEveryFilterAndLeavesTheRestOut) {
  const ProjectFilter f = project_filter(
      parse({"--region", "TM", "--stage", "building", "--owner", "天门市商务局", "--program", "物流", "--search", "园"}));
  EXPECT_EQ(f.region, "TM");
  EXPECT_EQ(f.stage, "building");
  EXPECT_EQ(f.owner, "天门市商务局");
  EXPECT_EQ(f.program, "物流");
  EXPECT_EQ(f.search, "园");
  EXPECT_FALSE(f.include_archived);
  const ProjectFilter none = project_filter(parse({}));
  EXPECT_FALSE(none.region || none.stage || none.owner || none.program || none.search);
}

TEST(ProjectFilter, AStageIsReadAsTheStageMachineNamesIt) {
  EXPECT_EQ(project_filter(parse({"--stage", "在建"})).stage, "building");
  try {
    project_filter(parse({"--stage", "started"}));
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
  }
}

}  // namespace
}  // namespace keyproj
