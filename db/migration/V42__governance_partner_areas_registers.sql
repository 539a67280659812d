-- Governance: the departments' read-only areas (V29) reach the registers of issue 14. Each area shows figures by
-- prefecture or records of institutions (parks, carriers); none shows a person.
--   STARTUPS     二(三)1 支持创新创业: brand workers' start-ups (jobs, guarantee loans, interest subsidies, tax relief),
--                incubation carriers (space, fee waivers, provincial recognition) and brand finance (pledge loans on
--                marks, brand insurance), counted by prefecture — 发展改革委, 财政厅, 住房城乡建设厅, 农业农村厅,
--                人民银行长春中心支行, 吉林银保监局
--   PARKS        二(三)3 发展产业园区: the labor-brand industrial parks with their brands, enterprises and the year's
--                figures (land, buildings, receivables financing, enterprises in national zones, jobs)
--   COOPERATION  二(二)2 扩大就业规模: labour input bases, resident offices, vacancies, placements and follow-up
--                service, counted by prefecture — 农业农村厅, 商务厅, 乡村振兴局
--   LIVELIHOOD   二(一)2 培育打造劳务品牌: the areas the plan targets for 民生保障型 brands and the brands serving
--                each — 发展改革委, 工业和信息化厅, 民政厅, 住房城乡建设厅, 农业农村厅, 文化和旅游厅, 乡村振兴局
alter table plan_measure_partner_area drop constraint plan_measure_partner_area_area_check;
alter table plan_measure_partner_area add constraint plan_measure_partner_area_area_check
    check (area in ('BRANDS', 'TRAINING', 'PRIORITY_GROUPS', 'BUDGETS', 'STARTUPS', 'PARKS', 'COOPERATION', 'LIVELIHOOD'));

insert into plan_measure_partner_area (measure_id, area)
select m.id, a.area
from (values
    ('二(三)1', 'STARTUPS'),
    ('二(三)3', 'PARKS'),
    ('二(二)2', 'COOPERATION'),
    ('二(一)2', 'LIVELIHOOD')) as a (code, area)
join plan_measure m on m.code = a.code;

do $$
begin
    if (select count(*) from plan_measure_partner_area) <> 12 then
        raise exception 'a measure of the partner areas is not in the plan';
    end if;
end
$$;
