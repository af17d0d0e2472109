-- A chunk of an import in the general case (some of its keys may be stored already, or repeat): its rows were
-- COPYed into the temporary table import_staging (line numbers, the fields as read, the indicator's id, and the reason
-- a row is refused: RowChecks' and ChunkCatalogue's, null when it passes). In one statement it
--   1. refuses a key that repeats an earlier line;
--   2. writes every refused row to import_rejection with its line and reason;
--   3. locks the stored values that will change, copies their present state to measurement_history, updates them
--      and inserts the new ones (a value equal to the stored one, as a number and status, is left alone);
--   4. returns the counts and every changed value with its previous state, for the events.
-- Parameters: 1 job id, 2 actor, 3 time, 4 source.
with params as (
    select ?::uuid as job, ?::text as actor, ?::timestamptz as at, ?::text as source
),
checked as (
    select s.line, s.raw, s.indicator_id, s.area_code, s.gender, s.period, s.value, s.status,
           s.problem as reason
    from import_staging s
),
good as (
    -- the first line of a key wins; "C" collation: these codes sort the same in any, and byte order is fastest
    select c.line, c.indicator_id, c.area_code, c.gender, c.period, c.value, c.status,
           min(c.line) over (partition by c.indicator_id, c.area_code collate "C", c.gender collate "C", c.period collate "C")
               as first_line
    from checked c
    where c.reason is null
),
existing as (
    -- one primary-key probe per row (lateral + limit: never a scan of the whole table, whatever the statistics say)
    select g.line, g.indicator_id, g.area_code, g.gender, g.period, g.value, g.status, m.found, m.differs
    from good g
    left join lateral (
        select true as found, (m.value, m.status) is distinct from (g.value, g.status) as differs
        from measurement m
        where (m.indicator_id, m.area_code, m.gender, m.period) = (g.indicator_id, g.area_code, g.gender, g.period)
        limit 1) m on true
    where g.first_line = g.line
),
locked as (
    -- the stored values that will change, locked, as they are now (a concurrent correction is waited for)
    select e.line, e.indicator_id, e.area_code, e.gender, e.period, e.value, e.status, m.revision as old_revision,
           m.value as old_value, m.status as old_status, m.source as old_source, m.recorded_by as old_by,
           m.recorded_at as old_at, m.import_job_id as old_job
    from existing e
    join lateral (
        select * from measurement m
        where (m.indicator_id, m.area_code, m.gender, m.period) = (e.indicator_id, e.area_code, e.gender, e.period)
        for update) m on true
    where e.differs
),
changes as (
    select line, indicator_id, area_code, gender, period, value, status, null::int as old_revision, null::numeric as old_value,
           null::text as old_status, null::text as old_source, null::text as old_by, null::timestamptz as old_at,
           null::uuid as old_job
    from existing
    where found is null
    union all
    -- a key this job wrote in an earlier chunk is a repeated line, refused below
    select l.* from locked l cross join params p where l.old_job is distinct from p.job
),
inserted as (
    -- new keys: a plain insert (a value first recorded by a concurrent request since this statement's snapshot breaks
    -- the primary key, and the caller sends the chunk again)
    insert into measurement (indicator_id, area_code, gender, period, value, status, source, recorded_by, recorded_at,
                             import_job_id, revision)
    select c.indicator_id, c.area_code, c.gender, c.period, c.value, c.status, p.source, p.actor, p.at, p.job, 1
    from changes c cross join params p
    where c.old_revision is null
    returning 1
),
updated as (
    -- changed values, locked above
    update measurement m
    set value = c.value, status = c.status, source = p.source, recorded_by = p.actor, recorded_at = p.at, import_job_id = p.job,
        revision = c.old_revision + 1
    from changes c cross join params p
    where (m.indicator_id, m.area_code, m.gender, m.period) = (c.indicator_id, c.area_code, c.gender, c.period)
      and c.old_revision is not null
    returning 1
),
history as (
    insert into measurement_history (indicator_id, area_code, period, gender, revision, value, status, source, recorded_by,
                                     recorded_at, import_job_id, changed_by, changed_at, new_revision)
    select c.indicator_id, c.area_code, c.period, c.gender, c.old_revision, c.old_value, c.old_status, c.old_source, c.old_by,
           c.old_at, c.old_job, p.actor, p.at, c.old_revision + 1
    from changes c cross join params p
    where c.old_revision is not null
),
refused as (
    select line, reason,
           raw
    from checked
    where reason is not null
    union all
    select line, 'repeats line ' || first_line || ' (same indicator, areaCode, period and gender)',
           concat_ws(',', indicator_id, area_code, period, gender, value, status)
    from good
    where first_line <> line
    union all
    select l.line, 'repeats an earlier line of this import with another value (same indicator, areaCode, period and gender)',
           concat_ws(',', l.indicator_id, l.area_code, l.period, l.gender, l.value, l.status)
    from locked l cross join params p
    where l.old_job = p.job
),
rejected as (
    insert into import_rejection (job_id, line, reason, raw)
    select p.job, r.line, r.reason, left(r.raw, 200) from refused r cross join params p
    returning 1
)
select (select count(*) from rejected) as rejected, (select count(*) from inserted) + (select count(*) from updated) as written,
       (select count(*) from changes) as changed,
       c.indicator_id, c.area_code, c.period, c.gender, c.value, c.status, coalesce(c.old_revision, 0) + 1 as revision,
       c.old_value, c.old_status
from (select 1) as one
left join changes c on true
