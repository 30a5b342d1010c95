#include "util/shared_library.h"

#include <gtest/gtest.h>

#include <cmath>

namespace keyproj {
namespace {

TEST(SharedLibrary, OpensTheFirstNameThatLoadsAndBindsItsFunctions) {
  const SharedLibrary libm({"libm-of-no-such-version.so.99", "libm.so.6"});
  ASSERT_TRUE(libm.loaded()) << libm.error();
  double (*cosine)(double) = nullptr;
  ASSERT_TRUE(libm.bind(cosine, "cos"));
  EXPECT_EQ(cosine(0.5), std::cos(0.5));
}

TEST(SharedLibrary, SaysWhyNoneOfTheNamesLoaded) {
  const SharedLibrary missing({"libkeyproj-none.so.1", "libkeyproj-none-either.so.2"});
  EXPECT_FALSE(missing.loaded());
  // dlerror's sentence names the last name tried.
  EXPECT_NE(missing.error().find("libkeyproj-none-either.so.2"), std::string::npos) << missing.error();
  int (*fn)() = reinterpret_cast<int (*)()>(1);
  EXPECT_FALSE(missing.bind(fn, "anything"));
  EXPECT_EQ(fn, nullptr);
}

TEST(SharedLibrary, AFunctionTheLibraryLacksIsNotBound) {
  const SharedLibrary libm({"libm.so.6"});
  ASSERT_TRUE(libm.loaded());
  void (*fn)() = nullptr;
  EXPECT_FALSE(libm.bind(fn, "keyproj_no_such_function"));
  EXPECT_EQ(fn, nullptr);
}

}  // namespace
}  // namespace keyproj
