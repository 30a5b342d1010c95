#pragma once
// A write transaction and a savepoint inside it, each rolled back unless finished.

#include <string>

#include "store/sql/connection.h"

namespace keyproj::sql {

// Connection::begin_write() at construction; rolled back when destroyed unless commit() was
// called. Throws sql::Error (Failure::Busy when another writer held the lock past the wait).
class Transaction {
 public:
  explicit Transaction(Connection& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Connection& db_;
  bool done_ = false;
};

// A savepoint inside the open transaction, for work that may be undone alone: rolled back to
// where it began unless release() is called. The SQL (SAVEPOINT, ROLLBACK TO SAVEPOINT,
// RELEASE SAVEPOINT) is standard: SQLite and PostgreSQL both take it. The statements are
// cached: an import opens and releases one for every row.
class Savepoint {
 public:
  explicit Savepoint(Connection& db);
  ~Savepoint();
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;
  void release();

 private:
  Connection& db_;
  bool released_ = false;
};

}  // namespace keyproj::sql
