#pragma once
// A prepared statement: bind by index, step through rows, read columns typed.
//
// Placeholders are written `?` (numbered from 1, left to right), `?N` (number N, however often
// it appears) or `:name` (one number per name; parameter() gives it). A backend whose server
// numbers them itself (PostgreSQL's `$1`) rewrites the three forms to its own when it
// prepares, outside quoted text, so that the store's statements keep one spelling.
//
// Statement is what the store holds; PreparedStatement is what a backend implements. The
// calls go through one virtual function each: measured on an import of 12,000 reports (about
// thirty calls per report), the dispatch is lost in what SQLite does for each call.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace keyproj::sql {

class PreparedStatement {
 public:
  virtual ~PreparedStatement() = default;

  virtual void bind_int64(int index, std::int64_t value) = 0;
  virtual void bind_text(int index, std::string_view value) = 0;      // copied
  virtual void bind_text_ref(int index, std::string_view value) = 0;  // read in place: must outlive the next step
  virtual void bind_null(int index) = 0;
  // The number of `:name`, 0 when the statement does not use it.
  virtual int parameter(std::string_view name) = 0;

  // The next row: true when there is one to read, false at the end. Throws sql::Error.
  virtual bool step() = 0;
  // Steps to the end; the number of rows the statement inserted, changed or deleted.
  virtual std::int64_t run() = 0;

  // The current row's column `index` (from 0). Text is valid until the next step or reset.
  virtual bool is_null(int index) = 0;
  virtual std::int64_t int64(int index) = 0;
  virtual std::string_view text(int index) = 0;

  // Ready to run again from the first row, bindings kept. Never throws: a failure of the last
  // run was thrown by the step that met it.
  virtual void reset() = 0;
  // Every parameter back to NULL.
  virtual void clear_bindings() = 0;
};

class Connection;

class Statement {
 public:
  // Prepares `sql` on `db`. Throws sql::Error when the database refuses it.
  Statement(Connection& db, std::string_view sql);
  explicit Statement(std::unique_ptr<PreparedStatement> p) : p_(std::move(p)) {}

  void bind(int index, std::int64_t v) { p_->bind_int64(index, v); }
  void bind(int index, int v) { p_->bind_int64(index, v); }
  void bind(int index, std::string_view v) { p_->bind_text(index, v); }
  void bind(int index, const std::string& v) { p_->bind_text(index, v); }
  void bind(int index, const char* v) { p_->bind_text(index, v); }
  void bind(int index, std::nullopt_t) { p_->bind_null(index); }
  // An empty optional is NULL, never an empty text or zero.
  void bind(int index, const std::optional<std::string>& v) { v ? bind(index, *v) : p_->bind_null(index); }
  void bind(int index, const std::optional<std::int64_t>& v) { v ? bind(index, *v) : p_->bind_null(index); }
  void bind(int index, const std::optional<int>& v) { v ? bind(index, *v) : p_->bind_null(index); }
  // Text read in place, not copied: it must stay as it is until the statement has run.
  void bind_ref(int index, std::string_view v) { p_->bind_text_ref(index, v); }
  void bind_ref(int index, const std::string& v) { p_->bind_text_ref(index, v); }
  void bind_ref(int index, const char* v) { p_->bind_text_ref(index, v); }
  void bind_ref(int index, std::string&&) = delete;  // a temporary would be gone before the step
  void bind_ref(int index, const std::optional<std::string>& v) { v ? bind_ref(index, *v) : p_->bind_null(index); }
  void bind_null(int index) { p_->bind_null(index); }

  // By name: `name` must appear in the statement.
  int parameter(std::string_view name) { return p_->parameter(name); }
  template <typename T>
  void bind(const char* name, const T& v) {
    bind(required_parameter(name), v);
  }

  bool step() { return p_->step(); }
  std::int64_t run() { return p_->run(); }

  bool is_null(int index) { return p_->is_null(index); }
  std::int64_t int64(int index) { return p_->int64(index); }
  int integer(int index) { return static_cast<int>(p_->int64(index)); }
  std::string_view text(int index) { return p_->text(index); }
  std::string string(int index) { return std::string(p_->text(index)); }
  std::optional<std::string> optional_string(int index) {
    if (is_null(index)) return std::nullopt;
    return string(index);
  }
  std::optional<std::int64_t> optional_int64(int index) {
    if (is_null(index)) return std::nullopt;
    return int64(index);
  }

  void reset() { p_->reset(); }
  void clear_bindings() { p_->clear_bindings(); }

 private:
  int required_parameter(const char* name);

  std::unique_ptr<PreparedStatement> p_;
};

}  // namespace keyproj::sql
