#include "exchange/import_problem.h"

#include <algorithm>

#include "util/translate.h"

namespace keyproj {

std::string problem_sentence(const ImportProblem& p) {
  if (p.sheet.empty())
    return p.column.empty() ? trf("{} line {}: {}", p.file, p.line, p.text)
                            : trf("{} line {}, column {}: {}", p.file, p.line, p.column, p.text);
  return p.column.empty() ? trf("{} sheet {} line {}: {}", p.file, p.sheet, p.line, p.text)
                          : trf("{} sheet {} line {}, column {}: {}", p.file, p.sheet, p.line, p.column, p.text);
}

void sort_by_place(std::vector<ImportProblem>& problems) {
  std::stable_sort(problems.begin(), problems.end(), [&](const ImportProblem& a, const ImportProblem& b) {
    if (a.line != b.line) return a.line < b.line;
    if (a.column.size() != b.column.size()) return a.column.size() < b.column.size();
    return a.column < b.column;
  });
}

}  // namespace keyproj
