#pragma once
// Investment completed as a share of the budget (投资完成率), for one project or for the sums of
// a group: written once, so that a card, a list and a report never disagree.

#include <cstdint>
#include <optional>
#include <string>

namespace keyproj {

// invested ÷ budget as a fraction rounded to four decimals (0.25 is 25%); empty when the budget
// is not more than zero.
std::optional<double> completion_rate(std::int64_t invested_yuan, std::int64_t budget_yuan);

// The same share for people: "13.3%", rounded half up in integers so that it never disagrees
// with the figures; "—" when there is no rate.
std::string completion_text(std::int64_t invested_yuan, std::int64_t budget_yuan);

}  // namespace keyproj
