#pragma once
// An import problem as the tests read it: "line 2, column E: …" (the file and sheet left out;
// the import command words the sentence itself).

#include <string>

#include "exchange/import_problem.h"

namespace keyproj {

inline std::string place(const ImportProblem& p) {
  return "line " + std::to_string(p.line) + (p.column.empty() ? "" : ", column " + p.column);
}

inline std::string shown(const ImportProblem& p) { return place(p) + ": " + p.text; }

}  // namespace keyproj
