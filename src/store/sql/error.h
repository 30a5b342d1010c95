#pragma once
// What the database refused, and what kind of refusal it was. Every failure a backend reports
// reaches the code above it as this one type, whatever the backend: keyproj decides what to
// tell the officer from the kind (a busy database waits and retries nowhere; it says so), not
// from a backend's own codes.

#include <stdexcept>
#include <string>

namespace keyproj::sql {

enum class Failure {
  Busy,        // another connection held a lock past the wait (SQLite BUSY/LOCKED; PostgreSQL 55P03)
  Conflict,    // the server rolled the transaction back to settle a conflict with another one, which
               // running it again may not meet (PostgreSQL 40001 serialization, 40P01 deadlock)
  Constraint,  // a CHECK, UNIQUE, NOT NULL, foreign key or trigger refused a row (SQLite CONSTRAINT; PostgreSQL class 23)
  Full,        // the disk or the database is full (SQLite FULL; PostgreSQL 53100)
  ReadOnly,    // the database may be read but not written (SQLite READONLY; PostgreSQL 25006)
  Other,
};

class Error : public std::runtime_error {
 public:
  // `code` is the backend's own (SQLite's extended result code; PostgreSQL's number for the
  // SQLSTATE, postgres.h): for messages and tests only.
  Error(Failure kind, int code, const std::string& message) : std::runtime_error(message), kind_(kind), code_(code) {}
  Failure kind() const { return kind_; }
  int code() const { return code_; }

 private:
  Failure kind_;
  int code_;
};

}  // namespace keyproj::sql
