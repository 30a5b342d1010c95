#pragma once
// Help laid out by display width. Boost.Program_options wraps option descriptions by bytes and
// cuts a Chinese description in the middle of a character; these functions keep Boost's layout
// (its option column, its breaks at spaces) but count columns as a terminal shows them, break
// between Chinese characters as well as at spaces, and never split a character.

#include <boost/program_options/options_description.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace keyproj {

// One line of a two-column list: an option's names and value ("  --db arg "), or a command's
// name, and the text beside it.
struct HelpRow {
  std::string left;
  std::string text;
};

// The options as rows: "  " + Boost's names ("-v [ --verbose ]") + " " + the value's
// placeholder in the reader's language (nothing for a switch), and the description.
std::vector<HelpRow> option_rows(const boost::program_options::options_description& options);

// The column descriptions start at, as Boost chooses it for a terminal of `width` columns: one
// past the widest left side (at least 23), but leaving the description at least 40 columns and
// at least half the line.
std::size_t option_column(const std::vector<HelpRow>& rows, std::size_t width);

// The rows, each ending in a newline: the left side, then its text from `column` on (on the next
// line when the left side reaches the column), wrapped to fit `width` columns less one, as Boost
// leaves the last one free; a text's own newlines start a new line at the column.
std::string two_columns(const std::vector<HelpRow>& rows, std::size_t column, std::size_t width);

// `paragraph` wrapped as two_columns wraps a text: its lines after the first begin with `indent`
// spaces and fit `width` columns less one; no newline at the end. The first line fits
// `width` less one less `indent` too (the caller has put that much before it).
std::string wrap_text(std::string_view paragraph, std::size_t indent, std::size_t width);

}  // namespace keyproj
