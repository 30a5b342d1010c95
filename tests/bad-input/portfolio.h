#pragma once
// The small database every bad-input case starts from: a few projects an officer would have,
// built with the keyproj commands themselves so that it is what the product writes.

#include "e2e/harness.h"

namespace keyproj::bad_input {

// Builds the portfolio in s's database, on either backend. Throws std::runtime_error naming the step that failed.
void build_portfolio(const e2e::Sandbox& s);

}  // namespace keyproj::bad_input
