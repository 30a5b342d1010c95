#include "util/shared_library.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "util/error.h"

namespace keyproj {
namespace {

TEST(SharedLibrary, OpensTheFirstNameThatLoadsAndBindsItsFunctions) {
  const SharedLibrary libm({"libm-of-no-such-version.so.99", "libm.so.6"}, "the maths library", "libc6");
  double (*cosine)(double) = nullptr;
  libm.bind(cosine, "cos");
  ASSERT_NE(cosine, nullptr);
  EXPECT_EQ(cosine(0.5), std::cos(0.5));
}

TEST(SharedLibrary, NoneOfTheNamesLoadingSaysWhichPackageToInstall) {
  try {
    const SharedLibrary missing({"libkeyproj-none.so.1", "libkeyproj-none-either.so.2"}, "the test library",
                                "libkeyproj-none2");
    FAIL() << "opened a library that does not exist";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Database);
    const std::string said = e.what();
    // dlerror's sentence names the last name tried.
    EXPECT_TRUE(said.starts_with("the test library cannot be loaded (libkeyproj-none-either.so.2: ")) << said;
    EXPECT_TRUE(said.ends_with("); install the Debian package libkeyproj-none2")) << said;
  }
}

TEST(SharedLibrary, AFunctionTheLibraryLacksIsRefused) {
  const SharedLibrary libm({"libm.so.6"}, "the maths library", "libc6");
  void (*fn)() = nullptr;
  try {
    libm.bind(fn, "keyproj_no_such_function");
    FAIL() << "bound a function the library lacks";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Database);
    EXPECT_STREQ(e.what(), "the maths library lacks keyproj_no_such_function; install a newer libc6");
  }
  EXPECT_EQ(fn, nullptr);
}

}  // namespace
}  // namespace keyproj
