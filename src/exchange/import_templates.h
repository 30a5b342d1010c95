#pragma once
// A templates file (import --what templates): a row a node, each template's nodes in its order.
// A template named in the file is saved whole once every row is read: its nodes become the
// file's, checked together (an `after` names an earlier node, one node marks the start), so an
// office edits its limits by exporting the templates, changing the days and importing them back.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/node_template.h"
#include "exchange/row_values.h"
#include "store/database.h"

namespace keyproj {

struct ImportOptions;
struct ImportResult;

// A yes/no cell (yes, 是, 1, true; no, 否, 0, false); the row fails naming any other text.
std::optional<bool> read_yes_no(RowValues& row, std::string_view key);

class TemplateRows {
 public:
  // The row's node, its values checked, added to its template.
  void add(RowValues& row);
  // Every template read saved (store/node_templates.h); a template its nodes cannot make is
  // refused at the line of its first row, naming why.
  void save(Database& db, const RecordSource& source, const ImportOptions& options, ImportResult& result);

 private:
  struct Read {
    NodeTemplate t;
    std::size_t line = 0;  // its first row
  };
  std::vector<Read> read_;
};

}  // namespace keyproj
