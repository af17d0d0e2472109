-- The checks every chunk of an import goes through, set-based: the rows were COPYed into the temporary table
-- import_staging (line numbers, the fields as read, and the problem the reader found in a row, if any). This prefix
-- decides what only the database knows: the indicator (by key or id) and the area exist, the caller may write the
-- indicator's department, and the value lies in its unit's range; a row's reason is null when it passes.
-- One of chunk-upsert.sql (the general case) or chunk-insert.sql (a chunk of new keys only) follows it.
-- Parameters: 1 job id, 2 actor, 3 time, 4 source, 5 may write every department, 6 the caller's departments,
-- 7-9 each unit's range (unit, low, high) from ValueRules.
with params as (
    select ?::uuid as job, ?::text as actor, ?::timestamptz as at, ?::text as source, ?::boolean as write_all,
           ?::text[] as departments
),
ranges as (
    select * from unnest(?::text[], ?::numeric[], ?::numeric[]) as r(unit, low, high)
),
checked as (
    select s.line, s.raw, s.indicator_key, s.indicator_id as given_id, i.id as indicator_id, s.area_code, s.gender,
           s.period, s.value, s.status,
           case
               when s.problem is not null then s.problem
               when i.id is null and s.indicator_id is not null then 'indicatorId: no indicator has the id ' || s.indicator_id
               when i.id is null then 'indicatorKey: no indicator has the key ' || s.indicator_key
               when a.code is null then 'areaCode: no area has the code ' || s.area_code || ' (see listAreas)'
               when not (p.write_all or coalesce(i.owning_department = any (p.departments), false)) then
                   case when i.owning_department is null
                        then 'indicator ' || i.key || ' has no owning department: only planners and admins may write its values'
                        else 'only editors of ' || i.owning_department || ', planners and admins may write the values of indicator '
                             || i.key end
               when s.value < r.low or s.value > r.high
                   then 'value: must be between ' || r.low || ' and ' || r.high || ' for the unit ' || i.unit
           end as reason
    from import_staging s
    cross join params p
    left join indicator by_key on by_key.key = s.indicator_key
    left join indicator i on i.id = coalesce(s.indicator_id, by_key.id)
    left join area a on a.code = s.area_code
    left join ranges r on r.unit = i.unit
),
