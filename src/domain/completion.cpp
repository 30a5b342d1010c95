#include "domain/completion.h"

#include <cmath>

namespace keyproj {

std::optional<double> completion_rate(std::int64_t invested_yuan, std::int64_t budget_yuan) {
  if (budget_yuan <= 0) return std::nullopt;
  const double rate = static_cast<double>(invested_yuan) / static_cast<double>(budget_yuan);
  return std::round(rate * 10000.0) / 10000.0;
}

std::string completion_text(std::int64_t invested_yuan, std::int64_t budget_yuan) {
  if (budget_yuan <= 0) return "—";
  // Tenths of a percent: sums of billions of yuan times 2000 need more than 64 bits.
  __extension__ using Wide = __int128;
  const Wide tenths = (static_cast<Wide>(invested_yuan) * 2000 / budget_yuan + 1) / 2;
  const auto t = static_cast<long long>(tenths);
  return std::to_string(t / 10) + "." + std::to_string(t % 10) + "%";
}

}  // namespace keyproj
