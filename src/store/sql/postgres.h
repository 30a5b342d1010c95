#pragma once
// The PostgreSQL backend, written on libpq: a connection owns one PGconn, a statement one
// server-side prepared statement on it. Nothing of libpq's is visible past this header.
//
// How it meets what the store expects of a connection (connection.h, statement.h):
// - rows stream: a statement's rows come one at a time (libpq's single-row mode), so a SELECT
//   of a million rows never holds them all. PostgreSQL runs one statement at a time on a
//   connection: when another statement (or execute(), a commit) needs the connection while a
//   result is still arriving, the rest of that result is read into memory first and stepped
//   from there, so that nested loops work as they do on SQLite.
// - reset() in the middle of a result reads the rest of it and drops it. It does not cancel
//   the statement: a cancelled statement aborts the transaction it ran in, and the store resets
//   statements it stepped to their one row inside its transactions.
// - errors are sql::Error with the Failure of the SQLSTATE (error.h); code() is PostgreSQL's
//   own number for the SQLSTATE (sqlstate_code below), 0 when there is none (a lost connection,
//   a connection refused).
// - text and integers travel as text; an integer column is read by parsing its text.
// - A statement that fails inside a transaction aborts it, as PostgreSQL does: only ROLLBACK,
//   or ROLLBACK TO SAVEPOINT (transaction.h's Savepoint), makes it usable again, and commit()
//   of an aborted transaction throws rather than reporting success.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "store/sql/connection.h"
#include "store/sql/postgres_address.h"

namespace keyproj::sql {

// The advisory lock (of the database) a write transaction holds from begin_write() to its end,
// so that writers take their turns as on SQLite: a schema may give ids as SQLite does (the
// largest plus one), and two writers never deadlock. Readers never wait for it.
inline constexpr std::int64_t kWriterLock = 0x6b657970726f6a;  // "keyproj"

struct PostgresOptions {
  // How long a statement inside begin_write()'s transaction waits for a lock another
  // connection holds before it fails with Failure::Busy. 0 leaves the server's setting (by
  // default no limit: PostgreSQL's 0 waits for ever, unlike SQLite's busy timeout).
  int lock_timeout_ms = 0;
};

// Connects with `conninfo`, a libpq URI (postgresql://user@host:port/db) or key=value list,
// given to libpq as it is: a password comes from it or from libpq's usual places (PGPASSWORD,
// ~/.pgpass). Throws sql::Error naming the database, user and host, never the password.
std::unique_ptr<Connection> open_postgres(const std::string& conninfo, const PostgresOptions& options);

// The SCRAM-SHA-256 verifier of `password` for `role`, as CREATE ROLE … PASSWORD takes it:
// computed by libpq, so that the password never reaches the server. `connection` is one
// open_postgres made (std::logic_error otherwise).
std::string postgres_password_verifier(Connection& connection, const std::string& role, const std::string& password);

// PostgreSQL's number for a five-character SQLSTATE (MAKE_SQLSTATE in its errcodes.h: six bits
// a character), the code() of an Error this backend throws; 0 for anything else.
int sqlstate_code(std::string_view sqlstate);

}  // namespace keyproj::sql
