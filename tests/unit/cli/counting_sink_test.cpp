#include "cli/counting_sink.h"

#include <gtest/gtest.h>
#include <spdlog/logger.h>
#include <spdlog/sinks/ostream_sink.h>

#include <memory>
#include <sstream>

namespace keyproj {
namespace {

TEST(CountingSink, PassesEveryMessageOnAndCountsThem) {
  std::ostringstream out;
  auto target = std::make_shared<spdlog::sinks::ostream_sink_mt>(out);
  auto counting = std::make_shared<CountingSink>(target);
  spdlog::logger logger("test", counting);
  logger.set_pattern("%l: %v");
  logger.set_level(spdlog::level::warn);
  EXPECT_EQ(counting->count(), 0);
  logger.info("not shown");
  EXPECT_EQ(counting->count(), 0);
  logger.warn("first");
  logger.error("second");
  EXPECT_EQ(counting->count(), 2);
  EXPECT_EQ(out.str(), "warning: first\nerror: second\n");
}

}  // namespace
}  // namespace keyproj
