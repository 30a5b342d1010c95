// Which backend a run tests, from the environment ctest sets.

#include "e2e/backend.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace keyproj::e2e {
namespace {

// A registration that misspelt the backend must fail, not quietly test SQLite a second time.
TEST(TestBackend, AnUnknownNameIsRefused) {
  const char* chosen = std::getenv("KEYPROJ_TEST_BACKEND");
  const std::string kept = chosen ? chosen : "";
  setenv("KEYPROJ_TEST_BACKEND", "postgresql", 1);
  EXPECT_THROW(test_backend(), std::runtime_error);
  setenv("KEYPROJ_TEST_BACKEND", "sqlite", 1);
  EXPECT_EQ(test_backend(), Backend::sqlite);
  setenv("KEYPROJ_TEST_BACKEND", "postgres", 1);
  EXPECT_EQ(test_backend(), Backend::postgres);
  if (chosen) setenv("KEYPROJ_TEST_BACKEND", kept.c_str(), 1);
  else unsetenv("KEYPROJ_TEST_BACKEND");
}

}  // namespace
}  // namespace keyproj::e2e
