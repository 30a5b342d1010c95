#include "vocabulary.h"

#include <array>

namespace keyproj::bench {
namespace {

using sv = std::string_view;

constexpr std::array<sv, 8> kTianmen{"竟陵街道", "岳口镇", "皂市镇", "多宝镇", "张港镇", "渔薪镇", "横林镇", "彭市镇"};
constexpr std::array<sv, 6> kEzhou{"鄂城区", "华容区", "梁子湖区", "葛店开发区", "临空经济区", "燕矶镇"};
constexpr std::array<sv, 15> kWuhan{"江岸区", "江汉区",   "硚口区",   "汉阳区",   "武昌区",     "青山区",
                                    "洪山区", "东西湖区", "汉南区",   "蔡甸区",   "江夏区",     "黄陂区",
                                    "新洲区", "东湖高新区", "武汉经开区"};
constexpr std::array<sv, 10> kZhongshan{"石岐街道", "东区街道", "火炬开发区", "小榄镇", "古镇镇",
                                        "三乡镇",   "坦洲镇",   "南头镇",     "黄圃镇", "民众街道"};
constexpr std::array<sv, 6> kJingmen{"东宝区", "掇刀区", "京山市", "沙洋县", "钟祥市", "漳河新区"};

constexpr std::array<sv, 4> kOfficersTM{"周敏", "刘洋", "胡静", "陈涛"};
constexpr std::array<sv, 4> kOfficersEZ{"王磊", "李娜", "张勇", "熊伟"};
constexpr std::array<sv, 4> kOfficersWH{"杨帆", "赵倩", "黄志强", "吴晓丽"};
constexpr std::array<sv, 4> kOfficersZS{"梁嘉欣", "何俊杰", "林晓彤", "郑伟明"};
constexpr std::array<sv, 4> kOfficersJM{"彭刚", "邓丽", "余海", "曹敏"};

constexpr std::array<RegionWords, 5> kRegions{{
    {"TM", "天门", "Tianmen", "天门市", kTianmen, kOfficersTM},
    {"EZ", "鄂州", "Ezhou", "鄂州市", kEzhou, kOfficersEZ},
    {"WH", "武汉", "Wuhan", "武汉市", kWuhan, kOfficersWH},
    {"ZS", "中山", "Zhongshan", "中山市", kZhongshan, kOfficersZS},
    {"JM", "荆门", "Jingmen", "荆门市", kJingmen, kOfficersJM},
}};

constexpr std::array<ProjectKind, 20> kKinds{{
    {"logistics", "物流园", "Logistics Park"},
    {"logistics", "冷链物流中心", "Cold-Chain Logistics Centre"},
    {"logistics", "智慧物流港", "Smart Logistics Port"},
    {"logistics", "快递分拨中心", "Express Sorting Centre"},
    {"logistics", "保税物流中心", "Bonded Logistics Centre"},
    {"market", "农产品批发市场", "Farm Produce Wholesale Market"},
    {"market", "建材家居市场", "Building Materials Market"},
    {"market", "商贸城", "Trade City"},
    {"e-commerce", "电商产业园", "E-Commerce Park"},
    {"e-commerce", "跨境电商产业园", "Cross-Border E-Commerce Park"},
    {"e-commerce", "直播电商基地", "Live-Streaming Commerce Base"},
    {"industry", "食品加工产业园", "Food Processing Park"},
    {"industry", "农产品加工园", "Agricultural Processing Park"},
    {"industry", "服装产业园", "Garment Industry Park"},
    {"transport", "铁路专用线", "Railway Siding"},
    {"transport", "公铁联运枢纽", "Road-Rail Freight Hub"},
    {"transport", "港口作业区", "Port Terminal"},
    {"commerce", "商业综合体", "Commercial Complex"},
    {"commerce", "步行街提升改造", "Pedestrian Street Upgrade"},
    {"commerce", "会展中心", "Convention Centre"},
}};

constexpr std::array<sv, 40> kTradeNames{
    "华中", "长江", "汉江", "楚天", "荆楚", "江汉", "鸿图", "金港", "恒通", "顺达",
    "中联", "安达", "盛世", "东方", "瑞丰", "万通", "新港", "佳和", "裕隆", "丰源",
    "宏远", "国信", "汇通", "泰和", "德润", "天宇", "兴业", "富华", "志诚", "锦程",
    "海纳", "融通", "广信", "盈科", "卓越", "嘉禾", "博远", "同济", "明珠", "华夏"};
constexpr std::array<sv, 20> kOwnerTrades{"物流", "供应链", "冷链", "商贸", "电子商务", "实业",   "投资",
                                          "置业", "农业发展", "食品", "港务", "仓储",   "建设", "国际贸易",
                                          "城市发展", "交通投资", "产业园运营", "农产品", "会展", "服饰"};
constexpr std::array<sv, 4> kOwnerSuffixes{"有限公司", "集团有限公司", "股份有限公司", "有限责任公司"};
constexpr std::array<sv, 8> kPublicUnits{"商务局", "发展和改革委员会", "交通运输局", "农业农村局",
                                         "经济和信息化局", "自然资源和规划局", "市场监督管理局", "邮政管理局"};
constexpr std::array<sv, 8> kPrograms{"专栏1 现代物流体系工程", "专栏2 农商互联体系工程", "专栏3 电子商务提升工程",
                                      "专栏4 商贸流通设施工程", "专栏5 开放平台建设工程", "专栏6 消费升级工程",
                                      "专栏7 冷链物流骨干网工程", "专栏8 产业园区配套工程"};
constexpr std::array<sv, 8> kMilestones{"项目立项备案", "可行性研究报告批复", "取得建设用地", "取得施工许可",
                                        "开工建设",     "主体工程完工",       "竣工验收",     "投产运营"};
constexpr std::array<sv, 10> kNotes{"主体结构施工中", "完成场地平整", "钢结构吊装完成过半", "设备采购招标完成",
                                    "办公楼封顶", "冷库保温工程施工", "道路管网配套推进中", "完成年度投资计划",
                                    "招商入驻洽谈中", "室外工程收尾"};
constexpr std::array<sv, 8> kBlockers{"征地拆迁未完成", "建设资金到位不足", "环评批复未取得", "施工许可待办理",
                                      "用电增容未落实", "规划调整待审批", "施工单位人员不足", "原材料价格上涨"};
constexpr std::array<sv, 5> kMoveReasons{"征地拆迁滞后", "资金未按期到位", "规划调整", "设计变更",
                                         "受汛期影响停工"};
constexpr std::array<sv, 4> kPhases{"", "（二期）", "（三期）", "（一期）"};

}  // namespace

std::span<const RegionWords> regions() { return kRegions; }
std::span<const ProjectKind> project_kinds() { return kKinds; }
std::span<const sv> trade_names() { return kTradeNames; }
std::span<const sv> owner_trades() { return kOwnerTrades; }
std::span<const sv> owner_suffixes() { return kOwnerSuffixes; }
std::span<const sv> public_units() { return kPublicUnits; }
std::span<const sv> program_names() { return kPrograms; }
std::span<const sv> milestone_titles() { return kMilestones; }
std::span<const sv> notes() { return kNotes; }
std::span<const sv> blockers() { return kBlockers; }
std::span<const sv> move_reasons() { return kMoveReasons; }
std::span<const sv> phases_zh() { return kPhases; }

}  // namespace keyproj::bench
