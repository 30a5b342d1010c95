#pragma once
// A project added as a test needs one: its code, Chinese name and region, entered on
// 2026-01-01 by "tester", nothing else known; the project as the store reads it back.

#include <string>

#include "store/projects.h"

namespace keyproj::testing {

inline Project add_project(Database& db, const std::string& code, const std::string& name,
                           const std::string& region = "TM") {
  NewProject p;
  p.code = code;
  p.name_zh = name;
  p.region = region;
  p.entered_on = "2026-01-01";
  insert_project(db, p, "tester");
  return *find_project(db, code);
}

}  // namespace keyproj::testing
