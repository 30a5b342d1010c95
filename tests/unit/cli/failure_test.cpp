#include "cli/failure.h"

#include <gtest/gtest.h>

#include <boost/program_options.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "store/sql/error.h"
#include "util/error.h"
#include "unit/in_language.h"

namespace keyproj {
namespace {

template <typename F>
std::pair<int, std::string> outcome(F&& throwing) {
  std::ostringstream err;
  try {
    throwing();
  } catch (...) {
    const int code = report_failure(std::current_exception(), err);
    return {code, err.str()};
  }
  ADD_FAILURE() << "nothing was thrown";
  return {-1, ""};
}

TEST(Failure, AnErrorOfKeyprojExitsWithItsCodeAndSentence) {
  EXPECT_EQ(outcome([] { throw rejected("progress '140' is not a whole percentage"); }),
            std::make_pair(4, std::string("keyproj: progress '140' is not a whole percentage\n")));
  EXPECT_EQ(outcome([] { throw usage_error("what 'x' is not known"); }).first, 2);
}

// Parses `args` (after the program's name) against one value option and one switch.
void parse(std::vector<std::string> args) {
  namespace po = boost::program_options;
  po::options_description o;
  o.add_options()("year", po::value<std::string>(), "")("open", po::bool_switch(), "");
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(o).run(), vm);
}

TEST(Failure, AMistypedOptionIsBoostsSentenceInEnglishAndTranslatedInChinese) {
  EXPECT_EQ(outcome([] { parse({"--colour"}); }),
            std::make_pair(2, std::string("keyproj: unrecognised option '--colour'; see 'keyproj help'\n")));
  InLanguage zh(Lang::Zh);
  EXPECT_EQ(outcome([] { parse({"--colour"}); }).second, "keyproj: 无法识别的选项 '--colour'；请查看 keyproj help\n");
  EXPECT_EQ(outcome([] { parse({"--year"}); }).second, "keyproj: 选项 '--year' 缺少必需的值；请查看 keyproj help\n");
  EXPECT_EQ(outcome([] { parse({"--open=yes"}); }).second, "keyproj: 选项 '--open' 不接受值；请查看 keyproj help\n");
  EXPECT_EQ(outcome([] { parse({"--year", "1", "--year", "2"}); }).second,
            "keyproj: 选项 '--year' 不能重复给出；请查看 keyproj help\n");
}

TEST(Failure, TheWorldsFailuresExitFive) {
  EXPECT_EQ(outcome([] { throw sql::Error(sql::Failure::Busy, 5, "database is locked"); }),
            std::make_pair(5, std::string("keyproj: database error: database is locked\n")));
  EXPECT_EQ(outcome([] { throw sql::Error(sql::Failure::Conflict, 0, "deadlock detected"); }),
            std::make_pair(5, std::string("keyproj: database conflict: other keyproj commands kept writing the same "
                                          "rows (deadlock detected); nothing was written, try again\n")));
  const auto fs = outcome([] {
    throw std::filesystem::filesystem_error("cannot open", std::filesystem::path("/x"),
                                            std::make_error_code(std::errc::permission_denied));
  });
  EXPECT_EQ(fs.first, 5);
  EXPECT_EQ(fs.second.rfind("keyproj: unexpected error: ", 0), 0u) << fs.second;
  EXPECT_EQ(outcome([] { [[maybe_unused]] const auto j = nlohmann::json::parse("[1,"); }).first, 5);
  EXPECT_EQ(outcome([] { throw std::ios_base::failure("write failed"); }).first, 5);
}

TEST(Failure, ADefectExitsSeventyAsAnInternalError) {
  EXPECT_EQ(outcome([] { (void)std::vector<int>().at(3); }).first, 70);
  const auto empty = outcome([] { (void)std::optional<int>().value(); });
  EXPECT_EQ(empty.first, 70);
  EXPECT_EQ(empty.second.rfind("keyproj: internal error: ", 0), 0u) << empty.second;
  EXPECT_EQ(outcome([] { throw std::invalid_argument("stoi"); }),
            std::make_pair(70, std::string("keyproj: internal error: stoi; please report it\n")));
  EXPECT_EQ(outcome([] { throw 42; }).first, 70);
}

}  // namespace
}  // namespace keyproj
