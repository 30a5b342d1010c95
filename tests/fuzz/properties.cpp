#include "fuzz/properties.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "exchange/records.h"
#include "io/csv_reader.h"
#include "io/sheet_xml.h"
#include "io/text_encoding.h"
#include "output/ics_writer.h"
#include "store/sql/error.h"
#include "store/sql/placeholders.h"

#include "util/date.h"
#include "util/error.h"
#include "util/field_text.h"
#include "util/money.h"
#include "util/text.h"

namespace keyproj::fuzz {
namespace {

// Checks that a refusal is the one kind the product shows users, naming the field.
std::string check_refusal(const Error& e, std::string_view field) {
  if (e.code() != ExitCode::Rejected) return "refused with exit code " + std::to_string(static_cast<int>(e.code()));
  if (!std::string_view(e.what()).starts_with(field)) return "refusal does not name the field: " + std::string(e.what());
  return "";
}

}  // namespace

std::string check_money(std::string_view input) {
  std::int64_t yuan = 0;
  try {
    yuan = parse_money(input, "budget");
  } catch (const Error& e) {
    return check_refusal(e, "budget '");
  }
  if (yuan < 0) return "accepted a negative amount: " + std::to_string(yuan);
  const std::string plain = std::to_string(yuan);
  if (parse_money(plain, "budget") != yuan) return "plain digits " + plain + " read back differently";
  const std::string grouped = format_yuan_grouped(yuan);
  if (parse_money(grouped, "budget") != yuan) return "grouped digits " + grouped + " read back differently";
  if (format_money(yuan).empty()) return "format_money gave nothing";
  return "";
}

std::string check_date(std::string_view input) {
  for (const PeriodEnd end : {PeriodEnd::Exact, PeriodEnd::First, PeriodEnd::Last}) {
    Date d;
    try {
      d = parse_date(input, "due", end);
    } catch (const Error& e) {
      if (auto why = check_refusal(e, "due '"); !why.empty()) return why;
      continue;
    }
    if (d.year() < 1900 || d.year() > 2200) return "accepted year " + std::to_string(d.year());
    const std::string iso = d.iso();
    if (parse_date(iso, "due") != d) return "ISO text " + iso + " reads back differently";
    if (Date::from_days(d.days()) != d) return "day count of " + iso + " does not round-trip";
    if (end == PeriodEnd::Exact) {
      // Every form of the same day reads as that day, and an ISO day is read as written.
      const std::string y = iso.substr(0, 4), m = iso.substr(5, 2), dd = iso.substr(8, 2);
      const std::string mn = std::to_string(std::stoi(m)), dn = std::to_string(std::stoi(dd));
      for (const std::string& form : {y + m + dd, y + "/" + mn + "/" + dn, y + "." + mn + "." + dn,
                                      y + "-" + mn + "-" + dn, y + "年" + mn + "月" + dn + "日"})
        if (parse_date(form, "due") != d) return "'" + form + "' does not read as " + iso;
      if (input.size() == 10 && input[4] == '-' && input[7] == '-' && iso != input)
        return "ISO date '" + std::string(input) + "' read as " + iso;
      // A day is a day whichever end of a period is asked for.
      if (parse_date(input, "due", PeriodEnd::First) != d || parse_date(input, "due", PeriodEnd::Last) != d)
        return "day '" + std::string(input) + "' read as a period";
    }
  }
  return "";
}

std::string check_text(std::string_view input) {
  const bool valid = is_valid_utf8(input);
  try {
    require_text(input, "name");
    if (!valid) return "require_text accepted what is_valid_utf8 refuses";
  } catch (const Error& e) {
    if (valid) return "require_text refused valid text";
    if (auto why = check_refusal(e, "name '"); !why.empty()) return why;
    if (!is_valid_utf8(e.what())) return "the refusal is itself invalid UTF-8";
  }
  if (!is_valid_utf8(escape_bytes(input, 60))) return "escape_bytes left invalid UTF-8";
  // What reaches a terminal: valid UTF-8 with nothing a terminal obeys, and the same text
  // again when there was nothing to escape.
  const std::string shown = terminal_text(input);
  if (!is_valid_utf8(shown)) return "terminal_text left invalid UTF-8";
  for (std::size_t i = 0; i < shown.size(); ++i) {
    const auto b = static_cast<unsigned char>(shown[i]);
    if (b < 0x20 || b == 0x7f) return "terminal_text left a control character";
  }
  if (terminal_text(shown) != shown) return "terminal_text is not idempotent";
  if (const std::string q = quote(input); char_count(q) > kQuotedChars * 6 + 3 || !is_valid_utf8(q))
    return "quote is too long or invalid";
  // A field's text: clean_text keeps valid, trimmed, composed text or refuses naming the field.
  for (const Lines lines : {Lines::One, Lines::Many}) {
    try {
      const std::string kept = clean_text(input, "note", lines);
      if (!valid) return "clean_text accepted invalid UTF-8";
      if (kept != trimmed(kept)) return "clean_text left spaces around the text";
      if (clean_text(kept, "note", lines) != kept) return "clean_text is not idempotent";
      for (const char c : kept) {
        const auto b = static_cast<unsigned char>(c);
        if ((b < 0x20 && !(lines == Lines::Many && (c == '\n' || c == '\t' || c == '\r'))) || b == 0x7f)
          return "clean_text kept a control character";
      }
      if (terminal_text(kept) != kept && lines == Lines::One) return "clean_text kept what a terminal escapes";
    } catch (const Error& e) {
      if (auto why = check_refusal(e, "note '"); !why.empty()) return why;
      if (!is_valid_utf8(e.what())) return "the refusal of clean_text is itself invalid UTF-8";
    }
  }
  const std::size_t width = display_width(input);
  for (const std::size_t w : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{7}, std::size_t{40}}) {
    const std::string cut = truncate_to_width(input, w);
    if (display_width(cut) > w) return "truncate_to_width(" + std::to_string(w) + ") is wider";
    if (width <= w && cut != input) return "truncate_to_width cut text that fitted";
    if (valid && !is_valid_utf8(cut)) return "truncate_to_width split a character";
    if (display_width(pad_to_width(input, w)) < w) return "pad_to_width(" + std::to_string(w) + ") is narrower";
  }
  return "";
}

