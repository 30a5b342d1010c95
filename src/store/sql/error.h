#pragma once
// What the database refused, and what kind of refusal it was. Every failure a backend reports
// reaches the code above it as this one type, whatever the backend: keyproj decides what to
// tell the officer from the kind (a busy database waits and retries nowhere; it says so), not
// from a backend's own codes.

#include <stdexcept>
#include <string>
#include <utility>

namespace keyproj::sql {

enum class Failure {
  Busy,        // another connection held a lock past the wait (SQLite BUSY/LOCKED; PostgreSQL 55P03)
  Conflict,    // the server rolled the transaction back to settle a conflict with another one, which
               // running it again may not meet (PostgreSQL 40001 serialization, 40P01 deadlock)
  Constraint,  // a CHECK, UNIQUE, NOT NULL, foreign key or trigger refused a row (SQLite CONSTRAINT; PostgreSQL class 23)
  Full,        // the disk or the database is full (SQLite FULL; PostgreSQL 53100)
  ReadOnly,    // the database may be read but not written (SQLite READONLY; PostgreSQL 25006)
  Permission,  // the server refused the session's role the change (PostgreSQL 42501); a file has no roles
  Other,
};

class Error : public std::runtime_error {
 public:
  // `code` is the backend's own (SQLite's extended result code; PostgreSQL's number for the
  // SQLSTATE, postgres.h): for messages and tests only.
  // `detail` is what the server adds beyond the message (PostgreSQL's DETAIL): for a
  // Permission refusal by keyproj's own rules, a JSON object naming who, what and where
  // (migrations/postgresql/0021_access.sql).
  Error(Failure kind, int code, const std::string& message, std::string detail = {})
      : std::runtime_error(message), kind_(kind), code_(code), detail_(std::move(detail)) {}
  Failure kind() const { return kind_; }
  int code() const { return code_; }
  const std::string& detail() const { return detail_; }

 private:
  Failure kind_;
  int code_;
  std::string detail_;
};

}  // namespace keyproj::sql
