#pragma once
// A line typed at a terminal without being shown: a password. Echo is off from construction to
// destruction, and back on however the scope is left (a refused password, an exception).

#include <termios.h>

#include <istream>
#include <optional>
#include <string>

namespace keyproj {

class HiddenInput {
 public:
  // Turns echo off on `fd` when it is a terminal; on a pipe or a file nothing is shown anyway,
  // and nothing changes.
  explicit HiddenInput(int fd);
  ~HiddenInput();
  HiddenInput(const HiddenInput&) = delete;
  HiddenInput& operator=(const HiddenInput&) = delete;

  // Whether `fd` is a terminal whose echo this turned off.
  bool hiding() const { return saved_.has_value(); }

 private:
  int fd_;
  std::optional<termios> saved_;
};

// The first line of `in` without its line end (LF or CRLF); nullopt when `in` has none.
std::optional<std::string> first_line(std::istream& in);

}  // namespace keyproj
