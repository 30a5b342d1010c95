#pragma once
// A card: labelled lines, labels aligned by display width, as `project show` prints one project.
// A value is for a person: its lines are shown as terminal_text shows them (util/text.h), so
// that stored text never carries an escape sequence to the terminal.

#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace keyproj {

class Card {
 public:
  // A value of one line or several (a note), escaped line by line.
  void line(std::string label, std::string_view value);
  // A value keyproj composed itself, coloured (the light): written as it is.
  void painted(std::string label, std::string value) { lines_.emplace_back(std::move(label), std::move(value)); }
  void print(std::ostream& out) const;

 private:
  std::vector<std::pair<std::string, std::string>> lines_;
};

}  // namespace keyproj