namespace {

// Lines as an officer's editor counts them: LF, CRLF and a lone CR each end one.
std::size_t line_count(std::string_view s) {
  std::size_t lines = 1;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == s.size() || s[i + 1] != '\n'))) ++lines;
  return lines;
}

std::string quoted_csv(const std::vector<CsvRecord>& records) {
  std::string out;
  for (const auto& r : records) {
    for (std::size_t i = 0; i < r.fields.size(); ++i) {
      if (i) out += ',';
      out += '"';
      for (char c : r.fields[i]) out.append(c == '"' ? 2 : 1, c);
      out += '"';
    }
    out += "\r\n";
  }
  return out;
}

// All records of `text` fed to a CsvReader in pieces of `piece` bytes, or the refusal.
struct Parsed {
  std::vector<CsvRecord> records;
  std::string refusal;
};

Parsed parse_in_pieces(std::string_view text, std::size_t piece) {
  Parsed p;
  try {
    CsvReader reader([&](CsvRecord&& r) { p.records.push_back(std::move(r)); });
    for (std::size_t i = 0; i < text.size(); i += piece) reader.feed(text.substr(i, piece));
    reader.finish();
  } catch (const Error& e) {
    p.records.clear();
    p.refusal = e.what();
  }
  return p;
}

bool same(const Parsed& a, const Parsed& b) {
  if (a.refusal != b.refusal || a.records.size() != b.records.size()) return false;
  for (std::size_t i = 0; i < a.records.size(); ++i)
    if (a.records[i].line != b.records[i].line || a.records[i].fields != b.records[i].fields) return false;
  return true;
}

// Reading the file whole: refusals name a line inside it, records rise through it and read
// back the same when written out again with every field quoted.
std::string check_whole(std::string_view input) {
  const std::size_t lines = line_count(input);
  std::vector<CsvRecord> records;
  try {
    read_csv(input, "fuzz.csv", [&](const CsvRecord& r) { records.push_back(r); });
  } catch (const Error& e) {
    if (auto why = check_refusal(e, "fuzz.csv line "); !why.empty()) return why;
    const std::size_t line = std::stoul(std::string(e.what()).substr(std::string_view("fuzz.csv line ").size()));
    if (line < 1 || line > lines) return "refusal names line " + std::to_string(line) + " of " + std::to_string(lines);
    return "";
  }
  std::size_t previous = 1;
  for (const auto& r : records) {
    if (r.fields.empty()) return "a record with no field";
    if (r.line < previous || r.line > lines)
      return "record line " + std::to_string(r.line) + " after " + std::to_string(previous) + " of " +
             std::to_string(lines);
    previous = r.line;
  }
  std::vector<CsvRecord> again;
  try {
    read_csv(quoted_csv(records), "again.csv", [&](const CsvRecord& r) { again.push_back(r); });
  } catch (const Error& e) {
    return std::string("its own records written out again were refused: ") + e.what();
  }
  if (again.size() != records.size()) return "written out again, " + std::to_string(records.size()) +
                                             " records read back as " + std::to_string(again.size());
  for (std::size_t i = 0; i < records.size(); ++i)
    if (again[i].fields != records[i].fields) return "record " + std::to_string(i + 1) + " reads back differently";
  return "";
}

}  // namespace

