#pragma once
// How the values keyproj stores as words (a stage, a category, where a finish date came from, a
// field of a changed record) read to a person in the reader's language: 在建 for `building`
// under --lang zh, the stored word itself in English. CSV and JSON keep the stored words.

#include <string>
#include <string_view>

#include "domain/stage.h"
#include "util/translate.h"

namespace keyproj {

// A stage as stored in text (domain/stage names a Stage in a language: stage_name_in) (a report's stage); text that is no stage is given back as it is.
std::string stage_text_label(std::string_view stored, Lang lang);
// A category code (logistics → 物流); a category keyproj does not know is given back as it is.
std::string category_label(std::string_view code, Lang lang);
// stated → 规划载明, plan → 规划期末, officer → 项目办填报.
std::string finish_source_label(std::string_view source, Lang lang);
// A field of a record as history and confirmations name it: budget_yuan → 计划总投资; under
// English, and for a field keyproj does not know, the key itself.
std::string field_label(std::string_view key, Lang lang);
// A field's value as a person reads it: a stage, category, finish source, class or kind in
// the reader's language; any other value as it is.
std::string field_value_label(std::string_view key, std::string_view value, Lang lang);

}  // namespace keyproj
