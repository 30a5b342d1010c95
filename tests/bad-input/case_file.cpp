#include "bad-input/case_file.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace keyproj::bad_input {
namespace {

struct Cursor {
  const std::string& s;
  std::size_t i = 0;
  const std::string& where;

  bool done() const { return i >= s.size(); }
  char peek() const { return s[i]; }
  void skip_blanks() {
    while (!done() && (s[i] == ' ' || s[i] == '\t')) ++i;
  }
  [[noreturn]] void fail(const std::string& why) const {
    throw std::runtime_error(where + ": " + why + " (column " + std::to_string(i + 1) + ")");
  }
};

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The inside of "…", the cursor on the opening quote; leaves it after the closing one.
std::string double_quoted(Cursor& c) {
  std::string out;
  ++c.i;
  for (;;) {
    if (c.done()) c.fail("unterminated double quote");
    const char ch = c.s[c.i++];
    if (ch == '"') return out;
    if (ch != '\\') {
      out += ch;
      continue;
    }
    if (c.done()) c.fail("backslash at the end of the line");
    const char e = c.s[c.i++];
    switch (e) {
      case '\\': out += '\\'; break;
      case '"': out += '"'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case '0': out += '\0'; break;
      case 'x': {
        const int hi = c.i < c.s.size() ? hex_digit(c.s[c.i]) : -1;
        const int lo = c.i + 1 < c.s.size() ? hex_digit(c.s[c.i + 1]) : -1;
        if (hi < 0 || lo < 0) c.fail("\\x needs two hex digits");
        out += static_cast<char>(hi * 16 + lo);
        c.i += 2;
        break;
      }
      default: c.fail(std::string("unknown escape \\") + e);
    }
  }
}

// One shell-like word. Sets `quoted` when any part of it was quoted.
std::string word(Cursor& c, bool& quoted) {
  std::string out;
  quoted = false;
  while (!c.done() && c.peek() != ' ' && c.peek() != '\t') {
    if (c.peek() == '"') {
      out += double_quoted(c);
      quoted = true;
    } else if (c.peek() == '\'') {
      const std::size_t end = c.s.find('\'', c.i + 1);
      if (end == std::string::npos) c.fail("unterminated single quote");
      out += c.s.substr(c.i + 1, end - c.i - 1);
      c.i = end + 1;
      quoted = true;
    } else {
      out += c.s[c.i++];
    }
  }
  return out;
}

std::vector<Word> arguments(Cursor& c) {
  std::vector<Word> out;
  for (c.skip_blanks(); !c.done(); c.skip_blanks()) {
    bool quoted = false;
    std::string w = word(c, quoted);
    Word a;
    a.text = w;
    if (!quoted && w.size() > 2 && w.front() == '{' && w.back() == '}') {
      a.kind = Word::Kind::Placeholder;
      a.text = w.substr(1, w.size() - 2);
    } else if (!quoted && w.size() > 3 && w.rfind("<{", 0) == 0 && w.back() == '}') {
      a.kind = Word::Kind::Stdin;
      a.text = w.substr(2, w.size() - 3);
    }
    out.push_back(std::move(a));
  }
  return out;
}

// input NAME = "piece"*N "piece" ... | file "PATH"
void input_line(Cursor& c, std::map<std::string, std::string>& inputs, const std::filesystem::path& dir) {
  c.i = std::string_view("input").size();
  c.skip_blanks();
  const std::size_t eq = c.s.find('=', c.i);
  if (eq == std::string::npos) c.fail("input needs NAME = \"content\"");
  std::string name = c.s.substr(c.i, eq - c.i);
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.pop_back();
  if (name.empty() || name.find_first_of(" \t/{}") != std::string::npos) c.fail("bad input name '" + name + "'");
  if (inputs.count(name)) c.fail("input '" + name + "' is defined twice");
  c.i = eq + 1;
  std::string content;
  for (c.skip_blanks(); !c.done(); c.skip_blanks()) {
    if (c.s.compare(c.i, 5, "file ") == 0) {
      c.i += 5;
      c.skip_blanks();
      if (c.done() || c.peek() != '"') c.fail("file needs a double-quoted path");
      const std::filesystem::path path = dir / double_quoted(c);
      std::ifstream in(path, std::ios::binary);
      if (!in) c.fail("cannot read " + path.string());
      std::ostringstream bytes;
      bytes << in.rdbuf();
      content += bytes.str();
      continue;
    }
    if (c.peek() != '"') c.fail("an input piece must be a double-quoted string");
    const std::string piece = double_quoted(c);
    std::size_t times = 1;
    if (!c.done() && c.peek() == '*') {
      ++c.i;
      const std::size_t start = c.i;
      while (!c.done() && c.peek() >= '0' && c.peek() <= '9') ++c.i;
      if (start == c.i) c.fail("* needs a count");
      times = std::stoul(c.s.substr(start, c.i - start));
    }
    content.reserve(content.size() + piece.size() * times);
    for (std::size_t k = 0; k < times; ++k) content += piece;
  }
  inputs[name] = std::move(content);
}

std::string trimmed(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  const auto e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

}  // namespace

std::vector<Case> parse_cases(const std::string& text, const std::string& file_name, const std::filesystem::path& dir) {
  const std::string stem = std::filesystem::path(file_name).stem().string();
  auto inputs = std::make_shared<std::map<std::string, std::string>>();
  std::vector<Case> out;
  std::istringstream lines(text);
  std::string raw;
  for (int number = 1; std::getline(lines, raw); ++number) {
    const std::string line = trimmed(raw);
    const std::string where = file_name + ":" + std::to_string(number);
    if (line.empty() || line[0] == '#') continue;
    Cursor c{line, 0, where};
    if (line.rfind("input ", 0) == 0) {
      input_line(c, *inputs, dir);
      continue;
    }
    Case k;
    if (line.rfind("sqlite ", 0) == 0 || line.rfind("sqlite\t", 0) == 0) {
      k.sqlite_only = true;
      c.i = std::string_view("sqlite").size();
      c.skip_blanks();
    }
    const std::size_t bar1 = line.find('|', c.i);
    const std::size_t bar2 = bar1 == std::string::npos ? bar1 : line.find('|', bar1 + 1);
    if (bar2 == std::string::npos) c.fail("a case is [sqlite] EXIT | MESSAGE | ARGUMENTS");
    k.id = stem + "_" + std::to_string(number);
    std::replace_if(k.id.begin(), k.id.end(), [](char ch) { return !std::isalnum(static_cast<unsigned char>(ch)); }, '_');
    k.where = where;
    const std::string code = trimmed(line.substr(c.i, bar1 - c.i));
    if (code.empty() || code.find_first_not_of("0123456789") != std::string::npos) c.fail("EXIT must be a number");
    k.exit = std::stoi(code);
    k.message = trimmed(line.substr(bar1 + 1, bar2 - bar1 - 1));
    if (k.message.empty()) c.fail("MESSAGE is empty: every case names the words it expects");
    c.i = bar2 + 1;
    k.args = arguments(c);
    if (k.args.empty()) c.fail("ARGUMENTS are empty");
    k.inputs = inputs;
    out.push_back(std::move(k));
  }
  // An input named by a case must exist; checked here so that a typo fails loudly, once.
  for (const auto& k : out)
    for (const auto& a : k.args)
      if ((a.kind == Word::Kind::Stdin || (a.kind == Word::Kind::Placeholder && a.text != "db" &&
                                           a.text.rfind("db:", 0) != 0)) &&
          !inputs->count(a.text))
        throw std::runtime_error(k.where + ": input '" + a.text + "' is not defined in this file");
  return out;
}

std::vector<Case> load_cases(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".cases") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<Case> out;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    auto cases = parse_cases(s.str(), f.filename().string(), dir);
    out.insert(out.end(), std::make_move_iterator(cases.begin()), std::make_move_iterator(cases.end()));
  }
  return out;
}

}  // namespace keyproj::bad_input
