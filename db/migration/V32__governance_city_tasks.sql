-- Governance: the cities' own tasks (三(一) 各地……研究制定劳务品牌建设推进落实方案，明确……责任分工、工作完成时限), issue 13.
-- A responsibility task belongs to a plan: the province's (plan_region null, as every task so far) or the 推进落实方案 of
-- a prefecture-level unit (plan_region its code). A city's task is carried by a government unit of its region — its own
-- HRSS bureau, a county bureau, or one of its local departments (a new kind of organisation the city registers) — and
-- region_code is that unit's region, so that a city officer's region scope reaches its plan's tasks and a county
-- officer's its county's. Reports are scoped like their task. The prefecture's officers review its plan's reports; the
-- province reviews the province's. A city meeting's decisions act on the city's tasks as the leading group's on the
-- province's: meeting_decision now belongs to a work meeting or to a city meeting.

alter table responsibility_task add column plan_region varchar(6) references region (code);
alter table responsibility_task add column region_code varchar(6) references region (code);
alter table responsibility_task add constraint responsibility_task_plan_region
    check ((plan_region is null) = (region_code is null));
create index responsibility_task_plan_idx on responsibility_task (plan_region);
create index responsibility_task_region_idx on responsibility_task (region_code);

alter table progress_report add column plan_region varchar(6) references region (code);
alter table progress_report add column region_code varchar(6) references region (code);
alter table progress_report add constraint progress_report_plan_region
    check ((plan_region is null) = (region_code is null));
create index progress_report_region_idx on progress_report (region_code, state);

-- a city's plan is a prefecture-level unit's, and its tasks' units stand in that unit's region
create function responsibility_task_city_plan() returns trigger language plpgsql as $$
begin
    if new.plan_region is null then
        return new;
    end if;
    if not exists (select 1 from region r where r.code = new.plan_region and r.level = 'PREFECTURE') then
        raise exception 'plan region % is not a prefecture-level unit', new.plan_region using errcode = '23514';
    end if;
    if new.region_code <> new.plan_region
            and not exists (select 1 from region r where r.code = new.region_code and r.parent_code = new.plan_region) then
        raise exception 'region % is not within %', new.region_code, new.plan_region using errcode = '23514';
    end if;
    return new;
end $$;
create trigger responsibility_task_city_plan before insert or update on responsibility_task
    for each row execute function responsibility_task_city_plan();

alter table meeting_decision alter column meeting_id drop not null;
alter table meeting_decision add column city_meeting_id bigint references city_meeting (id);
alter table meeting_decision add constraint meeting_decision_one_meeting
    check ((meeting_id is null) <> (city_meeting_id is null));
create index meeting_decision_city_meeting_idx on meeting_decision (city_meeting_id);

-- 市县直部门: a city's or county's own departments, registered by the city for its tasks
alter table organisation drop constraint organisation_kind_check;
alter table organisation add constraint organisation_kind_check
    check (kind in ('PROVINCIAL_DEPARTMENT', 'HRSS_BUREAU', 'LOCAL_DEPARTMENT', 'INSTITUTION', 'ENTERPRISE'));

-- city and county officers carry, report on and review their plan's tasks
insert into role_permission (role_code, permission_code) values
('CITY_OFFICER', 'task:view'),
('CITY_OFFICER', 'task:report'),
('CITY_OFFICER', 'task:review');
