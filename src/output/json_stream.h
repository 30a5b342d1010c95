#pragma once
// A JSON array written one element at a time, so a long listing never sits in memory whole.

#include <iosfwd>

#include <nlohmann/json.hpp>

namespace keyproj {

class JsonStream {
 public:
  explicit JsonStream(std::ostream& out) : out_(out) {}
  void add(const nlohmann::ordered_json& element);
  void finish();  // closes the array ("[]" when nothing was added)

 private:
  std::ostream& out_;
  std::size_t count_ = 0;
};

// One JSON value as keyproj prints it: UTF-8 kept as is, invalid bytes replaced.
std::string json_text(const nlohmann::ordered_json& value, int indent = -1);

}  // namespace keyproj
