#pragma once
// A list of the words keyproj stores for a kind of value (a category, a finish source), each with
// its Chinese name, which is typed back as well as shown: 物流 names `logistics`.

#include <optional>
#include <span>
#include <string_view>

namespace keyproj {

struct WordName {
  std::string_view word;  // as stored
  std::string_view zh;
};

// The stored word named by itself or by its Chinese name.
inline std::optional<std::string_view> word_named(std::span<const WordName> words, std::string_view name) {
  for (const auto& w : words)
    if (w.word == name || w.zh == name) return w.word;
  return std::nullopt;
}

inline std::optional<std::string_view> chinese_of(std::span<const WordName> words, std::string_view word) {
  for (const auto& w : words)
    if (w.word == word) return w.zh;
  return std::nullopt;
}

}  // namespace keyproj
