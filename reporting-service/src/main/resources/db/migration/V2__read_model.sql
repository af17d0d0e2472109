-- reporting-service's read model, built only from the events of styrplan.plan.v1 and styrplan.indicator.v1.
-- Every table can be rebuilt by replaying the topics.

-- Idempotency: the id of every event applied (or deliberately ignored), written in the transaction of its effect.
create table processed_event (
    event_id        text        primary key,                 -- the CloudEvent id
    type            text        not null,
    topic           text        not null,
    kafka_partition int         not null,
    kafka_offset    bigint      not null,
    outcome         text        not null check (outcome in ('applied', 'ignored')),
    processed_at    timestamptz not null default now()
);
create index processed_event_at on processed_event (processed_at);

-- The plan in force: the latest adopted version of each plan (VersionAdopted.v1).
create table adopted_plan (
    plan_id        uuid        primary key,
    plan_key       text,
    plan_title     text        not null,
    version_id     uuid        not null,
    version_number int         not null,
    label          text,
    decided_on     date,
    decided_by     text,
    case_number    text,
    adopted_at     timestamptz,                               -- the event's time
    updated_at     timestamptz not null
);

-- The goals of the adopted versions, with their stored roll-up status (recomputed on every relevant event).
create table report_goal (
    goal_id                uuid        primary key,
    goal_key               text        not null,
    plan_id                uuid        not null references adopted_plan (plan_id) on delete cascade,
    version_id             uuid        not null,
    target_area_id         uuid        not null,
    target_area_key        text,
    target_area_title      text        not null,
    target_area_position   int         not null,
    title                  text        not null,
    sdgs                   int[]       not null default '{}',
    responsible_body       text,
    position               int         not null,
    status                 text        not null default 'not_assessed'
                                       check (status in ('on_track', 'partly', 'off_track', 'not_assessed')),
    indicators_total       int         not null default 0,
    indicators_on_track    int         not null default 0,
    indicators_off_track   int         not null default 0,
    indicators_not_counted int         not null default 0,
    status_computed_at     timestamptz
);
create index report_goal_plan on report_goal (plan_id);

-- The indicators a goal is followed up by, in the plan's order and wording.
create table report_goal_indicator (
    goal_id      uuid not null references report_goal (goal_id) on delete cascade,
    position     int  not null,
    indicator_id uuid not null,
    title        text,
    primary key (goal_id, position)
);
create index report_goal_indicator_indicator on report_goal_indicator (indicator_id);

-- Indicator definitions (IndicatorDefinitionChanged.v1; measurement and target events fill in what they carry).
create table indicator (
    indicator_id       uuid        primary key,
    key                text,
    title              text,
    unit               text,
    unit_label         text,
    direction          text        not null default 'none',
    owning_department  text,
    kolada_kpi_id      text,
    divided_by_gender  boolean,
    status             text        not null default 'active',
    replaced_by        uuid,
    definition_version bigint      not null default -1,       -- the definition event's version; older ones are ignored
    updated_at         timestamptz not null
);

-- Values: one row per indicator × area × period × gender, the highest revision only (MeasurementsRecorded.v1).
create table measurement (
    indicator_id uuid        not null,
    area_code    text        not null,
    period       text        not null check (period ~ '^[0-9]{4}(H[12])?$'),
    gender       text        not null check (gender in ('T', 'K', 'M')),
    value        numeric,                                     -- null when suppressed
    status       text        not null,
    revision     int         not null,
    updated_at   timestamptz not null,
    primary key (indicator_id, area_code, period, gender)
);

-- Targets per indicator, year and gender (TargetSet.v1 / TargetRemoved.v1).
create table indicator_target (
    indicator_id uuid        not null,
    year         int         not null,
    gender       text        not null check (gender in ('T', 'K', 'M')),
    value        numeric     not null,
    comment      text,
    updated_at   timestamptz not null,
    primary key (indicator_id, year, gender)
);

-- Each indicator's computed status for the own area (gender T), stored so that reads are cheap.
create table indicator_status (
    indicator_id  uuid        primary key,
    area_code     text        not null,
    status        text        not null,
    target_status text        not null,
    trend         text        not null,
    assessment    jsonb       not null,                       -- the whole IndicatorAssessment
    basis         text        not null,                       -- area|year|lag|window|threshold it was computed with
    computed_at   timestamptz not null
);
create index indicator_status_basis on indicator_status (basis);
