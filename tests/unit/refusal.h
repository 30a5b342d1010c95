#pragma once
// For a test of a refusal: the sentence a call refuses with (exit code 4), for exact comparison.

#include <gtest/gtest.h>

#include <string>

#include "util/error.h"

namespace keyproj {

template <typename Fn>
std::string refusal_of(Fn fn) {
  try {
    fn();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    return e.what();
  }
  return "(accepted)";
}

}  // namespace keyproj
