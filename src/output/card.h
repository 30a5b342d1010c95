#pragma once
// A card: labelled lines, labels aligned by display width, as `project show` prints one project.

#include <iosfwd>
#include <string>
#include <utility>
#include <vector>

namespace keyproj {

class Card {
 public:
  void line(std::string label, std::string value) { lines_.emplace_back(std::move(label), std::move(value)); }
  void print(std::ostream& out) const;

 private:
  std::vector<std::pair<std::string, std::string>> lines_;
};

}  // namespace keyproj
