#include "store/sql/postgres.h"

#include <charconv>
#include <cstdint>
#include <deque>
#include <optional>
#include <utility>
#include <vector>

#include "store/sql/error.h"
#include "store/sql/placeholders.h"
#include "store/sql/pq_library.h"

namespace keyproj::sql {

int sqlstate_code(std::string_view sqlstate) {
  if (sqlstate.size() != 5) return 0;
  int code = 0;
  for (std::size_t i = 0; i < 5; ++i) {
    const char c = sqlstate[i];
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) return 0;
    code |= ((c - '0') & 0x3F) << (6 * i);
  }
  return code;
}

namespace {

Failure failure_of(std::string_view sqlstate) {
  if (sqlstate == "40001" || sqlstate == "40P01") return Failure::Conflict;
  if (sqlstate == "55P03") return Failure::Busy;
  if (sqlstate.starts_with("23")) return Failure::Constraint;
  if (sqlstate == "53100") return Failure::Full;
  if (sqlstate == "25006") return Failure::ReadOnly;
  if (sqlstate == "42501") return Failure::Permission;
  return Failure::Other;
}

// libpq's messages end with a line break and may run over several lines: one line, for one
// sentence on stderr.
std::string one_line(std::string_view text) {
  std::string line;
  bool line_start = false;
  for (const char c : text) {
    if (c == '\n') {
      line += "; ";
      line_start = true;
    } else if (c == '\r' || (line_start && (c == ' ' || c == '\t'))) {
      continue;  // a continuation line's indent
    } else {
      line += c;
      line_start = false;
    }
  }
  while (!line.empty() && (line.back() == ' ' || line.back() == ';' || line.back() == '\t')) line.pop_back();
  return line;
}

// A failed result as an Error: the server's primary message and its SQLSTATE. A result
// without a SQLSTATE (the connection was lost) is Other, code 0, with libpq's message.
Error error_of(const PGresult* result, PGconn* conn) {
  const char* state = result ? libpq().PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const char* primary = result ? libpq().PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  std::string message = primary ? primary : one_line(result ? libpq().PQresultErrorMessage(result) : "");
  if (message.empty() && conn) message = one_line(libpq().PQerrorMessage(conn));
  if (message.empty()) message = "PostgreSQL reported a failure without a message";
  const char* detail = result ? libpq().PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL) : nullptr;
  const std::string_view sqlstate = state ? state : "";
  return Error(failure_of(sqlstate), sqlstate_code(sqlstate), message, detail ? detail : "");
}

std::int64_t parse_count(const char* text) {
  std::int64_t n = 0;
  if (text) std::from_chars(text, text + std::char_traits<char>::length(text), n);
  return n;
}

// PGresult owned: cleared when it goes.
struct ResultDeleter {
  void operator()(PGresult* r) const { libpq().PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

class PostgresStatement;

// What a connection and its statements share: the handle (null once the connection is
// closed, for a statement that outlives it) and which statement's rows are still arriving.
struct Session {
  PGconn* conn = nullptr;
  PostgresStatement* streaming = nullptr;
  std::uint64_t statements = 0;  // for each prepared statement's unique name
};

PGconn* live(const Session& session) {
  if (!session.conn) throw Error(Failure::Other, 0, "the connection to PostgreSQL is closed");
  return session.conn;
}

// Before anything else is sent on the connection: the rows a statement has not read yet are
// read into memory, for it to step through later.
void make_way(Session& session);

// Runs `sql` (one statement or several) without parameters; throws when the server refuses it.
Result exec(Session& session, const std::string& sql) {
  make_way(session);
  PGconn* conn = live(session);
  Result r(libpq().PQexec(conn, sql.c_str()));
  const ExecStatusType status = r ? libpq().PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) {
    throw error_of(r.get(), conn);
  }
  return r;
}

class PostgresStatement final : public PreparedStatement {
 public:
  PostgresStatement(std::shared_ptr<Session> session, Placeholders placeholders, std::string name)
      : session_(std::move(session)),
        placeholders_(std::move(placeholders)),
        name_(std::move(name)),
        values_(static_cast<std::size_t>(placeholders_.parameters)) {}

  ~PostgresStatement() override {
    discard();
    if (!session_->conn) return;
    try {
      exec(*session_, "DEALLOCATE " + name_);
    } catch (const Error&) {
      // Inside a failed transaction the server takes nothing but a rollback: the statement
      // stays prepared until the connection closes, under a name nothing else uses.
    }
  }
  PostgresStatement(const PostgresStatement&) = delete;
  PostgresStatement& operator=(const PostgresStatement&) = delete;

