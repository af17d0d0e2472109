-- Revision proposals. A proposal is a working copy of the plan (a draft version, for a revision) plus what its
-- authors say about its items (proposal_note). Its changes are never stored: they are computed by comparing the
-- draft with the base version item by item, by the keys items keep across versions. A statement has no draft,
-- only its text.
create table proposal (
    id                 uuid primary key,
    plan_id            uuid not null references plan (id),
    key                text not null,
    title              text not null,
    kind               text not null check (kind in ('revision', 'statement')),
    status             text not null check (status in ('draft', 'submitted', 'adopted', 'rejected', 'withdrawn')),
    author_kind        text not null check (author_kind in ('party_group', 'central_office')),
    author_group       text,                                          -- the party group's code (Keycloak /party-groups/<code>)
    author_name        text not null,                                 -- as the proposal names its author
    base_version_id    uuid not null references plan_version (id),
    draft_version_id   uuid unique references plan_version (id),      -- the working copy of a revision
    statement          jsonb,                                         -- a statement's text: intro, priorities, closing
    created_by         text not null,
    created_at         timestamptz not null default now(),
    submitted_at       timestamptz,                                   -- from then on the proposal is a public record
    decided_on         date,
    decided_by         text,
    case_number        text,
    adopted_version_id uuid references plan_version (id),
    unique (plan_id, key),
    check ((kind = 'revision') = (draft_version_id is not null)),
    check ((kind = 'statement') = (statement is not null)),
    check ((author_kind = 'party_group') = (author_group is not null)),
    check ((status = 'adopted') = (adopted_version_id is not null)),
    check (status = 'draft' or status = 'withdrawn' or submitted_at is not null)
);
create index proposal_plan_status on proposal (plan_id, status);

-- A proposal's comment, motivation and reading notes for one item, by the item's stable key (an indicator's:
-- the goal's key, ':' and the indicator id; an SDG link's: the goal's key, ':' and the SDG's number).
create table proposal_note (
    proposal_id uuid    not null references proposal (id) on delete cascade,
    item_kind   text    not null check (item_kind in ('section', 'target_area', 'goal', 'goal_text', 'sdg', 'indicator')),
    item_key    text    not null,
    comment     text,
    motivation  text,
    uncertain   boolean not null default false,
    note        text,
    primary key (proposal_id, item_kind, item_key)
);