std::string check_csv(std::string_view input) {
  // A file is read the same whole or fed in pieces (the reader keeps state across pieces:
  // a CR at the end of one, a BOM split between two).
  const Parsed whole = parse_in_pieces(input, input.size() + 1);
  for (const std::size_t piece : {std::size_t{1}, std::size_t{2}, std::size_t{7}})
    if (!same(parse_in_pieces(input, piece), whole))
      return "fed in pieces of " + std::to_string(piece) + " bytes it reads differently";
  // Decoded as the import decodes it, the same in pieces too.
  for (const Encoding encoding : {Encoding::Detect, Encoding::Gb18030}) {
    const std::string decoded_whole = decoded(input, encoding);
    for (const std::size_t piece : {std::size_t{1}, std::size_t{7}}) {
      TextDecoder decoder(encoding);
      std::string out;
      for (std::size_t at = 0; at < input.size(); at += piece) decoder.feed(input.substr(at, piece), out);
      decoder.finish(out);
      if (out != decoded_whole) return "decoded in pieces of " + std::to_string(piece) + " bytes it reads differently";
    }
  }
  return check_whole(input);
}

std::string check_records(std::string_view input) {
  if (input.empty()) return "";
  const auto choice = static_cast<unsigned char>(input.front());
  const FileFormat format = choice & 1 ? FileFormat::Json : FileFormat::Csv;
  const What what = std::array{What::Projects, What::Milestones, What::Updates, What::Owners}[(choice >> 1) % 4];
  const bool ignore_unknown = choice & 8;
  RecordSet set;
  try {
    set = read_records(input.substr(1), format, what, ignore_unknown);
  } catch (const Error& e) {
    if (e.code() != ExitCode::Rejected) return "refused with exit code " + std::to_string(static_cast<int>(e.code()));
    if (!is_valid_utf8(e.what())) return "the refusal is not valid UTF-8";
    return "";
  }
  for (const auto& error : set.errors)
    if (error.text.empty()) return "an error at line " + std::to_string(error.line) + " that says nothing";
  for (const auto& record : set.records)
    for (const auto& value : record.values)
      if (value && !is_valid_utf8(*value)) return "a value that is not valid UTF-8 text";
  return "";
}

namespace {

// What a sheet read to: its rows as text, or its refusal.
struct SheetRead {
  std::string rows;
  std::string refusal;
  std::string why;  // a property broken
};

SheetRead read_sheet(std::string_view xml, const SharedStrings& strings, std::size_t piece) {
  CellStyles styles;
  for (const NumberFormat f : {NumberFormat::General, NumberFormat::Date, NumberFormat::Percent}) styles.add(f);
  SheetRead out;
  try {
    MergeScan scan("f.xlsx sheet S");
    for (std::size_t at = 0; at < xml.size(); at += piece) scan.feed(xml.substr(at, piece));
    SheetXml reader(strings, styles, scan.finish(), [&](SheetRow&& row) {
      if (row.number < 1 || row.number > kMaxRows) out.why = "a row numbered " + std::to_string(row.number);
      if (row.cells.size() > kMaxColumns) out.why = "a row of " + std::to_string(row.cells.size()) + " cells";
      if (!row.cells.empty() && row.cells.back().kind == CellKind::Empty) out.why = "an empty cell ends a row";
      out.rows += std::to_string(row.number) + ":";
      for (const SheetCell& cell : row.cells) {
        if (char_count(cell.value) > kMaxCellChars) out.why = "a cell over the limit";
        for (const DateSystem d : {DateSystem::From1900, DateSystem::From1904}) out.rows += cell_text(cell, d) + "|";
      }
      out.rows += "\n";
    }, "f.xlsx sheet S");
    for (std::size_t at = 0; at < xml.size(); at += piece) reader.feed(xml.substr(at, piece));
    reader.finish();
  } catch (const Error& e) {
    out.refusal = e.what();
    if (auto why = check_refusal(e, "f.xlsx sheet S"); !why.empty()) out.why = why;
  }
  return out;
}

}  // namespace

