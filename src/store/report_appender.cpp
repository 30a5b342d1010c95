#include "store/report_appender.h"

#include <exception>
#include <stdexcept>
#include <utility>

#include "store/sql/transaction.h"
#include "store/updates.h"
#include "util/clock.h"

namespace keyproj {
namespace {

const std::string& batch_sql() {
  static const std::string sql = insert_updates_sql(ReportAppender::kBatch);
  return sql;
}

}  // namespace

std::int64_t ReportAppender::add(ProgressUpdate u, std::size_t tag) {
  if (held_.empty()) {
    // SQLite gives a new row the largest id plus one: the ids of the held reports follow.
    next_id_ = last_report_id(db_) + 1;
    held_.reserve(kBatch);
  }
  Held& h = held_.emplace_back(Held{std::move(u), {}, tag});
  const std::string& now = utc_timestamp_now();
  now.copy(h.created_at.data(), h.created_at.size() - 1);
  h.created_at[now.size()] = '\0';
  // Written with the report: the id SQLite would give it, and on PostgreSQL one the schema's
  // trigger need not look up (keyproj_next_id).
  const std::int64_t id = h.report.id = next_id_++;
  // A correction is written at once and alone: insert_update records the report it supersedes.
  if (h.report.corrects_id) flush();
  else if (held_.size() == kBatch) write_batch();
  return id;
}

void ReportAppender::flush() {
  if (held_.empty()) return;
  // Fewer than kBatch: one at a time, rather than a statement prepared for each count.
  const std::vector<Held> held = std::exchange(held_, {});
  for (const Held& h : held) write_one(h);
  check_ids();
}

void ReportAppender::write_batch() {
  const std::vector<Held> held = std::exchange(held_, {});
  sql::Statement& q = db_.cached(batch_sql());
  // Text is bound without a copy: `held` stays as it is until the statement has run.
  int first = 1;
  for (const Held& h : held) {
    bind_update(q, first, h.report, h.created_at.data());
    first += kUpdateParameters;
  }
  // In a savepoint: PostgreSQL takes no statement after a failed one until the transaction, or
  // a savepoint, is rolled back.
  std::exception_ptr refused;
  {
    sql::Savepoint batch(db_.sql());
    try {
      q.run();
      batch.release();
    } catch (const sql::Error&) {
      refused = std::current_exception();
    }
  }
  if (refused) {
    // The statement wrote none of them. Written one by one, the refused report names itself
    // (write_one throws with its tag); the ones before it are in.
    q.reset();
    q.clear_bindings();
    for (const Held& h : held) write_one(h);
    std::rethrow_exception(refused);  // refused together but not one by one: refused all the same
  }
  q.clear_bindings();  // no binding may outlive `held` (run() has reset the statement)
  check_ids();
}

void ReportAppender::write_one(const Held& h) {
  // A savepoint of its own, so that after a refusal the command may go on (an import names
  // every refused row in one pass) on PostgreSQL as on SQLite.
  sql::Savepoint one(db_.sql());
  try {
    insert_update(db_, h.report, h.created_at.data());
  } catch (const sql::Error& e) {
    throw ReportRefused(h.tag, e);
  }
  one.release();
}

void ReportAppender::check_ids() const {
  if (db_.sql().last_insert_id() != next_id_ - 1)
    throw std::logic_error("reports were written with other ids than the ones add() gave out");
}

}  // namespace keyproj