  void bind_int64(int index, std::int64_t value) override { slot(index) = std::to_string(value); }
  void bind_text(int index, std::string_view value) override {
    // Text goes to the server as a C string, and PostgreSQL's text cannot hold a NUL either.
    if (value.find('\0') != std::string_view::npos) {
      throw Error(Failure::Other, 0,
                  "parameter " + std::to_string(index) + " holds a NUL character, which PostgreSQL text cannot");
    }
    slot(index) = std::string(value);
  }
  // Copied all the same: the values are sent when the statement is stepped, from the copies.
  void bind_text_ref(int index, std::string_view value) override { bind_text(index, value); }
  void bind_null(int index) override { slot(index).reset(); }
  int parameter(std::string_view name) override { return placeholders_.number(name); }

  bool step() override {
    if (state_ == State::Done) state_ = State::Idle;  // stepped past its end: it runs again, as on SQLite
    if (state_ == State::Idle) start();
    return next_row();
  }

  std::int64_t run() override {
    while (step()) {
    }
    state_ = State::Idle;
    return changed_;
  }

  bool is_null(int index) override { return !has(index) || libpq().PQgetisnull(row_.get(), 0, index) == 1; }
  std::int64_t int64(int index) override {
    if (is_null(index)) return 0;
    const std::string_view value = text(index);
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec == std::errc() && end == value.data() + value.size()) return n;
    if (value == "t" || value == "f") return value == "t";  // a boolean
    // A sum of bigints is numeric, which may pass 64 bits: SQLite's sum() refuses such a total
    // with this text, and keyproj tells the officer of it alike (cli/failure.cpp).
    if (ec == std::errc::result_out_of_range && end == value.data() + value.size())
      throw Error(Failure::Other, 0, "integer overflow");
    throw Error(Failure::Other, 0,
                "column " + std::to_string(index) + " holds '" + std::string(value) + "', not a whole number");
  }
  std::string_view text(int index) override {
    if (is_null(index)) return {};
    const PqLibrary& pq = libpq();
    return {pq.PQgetvalue(row_.get(), 0, index), static_cast<std::size_t>(pq.PQgetlength(row_.get(), 0, index))};
  }

  void reset() override {
    discard();
    state_ = State::Idle;
  }
  void clear_bindings() override {
    for (auto& v : values_) v.reset();
  }

  // The rest of this statement's result off the connection and into memory (make_way).
  void take_rest() {
    while (PGresult* r = libpq().PQgetResult(session_->conn)) waiting_.emplace_back(r);
    on_wire_ = false;
  }

 private:
  enum class State { Idle, Rows, Done };

  std::optional<std::string>& slot(int index) {
    if (index < 1 || index > placeholders_.parameters) {
      throw Error(Failure::Other, 0,
                  "there is no parameter " + std::to_string(index) + ": the statement takes " +
                      std::to_string(placeholders_.parameters));
    }
    return values_[static_cast<std::size_t>(index - 1)];
  }

  bool has(int index) const { return row_ && index >= 0 && index < libpq().PQnfields(row_.get()); }

  void start() {
    make_way(*session_);
    PGconn* conn = live(*session_);
    std::vector<const char*> values(values_.size());
    for (std::size_t i = 0; i < values_.size(); ++i) values[i] = values_[i] ? values_[i]->c_str() : nullptr;
    // Text parameters and text results: the lengths and formats libpq takes are for binary.
    if (libpq().PQsendQueryPrepared(conn, name_.c_str(), static_cast<int>(values.size()), values.data(), nullptr,
                                    nullptr, 0) != 1) {
      throw error_of(nullptr, conn);
    }
    on_wire_ = true;
    session_->streaming = this;
    state_ = State::Rows;
    changed_ = 0;
    if (libpq().PQsetSingleRowMode(conn) != 1) {
      discard();
      state_ = State::Done;
      throw Error(Failure::Other, 0, "PostgreSQL's rows could not be read one at a time");
    }
  }

  // The next result of this run, from memory when make_way took them off the connection.
  Result next_result() {
    if (!waiting_.empty()) {
      Result r = std::move(waiting_.front());
      waiting_.pop_front();
      return r;
    }
    if (!on_wire_) return nullptr;
    Result r(libpq().PQgetResult(session_->conn));
    if (!r) done_on_wire();
    return r;
  }

  bool next_row() {
    row_.reset();
    std::optional<Error> failure;
    while (Result r = next_result()) {
      switch (libpq().PQresultStatus(r.get())) {
        case PGRES_SINGLE_TUPLE:
          row_ = std::move(r);
          return true;
        case PGRES_TUPLES_OK:
        case PGRES_COMMAND_OK:
          changed_ = parse_count(libpq().PQcmdTuples(r.get()));
          break;
        case PGRES_EMPTY_QUERY:
          break;
        default:
          // Read on to the end of the run, so that the connection is ready for the next.
          if (!failure) failure = error_of(r.get(), session_->conn);
          break;
      }
    }
    state_ = State::Done;
    if (failure) throw *failure;
    return false;
  }

