-- Settings an office tunes to its own rules: the thresholds of the traffic lights and of the
-- stale rule, as migrations/0003_settings.sql gives them. SQLite's typeof(…) = 'integer'
-- checks are the columns' type here.

CREATE TABLE setting (
  key            text COLLATE "C" PRIMARY KEY CHECK (key <> ''),
  value          bigint NOT NULL,
  default_value  bigint NOT NULL,
  min_value      bigint NOT NULL,
  max_value      bigint NOT NULL,
  description_en text COLLATE "C" NOT NULL,
  description_zh text COLLATE "C" NOT NULL,
  updated_at     text COLLATE "C",  -- NULL while the default stands
  CHECK (value BETWEEN min_value AND max_value),
  CHECK (default_value BETWEEN min_value AND max_value)
);

INSERT INTO setting (key, value, default_value, min_value, max_value, description_en, description_zh) VALUES
  ('light.red_days', 90, 90, 1, 3650,
   'red when a milestone is more than this many days late',
   '里程碑逾期超过此天数：红灯'),
  ('light.red_stale_days', 60, 60, 1, 3650,
   'red when an active project has had no report for more than this many days',
   '在推项目超过此天数未调度：红灯'),
  ('light.amber_lag_points', 20, 20, 0, 100,
   'amber when invested % lags elapsed-time % by more than this many points',
   '投资完成进度落后时间进度超过此百分点：黄灯'),
  ('stale.days', 30, 30, 1, 3650,
   'an active project is stale after more than this many days without a report',
   '在推项目超过此天数未调度即为未按期调度');
