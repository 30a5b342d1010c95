#include "cli/problem_options.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace keyproj {
namespace {

po::variables_map parse(std::vector<std::string> words) {
  po::options_description o;
  po::positional_options_description p;
  declare_problem_id(o, p);
  o.add_options()("level", po::value<std::string>());
  declare_entry_date(o, "the day");
  po::variables_map args;
  po::store(po::command_line_parser(words).options(o).positional(p).run(), args);
  return args;
}

const Date kAsOf = parse_date("2026-11-22", "as-of");

TEST(ProblemOptions, LevelInEitherLanguageOrRefusedNamingTheValue) {
  EXPECT_EQ(level_option(parse({"7"})), std::nullopt);
  EXPECT_EQ(level_option(parse({"--level", "province"})), ProblemLevel::Province);
  EXPECT_EQ(level_option(parse({"--level", "县级"})), ProblemLevel::County);
  try {
    level_option(parse({"--level", "国家级"}));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    EXPECT_STREQ(e.what(), "--level '国家级' is not a level; give county, city or province");
  }
}

TEST(ProblemOptions, TheEntryDateIsTheAsOfDateUnlessGivenAndNeverAfterIt) {
  EXPECT_EQ(entry_date(parse({}), kAsOf), "2026-11-22");
  EXPECT_EQ(entry_date(parse({"--date", "2026/11/1"}), kAsOf), "2026-11-01");
  EXPECT_THROW(entry_date(parse({"--date", "2026-12-01"}), kAsOf), Error);
  EXPECT_EQ(parse({"7"})["id"].as<std::string>(), "7");
}

}  // namespace
}  // namespace keyproj
