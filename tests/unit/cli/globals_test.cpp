#include "cli/globals.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdlib>
#include <optional>
#include <string>

#include "util/error.h"

namespace keyproj {
namespace {

// The locale variables lang_from_environment reads, unset for a test's scope and put back after:
// the test's process may hold any of them (use_language(Lang::Zh) sets LANGUAGE, and a shard of
// unit_tests runs many tests in one process).
class WithoutLocaleVariables {
 public:
  WithoutLocaleVariables() {
    for (std::size_t i = 0; i < kNames.size(); ++i) {
      if (const char* v = std::getenv(kNames[i])) kept_[i] = v;
      ::unsetenv(kNames[i]);
    }
  }
  ~WithoutLocaleVariables() {
    for (std::size_t i = 0; i < kNames.size(); ++i) {
      if (kept_[i]) ::setenv(kNames[i], kept_[i]->c_str(), 1);
      else ::unsetenv(kNames[i]);
    }
  }
  WithoutLocaleVariables(const WithoutLocaleVariables&) = delete;
  WithoutLocaleVariables& operator=(const WithoutLocaleVariables&) = delete;

 private:
  static constexpr std::array<const char*, 4> kNames{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};
  std::array<std::optional<std::string>, 4> kept_;
};

TEST(Globals, FormatAndLangWords) {
  EXPECT_EQ(parse_format("table"), Format::Table);
  EXPECT_EQ(parse_format("csv"), Format::Csv);
  EXPECT_EQ(parse_format("json"), Format::Json);
  EXPECT_EQ(parse_format("xlsx"), Format::Xlsx);
  EXPECT_EQ(parse_lang("zh"), Lang::Zh);
  EXPECT_EQ(parse_lang("en"), Lang::En);
  try {
    parse_format("xls");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Usage);
    EXPECT_STREQ(e.what(), "format 'xls' is not known; use table, csv, json, xlsx or ics");
  }
  try {
    parse_lang("cn");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Usage);
    EXPECT_STREQ(e.what(), "lang 'cn' is not known; use zh or en");
  }
}

TEST(Globals, LangFromTheFirstLocaleVariableThatIsSet) {
  const WithoutLocaleVariables clean;
  ::setenv("LANG", "zh_CN.UTF-8", 1);
  EXPECT_EQ(lang_from_environment(), Lang::Zh);
  ::setenv("LC_MESSAGES", "C.UTF-8", 1);  // before LANG
  EXPECT_EQ(lang_from_environment(), Lang::En);
  ::setenv("LC_ALL", "zh_TW.UTF-8", 1);  // before both
  EXPECT_EQ(lang_from_environment(), Lang::Zh);
  ::setenv("LANGUAGE", "en:zh_CN", 1);  // before all: its first entry
  EXPECT_EQ(lang_from_environment(), Lang::En);
  ::unsetenv("LANGUAGE");
  ::unsetenv("LC_ALL");
  ::unsetenv("LC_MESSAGES");
  ::unsetenv("LANG");
  EXPECT_EQ(lang_from_environment(), Lang::En);
}

}  // namespace
}  // namespace keyproj
