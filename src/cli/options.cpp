#include "cli/options.h"

#include <charconv>

#include "util/error.h"
#include "util/money.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {

std::optional<std::string> text_option(const po::variables_map& args, const std::string& name) {
  if (!args.count(name)) return std::nullopt;
  const std::string v = args[name].as<std::string>();
  require_text(v, name);
  return v;
}

std::optional<std::string> field_option(const po::variables_map& args, const std::string& name, Lines lines) {
  if (!args.count(name)) return std::nullopt;
  return clean_text(args[name].as<std::string>(), name, lines);
}

std::string required_field(const po::variables_map& args, const std::string& name, Lines lines) {
  auto v = field_option(args, name, lines);
  if (!v) throw usage_error(trf("--{} is required", name));
  if (v->empty()) throw rejected(trf("{} is empty; give a value", name));
  return *v;
}

std::optional<std::string> filled_text_option(const po::variables_map& args, const std::string& name, Lines lines) {
  auto v = field_option(args, name, lines);
  if (v && v->empty()) throw rejected(trf("{} is empty; give a value or leave the option out", name));
  return v;
}

std::string required_text(const po::variables_map& args, const std::string& name) {
  auto v = text_option(args, name);
  if (!v) throw usage_error(trf("--{} is required", name));
  if (v->empty()) throw rejected(trf("{} is empty; give a value", name));
  return *v;
}

std::optional<std::int64_t> money_option(const po::variables_map& args, const std::string& name) {
  auto v = text_option(args, name);
  if (!v) return std::nullopt;
  return parse_money(*v, name);
}

std::optional<std::int64_t> count_option(const po::variables_map& args, const std::string& name) {
  auto v = text_option(args, name);
  if (!v) return std::nullopt;
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (v->empty() || ec != std::errc() || end != v->data() + v->size() || n < 0)
    throw rejected(trf("{} {} is not a whole number of zero or more", name, quote(*v)));
  return n;
}

std::optional<Date> date_option(const po::variables_map& args, const std::string& name, PeriodEnd end) {
  auto v = text_option(args, name);
  if (!v) return std::nullopt;
  return parse_date(*v, name, end);
}

}  // namespace keyproj
