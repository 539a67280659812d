-- The figures of issue 14's registers that had a metric but no place on the targets dashboard: the plan sets no number
-- for them, so they are watched (MONITOR), each under the measure whose words it quotes.
--   PARKS               二(三)3: labor-brand industrial parks registered (park.count)
--   PARK_ENTERPRISES    二(三)3: enterprises in them (park.enterprises)
--   COOPERATION_PLACED  二(二)2: brand workers placed through labour cooperation (cooperation.placed)
--   INCUBATORS_EXCELLENT 二(三)1: carriers recognised as provincial outstanding incubation bases (incubator.excellent)
insert into plan_target (code, kind, wording, measure_code, metric_code, target_value, region_min, region_max, unit, task_measures, sort_order) values
('PARKS', 'MONITOR', '打造产业集聚、定位鲜明、配套完善、功能完备的劳务品牌特色产业园区（登记的劳务品牌产业园区）',
 '二(三)3', 'park.count', null, null, null, '个', null, 220),
('PARK_ENTERPRISES', 'MONITOR', '推动劳务品牌上下游产业链协同发展（入驻劳务品牌产业园区的企业）',
 '二(三)3', 'park.enterprises', null, null, null, '家', null, 230),
('COOPERATION_PLACED', 'MONITOR', '加强劳务协作，建立一批劳务输入基地，依托各级驻外劳务机构为劳务品牌从业人员提供跟踪服务（经劳务协作对接上岗的人数）',
 '二(二)2', 'cooperation.placed', null, null, null, '人', null, 240),
('INCUBATORS_EXCELLENT', 'MONITOR', '主动为劳务品牌创业孵化提供便利条件的，优先考虑认定省级优秀创业孵化示范基地（已认定的省级优秀创业孵化示范基地）',
 '二(三)1', 'incubator.excellent', null, null, null, '个', null, 250);
