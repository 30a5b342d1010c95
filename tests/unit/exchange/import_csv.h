#pragma once
// An import of CSV text as `import FILE --what W` makes it, dated 2026-11-22 by "tester", in
// one transaction committed only when no row failed: what the importer's unit tests share.

#include <string>

#include "exchange/importer.h"
#include "store/database.h"

namespace keyproj::testing {

inline ImportResult import_csv(Database& db, const std::string& csv, What what) {
  const RecordSet set = read_records(csv, FileFormat::Csv, what, false);
  ImportOptions options;
  options.user = "tester";
  options.as_of = parse_date("2026-11-22", "as-of");
  WriteTransaction tx(db);
  ImportResult r = import_records(db, set, options);
  if (r.errors.empty()) tx.commit();
  return r;
}

}  // namespace keyproj::testing
