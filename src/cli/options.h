#pragma once
// Reading command options into the types the store wants, with the field named on error.

#include <cstdint>
#include <optional>
#include <string>

#include "cli/command.h"
#include "util/date.h"
#include "util/field_text.h"

namespace keyproj {

// The option's text, checked to be valid UTF-8; empty when not given.
std::optional<std::string> text_option(const po::variables_map& args, const std::string& name);
// A free-text field (field_option) given empty or blank is refused: '' stored as a county or an
// owner would be a fact nobody stated (and the schema refuses an empty owner or programme name).
std::optional<std::string> filled_text_option(const po::variables_map& args, const std::string& name,
                                              Lines lines = Lines::One);
// Like text_option, but the option must be there.
std::string required_text(const po::variables_map& args, const std::string& name);

// A free-text field (a name, a title, a note): its value as clean_text keeps it (trimmed, NFC,
// no control characters but newline and tab where `lines` allows them); empty when the value
// was only spaces. Error(Rejected) naming the option otherwise.
std::optional<std::string> field_option(const po::variables_map& args, const std::string& name,
                                        Lines lines = Lines::One);
// Like field_option, but the option must be there and hold more than spaces.
std::string required_field(const po::variables_map& args, const std::string& name, Lines lines = Lines::One);
std::optional<std::int64_t> money_option(const po::variables_map& args, const std::string& name);
// A whole number of zero or more (days, counts); Error(Rejected) naming the option otherwise.
std::optional<std::int64_t> count_option(const po::variables_map& args, const std::string& name);
// An ISO date, or a period's first or last day for YYYY-MM and YYYY where `end` allows it.
std::optional<Date> date_option(const po::variables_map& args, const std::string& name,
                                PeriodEnd end = PeriodEnd::Exact);

}  // namespace keyproj
