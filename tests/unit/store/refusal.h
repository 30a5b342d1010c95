#pragma once
// The sentence a store function refuses with, its exit code checked, for tests of the rules.

#include <gtest/gtest.h>

#include <string>

#include "util/error.h"

namespace keyproj::testing {

template <typename F>
std::string refusal(F fn, ExitCode expected = ExitCode::Rejected) {
  try {
    fn();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), expected) << e.what();
    return e.what();
  }
  return "(no refusal)";
}

}  // namespace keyproj::testing
