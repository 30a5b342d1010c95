#include "exchange/held_warnings.h"

#include <utility>

#include "util/error.h"
#include "util/translate.h"

namespace keyproj {

void HeldWarnings::add(const ImportProblem& warning) { hold(problem_sentence(warning)); }

void HeldWarnings::add(HeldWarnings&& more) {
  if (empty()) {  // a row's warning into the file's, a file's into the command's: no copy
    *this = std::move(more);
    return;
  }
  more.for_each([&](const std::string& sentence) { hold(sentence); });
}

void HeldWarnings::hold(std::string sentence) {
  if (kept_.size() < kKept) {
    kept_.push_back(std::move(sentence));
    return;
  }
  if (!spill_) {
    spill_.reset(std::tmpfile());
    if (!spill_) throw database_error(tr("the temporary folder takes no file for the import's warnings"));
  }
  const std::size_t size = sentence.size();
  if (std::fwrite(&size, sizeof size, 1, spill_.get()) != 1 ||
      std::fwrite(sentence.data(), 1, size, spill_.get()) != size)
    throw database_error(tr("the temporary folder takes no more of the import's warnings"));
  ++spilled_;
}

void HeldWarnings::for_each(const std::function<void(const std::string&)>& fn) const {
  for (const std::string& sentence : kept_) fn(sentence);
  if (!spill_) return;
  std::FILE* f = spill_.get();
  // Writing goes on at the end, whether the reading below ends or throws (as `fn` may).
  struct AtEnd {
    std::FILE* f;
    ~AtEnd() { std::fseek(f, 0, SEEK_END); }
  } at_end{f};
  auto unreadable = [] {
    return database_error(tr("the import's warnings cannot be read back from the temporary folder"));
  };
  if (std::fflush(f) != 0 || std::fseek(f, 0, SEEK_SET) != 0) throw unreadable();
  std::string sentence;
  for (std::size_t i = 0; i < spilled_; ++i) {
    std::size_t size = 0;
    if (std::fread(&size, sizeof size, 1, f) != 1) throw unreadable();
    sentence.resize(size);
    if (std::fread(sentence.data(), 1, size, f) != size) throw unreadable();
    fn(sentence);
  }
}

}  // namespace keyproj
