-- The five cities of the first portfolio (DESIGN.md).
INSERT INTO region (code, name_zh, name_en) VALUES
  ('TM', '天门', 'Tianmen'),
  ('EZ', '鄂州', 'Ezhou'),
  ('WH', '武汉', 'Wuhan'),
  ('ZS', '中山', 'Zhongshan'),
  ('JM', '荆门', 'Jingmen');
