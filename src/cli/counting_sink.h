#pragma once
// A spdlog sink that passes every message on to another sink and counts what it passed: the
// warnings a command logs reach stderr beside std::cerr, and a command that has shown one must
// not be run again after a conflict (cli/retry.h), or the warning would be shown twice.

#include <spdlog/details/log_msg.h>
#include <spdlog/sinks/base_sink.h>

#include <atomic>
#include <memory>
#include <mutex>

namespace keyproj {

class CountingSink final : public spdlog::sinks::base_sink<std::mutex> {
 public:
  explicit CountingSink(std::shared_ptr<spdlog::sinks::sink> target) : target_(std::move(target)) {}
  // Messages passed on: those at or above the logger's level (the others never reach a sink).
  long count() const { return count_; }

 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override {
    target_->log(msg);
    ++count_;
  }
  void flush_() override { target_->flush(); }
  void set_pattern_(const std::string& pattern) override { target_->set_pattern(pattern); }
  void set_formatter_(std::unique_ptr<spdlog::formatter> formatter) override {
    target_->set_formatter(std::move(formatter));
  }

 private:
  std::shared_ptr<spdlog::sinks::sink> target_;
  std::atomic<long> count_{0};
};

}  // namespace keyproj
