#include "exchange/standings.h"

#include "store/projects.h"

namespace keyproj {

ProjectStanding* Standings::find(const std::string& code) {
  if (const auto it = kept_.find(code); it != kept_.end()) return &it->second;
  auto read = find_project_standing(db_, code);
  if (!read) return nullptr;
  if (kept_.size() >= kMaxKept) kept_.clear();
  return &kept_.emplace(code, std::move(*read)).first->second;
}

}  // namespace keyproj
