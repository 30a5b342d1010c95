#include "cli/completion.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "cli/global_options.h"
#include "cli/usage.h"
#include "domain/category.h"
#include "domain/stage.h"

namespace keyproj {
namespace {

using Words = std::vector<std::string>;

// A database of three codes and two regions; `asked` records each prefix the codes were asked for.
struct FakeDatabase {
  Words asked;
  DatabaseWords words() {
    return {[this](std::string_view prefix) {
              asked.emplace_back(prefix);
              Words out;
              for (const char* code : {"EZ-1", "TM-1", "TM-2"})
                if (std::string_view(code).starts_with(prefix)) out.emplace_back(code);
              return out;
            },
            [] { return Words{"TM", "EZ"}; }};
  }
};

Words complete(const Words& words, FakeDatabase& db) { return completions(words, db.words()); }
Words complete(const Words& words) {
  FakeDatabase db;
  return complete(words, db);
}

std::vector<std::string> split(std::string_view name) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= name.size()) {
    const std::size_t end = std::min(name.find(' ', start), name.size());
    out.emplace_back(name.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

TEST(Completion, TheFirstWordIsHelpOrTheFirstWordOfACommandPeopleRun) {
  Words expected{"help"};
  for (const Command* c : listed_commands()) {
    const std::string first = split(c->name)[0];
    if (std::find(expected.begin(), expected.end(), first) == expected.end()) expected.push_back(first);
  }
  EXPECT_EQ(complete({""}), expected);
  EXPECT_EQ(complete({"proj"}), Words{"project"});
  EXPECT_EQ(complete({"comp"}), Words{});  // hidden
  EXPECT_EQ(complete({"man"}), Words{});
}

TEST(Completion, AGroupsNextWordIsItsSubcommands) {
  Words expected;
  for (const Command* c : group_commands("project")) expected.push_back(split(c->name)[1]);
  EXPECT_EQ(complete({"project", ""}), expected);
  EXPECT_EQ(complete({"project", "sh"}), Words{"show"});
  EXPECT_EQ(complete({"help", "project", "sh"}), Words{"show"});
  EXPECT_EQ(complete({"help", "proj"}), Words{"project"});
  // Global options and their values before the command are passed over.
  EXPECT_EQ(complete({"--db", "x.db", "-q", "project", "sh"}), Words{"show"});
}

const po::options_description& global_options_kept() {
  static const po::options_description kept = global_options();
  return kept;
}

TEST(Completion, OptionsAreTheCommandsOwnThenTheGlobalOnes) {
  const Command* overdue = nullptr;
  for (const Command* c : listed_commands())
    if (c->name == "overdue") overdue = c;
  ASSERT_NE(overdue, nullptr);
  po::options_description own;
  po::positional_options_description positional;
  overdue->declare(own, positional);
  Words expected;
  for (const po::options_description* options : std::initializer_list<const po::options_description*>{&own, &global_options_kept()})
    for (const auto& o : options->options()) {
      expected.push_back("--" + o->long_name());
      const std::string short_name = o->canonical_display_name(po::command_line_style::allow_dash_for_short);
      if (short_name.size() == 2 && short_name[0] == '-') expected.push_back(short_name);
    }
  EXPECT_EQ(complete({"overdue", "-"}), expected);
  EXPECT_EQ(complete({"overdue", "--form"}), Words{"--format"});
  EXPECT_EQ(complete({"--form"}), Words{"--format"});
}

TEST(Completion, AnOptionsValuesAfterItOrAfterItsEqualsSign) {
  Words stages;
  for (Stage s : kStages) stages.emplace_back(stage_name(s));
  EXPECT_EQ(complete({"log", "TM-1", "--stage", ""}), stages);
  EXPECT_EQ(complete({"log", "TM-1", "--stage", "b"}), Words{"building"});
  EXPECT_EQ(complete({"overdue", "--format", ""}), (Words{"table", "csv", "json", "xlsx"}));
  EXPECT_EQ(complete({"overdue", "--format=c"}), Words{"--format=csv"});
  EXPECT_EQ(complete({"export", "--what", "milestones", "--format", ""}), (Words{"table", "csv", "json", "xlsx", "ics"}));
  EXPECT_EQ(complete({"export", "--format=i"}), Words{"--format=ics"});
  EXPECT_EQ(complete({"--lang", ""}), (Words{"zh", "en"}));
  EXPECT_EQ(complete({"overdue", "--region", ""}), (Words{"TM", "EZ"}));
  EXPECT_EQ(complete({"overdue", "--region=E"}), Words{"--region=EZ"});
  Words categories;
  for (const WordName& w : known_categories())
    if (w.word.starts_with("c")) categories.emplace_back(w.word);
  EXPECT_EQ(complete({"project", "add", "X", "--category", "c"}), categories);
  // A value the command table knows nothing of: none, and the shell offers files.
  EXPECT_EQ(complete({"--db", ""}), Words{});
}

TEST(Completion, AProjectOperandIsAProjectCode) {
  FakeDatabase db;
  EXPECT_EQ(complete({"project", "show", "TM"}, db), (Words{"TM-1", "TM-2"}));
  EXPECT_EQ(complete({"log", ""}, db), (Words{"EZ-1", "TM-1", "TM-2"}));
  EXPECT_EQ(db.asked, (Words{"TM", ""}));
  // After `--`, a word beginning with '-' is an operand too.
  EXPECT_EQ(complete({"project", "show", "--", "-"}, db), Words{});
  EXPECT_EQ(db.asked.back(), "-");
  // Only the first operand, and only of a command that takes a project.
  db.asked.clear();
  EXPECT_EQ(complete({"project", "show", "TM-1", "T"}, db), Words{});
  EXPECT_EQ(complete({"import", "T"}, db), Words{});
  EXPECT_EQ(complete({"milestone", "done", "T"}, db), Words{});
  EXPECT_TRUE(db.asked.empty());
}

TEST(Completion, TheDatabaseTheWordsName) {
  EXPECT_EQ(database_named(Words{"--db", "a.db", "overdue"}), "a.db");
  EXPECT_EQ(database_named(Words{"overdue", "--db=b.db"}), "b.db");
  EXPECT_EQ(database_named(Words{"overdue", "--db"}), "");
  EXPECT_EQ(database_named(Words{}), "");
}

}  // namespace
}  // namespace keyproj
