#include "output/terminal_stream.h"

#include <gtest/gtest.h>

#include <sstream>

namespace keyproj {
namespace {

TEST(TerminalStream, EscapesEachLineAndKeepsItsEnd) {
  std::ostringstream target;
  {
    TerminalStream out(target);
    out << "logged report 2 for TM-011 天门\x1b[31m红" << "\n" << "second " << 42 << '\x07';
  }  // the line begun is written when the stream goes
  EXPECT_EQ(target.str(), "logged report 2 for TM-011 天门\\x1b[31m红\nsecond 42\\x07");
}

TEST(TerminalStream, AUtf8CharacterSplitAcrossWritesIsKeptWhole) {
  std::ostringstream target;
  TerminalStream out(target);
  out << "\xe5\xa4" << "\xa9\n";  // 天, in two writes
  EXPECT_EQ(target.str(), "天\n");
}

TEST(TerminalStream, AFailedTargetIsSeenOnTheTarget) {
  std::ostringstream target;
  target.setstate(std::ios::badbit);
  TerminalStream out(target);
  out << "x\n";
  out.flush();
  EXPECT_FALSE(target);
}

}  // namespace
}  // namespace keyproj
