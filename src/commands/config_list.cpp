// keyproj config list: every setting with its value, default, range and meaning.

#include "cli/command.h"
#include "store/settings.h"

namespace keyproj {
namespace {

void declare(po::options_description&, po::positional_options_description&) {}

int run(const po::variables_map&, const Globals& g, Io& io) {
  Database db = open_database(g);
  const bool zh = g.style.lang == Lang::Zh;
  auto writer = make_row_writer(g.format, io.out,
                                {{"key", "Setting", "设置项"},
                                 {"value", "Value", "取值", Align::Right},
                                 {"default", "Default", "默认值", Align::Right},
                                 {"min", "Min", "最小", Align::Right},
                                 {"max", "Max", "最大", Align::Right},
                                 {"description", "Meaning", "含义", Align::Left, true}},
                                g.style);
  for_each_setting(db, [&](const Setting& s) {
    writer->row({s.key, s.value, s.default_value, s.min_value, s.max_value, zh ? s.description_zh : s.description_en});
  });
  writer->finish();
  return 0;
}

}  // namespace

extern const Command config_list_command{"config list", "", "list the settings with their values and defaults",
                                         declare, run};

}  // namespace keyproj
