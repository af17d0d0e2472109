-- Measurements (an indicator's values by area, period and gender), their correction history, targets, and the
-- areas and comparison sets the values are read against. Enumerations are check constraints, as in V2.

-- ---- areas: municipalities, regions and the country, by their Kolada / SCB code ----
create table area (
    code text primary key check (code ~ '^[0-9]{4}$'),
    name text not null check (length(btrim(name)) > 0),
    kind text not null check (kind in ('municipality', 'region', 'country'))
);
comment on table area is 'Areas a value can be measured for: municipality, region or country, by their 4-digit code';

insert into area (code, name, kind) values
    ('0000', 'Riket', 'country'),
    ('0017', 'Region Värmland', 'region'),
    ('1780', 'Karlstad', 'municipality'),
    ('0580', 'Linköping', 'municipality'),
    ('1880', 'Örebro', 'municipality'),
    ('0680', 'Jönköping', 'municipality'),
    ('2180', 'Gävle', 'municipality'),
    ('2281', 'Sundsvall', 'municipality'),
    ('0780', 'Växjö', 'municipality'),
    ('2580', 'Luleå', 'municipality'),
    ('0880', 'Kalmar', 'municipality');

-- ---- comparison sets: the own municipality, the municipalities it compares itself with, and the country ----
create table comparison_set (
    code          text primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 64),
    name          text not null,
    description   text,
    own_area_code text not null references area (code)
);

create table comparison_set_member (
    set_code  text not null references comparison_set (code),
    area_code text not null references area (code),
    primary key (set_code, area_code)
);
comment on table comparison_set_member is 'The areas of a comparison set, the own municipality and the country included';

insert into comparison_set (code, name, description, own_area_code) values
    ('karlstad-jamforelse', 'Karlstads jämförelsekommuner',
     'Karlstad jämför sig med Linköping, Örebro, Jönköping, Gävle, Sundsvall, Växjö, Luleå och Kalmar, och med riket',
     '1780');
insert into comparison_set_member (set_code, area_code) values
    ('karlstad-jamforelse', '1780'),
    ('karlstad-jamforelse', '0580'),
    ('karlstad-jamforelse', '1880'),
    ('karlstad-jamforelse', '0680'),
    ('karlstad-jamforelse', '2180'),
    ('karlstad-jamforelse', '2281'),
    ('karlstad-jamforelse', '0780'),
    ('karlstad-jamforelse', '2580'),
    ('karlstad-jamforelse', '0880'),
    ('karlstad-jamforelse', '0000');

-- ---- measurements: the current state of each value ----
create table measurement (
    indicator_id  uuid        not null references indicator (id),
    area_code     text        not null references area (code),
    period        text        not null check (period ~ '^[0-9]{4}(H[12])?$'),   -- '2024', or half-years '2024H1', '2024H2'
    -- T total, K kvinnor, M män; text rather than char(1): JDBC binds strings as varchar, and a char column compared
    -- with a varchar parameter is cast to text, which keeps PostgreSQL from using the indexes below
    gender        text        not null check (gender in ('T', 'K', 'M')),
    value         numeric,                                                      -- null: suppressed or missing
    status        text        not null check (status in ('final', 'preliminary', 'suppressed', 'synthetic')),
    source        text        not null check (source in ('kolada', 'manual', 'file', 'bulk', 'demo')),
    recorded_by   text        not null,                                         -- username, client id or 'system'
    recorded_at   timestamptz not null,
    import_job_id uuid,                                                         -- the import that wrote it, if any
    revision      int         not null default 1 check (revision >= 1),        -- 1 when first recorded, +1 per correction
    primary key (indicator_id, area_code, period, gender),
    check (status <> 'suppressed' or value is null)
);
-- a series (one indicator, area and gender over the years) in period order, straight from the index
create index measurement_series on measurement (indicator_id, area_code, gender, period);
-- a cross-section (one period, area and gender over all indicators)
create index measurement_cross_section on measurement (period, area_code, gender);
create index measurement_import_job on measurement (import_job_id) where import_job_id is not null;

comment on table measurement is 'The current value of an indicator for an area, period and gender; earlier states are in measurement_history';
comment on column measurement.status is 'final, preliminary, suppressed (Kolada ".."), or synthetic (generated demo data)';

-- ---- correction history: every earlier state of a measurement, append-only ----
create table measurement_history (
    id            bigint generated always as identity primary key,
    indicator_id  uuid        not null references indicator (id),
    area_code     text        not null,
    period        text        not null,
    gender        text        not null,
    -- the state that was replaced, with its own provenance
    revision      int         not null,
    value         numeric,
    status        text        not null,
    source        text        not null,
    recorded_by   text        not null,
    recorded_at   timestamptz not null,
    import_job_id uuid,
    -- the correction that replaced it
    changed_by    text        not null,
    changed_at    timestamptz not null,
    new_revision  int         not null,
    check (new_revision > revision)
);
create index measurement_history_of on measurement_history (indicator_id, area_code, period, gender, new_revision);

comment on table measurement_history is 'Every earlier state of a corrected measurement: old value, status, source, who replaced it and when';

create function measurement_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'measurement_history is append-only (% refused)', tg_op;
end $$;
create trigger measurement_history_append_only before update or delete on measurement_history
    for each row execute function measurement_history_is_append_only();
create trigger measurement_history_no_truncate before truncate on measurement_history
    for each statement execute function measurement_history_is_append_only();

-- ---- targets: the desired value of an indicator in a year, optionally per gender ----
create table target (
    indicator_id uuid        not null references indicator (id),
    year         int         not null check (year between 1990 and 2100),
    gender       text        not null default 'T' check (gender in ('T', 'K', 'M')),
    value        numeric     not null,
    comment      text,
    set_by       text        not null,
    set_at       timestamptz not null,
    primary key (indicator_id, year, gender)
);
comment on table target is 'The desired value of an indicator for a year (and gender), e.g. the climate goals for 2030';
