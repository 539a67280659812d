-- Governance, part 5: the expert pool's details (三(二) 建立劳务品牌建设专家库), the lock table of scheduled jobs, and the
-- permissions of the plan's pages.

-- What an expert knows, as the assignment screens filter on it: brand types (SKILL, SERVICE, LIVELIHOOD,
-- CULTURE_TOURISM) and industries (GB/T 4754 sections) as comma-separated codes, occupations as written. An expert who
-- leaves the pool is deactivated, never deleted (their past reviews keep their name).
alter table expert
    add column brand_types         varchar(100),
    add column industries          varchar(100),
    add column occupations         varchar(300),
    add column deactivated_at      timestamptz,
    add column deactivation_reason varchar(300);
create index expert_phone_index_idx on expert (phone_index);

-- ShedLock (JdbcTemplateLockProvider, times from the database's clock): one row per job; a node runs a job only while
-- it holds the row's lock, so two nodes never run one job twice.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

insert into permission (code, module, admin_duty, sort_order) values
('plan:view',      'governance', false, 500),
('task:view',      'governance', false, 501),
('task:report',    'governance', false, 502),
('task:review',    'governance', false, 503),
('task:manage',    'governance', false, 504),
('meeting:manage', 'governance', false, 505),
('expert:view',    'governance', false, 510),
('expert:manage',  'governance', false, 511);

insert into role_permission (role_code, permission_code) values
('PROVINCE_MANAGER',   'plan:view'),
('PROVINCE_MANAGER',   'task:view'),
('PROVINCE_MANAGER',   'task:review'),
('PROVINCE_MANAGER',   'task:manage'),
('PROVINCE_MANAGER',   'meeting:manage'),
('PROVINCE_MANAGER',   'expert:view'),
('PROVINCE_MANAGER',   'expert:manage'),
('PROVINCE_REVIEWER',  'plan:view'),
('PROVINCE_REVIEWER',  'task:view'),
('PROVINCE_REVIEWER',  'task:review'),
('PROVINCE_REVIEWER',  'expert:view'),
('CITY_OFFICER',       'plan:view'),
('DEPARTMENT_OFFICER', 'plan:view'),
('DEPARTMENT_OFFICER', 'task:view'),
('DEPARTMENT_OFFICER', 'task:report');
