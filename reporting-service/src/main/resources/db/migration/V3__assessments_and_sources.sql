-- The owners' own assessment of each goal and year, and what the reports need of an indicator's definition.

-- An indicator's source (kolada, scb, insikt, …): the reports say "Källa: Kolada" where it applies.
alter table indicator add column source text;

-- Owner assessments (uppfyllt / delvis uppfyllt / ej uppfyllt) with an analysis text, per goal and year. Not built
-- from events: entered in this service, so a rebuild of the read model leaves this table alone. Keyed by the plan
-- and the goal's key, which stay the same across versions (a goal's id is new in every version). Append-only: each
-- entry is a new row, the latest per plan, goal key and year is the current one, the rest is its history.
create table goal_assessment (
    id          bigint generated always as identity primary key,
    plan_id     uuid        not null,
    goal_key    text        not null,
    year        int         not null check (year between 1990 and 2100),
    judgement   text        not null check (judgement in ('uppfyllt', 'delvis_uppfyllt', 'ej_uppfyllt')),
    analysis    text        not null default '' check (length(analysis) <= 4000),
    goal_id     uuid        not null,                        -- the goal (of the version in force) it was entered for
    assessed_by text        not null,
    assessed_at timestamptz not null
);
create index goal_assessment_goal on goal_assessment (plan_id, goal_key, year, id desc);
