-- The plan as structured data. Each version holds its own copy of the structure: an adopted version is a public
-- record that never changes, and a draft is edited freely. Items keep a stable `key` across versions, which is
-- how versions are compared and how a goal is followed from one version to the next.
create extension if not exists unaccent;

-- Search is case- and diacritic-insensitive (Swedish å, ä, ö): unaccent is only STABLE, so wrap it for indexes.
create function fold(text) returns text language sql immutable parallel safe as
$$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create table sdg (
    number  int primary key check (number between 1 and 17),
    name_sv text not null,
    name_en text not null
);

create table plan (
    id                uuid primary key,
    key               text not null unique,
    title             text not null,
    municipality_code text,
    municipality_name text,
    created_at        timestamptz not null default now()
);

create table plan_version (
    id           uuid primary key,
    plan_id      uuid not null references plan (id),
    number       int  not null,
    label        text not null,
    status       text not null check (status in ('draft', 'adopted')),
    based_on     uuid references plan_version (id),
    decided_on   date,
    decided_by   text,
    case_number  text,
    created_at   timestamptz not null default now(),
    adopted_at   timestamptz,
    unique (plan_id, number),
    check ((status = 'adopted') = (adopted_at is not null))
);

create table section (
    id         uuid primary key,
    version_id uuid not null references plan_version (id) on delete cascade,
    key        text not null,
    title      text not null,
    blocks     jsonb not null default '[]',
    position   int  not null,
    unique (version_id, key)
);

create table target_area (
    id          uuid primary key,
    version_id  uuid not null references plan_version (id) on delete cascade,
    key         text not null,
    title       text not null,
    description jsonb not null default '[]',
    position    int  not null,
    unique (version_id, key)
);

create table goal (
    id               uuid primary key,
    version_id       uuid not null references plan_version (id) on delete cascade,
    target_area_id   uuid not null references target_area (id) on delete cascade,
    key              text not null,
    title            text not null,
    description      jsonb not null default '[]',
    responsible_body text,
    position         int  not null,
    unique (version_id, key)
);
create index goal_target_area on goal (target_area_id);
create index goal_title_folded on goal (fold(title) text_pattern_ops);

create table goal_sdg (
    goal_id    uuid not null references goal (id) on delete cascade,
    sdg_number int  not null references sdg (number),
    position   int  not null,
    primary key (goal_id, sdg_number)
);
create index goal_sdg_number on goal_sdg (sdg_number);

-- A goal's indicators, by their id in indicator-service's catalogue, with the line as the plan words it.
create table goal_indicator (
    goal_id      uuid not null references goal (id) on delete cascade,
    indicator_id uuid not null,
    title        text not null,
    position     int  not null,
    primary key (goal_id, indicator_id)
);
create index goal_indicator_indicator on goal_indicator (indicator_id);

insert into sdg (number, name_sv, name_en) values
    (1, 'Ingen fattigdom', 'No poverty'),
    (2, 'Ingen hunger', 'Zero hunger'),
    (3, 'Hälsa och välbefinnande', 'Good health and well-being'),
    (4, 'God utbildning för alla', 'Quality education'),
    (5, 'Jämställdhet', 'Gender equality'),
    (6, 'Rent vatten och sanitet', 'Clean water and sanitation'),
    (7, 'Hållbar energi för alla', 'Affordable and clean energy'),
    (8, 'Anständiga arbetsvillkor och ekonomisk tillväxt', 'Decent work and economic growth'),
    (9, 'Hållbar industri, innovationer och infrastruktur', 'Industry, innovation and infrastructure'),
    (10, 'Minskad ojämlikhet', 'Reduced inequalities'),
    (11, 'Hållbara städer och samhällen', 'Sustainable cities and communities'),
    (12, 'Hållbar konsumtion och produktion', 'Responsible consumption and production'),
    (13, 'Bekämpa klimatförändringen', 'Climate action'),
    (14, 'Hav och marina resurser', 'Life below water'),
    (15, 'Ekosystem och biologisk mångfald', 'Life on land'),
    (16, 'Fredliga och inkluderande samhällen', 'Peace, justice and strong institutions'),
    (17, 'Genomförande och globalt partnerskap', 'Partnerships for the goals');
