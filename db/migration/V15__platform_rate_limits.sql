-- Rate limits (public certificate verification, sign-in failures per address, reveal-class searches) kept in the
-- shared database, so that they hold across nodes and restarts and cannot be reset by sending more traffic.
-- One row per limit, subject and window (sliding-window estimate over this window and the one before); refused counts
-- the requests turned away, which the purge job writes to the audit log as one count per window, not one row each.
create table rate_limit (
    bucket_key     varchar(200) not null,
    window_start   timestamptz  not null,
    window_seconds integer      not null check (window_seconds > 0),
    hits           integer      not null default 0,
    refused        integer      not null default 0,
    primary key (bucket_key, window_start)
);
create index rate_limit_window_idx on rate_limit (window_start);
