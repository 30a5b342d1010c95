#include "cli/globals.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "util/error.h"

namespace keyproj {
namespace {

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
  ::unsetenv("LC_ALL");
  ::unsetenv("LC_MESSAGES");
  ::setenv("LANG", "zh_CN.UTF-8", 1);
  EXPECT_EQ(lang_from_environment(), Lang::Zh);
  ::setenv("LC_MESSAGES", "C.UTF-8", 1);  // before LANG
  EXPECT_EQ(lang_from_environment(), Lang::En);
  ::setenv("LC_ALL", "zh_TW.UTF-8", 1);  // before both
  EXPECT_EQ(lang_from_environment(), Lang::Zh);
  ::unsetenv("LC_ALL");
  ::unsetenv("LC_MESSAGES");
  ::unsetenv("LANG");
  EXPECT_EQ(lang_from_environment(), Lang::En);
}

}  // namespace
}  // namespace keyproj
