#pragma once
// What must hold for ANY input to the parsers, checked by the libFuzzer targets (fuzz_*.cpp,
// built with clang in build-fuzz) and replayed over tests/fuzz/corpus/ by fuzz_replay in every
// build, so that an input a fuzzer once crashed on stays a regression case.
//
// Each check returns "" when the input behaved, else what went wrong. An exception other than
// keyproj::Error escapes on purpose: libFuzzer reports it as a crash.

#include <string>
#include <string_view>

namespace keyproj::fuzz {

// parse_money: refuses with Error(Rejected) naming the field, or returns yuan >= 0 that read
// back the same from its plain and its grouped digits.
std::string check_money(std::string_view input);

// parse_date, in each PeriodEnd: refuses with Error(Rejected) naming the field, or returns a
// day in 1900-2200 whose ISO text reads back the same; an exact date is its own ISO text.
std::string check_date(std::string_view input);

// Display width, truncation, padding and escaping never overrun their width and never turn
// text into invalid UTF-8; require_text refuses exactly what is_valid_utf8 refuses.
std::string check_text(std::string_view input);

// read_csv: refuses with Error(Rejected) naming the source and a line inside the text, or
// hands over non-empty records whose line numbers rise within the text and which read back
// the same when written out again with every field quoted. Fed to a CsvReader in pieces of
// 1, 2 or 7 bytes, the text reads exactly as it does whole; decoded (io/text_encoding.h, as
// detected or as GB18030) in pieces of 1 or 7 bytes, it decodes as it does whole.
std::string check_csv(std::string_view input);

// read_records (the importer's reader), CSV or JSON as the first byte says, for each kind of
// record: refuses with Error(Rejected), or reads records whose errors each say what is wrong.
// Any other exception (a JSON library's own) or a crash is a finding.
std::string check_records(std::string_view input);

// The worksheet reader (io/sheet_xml.h) without its zip: the first byte chooses whether the
// rest is a worksheet's XML, read with a small shared-string table, or a shared-string table
// (io/xlsx_shared_strings.h) that a fixed worksheet then reads through. Refuses with
// Error(Rejected) naming the sheet, or hands over rows numbered 1 to kMaxRows whose cells are
// within kMaxColumns and kMaxCellChars, none empty at a row's end; fed in pieces of 1 or 7
// bytes, it reads exactly as it does whole, or refuses as it does whole; each cell's text
// (io/xlsx_cell.h) is given without an exception.
std::string check_sheet(std::string_view input);

// The calendar's text rules (output/ics_writer.h): ics_text leaves no line break, and its
// escapes read back to the text (line breaks as LF, other control characters as spaces); a
// property line folded by ics_fold is CRLF lines of at most 75 octets, each after the first
// starting with a space, that unfold to the line again, and for valid UTF-8 every folded line
// is valid UTF-8 on its own (no character split).
std::string check_ics(std::string_view input);

// The placeholder rewriting for PostgreSQL (store/sql/placeholders.h): refuses only with
// sql::Error, or gives numbers 1 … parameters (at most kMaxParameter) with each name's number
// among them and no two names alike; its output has nothing left to rewrite (rewritten again
// it is the same text, with no parameter: no placeholder escaped a quote or comment, and no
// `$n` opened one); a text without `?` and `:` comes back unchanged.
std::string check_placeholders(std::string_view input);

}  // namespace keyproj::fuzz
