#include "io/hidden_input.h"

#include <unistd.h>

namespace keyproj {

HiddenInput::HiddenInput(int fd) : fd_(fd) {
  termios state{};
  if (!isatty(fd_) || tcgetattr(fd_, &state) != 0) return;
  termios quiet = state;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  if (tcsetattr(fd_, TCSAFLUSH, &quiet) == 0) saved_ = state;
}

HiddenInput::~HiddenInput() {
  if (saved_) tcsetattr(fd_, TCSAFLUSH, &*saved_);
}

std::optional<std::string> first_line(std::istream& in) {
  std::string line;
  if (!std::getline(in, line) && line.empty()) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

}  // namespace keyproj
