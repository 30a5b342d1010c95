// keyproj config list: every setting with its type, value, default, what it takes and meaning.

#include "cli/command.h"
#include "store/settings.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description&, po::positional_options_description&) {}

// A value as a cell: a number, a text, or missing for empty text ("—", empty, null).
Cell value_cell(const SettingValue& v) {
  if (const auto* n = std::get_if<std::int64_t>(&v)) return *n;
  const auto& text = std::get<std::string>(v);
  return text.empty() ? Cell(std::monostate{}) : Cell(text);
}

Cell bound_cell(const std::optional<std::int64_t>& v) { return v ? Cell(*v) : Cell(std::monostate{}); }

// What a text key takes: its values ("month|day"), or what its check accepts.
Cell takes_cell(const Setting& s, bool zh) {
  if (!s.allowed.empty()) {
    std::string values;
    for (const auto& v : s.allowed) values += (values.empty() ? "" : "|") + v;
    return values;
  }
  if (s.checked_by == "region") return std::string(zh ? "地区代码或空" : "a region code or ''");
  return std::monostate{};
}

int run(const po::variables_map&, const Globals& g, Io& io) {
  Database db = open_database(g);
  const bool zh = g.style.lang == Lang::Zh;
  const bool words_zh = zh && g.format == Format::Table;  // CSV and JSON keep the English words
  auto writer = make_row_writer(g.format, io.out,
                                {{"key", "Setting", "设置项"},
                                 {"type", "Type", "类型"},
                                 {"value", "Value", "取值", Align::Right},
                                 {"default", "Default", "默认值", Align::Right},
                                 {"min", "Min", "最小", Align::Right},
                                 {"max", "Max", "最大", Align::Right},
                                 {"takes", "Takes", "可取值"},
                                 {"description", "Meaning", "含义", Align::Left, true}},
                                g.style);
  for_each_setting(db, [&](const Setting& s) {
    const bool text = s.type == SettingType::Text;
    writer->row({s.key, std::string(text ? (words_zh ? "文本" : "text") : (words_zh ? "整数" : "integer")),
                 value_cell(s.value), value_cell(s.default_value), bound_cell(s.min_value), bound_cell(s.max_value),
                 takes_cell(s, words_zh), zh ? s.description_zh : s.description_en});
  });
  writer->finish();
  return 0;
}

}  // namespace

extern const Command config_list_command{"config list", "", N_("list the settings with their values and defaults"),
                                         declare, run};

}  // namespace keyproj
