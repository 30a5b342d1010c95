#include "io/hidden_input.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <sstream>

namespace keyproj {
namespace {

TEST(HiddenInput, APipeIsLeftAsItIs) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  {
    HiddenInput hidden(fds[0]);
    EXPECT_FALSE(hidden.hiding());
  }
  close(fds[0]);
  close(fds[1]);
}

TEST(HiddenInput, TheFirstLineIsReadWithoutItsEnd) {
  std::istringstream crlf("S3cret 口令\r\nsecond\n");
  EXPECT_EQ(first_line(crlf), "S3cret 口令");
  std::istringstream unended("S3cret");
  EXPECT_EQ(first_line(unended), "S3cret");
  std::istringstream empty_line("\nsecond\n");
  EXPECT_EQ(first_line(empty_line), "");
  std::istringstream nothing("");
  EXPECT_EQ(first_line(nothing), std::nullopt);
}

}  // namespace
}  // namespace keyproj
