#include "output/json_stream.h"

#include <ostream>

namespace keyproj {

std::string json_text(const nlohmann::ordered_json& value, int indent) {
  return value.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void JsonStream::add(const nlohmann::ordered_json& element) {
  out_ << (count_++ ? ",\n" : "[\n") << json_text(element);
}

void JsonStream::finish() {
  out_ << (count_ ? "\n]\n" : "[]\n");
  out_.flush();
}

}  // namespace keyproj
