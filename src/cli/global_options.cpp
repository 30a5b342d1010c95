#include "cli/global_options.h"

#include <boost/program_options.hpp>

#include "util/date.h"
#include "util/translate.h"

namespace keyproj {

namespace po = boost::program_options;

po::options_description global_options() {
  po::options_description o;
  o.add_options()
      ("db", po::value<std::string>(), tr("database: a file, or postgresql://user@host/db (else $KEYPROJ_DB, else ~/.local/share/keyproj/keyproj.db)"))
      ("as-of", po::value<std::string>(), trf("the date taken as today, every figure as it stood then: {}", tr(kDayForms)).c_str())
      ("format", po::value<std::string>(), tr("output: table, csv or json; xlsx, a workbook, with --out FILE (export, report, overdue, plan list); ics, a "
                               "calendar (export --what milestones)"))
      ("lang", po::value<std::string>(), tr("labels: zh or en (default from LANG)"))
      ("user", po::value<std::string>(), tr("author of changes, 1-64 characters (default $USER)"))
      ("wide", po::bool_switch(), tr("tables: never cut a long name to the terminal's width"))
      ("verbose,v", po::bool_switch(), tr("also show notes: a backup made, each migration applied"))
      ("quiet,q", po::bool_switch(), tr("show only errors and the data asked for: no warnings, no confirmations"))
      ("help,h", po::bool_switch(), tr("show help"))
      ("version", po::bool_switch(), tr("show the version"));
  return o;
}

}  // namespace keyproj
