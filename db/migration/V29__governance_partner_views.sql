-- Governance: what a provincial department may read of the registries because of the measures it answers for (issue 13).
-- The plan names the responsible departments in each measure's bracket (plan_measure_department); this table says, per
-- measure, which read-only area of the portal serves that responsibility. A department sees an area when at least one
-- of its measures maps to it; the province (HRSS, province-wide scope) sees every area. The areas show no personal data.
--   BRANDS          brands with level, region, type, credit rating, violations and marks (no leader, no contact)
--   TRAINING        courses, cultivation bases, trained and certified persons counted by prefecture and occupation
--   PRIORITY_GROUPS trained and dispatched persons of the plan's priority groups, counted by prefecture
--   BUDGETS         the employment-subsidy budgets (the existing /subsidies/budgets pages, read-only)
-- Why each row (the measure's text, V13_1):
--   二(二)3 增强品牌信誉: trademarks, credit evaluation, self-discipline pledges of brands → BRANDS
--   二(二)1 提高技能含量: training, certificates, cultivation and high-skill bases → TRAINING
--   二(二)2 扩大就业规模: organised output of 脱贫劳动力, 脱贫人口、农村低收入人口 served first → PRIORITY_GROUPS
--   二(三)1 支持创新创业: 创业培训补贴、一次性创业补贴、贴息 — the subsidy money → BUDGETS
--   二(三)2 培育龙头企业 and 二(三)3 发展产业园区: leading enterprises, alliances and parks of brands → BRANDS
--   二(一)2 培育打造劳务品牌: 民生保障型 brands for areas with many 脱贫人口、搬迁群众、农村留守妇女, and 1-2 cultivation
--           bases per prefecture → BRANDS and TRAINING
-- 二(一)1, 二(一)3, 三(二) are HRSS's alone (HRSS sees everything anyway); 三(一) (各部门) and 三(三), 三(四) (selection and
-- publicity) open no registry: promotion's own pages serve them.
create table plan_measure_partner_area (
    measure_id bigint      not null references plan_measure (id),
    area       varchar(20) not null check (area in ('BRANDS', 'TRAINING', 'PRIORITY_GROUPS', 'BUDGETS')),
    primary key (measure_id, area)
);

insert into plan_measure_partner_area (measure_id, area)
select m.id, a.area
from (values
    ('二(一)2', 'BRANDS'),
    ('二(一)2', 'TRAINING'),
    ('二(二)1', 'TRAINING'),
    ('二(二)2', 'PRIORITY_GROUPS'),
    ('二(二)3', 'BRANDS'),
    ('二(三)1', 'BUDGETS'),
    ('二(三)2', 'BRANDS'),
    ('二(三)3', 'BRANDS')) as a (code, area)
join plan_measure m on m.code = a.code;

do $$
begin
    if (select count(*) from plan_measure_partner_area) <> 8 then
        raise exception 'a measure of the partner areas is not in the plan';
    end if;
end
$$;

insert into permission (code, module, admin_duty, sort_order) values
('partner:view', 'governance', false, 506);

insert into role_permission (role_code, permission_code) values
('PROVINCE_MANAGER',   'partner:view'),
('PROVINCE_REVIEWER',  'partner:view'),
('DEPARTMENT_OFFICER', 'partner:view');
