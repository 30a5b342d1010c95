#include "store/sql/placeholders.h"

#include "store/sql/error.h"

namespace keyproj::sql {
namespace {

bool name_start(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u == '_' || u >= 0x80;
}
bool digit(char c) { return c >= '0' && c <= '9'; }
bool name_char(char c) { return name_start(c) || digit(c); }
// A character that PostgreSQL reads as part of the identifier or number before it: `$1` right
// after one would be read as part of it (`a$1` is one identifier there).
bool joins(char c) { return name_char(c) || c == '$'; }

// The end of the quoted text whose opening quote is at `open` (one past its closing quote, or
// the end of the text when it has none). '' and "" inside are the quote itself; `backslashes`:
// an E'…' string, where a backslash escapes the character after it.
std::size_t quoted_end(std::string_view s, std::size_t open, bool backslashes) {
  const char quote = s[open];
  for (std::size_t i = open + 1; i < s.size(); ++i) {
    if (backslashes && s[i] == '\\') {
      ++i;
    } else if (s[i] == quote) {
      if (i + 1 < s.size() && s[i + 1] == quote) {
        ++i;
      } else {
        return i + 1;
      }
    }
  }
  return s.size();
}

// When a dollar quote ($$ or $tag$) opens at `open`, one past its end; else `open`.
std::size_t dollar_quoted_end(std::string_view s, std::size_t open) {
  std::size_t i = open + 1;
  if (i < s.size() && name_start(s[i])) {
    while (i < s.size() && name_char(s[i])) ++i;
  }
  if (i >= s.size() || s[i] != '$') return open;
  const std::string_view tag = s.substr(open, i + 1 - open);
  const std::size_t close = s.find(tag, i + 1);
  return close == std::string_view::npos ? s.size() : close + tag.size();
}

// One past the end of the comment opening at `open` (-- or /*), or `open` when none does.
std::size_t comment_end(std::string_view s, std::size_t open) {
  if (open + 1 >= s.size()) return open;
  if (s[open] == '-' && s[open + 1] == '-') {
    const std::size_t eol = s.find('\n', open);
    return eol == std::string_view::npos ? s.size() : eol + 1;
  }
  if (s[open] == '/' && s[open + 1] == '*') {
    int depth = 1;
    std::size_t i = open + 2;
    while (i < s.size() && depth > 0) {
      if (i + 1 < s.size() && s[i] == '/' && s[i + 1] == '*') {
        ++depth;
        i += 2;
      } else if (i + 1 < s.size() && s[i] == '*' && s[i + 1] == '/') {
        --depth;
        i += 2;
      } else {
        ++i;
      }
    }
    return i;
  }
  return open;
}

}  // namespace

int Placeholders::number(std::string_view name) const {
  for (const auto& [n, number] : names) {
    if (n == name) return number;
  }
  return 0;
}

Placeholders rewrite_placeholders(std::string_view s) {
  Placeholders out;
  out.sql.reserve(s.size() + 8);
  auto emit = [&out](int number) {
    if (!out.sql.empty() && joins(out.sql.back())) out.sql += ' ';
    out.sql += '$';
    out.sql += std::to_string(number);
  };
  // `$1E'…'` would be read as junk after the parameter: the name after it stays apart too.
  auto apart = [&out, s](std::size_t next) {
    if (next < s.size() && joins(s[next])) out.sql += ' ';
  };
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    std::size_t skip = i;
    // What comes before is judged on the output, which is what PostgreSQL reads.
    const std::string& o = out.sql;
    if (c == '\'' || c == '"') {
      const bool escapes = c == '\'' && !o.empty() && (o.back() == 'E' || o.back() == 'e') &&
                           (o.size() < 2 || !joins(o[o.size() - 2]));
      skip = quoted_end(s, i, escapes);
    } else if (c == '$' && (o.empty() || !joins(o.back()))) {
      skip = dollar_quoted_end(s, i);
    } else if (c == '-' || c == '/') {
      skip = comment_end(s, i);
    }
    if (skip > i) {
      out.sql.append(s.substr(i, skip - i));
      i = skip;
      continue;
    }

    if (c == '?') {
      std::size_t j = i + 1;
      if (j < s.size() && digit(s[j])) {
        long number = 0;
        while (j < s.size() && digit(s[j])) {
          if (number <= kMaxParameter) number = number * 10 + (s[j] - '0');
          ++j;
        }
        if (number < 1 || number > kMaxParameter) {
          throw Error(Failure::Other, 0,
                      "the placeholder " + std::string(s.substr(i, j - i)) + " is not numbered from 1 to " +
                          std::to_string(kMaxParameter));
        }
        emit(static_cast<int>(number));
        if (number > out.parameters) out.parameters = static_cast<int>(number);
      } else {
        if (out.parameters == kMaxParameter) {
          throw Error(Failure::Other, 0, "the statement has more than " + std::to_string(kMaxParameter) + " placeholders");
        }
        emit(++out.parameters);
      }
      apart(j);
      i = j;
      continue;
    }
    if (c == ':' && i + 1 < s.size() && s[i + 1] == ':') {
      out.sql += "::";
      i += 2;
      continue;
    }
    if (c == ':' && i + 1 < s.size() && name_start(s[i + 1])) {
      std::size_t j = i + 1;
      while (j < s.size() && name_char(s[j])) ++j;
      const std::string_view name = s.substr(i, j - i);
      int number = out.number(name);
      if (number == 0) {
        if (out.parameters == kMaxParameter) {
          throw Error(Failure::Other, 0, "the statement has more than " + std::to_string(kMaxParameter) + " placeholders");
        }
        number = ++out.parameters;
        out.names.emplace_back(name, number);
      }
      emit(number);
      apart(j);
      i = j;
      continue;
    }
    out.sql += c;
    ++i;
  }
  return out;
}

}  // namespace keyproj::sql
