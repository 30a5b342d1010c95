-- Lights by a city's own rules (issue 17): the settings of the 序时 rule and the start rule,
-- and the named profiles that set them at once (migrations/0015_light_profiles.sql says what
-- each means). The rows are the same, byte for byte.
INSERT INTO setting (key, type, value, default_value, allowed, description_en, description_zh) VALUES
  ('schedule.basis', 'text', 'month', 'month', 'month|day',
   '序时进度 counts the year by month (month ÷ 12) or by day (day of the year ÷ days in the year)',
   '序时进度按月（月份÷12）或按日（当年第几天÷全年天数）计算'),
  ('light.profile', 'text', 'default', 'default', 'default|yinchuan|sanya|custom',
   'the profile of lights last applied (config profile); custom once a rule it set is changed alone',
   '最近套用的灯号方案（config profile）；其设置项被单独修改后为 custom'),
  ('light.schedule_rule', 'text', 'points', 'points', 'points|relative|none',
   'how a project of the year''s plan is judged against 序时进度: points behind it, relative to it, or none (the lag rule)',
   '年度计划内项目对照序时进度的评判方式：落后百分点、相对序时进度，或 none（按投资滞后规则）'),
  ('light.start_rule', 'text', 'on', 'on', 'on|off',
   'amber when a new start of the year''s plan is due to start and has not started',
   '年度计划新开工项目应开未开：黄灯');

INSERT INTO setting (key, value, default_value, min_value, max_value, description_en, description_zh) VALUES
  ('light.amber_behind_points', 20, 20, 1, 100,
   'points rule: amber when % of the annual plan is at least this many points behind 序时进度',
   '百分点规则：年度计划完成率落后序时进度达到此百分点：黄灯'),
  ('light.red_behind_points', 100, 100, 0, 100,
   'points rule: red when more than this many points behind 序时进度 (100: never)',
   '百分点规则：落后序时进度超过此百分点：红灯（100 为不设红灯）'),
  ('light.amber_below_share', 100, 100, 0, 100,
   'relative rule: amber when % of the annual plan is below this % of 序时进度',
   '相对规则：年度计划完成率低于序时进度的此百分比：黄灯'),
  ('light.red_below_share', 50, 50, 0, 100,
   'relative rule: red when % of the annual plan is below this % of 序时进度',
   '相对规则：年度计划完成率低于序时进度的此百分比：红灯'),
  ('light.schedule_min_plan_yuan', 0, 0, 0, 10000000000000,
   'the 序时 rule judges only a project whose annual plan is at least this many yuan',
   '年度计划投资不低于此金额（元）的项目才按序时进度评判'),
  ('light.start_red_months', 3, 3, 0, 120,
   'start rule: red when not started more than this many months after its planned start month',
   '开工规则：计划开工月份之后超过此月数仍未开工：红灯');

-- The named profiles: the settings each sets, as `config set` would take them.
CREATE TABLE setting_profile (
  profile text COLLATE "C" NOT NULL CHECK (profile <> '' AND profile <> 'custom'),
  key     text COLLATE "C" NOT NULL CHECK (key <> ''),
  value   text COLLATE "C" NOT NULL,
  PRIMARY KEY (profile, key)
);

INSERT INTO setting_profile (profile, key, value) VALUES
  ('default', 'light.schedule_rule', 'points'),
  ('default', 'light.amber_behind_points', '20'),
  ('default', 'light.red_behind_points', '100'),
  ('default', 'light.amber_below_share', '100'),
  ('default', 'light.red_below_share', '50'),
  ('default', 'light.schedule_min_plan_yuan', '0'),
  ('default', 'light.start_rule', 'on'),
  ('default', 'light.start_red_months', '3'),
  -- Yinchuan: amber 10–30 points behind 序时进度, red more than 30 behind.
  ('yinchuan', 'light.schedule_rule', 'points'),
  ('yinchuan', 'light.amber_behind_points', '10'),
  ('yinchuan', 'light.red_behind_points', '30'),
  ('yinchuan', 'light.amber_below_share', '100'),
  ('yinchuan', 'light.red_below_share', '50'),
  ('yinchuan', 'light.schedule_min_plan_yuan', '0'),
  ('yinchuan', 'light.start_rule', 'on'),
  ('yinchuan', 'light.start_red_months', '3'),
  -- Sanya: amber below 序时进度 by up to half of it, red below half of it, for an annual plan
  -- of at least 10,000,000 yuan; the others get no 序时 light.
  ('sanya', 'light.schedule_rule', 'relative'),
  ('sanya', 'light.amber_behind_points', '20'),
  ('sanya', 'light.red_behind_points', '100'),
  ('sanya', 'light.amber_below_share', '100'),
  ('sanya', 'light.red_below_share', '50'),
  ('sanya', 'light.schedule_min_plan_yuan', '10000000'),
  ('sanya', 'light.start_rule', 'on'),
  ('sanya', 'light.start_red_months', '3');
