// keyproj copy --from A --to B: a whole portfolio, history included, from one database into a
// new one, either of them a file or a PostgreSQL database: a laptop's file onto the office's
// server, or the server's portfolio into a file to take along.

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/options.h"
#include "store/copying.h"
#include "util/error.h"
#include "util/money.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  o.add_options()
      ("from", po::value<std::string>(), tr("the database copied: a file's path or a PostgreSQL address"))
      ("to", po::value<std::string>(), tr("the database it is copied into: a new file, or an empty PostgreSQL database"));
}

// "1,204 reports": the rows of one table, as an officer names what they hold.
std::string rows_of(std::string_view table, std::int64_t n) {
  const auto count = static_cast<unsigned long>(n);
  const char* words = nullptr;
  if (table == "region") words = trn("{} region", "{} regions", count);
  else if (table == "plan") words = trn("{} plan", "{} plans", count);
  else if (table == "program") words = trn("{} programme", "{} programmes", count);
  else if (table == "owner") words = trn("{} owner", "{} owners", count);
  else if (table == "leader") words = trn("{} leader", "{} leaders", count);
  else if (table == "project") words = trn("{} project", "{} projects", count);
  else if (table == "milestone") words = trn("{} milestone", "{} milestones", count);
  else if (table == "milestone_move") words = trn("{} milestone move", "{} milestone moves", count);
  else if (table == "progress_update") words = trn("{} report", "{} reports", count);
  else if (table == "report_superseded") words = trn("{} superseded report", "{} superseded reports", count);
  else if (table == "stage_change") words = trn("{} stage change", "{} stage changes", count);
  else if (table == "audit") words = trn("{} audit entry", "{} audit entries", count);
  else if (table == "setting") words = trn("{} setting", "{} settings", count);
  else if (table == "setting_profile") words = trn("{} profile setting", "{} profile settings", count);
  else if (table == "annual_plan") words = trn("{} annual plan entry", "{} annual plan entries", count);
  else if (table == "problem") words = trn("{} problem", "{} problems", count);
  else if (table == "problem_entry") words = trn("{} problem log entry", "{} problem log entries", count);
  else if (table == "node_template") words = trn("{} template", "{} templates", count);
  else if (table == "template_node") words = trn("{} template node", "{} template nodes", count);
  if (!words) return trf("{} rows of {}", format_yuan_grouped(n), table);
  return fmt::format(fmt::runtime(words), format_yuan_grouped(n));
}

std::string summary(const std::vector<TableCopy>& copied, const std::string& from, const std::string& to) {
  std::string list;
  std::int64_t rows = 0;
  for (const TableCopy& t : copied) {
    rows += t.rows;
    if (t.rows == 0) continue;
    if (!list.empty()) list += tr(", ");
    list += rows_of(t.table, t.rows);
  }
  if (list.empty()) list = tr("no rows");
  return trnf("copied {1} ({2} rows in {0} table) from {3} to {4}", "copied {1} ({2} rows in {0} tables) from {3} to {4}",
              static_cast<unsigned long>(copied.size()), list, format_yuan_grouped(rows), from, to);
}

// The copy itself, with both databases open for as long as it runs; returns the summary.
std::string copy(const std::string& from, const std::string& to) {
  Database source = open_database(from);
  Database target = create_database(to);
  if (same_database(source, target))
    throw usage_error(trf("--from and --to name the same database, {}; copy into another one", quote(source.name())));
  WriteTransaction tx(target);
  if (const auto table = portfolio_table(target))
    throw rejected(trf("database {} already holds a portfolio (its table {} has rows); copy into a new file or an "
                       "empty database",
                       quote(target.name()), *table));
  const auto copied = copy_portfolio(source, target);
  tx.commit();
  return summary(copied, source.name(), target.name());
}

void remove_file_database(const std::string& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix, ec);
}

int run(const po::variables_map& args, const Globals&, Io& io) {
  const std::string from = required_text(args, "from");
  const std::string to = required_text(args, "to");
  // A file made for the copy goes again when the copy fails, so that a failed copy leaves
  // nothing behind and the same command can be run again.
  std::error_code ec;
  const bool made_here = !is_server_database(to) && !std::filesystem::exists(to, ec);
  std::string done;
  try {
    done = copy(from, to);
  } catch (...) {
    if (made_here && std::filesystem::exists(to, ec)) remove_file_database(to);
    throw;
  }
  io.confirm << done << "\n";
  return 0;
}

}  // namespace

extern const Command copy_command{"copy", "",
                                  N_("copy a whole portfolio, history included, into a new file or an empty PostgreSQL "
                                     "database"),
                                  declare, run};

}  // namespace keyproj
