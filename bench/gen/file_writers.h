#pragma once
// The portfolio as import files: the monthly reports as an updates CSV (the dispatch sheet an
// officer imports with `keyproj import FILE --what updates`), and the milestones as a
// Taskwarrior JSON array for `task import`.

#include <fstream>
#include <string>
#include <vector>

#include "portfolio.h"

namespace keyproj::bench {

class UpdatesCsv {
 public:
  explicit UpdatesCsv(const std::string& path);
  void write(const GenProject& p, const std::vector<GenUpdate>& updates);
  void finish();

 private:
  std::ofstream out_;
  std::vector<char> buffer_;
};

// Open milestones become pending tasks, done ones completed tasks, and those of cancelled
// projects deleted tasks. A task is due at the last second of the milestone's due day (UTC), so
// Taskwarrior's +OVERDUE (due before now) picks the same milestones as keyproj's overdue list
// ("due before the as-of date") when both run on that date.
class TaskwarriorJson {
 public:
  explicit TaskwarriorJson(const std::string& path);
  void write(const GenProject& p, const std::vector<GenMilestone>& milestones);
  void finish();

 private:
  std::ofstream out_;
  std::vector<char> buffer_;
  std::int64_t written_ = 0;
};

}  // namespace keyproj::bench
