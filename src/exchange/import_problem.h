#pragma once
// A problem an import finds in a file, as a value: where it stands and what is wrong. The
// readers and the importer only collect them; the import command alone turns one into the
// sentence the officer reads ("十月调度.csv line 3, column B: …").

#include <cstddef>
#include <string>
#include <vector>

namespace keyproj {

struct ImportProblem {
  std::string file;    // the file as the user named it
  std::string sheet;   // the sheet of a workbook; empty for CSV and JSON
  std::size_t line = 0;  // the line where the record (or the header) starts
  std::string column;  // the spreadsheet letter ("B"), in a file that has columns; else empty
  std::string header;  // what the file calls the value's column (or JSON key); empty for a whole row
  std::string text;    // what is wrong, naming the value: "progress '140' is not a whole percentage …"

  bool operator==(const ImportProblem&) const = default;
};

// The sentence the officer reads: "十月调度.csv line 3, column B: …", "FILE sheet S line 3: …"
// in a workbook; under --lang zh "十月调度.csv 第3行，B列：…".
std::string problem_sentence(const ImportProblem& p);

// In the order an officer fixes them: by line, then by column as a spreadsheet orders them
// (A … Z, AA …), a problem of the whole row before those of its cells; equal places keep the
// order they were found in.
void sort_by_place(std::vector<ImportProblem>& problems);

}  // namespace keyproj
