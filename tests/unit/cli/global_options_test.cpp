#include "cli/global_options.h"

#include <gtest/gtest.h>

#include <boost/program_options.hpp>

#include <string>

namespace keyproj {
namespace {

TEST(GlobalOptions, TheOptionsEveryCommandAccepts) {
  const auto options = global_options();
  std::string names;
  for (const auto& o : options.options()) names += o->long_name() + ";";
  EXPECT_EQ(names, "db;as-of;format;lang;user;wide;verbose;quiet;help;version;");
  EXPECT_EQ(options.find("verbose", false).canonical_display_name(
                boost::program_options::command_line_style::allow_dash_for_short),
            "-v");
}

}  // namespace
}  // namespace keyproj
