#include "exchange/standings.h"

#include "store/projects.h"

namespace keyproj {

ProjectStanding* Standings::find(const std::string& code) {
  if (last_ && last_->code == code) return last_;
  if (const auto it = kept_.find(code); it != kept_.end()) return last_ = &it->second;
  // A project not kept has no report held: it was never named, or its reports were written
  // when it was let go (below). So its standing reads right without writing what is held.
  auto read = find_project_standing(reports_.db(), code);
  if (!read) return nullptr;
  if (kept_.size() >= kMaxKept) {
    reports_.flush();
    kept_.clear();
  }
  return last_ = &kept_.emplace(code, std::move(*read)).first->second;
}

}  // namespace keyproj
