-- The local catalogues' figures on the targets dashboard (issue 14): 二(一)1 asks every city for its own development
-- plan for its brands, 二(一)3 for key projects in the catalogues, neither with a number; the dashboard watches how many
-- prefecture-level units have recorded a plan and how many key projects are listed (CatalogMetrics).
insert into plan_target (code, kind, wording, measure_code, metric_code, target_value, region_min, region_max, unit, task_measures, sort_order) values
('CATALOG_CITY_PLANS', 'MONITOR', '掌握本地区劳务品牌数量、分布、特征等基本情况，针对性制定发展规划和建设方案（已制定劳务品牌发展规划的市（州））',
 '二(一)1', 'catalog.citiesWithPlan', null, null, null, '个', null, 200),
('CATALOG_KEY_PROJECTS', 'MONITOR', '共同确定本地区劳务品牌建设重点项目，形成指导目录，实施动态管理（各市（州）和全省目录中的重点项目）',
 '二(一)3', 'catalog.keyProjects', null, null, null, '项', null, 210);
