#include "store/sql/transaction.h"

#include "store/sql/error.h"

namespace keyproj::sql {

Transaction::Transaction(Connection& db) : db_(db) { db_.begin_write(); }

Transaction::~Transaction() {
  if (done_) return;
  try {
    db_.rollback();
  } catch (const Error&) {
    // A failed statement may have ended the transaction already (SQLite rolls back on a full
    // disk): there is nothing left to undo.
  }
}

void Transaction::commit() {
  db_.commit();
  done_ = true;
}

Savepoint::Savepoint(Connection& db) : db_(db) { db_.cached("SAVEPOINT keyproj_row").run(); }

Savepoint::~Savepoint() {
  if (released_) return;
  try {
    db_.cached("ROLLBACK TO SAVEPOINT keyproj_row").run();
    db_.cached("RELEASE SAVEPOINT keyproj_row").run();
  } catch (const Error&) {
    // The enclosing transaction is rolled back as a whole when it cannot be rolled back here.
  }
}

void Savepoint::release() {
  db_.cached("RELEASE SAVEPOINT keyproj_row").run();
  released_ = true;
}

}  // namespace keyproj::sql