  void done_on_wire() {
    on_wire_ = false;
    if (session_->streaming == this) session_->streaming = nullptr;
  }

  // Whatever is left of this run: rows in memory and rows still arriving.
  void discard() {
    row_.reset();
    waiting_.clear();
    if (on_wire_) {
      if (session_->conn) {
        while (PGresult* r = libpq().PQgetResult(session_->conn)) libpq().PQclear(r);
      }
      done_on_wire();
    }
  }

  std::shared_ptr<Session> session_;
  Placeholders placeholders_;
  std::string name_;
  std::vector<std::optional<std::string>> values_;  // text, as sent; nullopt is NULL
  State state_ = State::Idle;
  bool on_wire_ = false;  // this run's results are still arriving on the connection
  std::deque<Result> waiting_;
  Result row_;  // the current row
  std::int64_t changed_ = 0;
};

void make_way(Session& session) {
  if (PostgresStatement* s = std::exchange(session.streaming, nullptr)) s->take_rest();
}

class PostgresConnection final : public Connection {
 public:
  PostgresConnection(PGconn* conn, const PostgresOptions& options)
      : session_(std::make_shared<Session>()), options_(options) {
    session_->conn = conn;
  }
  ~PostgresConnection() override {
    forget_statements();  // deallocated while the connection is open
    libpq().PQfinish(session_->conn);
    session_->conn = nullptr;
  }

  std::unique_ptr<PreparedStatement> prepare(std::string_view sql) override {
    Placeholders placeholders = rewrite_placeholders(sql);
    make_way(*session_);
    PGconn* conn = live(*session_);
    std::string name = "keyproj_" + std::to_string(++session_->statements);
    // No parameter types: the server infers each from where it stands, as SQLite needs none.
    const Result r(libpq().PQprepare(conn, name.c_str(), placeholders.sql.c_str(), 0, nullptr));
    if (!r || libpq().PQresultStatus(r.get()) != PGRES_COMMAND_OK) throw error_of(r.get(), conn);
    return std::make_unique<PostgresStatement>(session_, std::move(placeholders), std::move(name));
  }

  void execute(std::string_view script) override { exec(*session_, std::string(script)); }

  // The SCRAM verifier of `password` for `role`, computed here with the server's algorithm, so
  // that the password itself never travels to the server or its logs.
  std::string password_verifier(const std::string& role, const std::string& password) {
    make_way(*session_);
    PGconn* conn = live(*session_);
    char* verifier = libpq().PQencryptPasswordConn(conn, password.c_str(), role.c_str(), "scram-sha-256");
    if (!verifier)
      throw Error(Failure::Other, 0, "the password could not be encrypted: " + one_line(libpq().PQerrorMessage(conn)));
    std::string out = verifier;
    libpq().PQfreemem(verifier);
    return out;
  }

  // lastval(): what the session's last INSERT drew from a sequence (an identity column's).
  // Before any, the server refuses it, which aborts an open transaction.
  std::int64_t last_insert_id() override {
    const Result r = exec(*session_, "SELECT lastval()");
    return parse_count(libpq().PQgetvalue(r.get(), 0, 0));
  }

  // A standby, or a database or user set to default_transaction_read_only.
  bool read_only() override {
    const Result r = exec(*session_, "SHOW transaction_read_only");
    return std::string_view(libpq().PQgetvalue(r.get(), 0, 0)) == "on";
  }

  Dialect dialect() const override { return Dialect::Postgres; }

  void begin_write() override {
    // PostgreSQL only warns of a BEGIN inside a transaction, and the inner one's COMMIT would
    // end the outer: refused, as SQLite refuses it.
    make_way(*session_);
    if (libpq().PQtransactionStatus(live(*session_)) != PQTRANS_IDLE) {
      throw Error(Failure::Other, 0, "a transaction is already open on this connection");
    }
    std::string sql = "BEGIN";
    if (options_.lock_timeout_ms > 0) sql += "; SET LOCAL lock_timeout = " + std::to_string(options_.lock_timeout_ms);
    // Writers take their turns, as SQLite's BEGIN IMMEDIATE makes them: a lock of the database
    // held until the transaction ends, waited for up to the lock timeout.
    sql += "; SELECT pg_advisory_xact_lock(" + std::to_string(kWriterLock) + ")";
    try {
      exec(*session_, sql);
    } catch (const Error&) {
      // No transaction was handed out, so none is left open (aborted) behind the failure.
      rollback();
      throw;
    }
  }

