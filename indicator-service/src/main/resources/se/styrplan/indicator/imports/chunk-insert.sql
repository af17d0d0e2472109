-- A chunk of new keys only, after chunk-checks.sql, in the same statement: the first load of a data set, the common
-- bulk case. Every good row is inserted as it is (no probe of the stored values, no sort for repeated keys, no
-- history); the refused rows go to import_rejection. A key that is stored already, or repeats in the chunk, breaks the
-- primary key: the caller rolls back to its savepoint and runs chunk-upsert.sql instead, which sorts that out row by
-- row. Returns what chunk-upsert.sql returns, so that one reader serves both.
inserted as (
    insert into measurement (indicator_id, area_code, gender, period, value, status, source, recorded_by, recorded_at,
                             import_job_id, revision)
    select c.indicator_id, c.area_code, c.gender, c.period, c.value, c.status, p.source, p.actor, p.at, p.job, 1
    from checked c cross join params p
    where c.reason is null
    returning indicator_id, area_code, period, gender, value, status
),
rejected as (
    insert into import_rejection (job_id, line, reason, raw)
    select p.job, c.line, c.reason,
           left(coalesce(c.raw, concat_ws(',', coalesce(c.indicator_key, c.given_id::text), c.area_code, c.period, c.gender,
                                           c.value, c.status)), 200)
    from checked c cross join params p
    where c.reason is not null
    returning 1
),
counts as (
    select (select count(*) from rejected) as rejected, (select count(*) from inserted) as written
)
select k.rejected, k.written, k.written as changed,
       i.indicator_id, i.area_code, i.period, i.gender, i.value, i.status, 1 as revision,
       null::numeric as old_value, null::text as old_status
from counts k
left join inserted i on true
