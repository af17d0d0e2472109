-- The indicator catalogue: each distinct indicator of the plan once, with how it is measured.
-- Enumerations are check constraints (not PostgreSQL enum types) so that adding a value is one small migration.

-- For searching titles without regard to å/ä/ö and accents. A trusted extension: the database owner may create it.
create extension if not exists unaccent;

create table indicator (
    id                    uuid        primary key,
    key                   text        not null unique
                          check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(key) <= 64),
    title                 text        not null check (length(btrim(title)) > 0),
    description           text,
    unit                  text        not null check (unit in (
                              'percent', 'count', 'count_per_100k', 'count_per_1000', 'count_per_inhabitant',
                              'days_per_person', 'sek', 'index_0_100', 'tonnes_per_inhabitant', 'tonnes',
                              'mil_per_inhabitant', 'microgram_per_m3', 'kg_per_inhabitant', 'mg_per_kg',
                              'grade_1_6', 'ratio', 'children_per_teacher', 'yes_count')),
    unit_label            text,                                     -- the Swedish unit phrase, e.g. 'andel (%)'
    direction             text        not null check (direction in ('higher_is_better', 'lower_is_better', 'none')),
    source                text        not null check (source in (
                              'kolada', 'scb_mbu', 'insikt', 'svenskt_naringsliv', 'own_hr_data', 'own_data',
                              'skolverket', 'other')),
    kolada_kpi_id         text        check (kolada_kpi_id ~ '^[A-Z][0-9]{5}$'),
    -- Kolada revises and removes KPIs without notice: an id is trusted only once checked against the live catalogue
    kolada_kpi_id_checked boolean     not null default false,
    divided_by_gender     boolean,                                  -- null: not known
    owning_department     text        check (owning_department ~ '^[a-z0-9-]{2,80}$'), -- Keycloak /departments/<code>
    status                text        not null default 'active' check (status in ('active', 'retired')),
    replaced_by           uuid        references indicator (id),
    retired_reason        text,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    version               bigint      not null default 0,
    check (replaced_by is null or replaced_by <> id),
    check (status = 'retired' or (replaced_by is null and retired_reason is null))
);

create index indicator_title on indicator (title, id);
create index indicator_kolada_kpi_id on indicator (kolada_kpi_id) where kolada_kpi_id is not null;
create index indicator_owning_department on indicator (owning_department) where owning_department is not null;
create index indicator_replaced_by on indicator (replaced_by) where replaced_by is not null;

comment on table indicator is 'The indicator catalogue: one row per distinct indicator of the strategic plan';
comment on column indicator.key is 'Stable ASCII kebab-case key, e.g. hotellovernattningar; never reused';
comment on column indicator.title is 'The indicator as the plan writes it';
