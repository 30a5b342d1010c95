#pragma once
// Running a command again when the database gave its transaction up to settle a conflict with
// another writer (sql::Failure::Conflict: a PostgreSQL deadlock or serialization failure).
// The transaction was rolled back whole, so running the command again is as if it had waited
// its turn; the officer is told only if every attempt is given up. A command is run again
// only while nothing of it has been seen: once it has printed a line (to stdout or stderr),
// a second run would print it twice, and the failure is reported instead.

#include <chrono>
#include <functional>
#include <ostream>
#include <streambuf>

namespace keyproj {

// How many times in all a command is run before its conflict is reported.
inline constexpr int kConflictAttempts = 8;

// Forwards everything to another buffer, counting what passes.
class CountingBuf : public std::streambuf {
 public:
  explicit CountingBuf(std::streambuf* target) : target_(target) {}
  std::streamsize count() const { return count_; }

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override { return target_->pubsync(); }

 private:
  std::streambuf* target_;
  std::streamsize count_ = 0;
};

// Counts what is written to `stream` while it lives (a CountingBuf put under it, and taken away
// again): under std::cout and std::cerr, it tells whether a command has shown anything yet.
class CountedStream {
 public:
  explicit CountedStream(std::ostream& stream) : stream_(stream), buf_(stream.rdbuf()), was_(stream.rdbuf(&buf_)) {}
  ~CountedStream() { stream_.rdbuf(was_); }
  CountedStream(const CountedStream&) = delete;
  CountedStream& operator=(const CountedStream&) = delete;
  std::streamsize count() const { return buf_.count(); }

 private:
  std::ostream& stream_;
  CountingBuf buf_;
  std::streambuf* was_;
};

// Runs `attempt` and returns what it returns. When it throws a Conflict and `shown()` is false,
// waits `pause` times the attempt's number and runs it again, up to `attempts` runs in all;
// any other failure, or a Conflict once something was shown or the attempts are spent, is
// rethrown as it came.
int run_retrying_conflicts(const std::function<int()>& attempt, const std::function<bool()>& shown,
                           int attempts = kConflictAttempts,
                           std::chrono::milliseconds pause = std::chrono::milliseconds(20));

}  // namespace keyproj
