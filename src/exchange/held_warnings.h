#pragma once
// The warnings of an import, held until it has written: they are shown once the import holds,
// after its confirmation (a refused import shows its errors only). An import warns once for
// every project whose invested total it takes past the budget, and a province's year of reports
// does that some 18,000 times: past kKept sentences the rest wait in a temporary file, so that
// the import's memory stays flat however many there are.

#include <cstddef>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "exchange/import_problem.h"

namespace keyproj {

class HeldWarnings {
 public:
  static constexpr std::size_t kKept = 1000;

  // Holds the warning's sentence (problem_sentence).
  void add(const ImportProblem& warning);
  // Holds `more`'s after these, in their order.
  void add(HeldWarnings&& more);

  std::size_t size() const { return kept_.size() + spilled_; }
  bool empty() const { return size() == 0; }

  // Each sentence, in the order held.
  void for_each(const std::function<void(const std::string&)>& fn) const;

 private:
  void hold(std::string sentence);

  struct Close {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };
  std::vector<std::string> kept_;  // the first kKept
  std::unique_ptr<std::FILE, Close> spill_;  // the rest, each its length and its bytes
  std::size_t spilled_ = 0;
};

}  // namespace keyproj
