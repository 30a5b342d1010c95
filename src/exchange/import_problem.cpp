#include "exchange/import_problem.h"

#include <algorithm>

namespace keyproj {

void sort_by_place(std::vector<ImportProblem>& problems) {
  std::stable_sort(problems.begin(), problems.end(), [&](const ImportProblem& a, const ImportProblem& b) {
    if (a.line != b.line) return a.line < b.line;
    if (a.column.size() != b.column.size()) return a.column.size() < b.column.size();
    return a.column < b.column;
  });
}

}  // namespace keyproj
