#pragma once
// The seeded portfolio as the seed tests read it, and the plan text its rows cite.

#include <stdexcept>
#include <string>
#include <vector>

#include "seed/portfolio.h"

namespace keyproj::seed_text {

inline const std::vector<SeedRegion>& portfolio() {
  static const std::vector<SeedRegion> p = read_portfolio(builtin_seed_files());
  return p;
}

inline const SeedRegion& region(const std::string& code) {
  for (const auto& r : portfolio())
    if (r.region == code) return r;
  throw std::runtime_error("no region " + code);
}

inline const NewProject& project(const std::string& code) {
  for (const auto& r : portfolio())
    for (const auto& p : r.projects)
      if (p.code == code) return p;
  throw std::runtime_error("no project " + code);
}

inline bool retired(const std::string& code) {
  for (const auto& r : portfolio())
    for (const auto& e : r.retired)
      if (e.code == code) return true;
  return false;
}

inline std::vector<SeedMilestone> milestones_of(const std::string& code) {
  std::vector<SeedMilestone> out;
  for (const auto& r : portfolio())
    for (const auto& m : r.milestones)
      if (m.project_code == code) out.push_back(m);
  return out;
}

inline std::string cited_text(const Text& file, const Text& range) {
  const auto text = file ? seed_source(*file) : std::nullopt;
  if (!text || !range) return {};
  std::string out;
  for (auto line : lines_of(*text, *range)) out += std::string(line) + "\n";
  return out;
}

inline std::string without_spaces(std::string s) {
  std::erase(s, ' ');
  return s;
}

}  // namespace keyproj::seed_text
