#include "cli/reference.h"

#include <gtest/gtest.h>

#include <string>

#include "util/error.h"

namespace keyproj {
namespace {

TEST(Reference, EveryExitCodeOfErrorHIsListedOnceInItsOrder) {
  const ExitCode all[] = {ExitCode::Ok,       ExitCode::Found,    ExitCode::Usage,   ExitCode::NotFound,
                          ExitCode::Rejected, ExitCode::Database, ExitCode::Internal};
  ASSERT_EQ(exit_codes().size(), std::size(all));
  for (std::size_t i = 0; i < std::size(all); ++i)
    EXPECT_EQ(exit_codes()[i].name, std::to_string(static_cast<int>(all[i])));
}

TEST(Reference, TheEnvironmentVariablesKeyprojReads) {
  std::string names;
  for (const Described& d : environment_variables()) names += std::string(d.name) + ";";
  EXPECT_EQ(names, "KEYPROJ_DB;XDG_DATA_HOME;LANGUAGE, LC_ALL, LC_MESSAGES, LANG;NO_COLOR;COLUMNS;USER;");
  for (const Described& d : environment_variables()) EXPECT_STRNE(d.text, "");
}

}  // namespace
}  // namespace keyproj
