-- The audit log (等保2.0 安全审计). Rows are written in the transaction of the change they record and never change:
-- the triggers below refuse UPDATE, DELETE and TRUNCATE for every database user, the application's included.
-- account_id and organisation_id carry no foreign key on purpose: the log outlives what it mentions.
create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz  not null default clock_timestamp(),
    account_id      bigint,
    username        varchar(64),
    organisation_id bigint,
    ip              varchar(45),
    action          varchar(64)  not null,
    object_type     varchar(64),
    object_id       varchar(64),
    outcome         varchar(16)  not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    detail          text
);
create index audit_event_time_idx on audit_event (occurred_at desc);
create index audit_event_username_idx on audit_event (lower(username), occurred_at desc);
create index audit_event_action_idx on audit_event (action, occurred_at desc);

create function audit_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
