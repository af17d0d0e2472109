-- Append-only audit log: who, when, what, before/after of every write.
create table audit_log (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default now(),
    actor       text        not null,
    action      text        not null,
    entity_type text        not null,
    entity_id   text        not null,
    before      jsonb,
    after       jsonb,
    request_id  text
);
create index audit_log_entity on audit_log (entity_type, entity_id);
create index audit_log_at on audit_log (at);

-- Append-only means append-only: the database itself refuses to change history.
create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only (% refused)', tg_op;
end $$;
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();
