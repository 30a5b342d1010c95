#pragma once
// How a group of `report` and `report --year` reads for people (a table, a workbook, the
// bulletin): a region with its name, a stage, category or class in the reader's language.

#include <string>

#include "store/report.h"
#include "util/translate.h"

namespace keyproj {

// "TM 天门" (en: "TM Tianmen"); 在建 for building under zh; "（未载明）" or "(none)" for a group
// of projects that have no value.
std::string group_label(ReportBy by, const ReportGroup& g, Lang lang);

}  // namespace keyproj
