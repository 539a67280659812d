-- The plan brings brand training into subsidised vocational training (二(二)1: 按规定纳入补贴性职业技能培训范围) and sets no number,
-- so the dashboard watches them (MONITOR): people paid a training subsidy this year, and the yuan paid, by prefecture.
insert into plan_target (code, kind, wording, measure_code, metric_code, target_value, region_min, region_max, unit, task_measures, sort_order) values
('SUBSIDISED_PEOPLE', 'MONITOR', '开展劳务品牌相关职业技能培训，按规定纳入补贴性职业技能培训范围（本年已拨付培训补贴的人数）', '二(二)1', 'subsidy.training.paidPeople.currentYear', null, null, null, '人', null, 120),
('SUBSIDISED_AMOUNT', 'MONITOR', '开展劳务品牌相关职业技能培训，按规定纳入补贴性职业技能培训范围（本年已拨付的培训补贴金额）', '二(二)1', 'subsidy.training.paidAmount.currentYear', null, null, null, '元', null, 130);
