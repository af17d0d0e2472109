-- Imports: jobs and their rejected rows; and the measurement table made fit for bulk loads.

-- ---- import jobs: every import (bulk API, file upload, Kolada sync, demo values) is a visible job ----
create table import_job (
    id             uuid        primary key,
    kind           text        not null check (kind in ('bulk', 'file', 'kolada', 'demo')),
    status         text        not null check (status in ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    format         text        check (format in ('csv', 'ndjson', 'xlsx', 'kolada', 'demo')),
    file_name      text,                                   -- an uploaded file's name as the client gave it
    received       bigint      not null default 0,         -- rows read so far
    inserted       bigint      not null default 0,         -- new values
    updated        bigint      not null default 0,         -- corrected values (their earlier state is in measurement_history)
    unchanged      bigint      not null default 0,         -- values equal to the stored ones: nothing written
    rejected       bigint      not null default 0,         -- rows refused, each in import_rejection
    chunks         int         not null default 0,         -- chunks committed
    work_done      bigint      not null default 0,         -- progress, in work_unit
    work_total     bigint,                                 -- null while unknown (a body without Content-Length)
    work_unit      text        not null default 'rows' check (work_unit in ('bytes', 'rows', 'requests')),
    created_by     text        not null,
    created_at     timestamptz not null,
    started_at     timestamptz,
    finished_at    timestamptz,
    failure_reason text,
    parameters     jsonb,                                  -- what the job was asked to do (e.g. Kolada's from_date)
    check (status not in ('succeeded', 'failed', 'cancelled') or finished_at is not null),
    check (status <> 'failed' or failure_reason is not null)
);
create index import_job_recent on import_job (created_at desc, id);
create index import_job_unfinished on import_job (status) where status in ('queued', 'running');
comment on table import_job is 'An import: its kind, status, counts, progress, who started it, and why it failed';

create table import_rejection (
    job_id uuid   not null references import_job (id),
    line   bigint not null,                                -- 1-based line of the body or file (the header is line 1); Kolada: the row's position
    reason text   not null,
    raw    text,                                           -- an excerpt of the refused row, at most 200 characters
    primary key (job_id, line)
);
comment on table import_rejection is 'The rows an import refused, with their line number and the reason';

-- ---- measurement, made fit for bulk loads ----
-- Measured on this project's 2-core machine with 3 million values: the two foreign keys' per-row checks cost five
-- times the insert itself, and every secondary index about as much as the heap. So:
-- * the foreign keys go: every writer validates the indicator and the area before writing (the manual entry and
--   the imports' set-based statement), indicators are never deleted (they are retired), and the triggers below
--   refuse to delete an indicator or area that still has values;
-- * the primary key is reordered to (indicator, area, gender, period), so that it serves a series straight from
--   the index and measurement_series is no longer needed;
-- * a cross-section (one period, area and gender over all indicators) probes the primary key once per indicator
--   of the catalogue instead of reading its own index: a few thousand probes at most, for one index fewer on
--   every write;
-- * nothing reads measurements by import job: measurement_import_job goes.
alter table measurement drop constraint measurement_indicator_id_fkey;
alter table measurement drop constraint measurement_area_code_fkey;
drop index measurement_series;
drop index measurement_cross_section;
drop index measurement_import_job;
alter table measurement drop constraint measurement_pkey;
alter table measurement add constraint measurement_pkey primary key (indicator_id, area_code, gender, period);

create function refuse_delete_with_values() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'indicator' and exists (select 1 from measurement where indicator_id = old.id) then
        raise exception 'indicator % has values: retire it instead', old.key using errcode = 'foreign_key_violation';
    elsif tg_table_name = 'area' and exists (select 1 from measurement where area_code = old.code) then
        raise exception 'area % has values', old.code using errcode = 'foreign_key_violation';
    end if;
    return old;
end $$;
create trigger indicator_keeps_values before delete on indicator for each row execute function refuse_delete_with_values();
create trigger area_keeps_values before delete on area for each row execute function refuse_delete_with_values();

-- ---- outbox: an import chunk's events carry hundreds of values each; lz4 compresses them several times faster than
-- PostgreSQL's default (pglz). Where the server lacks lz4, the default stays.
do $$
begin
    alter table outbox_event alter column envelope set compression lz4;
exception when feature_not_supported or invalid_parameter_value then
    raise notice 'lz4 is not available: outbox envelopes keep the default compression';
end $$;