std::string check_sheet(std::string_view input) {
  if (input.empty()) return "";
  const bool as_strings = static_cast<unsigned char>(input.front()) & 1;
  input.remove_prefix(1);
  SharedStrings strings{{"项目编号", "调度日期", "天门", "2026-11-30"}};
  std::string_view sheet = input;
  static const std::string kFixed =
      "<worksheet><sheetData><row r=\"1\"><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row>"
      "<row r=\"2\"><c t=\"s\"><v>2</v></c><c t=\"s\" s=\"1\"><v>3</v></c></row></sheetData>"
      "<mergeCells><mergeCell ref=\"A1:A2\"/></mergeCells></worksheet>";
  if (as_strings) {
    try {
      strings = read_shared_strings(input, "f.xlsx sharedStrings");
    } catch (const Error& e) {
      return check_refusal(e, "f.xlsx sharedStrings");
    }
    sheet = kFixed;
  }
  const SheetRead whole = read_sheet(sheet, strings, sheet.size() + 1);
  if (!whole.why.empty()) return whole.why;
  for (const std::size_t piece : {1u, 7u}) {
    const SheetRead parts = read_sheet(sheet, strings, piece);
    if (!parts.why.empty()) return parts.why;
    // Expat may name a malformed document's error differently by where its pieces end (a
    // syntax error whole, an invalid token byte by byte): a refusal must be one either way.
    if (parts.refusal.empty() != whole.refusal.empty() || (whole.refusal.empty() && parts.rows != whole.rows))
      return "read in pieces of " + std::to_string(piece) + " bytes it reads differently";
  }
  return "";
}

namespace {

// A TEXT value read back as RFC 5545 3.3.11 says; none for an escape it does not allow.
std::optional<std::string> ics_unescape(std::string_view value) {
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] != '\\') {
      out += value[i];
      continue;
    }
    if (++i == value.size()) return std::nullopt;
    switch (value[i]) {
      case '\\': case ';': case ',': out += value[i]; break;
      case 'n': case 'N': out += '\n'; break;
      default: return std::nullopt;
    }
  }
  return out;
}

// The text a calendar is to show for `input`: line breaks as LF, other controls as spaces.
std::string ics_shown(std::string_view input) {
  std::string out;
  for (std::size_t i = 0; i < input.size(); ++i) {
    const char c = input[i];
    if (c == '\r') {
      if (i + 1 < input.size() && input[i + 1] == '\n') ++i;
      out += '\n';
    } else if (c == '\n' || c == '\t') {
      out += c;
    } else {
      out += static_cast<unsigned char>(c) < 0x20 || c == '\x7f' ? ' ' : c;
    }
  }
  return out;
}

}  // namespace

std::string check_ics(std::string_view input) {
  const std::string value = ics_text(input);
  if (value.find_first_of("\r\n") != std::string::npos) return "ics_text left a line break";
  const auto back = ics_unescape(value);
  if (!back) return "ics_text wrote an escape RFC 5545 does not allow";
  if (*back != ics_shown(input)) return "ics_text does not read back to the text";
  const bool valid = is_valid_utf8(input);
  // The summary line of an event, and the text as a line by itself (its first byte may be a
  // continuation byte; a fold must still never leave a line over 75 octets).
  for (const std::string& line : {"SUMMARY:" + value, value}) {
    const std::string folded = ics_fold(line);
    if (!folded.ends_with("\r\n")) return "a folded line does not end with CRLF";
    std::size_t start = 0;
    for (bool first = true; start < folded.size(); first = false) {
      const std::size_t end = folded.find("\r\n", start);
      if (end == std::string::npos) return "a folded line has no CRLF";
      const std::string_view piece = std::string_view(folded).substr(start, end - start);
      if (piece.size() > 75) return "a folded line is longer than 75 octets";
      if (!first && !piece.starts_with(' ')) return "a folded line does not start with a space";
      if (valid && !is_valid_utf8(first ? piece : piece.substr(1))) return "a fold split a character";
      start = end + 2;
    }
    if (ics_unfold(folded) != line) return "the folded line does not unfold to the line";
  }
  return "";
}

std::string check_placeholders(std::string_view input) {
  sql::Placeholders p;
  try {
    p = sql::rewrite_placeholders(input);
  } catch (const sql::Error& e) {
    if (e.kind() != sql::Failure::Other) return "refused with a failure other than Other";
    return "";
  }
  if (p.parameters < 0 || p.parameters > sql::kMaxParameter) return "numbered up to " + std::to_string(p.parameters);
  for (std::size_t i = 0; i < p.names.size(); ++i) {
    const auto& [name, number] = p.names[i];
    if (number < 1 || number > p.parameters) return "the name " + name + " has number " + std::to_string(number);
    if (name.size() < 2 || name[0] != ':') return "a name without its colon: " + name;
    for (std::size_t j = 0; j < i; ++j) {
      if (p.names[j].first == name) return "the name " + name + " is listed twice";
    }
  }
  const sql::Placeholders again = sql::rewrite_placeholders(p.sql);
  if (again.sql != p.sql) return "the rewritten text changes when rewritten again: " + p.sql;
  if (again.parameters != 0) return "the rewritten text still holds a placeholder: " + p.sql;
  if (input.find_first_of("?:") == std::string_view::npos && p.sql != input) return "a text without placeholders changed";
  return "";
}

}  // namespace keyproj::fuzz
