#include "cli/retry.h"

#include <thread>

#include "store/sql/error.h"

namespace keyproj {

CountingBuf::int_type CountingBuf::overflow(int_type c) {
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  ++count_;
  return target_->sputc(traits_type::to_char_type(c));
}

std::streamsize CountingBuf::xsputn(const char* s, std::streamsize n) {
  count_ += n;
  return target_->sputn(s, n);
}

int run_retrying_conflicts(const std::function<int()>& attempt, const std::function<bool()>& shown, int attempts,
                           std::chrono::milliseconds pause) {
  for (int n = 1;; ++n) {
    try {
      return attempt();
    } catch (const sql::Error& e) {
      if (e.kind() != sql::Failure::Conflict || n >= attempts || shown()) throw;
    }
    // Longer each time, so that writers that collided do not collide again in step.
    std::this_thread::sleep_for(pause * n);
  }
}

}  // namespace keyproj
