#include "util/translate.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "unit/in_language.h"

namespace keyproj {
namespace {

TEST(Translate, EnglishIsTheSourceTextWhateverLanguageSays) {
  setenv("LANGUAGE", "zh_CN", 1);
  ASSERT_TRUE(use_language(Lang::En));
  EXPECT_EQ(current_language(), Lang::En);
  EXPECT_STREQ(tr("lang {} is not known; use zh or en"), "lang {} is not known; use zh or en");
  EXPECT_EQ(trf("lang {} is not known; use zh or en", "'x'"), "lang 'x' is not known; use zh or en");
  EXPECT_STREQ(trn("{} project", "{} projects", 1), "{} project");
  EXPECT_STREQ(trn("{} project", "{} projects", 2), "{} projects");
  unsetenv("LANGUAGE");
}

TEST(Translate, ChineseComesFromTheCatalogueWithNoZhLocaleInstalled) {
  InLanguage zh(Lang::Zh);
  ASSERT_EQ(current_language(), Lang::Zh) << "the catalogue was not found in the build tree";
  EXPECT_EQ(trf("lang {} is not known; use zh or en", "'x'"), "语言 'x' 无法识别；请用 zh 或 en");
  EXPECT_EQ(tr(std::string_view("lang {} is not known; use zh or en")), "语言 {} 无法识别；请用 zh 或 en");
}

TEST(Translate, TextNotInTheCatalogueStaysAsWritten) {
  InLanguage zh(Lang::Zh);
  EXPECT_STREQ(tr("no such text in the catalogue"), "no such text in the catalogue");
  EXPECT_STREQ(trc("no such context", "building"), "building");
}

TEST(Translate, BackToEnglishAfterChinese) {
  { InLanguage zh(Lang::Zh); }
  EXPECT_EQ(current_language(), Lang::En);
  EXPECT_STREQ(tr("lang {} is not known; use zh or en"), "lang {} is not known; use zh or en");
}

}  // namespace
}  // namespace keyproj