  void commit() override {
    const Result r = exec(*session_, "COMMIT");
    // COMMIT of a transaction a failed statement aborted is answered ROLLBACK, not an error.
    if (std::string_view(libpq().PQcmdStatus(r.get())) == "ROLLBACK") {
      throw Error(Failure::Other, 0, "the transaction was rolled back, not committed: a statement in it had failed");
    }
  }

  void rollback() override {
    make_way(*session_);
    if (session_->conn && libpq().PQtransactionStatus(session_->conn) == PQTRANS_IDLE) return;
    exec(*session_, "ROLLBACK");
  }

  void copy_to(const std::string& path) override {
    throw Error(Failure::Other, 0,
                "a PostgreSQL database is kept by its server, not in a file, so there is no file to copy to " + path +
                    " (pg_dump backs it up)");
  }

 private:
  std::shared_ptr<Session> session_;
  PostgresOptions options_;
};

// libpq's reason for a connection string it cannot read quotes the text around the fault,
// which may be the password: it is left out when the string may hold one.
bool may_hold_password(std::string_view conninfo) {
  std::string lower(conninfo);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return lower.find("password") != std::string::npos || lower.find('@') != std::string::npos;
}

void blank_out(std::string& message, const std::string& secret) {
  if (secret.empty()) return;
  for (std::size_t at = message.find(secret); at != std::string::npos; at = message.find(secret, at + 3)) {
    message.replace(at, secret.size(), "***");
  }
}

void ignore_notice(void*, const char*) {}

std::string or_empty(const char* text) { return text ? text : ""; }

}  // namespace

std::string postgres_password_verifier(Connection& connection, const std::string& role, const std::string& password) {
  auto* postgres = dynamic_cast<PostgresConnection*>(&connection);
  if (!postgres) throw std::logic_error("a password verifier is a PostgreSQL connection's");
  return postgres->password_verifier(role, password);
}

std::unique_ptr<Connection> open_postgres(const std::string& conninfo, const PostgresOptions& options) {
  const PqLibrary& pq = libpq();
  char* parse_error = nullptr;
  PQconninfoOption* parsed = pq.PQconninfoParse(conninfo.c_str(), &parse_error);
  if (!parsed) {
    std::string why = parse_error ? one_line(parse_error) : "out of memory";
    pq.PQfreemem(parse_error);
    if (may_hold_password(conninfo)) why = "its text is not shown, as it may hold a password";
    throw Error(Failure::Other, 0, "the PostgreSQL connection string is not a libpq URI or key=value list: " + why);
  }
  std::string password;
  for (const PQconninfoOption* o = parsed; o->keyword; ++o) {
    if (o->val && std::string_view(o->keyword) == "password") password = o->val;
  }
  pq.PQconninfoFree(parsed);

  PGconn* conn = pq.PQconnectdb(conninfo.c_str());
  if (!conn) throw Error(Failure::Other, 0, "there was no memory to connect to PostgreSQL");
  if (pq.PQstatus(conn) != CONNECTION_OK) {
    // Named from what libpq settled on (the string's values or its defaults), never the string.
    const char* host = pq.PQhost(conn);
    const char* port = pq.PQport(conn);
    std::string where = host && *host ? std::string(host) : std::string("the default host");
    if (port && *port) where += " port " + std::string(port);
    std::string message = "cannot connect to PostgreSQL database " + or_empty(pq.PQdb(conn)) + " as user " +
                          or_empty(pq.PQuser(conn)) + " on " + where + ": " +
                          one_line(pq.PQerrorMessage(conn));
    blank_out(message, password);
    pq.PQfinish(conn);
    throw Error(Failure::Other, 0, message);
  }
  // Notices ("there is no transaction in progress", …) would go to stderr, which is the
  // officer's: one sentence when something fails, nothing else.
  pq.PQsetNoticeProcessor(conn, ignore_notice, nullptr);
  auto connection = std::make_unique<PostgresConnection>(conn, options);
  if (pq.PQsetClientEncoding(conn, "UTF8") != 0) {
    throw Error(Failure::Other, 0,
                "PostgreSQL refused UTF-8 as the connection's encoding: " + one_line(pq.PQerrorMessage(conn)));
  }
  // A server's default JIT compiles the overdue list's and report's plans for seconds each
  // run, about as long again as running them (bench/README.md): keyproj's statements are
  // planned to read what they need, and gain nothing from it.
  connection->execute("SET jit = off");
  return connection;
}

}  // namespace keyproj::sql
