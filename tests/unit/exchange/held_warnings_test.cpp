#include "exchange/held_warnings.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace keyproj {
namespace {

ImportProblem warning(std::size_t line, const std::string& text) {
  return ImportProblem{"十月调度.csv", "", line, "E", "invested_yuan", text};
}

std::vector<std::string> held(const HeldWarnings& w) {
  std::vector<std::string> out;
  w.for_each([&](const std::string& s) { out.push_back(s); });
  return out;
}

TEST(HeldWarnings, EachIsItsSentenceInTheOrderHeld) {
  HeldWarnings w;
  EXPECT_TRUE(w.empty());
  w.add(warning(3, "invested total 1.21亿元 of WH-000193 is beyond its budget of 1.2亿元"));
  w.add(warning(2, "a second"));
  EXPECT_EQ(w.size(), 2u);
  EXPECT_EQ(held(w), (std::vector<std::string>{problem_sentence(warning(3, "invested total 1.21亿元 of WH-000193 is "
                                                                            "beyond its budget of 1.2亿元")),
                                               problem_sentence(warning(2, "a second"))}));
}

// Past the ones kept in memory, the rest wait in a temporary file and come back whole, line
// breaks and all, in order, as often as asked and with more added between.
TEST(HeldWarnings, ManyMoreThanTheKeptComeBackWholeAndInOrder) {
  HeldWarnings w;
  std::vector<std::string> expected;
  const std::size_t n = 3 * HeldWarnings::kKept + 7;
  for (std::size_t i = 1; i <= n; ++i) {
    const ImportProblem p = warning(i, "第" + std::to_string(i) + "行\n" + std::string(i % 300, 'x'));
    w.add(p);
    expected.push_back(problem_sentence(p));
  }
  EXPECT_EQ(w.size(), n);
  EXPECT_EQ(held(w), expected);
  w.add(warning(n + 1, "one more"));
  expected.push_back(problem_sentence(warning(n + 1, "one more")));
  EXPECT_EQ(held(w), expected);
}

// A reading stopped half-way (the caller threw) leaves the next warning held after the others.
TEST(HeldWarnings, AReadingStoppedHalfWayLeavesTheRestInPlace) {
  HeldWarnings w;
  std::vector<std::string> expected;
  for (std::size_t i = 1; i <= HeldWarnings::kKept + 20; ++i) {
    w.add(warning(i, "a"));
    expected.push_back(problem_sentence(warning(i, "a")));
  }
  std::size_t seen = 0;
  EXPECT_THROW(w.for_each([&](const std::string&) {
    if (++seen == HeldWarnings::kKept + 10) throw std::runtime_error("stopped");
  }),
               std::runtime_error);
  w.add(warning(999, "after"));
  expected.push_back(problem_sentence(warning(999, "after")));
  EXPECT_EQ(held(w), expected);
}

TEST(HeldWarnings, AddingAnotherHoldsItsAfterThese) {
  HeldWarnings file, row, more;
  std::vector<std::string> expected;
  for (std::size_t i = 1; i <= HeldWarnings::kKept + 5; ++i) {
    file.add(warning(i, "a"));
    expected.push_back(problem_sentence(warning(i, "a")));
  }
  for (std::size_t i = 1; i <= HeldWarnings::kKept + 2; ++i) {
    more.add(warning(i, "b"));
    expected.push_back(problem_sentence(warning(i, "b")));
  }
  file.add(std::move(more));
  row.add(warning(99, "c"));
  expected.push_back(problem_sentence(warning(99, "c")));
  file.add(std::move(row));
  EXPECT_EQ(file.size(), expected.size());
  EXPECT_EQ(held(file), expected);
  HeldWarnings command;  // empty: takes the file's whole
  command.add(std::move(file));
  EXPECT_EQ(held(command), expected);
}

}  // namespace
}  // namespace keyproj
