-- Two database roles (等保2.0 least privilege): Flyway runs as the owner of the schema, the portal as the application
-- role named by the placeholder app_role (the portal's spring.datasource.username). The application role reads and
-- writes rows but cannot change the schema; on the audit log it may only add and read rows, so that nothing running
-- inside the portal can delete an audit row or disable the triggers of V4 (that needs the table's owner).
-- When both are one user, or app_role is empty (a single-user development database), nothing is granted or revoked here, and the audit log
-- is guarded by its triggers alone; the prod profile refuses to start that way.
do $$
begin
    if '${app_role}' <> '' and '${app_role}' <> current_user then
        execute format('grant usage on schema public to %I', '${app_role}');
        execute format('grant select, insert, update, delete on all tables in schema public to %I', '${app_role}');
        execute format('grant usage, select on all sequences in schema public to %I', '${app_role}');
        -- tables and sequences of later migrations get the same grants
        execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', '${app_role}');
        execute format('alter default privileges in schema public grant usage, select on sequences to %I', '${app_role}');
        execute format('revoke update, delete, truncate on audit_event from %I', '${app_role}');
        execute format('revoke insert, update, delete, truncate on flyway_schema_history from %I', '${app_role}');
    end if;
end
$$;
