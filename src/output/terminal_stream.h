#pragma once
// A stream for the sentences keyproj says to a person (confirmations, the problems of an
// import): each line is written with terminal_text (util/text.h), so that a name stored with
// an escape sequence, from an older database or another program, is shown as \x1b and never
// obeyed by the terminal. Lines end as written; everything else that a terminal would obey is
// escaped.

#include <ostream>
#include <streambuf>
#include <string>

namespace keyproj {

class TerminalBuf : public std::streambuf {
 public:
  // Writes to `target`, whose state then says whether the writes succeeded.
  explicit TerminalBuf(std::ostream& target) : target_(target) {}
  ~TerminalBuf() override { sync(); }
  TerminalBuf(const TerminalBuf&) = delete;
  TerminalBuf& operator=(const TerminalBuf&) = delete;

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;  // writes a line begun, and flushes the target

 private:
  void emit_line();  // the line so far, escaped, and its newline when it has one

  std::ostream& target_;
  std::string line_;
};

// An ostream over a TerminalBuf: what it is given reaches `target` escaped.
class TerminalStream : public std::ostream {
 public:
  explicit TerminalStream(std::ostream& target) : std::ostream(nullptr), buf_(target) { rdbuf(&buf_); }

 private:
  TerminalBuf buf_;
};

}  // namespace keyproj
