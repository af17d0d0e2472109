-- A chunk of new keys only, after chunk-checks.sql, in the same statement: the first load of a data set, the common
-- bulk case. Every good row is inserted as it is (no probe of the stored values, no sort for repeated keys, no
-- history); the refused rows go to import_rejection; and the chunk's MeasurementsRecorded events are built here and
-- written to the outbox in the same statement (one per indicator and 500 values), so that tens of thousands of values
-- never travel to the service and back. The events' shape is MeasurementsRecorded's: ChunkEventShapeTest compares
-- them field by field with the events the service builds in Java.
-- Building the events is most of this statement's work, so each value is written as text, not with json_build_object:
-- every field but the value is known to need no escaping (the table's checks and the area key hold them to digits,
-- T/K/M and the status codes), and the value is a number. A new value has no previousValue/previousStatus: left out,
-- as Java leaves them out.
-- A key that is stored already, or repeats in the chunk, breaks the primary key: the caller rolls back to its
-- savepoint and runs chunk-upsert.sql instead, which sorts that out row by row.
-- Parameters after chunk-checks.sql's: 10 the topic, 11 the event type, 12 the events' source (CloudEvents), 13 the
-- most values an event carries, 14 the request's W3C traceparent (null outside a trace: then the envelope has none,
-- as the platform's Outbox leaves it out).
event_params as (
    select ?::text as topic, ?::text as type, ?::text as event_source, ?::int as per_event, ?::text as traceparent
),
inserted as (
    insert into measurement (indicator_id, area_code, gender, period, value, status, source, recorded_by, recorded_at,
                             import_job_id, revision)
    select c.indicator_id, c.area_code, c.gender, c.period, c.value, c.status, p.source, p.actor, p.at, p.job, 1
    from checked c cross join params p
    where c.reason is null
    returning indicator_id, area_code, period, gender, value, status
),
numbered as (
    select i.*, (row_number() over (partition by i.indicator_id order by i.area_code, i.gender, i.period) - 1)
                / (select per_event from event_params) as part
    from inserted i
),
events as (
    select n.indicator_id, n.part, gen_random_uuid() as id,
           '[' || string_agg('{"areaCode":"' || n.area_code || '","period":"' || n.period || '","gender":"' || n.gender
                             || '","value":' || coalesce(n.value::text, 'null') || ',"status":"' || n.status
                             || '","revision":1}', ',' order by n.area_code, n.gender, n.period) || ']' as values
    from numbered n
    group by n.indicator_id, n.part
),
published as (
    -- in the order of the indicator's parts: the outbox's sequence is the relay's order
    insert into outbox_event (id, topic, event_key, type, envelope, created_at)
    select e.id, ep.topic, e.indicator_id::text, ep.type,
           -- the envelope without the values, which go in as text before its two closing braces (parsing them back
           -- as json would cost more than building them); the trace context, when there is one, first
           '{' || coalesce('"traceparent":' || to_json(ep.traceparent)::text || ',', '')
           || substr(left(json_build_object('specversion', '1.0', 'id', e.id, 'source', ep.event_source, 'type', ep.type,
                                  'subject', 'indicators/' || e.indicator_id, 'time', p.at, 'datacontenttype', 'application/json',
                                  'data', json_build_object('indicatorId', i.id, 'indicatorKey', i.key, 'unit', i.unit,
                                                            'direction', i.direction, 'owningDepartment', i.owning_department,
                                                            'source', p.source, 'recordedBy', p.actor, 'recordedAt', p.at,
                                                            'importJobId', p.job))::text, -2), 2)
               || ',"values":' || e.values || '}}',
           p.at
    from events e
    join indicator i on i.id = e.indicator_id
    cross join params p cross join event_params ep
    order by e.indicator_id, e.part
    returning 1
),
rejected as (
    insert into import_rejection (job_id, line, reason, raw)
    select p.job, c.line, c.reason,
           left(coalesce(c.raw, concat_ws(',', coalesce(c.indicator_key, c.given_id::text), c.area_code, c.period, c.gender,
                                           c.value, c.status)), 200)
    from checked c cross join params p
    where c.reason is not null
    returning 1
)
select (select count(*) from rejected) as rejected, (select count(*) from inserted) as written,
       (select count(*) from published) as events
