#include "cli/usage.h"

#include <gtest/gtest.h>

#include <sstream>

namespace keyproj {
namespace {

std::vector<std::string> names(const std::vector<const Command*>& commands) {
  std::vector<std::string> out;
  for (const Command* c : commands) out.emplace_back(c->name);
  return out;
}

TEST(Usage, AGroupIsTheCommandsWhoseFirstWordItIs) {
  const auto config = group_commands("config");
  EXPECT_EQ(names(config), (std::vector<std::string>{"config list", "config set", "config profile"}));
  // Every command of two words is in the group of its first word, in the overview's order.
  std::vector<std::string> project;
  for (const Command* c : all_commands())
    if (c->name.starts_with("project ")) project.emplace_back(c->name);
  EXPECT_GE(project.size(), 2u);
  EXPECT_EQ(names(group_commands("project")), project);
  // A word that only begins a command's name, a whole command and an unknown word are no group.
  EXPECT_TRUE(group_commands("proj").empty());
  EXPECT_TRUE(group_commands("report").empty());
  EXPECT_TRUE(group_commands("frobnicate").empty());
  EXPECT_TRUE(group_commands("").empty());
}

TEST(Usage, AGroupsHelpListsItsSubcommandsWithTheirSummaries) {
  std::ostringstream out;
  ASSERT_TRUE(print_group(out, "config"));
  std::string expected = "usage: keyproj config SUBCOMMAND [options]\n\nSubcommands:\n";
  for (const Command* c : group_commands("config")) {
    std::string name(c->name);
    expected += "  " + name + std::string(18 - name.size(), ' ') + "  " + std::string(c->summary) + "\n";
  }
  expected += "\nRun 'keyproj help config SUBCOMMAND' for a subcommand's options.\n";
  EXPECT_EQ(out.str(), expected);
}

TEST(Usage, NoGroupPrintsNothing) {
  std::ostringstream out;
  EXPECT_FALSE(print_group(out, "frobnicate"));
  EXPECT_FALSE(print_group(out, "log"));
  EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace keyproj
