#pragma once
// What the dry run of an updates import says of each file (or sheet of a workbook) it reads,
// so that the officer checks a county's sheet against the month before anything is written:
// its rows, the investment it reports for its month, who did not report, the problems.
//
// The month of a sheet is the month of its latest report day (a dispatch sheet reports one
// month). The investment is the sum of its report rows dated in that month, added or already
// recorded (corrections aside: they put a report right, they report nothing new). The
// projects not reported are the active ones (planned, preparing, building on the as-of date)
// of the regions its rows' projects are in, with no report dated in that month once the whole
// import is taken (store/unreported.h).

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "exchange/importer.h"
#include "store/database.h"
#include "util/date.h"

namespace keyproj {

struct DispatchSummary {
  std::string source;  // "FILE", or "FILE sheet NAME"
  std::size_t rows = 0;
  std::size_t problems = 0;
  std::string month;  // "2026-10"; empty when no row is a report
  std::int64_t invested = 0;  // yuan, of the rows dated in the month
  std::vector<std::string> unreported;  // codes, in order
};

// Asks the database (in the import's transaction, after every file) who did not report.
DispatchSummary summarize(Database& db, std::string source, std::size_t rows, const ImportResult& result,
                          const Date& as_of);

// "天门.csv: 12 rows, 0 problems; invested in 2026-10: 1500万元; not reported in 2026-10: 2
// active projects of its regions (TM-003, TM-007)", the codes cut after the first ten.
std::string summary_text(const DispatchSummary& s);

}  // namespace keyproj
