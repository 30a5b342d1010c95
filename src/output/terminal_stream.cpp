#include "output/terminal_stream.h"

#include "util/text.h"

namespace keyproj {

TerminalBuf::int_type TerminalBuf::overflow(int_type c) {
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  line_ += traits_type::to_char_type(c);
  if (line_.back() == '\n') emit_line();
  return c;
}

std::streamsize TerminalBuf::xsputn(const char* s, std::streamsize n) {
  for (std::streamsize i = 0; i < n; ++i) {
    line_ += s[i];
    if (s[i] == '\n') emit_line();
  }
  return n;
}

int TerminalBuf::sync() {
  if (!line_.empty()) emit_line();
  target_.flush();
  return target_ ? 0 : -1;
}

void TerminalBuf::emit_line() {
  const bool ended = !line_.empty() && line_.back() == '\n';
  if (ended) line_.pop_back();
  target_ << terminal_text(line_);
  if (ended) target_ << '\n';
  line_.clear();
}

}  // namespace keyproj
