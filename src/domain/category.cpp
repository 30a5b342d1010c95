#include "domain/category.h"

#include <array>

#include "domain/word_names.h"

namespace keyproj {
namespace {

constexpr std::array<WordName, 29> kCategories{{
    {"logistics", "物流"},
    {"cold_chain", "冷链物流"},
    {"bonded_zone", "保税区"},
    {"port", "港口"},
    {"airport", "机场"},
    {"railway", "铁路"},
    {"road", "公路"},
    {"industrial_park", "产业园区"},
    {"market", "市场"},
    {"commerce", "商贸"},
    {"ecommerce", "电子商务"},
    {"trade", "对外贸易"},
    {"exhibition", "会展"},
    {"tourism", "旅游"},
    {"culture", "文化"},
    {"agriculture", "农业"},
    {"manufacturing", "制造业"},
    {"chemical", "化工"},
    {"energy", "能源"},
    {"materials", "新材料"},
    {"environment", "生态环保"},
    {"digital", "数字经济"},
    {"innovation", "科技创新"},
    {"health", "医疗卫生"},
    {"education", "教育"},
    {"water", "水利"},
    {"urban", "城市建设"},
    {"social", "社会事业"},
    {"other", "其他"},
}};

}  // namespace

std::span<const WordName> known_categories() { return kCategories; }

std::optional<std::string_view> category_from_name(std::string_view name) { return word_named(kCategories, name); }

std::string category_stored(std::string_view typed) {
  return std::string(category_from_name(typed).value_or(typed));
}

std::optional<std::string_view> category_name_zh(std::string_view code) { return chinese_of(kCategories, code); }

}  // namespace keyproj
